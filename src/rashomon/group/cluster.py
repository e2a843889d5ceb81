"""Average-link clustering of a window of articles, stories first and events inside them.

Average link joins two clusters only when their members match on average, so one
loose pair cannot chain two events together as single link would. Events nest in
stories: an event is clustered among the articles of one story only.

Average link leaves fragments: an article that tells the event from another angle
(a profile, a reaction) matches each report of it a little, never enough for the
threshold, and stays alone beside the event it belongs to. A second pass lets
fragments (a lone article or a pair) join the larger event of their story they
match best, at a lower threshold; they still need that match, so a fragment that
only shares the story's vocabulary, or is days apart, stays an event of its own,
and two fragments never join each other this way.

Some pairs may never share a cluster (``apart``): two articles whose days are far
apart report two events, however alike they read (``scorer.days_apart``). Average link alone
would let undated articles that match both bridge them; the constraint holds for
whole clusters.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform


def average_link(prob: np.ndarray, threshold: float, apart: np.ndarray | None = None) -> np.ndarray:
    """Cluster labels (0, 1, ...) in order of first member; clusters merge while their
    average pair probability is at least ``threshold``, and never when one pair of their
    members is ``apart``."""
    n = len(prob)
    if n <= 1:
        return np.zeros(n, dtype=int)
    distance = 1.0 - np.clip((prob + prob.T) / 2, 0.0, 1.0)
    if apart is not None:  # one such pair lifts any average it enters above every cut
        distance[apart | apart.T] = 1.0 + n * n
    np.fill_diagonal(distance, 0.0)
    return _first_seen(_cut(linkage(squareform(distance, checks=False), method="average"), 1.0 - threshold + 1e-9))


def _cut(merges: np.ndarray, height: float) -> np.ndarray:
    """Flat clusters of a linkage cut at ``height``, as scipy's ``fcluster(criterion="distance")``
    forms them, without its validation of the linkage (a window is clustered for every batch):
    a merge holds when no merge below it, nor itself, is higher than ``height``."""
    n = len(merges) + 1
    rows = merges[:, :3].tolist()
    below = [0.0] * (n - 1)  # the highest merge in each merged cluster
    for i, (a, b, d) in enumerate(rows):
        below[i] = max(d, below[int(a) - n] if a >= n else 0.0, below[int(b) - n] if b >= n else 0.0)
    label = list(range(2 * n - 1))
    for i in range(n - 2, -1, -1):  # from the root down: a merge that holds passes its label on
        if below[i] <= height:
            a, b = int(rows[i][0]), int(rows[i][1])
            label[a] = label[b] = label[n + i]
    return np.array(label[:n])


def attach_fragments(prob: np.ndarray, labels: np.ndarray, threshold: float | np.ndarray, most: int,
                     apart: np.ndarray | None = None) -> np.ndarray:
    """Labels after clusters of at most ``most`` members joined the larger cluster they match best
    on average, best match first, while that average is at least ``threshold`` (or the average of a
    matrix of thresholds over the same pairs) and no pair of their members is ``apart``."""
    labels = np.asarray(labels).copy()
    if most <= 0 or len(labels) < 2:
        return labels
    sym = (prob + prob.T) / 2
    bar = np.asarray(threshold, dtype=float)
    bar = (bar + bar.T) / 2 if bar.ndim else bar
    kept = None if apart is None else (apart | apart.T).astype(float)
    while True:
        ids = np.unique(labels)
        members = (labels[:, None] == ids[None, :]).astype(float)
        sizes = members.sum(axis=0)
        pairs = np.outer(sizes, sizes)
        # how far each pair of clusters' average is above what it must reach (the average of its bars)
        margin = (members.T @ sym @ members) / pairs - ((members.T @ bar @ members) / pairs if bar.ndim else bar)
        np.fill_diagonal(margin, -np.inf)
        if kept is not None:
            margin[(members.T @ kept @ members) > 0] = -np.inf
        margin[sizes > most, :] = -np.inf  # only fragments move,
        margin[:, sizes <= most] = -np.inf  # and only into an event: two fragments are no evidence of one
        i, j = np.unravel_index(np.argmax(margin), margin.shape)
        if margin[i, j] < 0:
            return _first_seen(labels)
        labels[labels == ids[i]] = ids[j]


def events_of(prob: np.ndarray, threshold: float, fragments: tuple[int, float | np.ndarray] = (0, 1.0),
              apart: np.ndarray | None = None) -> np.ndarray:
    """Event labels of one story's articles: average link, then fragments (most members, threshold
    or a matrix of thresholds per pair) attached; no event holds a pair that is ``apart``."""
    return attach_fragments(prob, average_link(prob, threshold, apart), fragments[1], fragments[0], apart)


def nested(story_prob: np.ndarray, event_prob: np.ndarray, story_threshold: float, event_threshold: float,
           movable: np.ndarray | None = None, fragments: tuple[int, float] = (0, 1.0),
           apart: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(story labels, event labels): events are clustered within each story, among the ``movable``
    articles only (default all); event labels are global, -1 for articles that may not move."""
    stories = average_link(story_prob, story_threshold)
    movable = np.ones(len(stories), dtype=bool) if movable is None else movable
    events = np.full(len(stories), -1, dtype=int)
    next_label = 0
    for s in range(stories.max() + 1 if len(stories) else 0):
        idx = np.flatnonzero((stories == s) & movable)
        if not len(idx):
            continue
        inner = events_of(event_prob[np.ix_(idx, idx)], event_threshold, fragments,
                          None if apart is None else apart[np.ix_(idx, idx)])
        events[idx] = inner + next_label
        next_label += inner.max() + 1
    return stories, events


def _first_seen(labels: np.ndarray) -> np.ndarray:
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(x), len(order)) for x in labels], dtype=int)

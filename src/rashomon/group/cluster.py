"""Average-link clustering of a window of articles, stories first and events inside them.

Average link joins two clusters only when their members match on average, so one
loose pair cannot chain two events together as single link would. Events nest in
stories: an event is clustered among the articles of one story only.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform


def average_link(prob: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels (0, 1, ...) in order of first member; clusters merge while their
    average pair probability is at least ``threshold``."""
    n = len(prob)
    if n <= 1:
        return np.zeros(n, dtype=int)
    distance = 1.0 - np.clip((prob + prob.T) / 2, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    labels = fcluster(linkage(squareform(distance, checks=False), method="average"),
                      t=1.0 - threshold + 1e-9, criterion="distance")
    return _first_seen(labels)


def nested(story_prob: np.ndarray, event_prob: np.ndarray, story_threshold: float, event_threshold: float,
           movable: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
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
        inner = average_link(event_prob[np.ix_(idx, idx)], event_threshold)
        events[idx] = inner + next_label
        next_label += inner.max() + 1
    return stories, events


def _first_seen(labels: np.ndarray) -> np.ndarray:
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(x), len(order)) for x in labels], dtype=int)

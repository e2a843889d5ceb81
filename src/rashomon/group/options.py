"""The group section of the options: story and event settings, and copy-detection thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field

from .stories import Settings


@dataclass(frozen=True)
class GroupOptions:
    """How articles are grouped: ``stories`` holds the story/event thresholds (tuned on ECB+
    train/dev, see bench/ecbplus.py); the rest decide which earlier articles a new one copies."""

    stories: Settings = field(default_factory=Settings)
    reuse_min_share: float = 0.2  # of either article's words, for a pair to count as reuse
    copy_min_similarity: float = 0.1  # estimated Jaccard below which a candidate pair is not checked
    copy_candidates: int = 50  # candidates whose signatures are compared: those sharing the most bands
    copy_verified: int = 10  # candidates checked passage by passage, most similar first

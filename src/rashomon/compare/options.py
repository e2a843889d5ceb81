"""The compare section of the options: how close two sentences must be to count as one claim."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompareOptions:
    match_threshold: float = 0.30  # cosine of sentence vectors; chosen by reading aligned pairs of the seeds and examples
    denial_threshold: float = 0.15  # a denial's content is shorter than the claim it answers

"""The compare section of the options: when two sentences are one claim, and what a report shows."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompareOptions:
    # probability that two sentences report the same event instance for them to be one claim;
    # None: the learned scorer's threshold (data/alignment.json, chosen on ECB+ train+dev)
    match_threshold: float | None = None
    denial_threshold: float = 0.15  # two reports of one denial: cosine of what they deny
    show_uncertain: bool = False  # give conflicts and disputes under the confidence bar too, marked uncertain

"""Compare coverage: what sources agree on, what only one says, where they conflict, how they word it.

``compare`` takes analysed articles (a story, or any set a user picks) and the
text-reuse links between them, and returns a ``Comparison`` whose every finding
cites the sentences it rests on.
"""

from __future__ import annotations

import time

from collections.abc import Mapping

from ..model import Article
from .align import Space, units
from .attitudes import shared_attitudes
from .claims import claims as form_claims, scored_pairs, shipped_scorer
from .disputes import disputes as find_disputes
from .framing import contrasts, marked_words, names, voices, wordings
from .options import CompareOptions
from .model import (UNKNOWN_OUTLET, Claim, Comparison, Conflict, Contrast, Dispute, Evidence, MarkedWord, Position,
                    TimelineEntry, Wording)
from .timeline import timeline
from .verdicts import actor_conflicts, judge, shared_denials, source_groups

__all__ = ["Claim", "CompareOptions", "Comparison", "Conflict", "Contrast", "Dispute", "Evidence", "MarkedWord",
           "Position", "TimelineEntry", "Wording", "compare"]


def compare(articles: list[Article], reuse: list[dict] = (), nlp=None, threshold: float | None = None,
            opts: CompareOptions = CompareOptions(), events: Mapping[str, int] | None = None,
            show_all: bool | None = None) -> Comparison:
    """Compare analysed articles.

    Args:
        articles: the articles of a story, an event, or any selection.
        reuse: text-reuse links (``Store.reuse``): copies of one wire story count as one source.
        nlp: a spaCy pipeline; adds the agents of key actions and conflicts over who did them.
        threshold: overrides the alignment threshold (``opts.match_threshold``, else the learned one).
        events: article id -> event id, where known; sentences of two different events are never
            one claim's conflict, however alike their words.
        show_all: also give the findings under the confidence bar (``Conflict.confident`` False);
            default ``opts.show_uncertain``.
    """
    started = time.perf_counter()
    events = dict(events or {})
    show_all = opts.show_uncertain if show_all is None else show_all
    scorer = shipped_scorer()
    threshold = threshold if threshold is not None else opts.match_threshold or scorer.threshold
    articles = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    space = Space(articles, units(articles))
    docs = _english_parses(nlp, articles) if nlp is not None else None
    captions = [list(nlp.pipe(c.text for c in a.captions)) if a.english else [] for a in articles] \
        if nlp is not None else None
    sources = source_groups(articles, list(reuse))
    pairs = scored_pairs(space, events, scorer)
    extra = {(i, j): score for score, i, j in [*shared_denials(articles, space, opts.denial_threshold),
                                               *shared_attitudes(articles, space)]}
    disputes = find_disputes(articles, space, events, docs)
    groups = form_claims(len(space.units), [u.article for u in space.units], pairs, threshold, extra,
                         [events.get(articles[u.article].id) for u in space.units], _sides(space, disputes))
    claims = judge(articles, space, groups, sources, pairs, events)
    if docs is not None:
        actor_conflicts(articles, docs, claims, space, pairs)
    group_of = {aid: i for i, g in enumerate(sources) for aid in g}
    conflicts = _once_per_source(list(dict.fromkeys(c for claim in claims for c in claim.conflicts)), group_of)
    # the findings under the confidence bar that are left out: none when they are all shown
    uncertain = 0 if show_all else sum(not c.confident for c in conflicts) + sum(not d.confident for d in disputes)
    if not show_all:
        conflicts = [c for c in conflicts if c.confident]
        disputes = [d for d in disputes if d.confident]
        for claim in claims:
            claim.conflicts = [c for c in claim.conflicts if c.confident]
    summary = [{"id": a.id, "outlet": a.outlet or UNKNOWN_OUTLET, "title": a.title, "published": a.published,
                "url": a.url, "language": a.language, "words": a.word_count, "source_group": group_of[a.id],
                "event_id": events.get(a.id)}
               for a in articles]
    return Comparison(
        articles=summary, source_groups=sources, claims=claims, conflicts=conflicts,
        wordings=wordings(articles, space, [c for c in claims if len({e.article_id for e in c.evidence}) > 1], docs),
        marked=marked_words(articles, space), names=names(articles, docs, captions), voices=voices(articles),
        timeline=timeline(articles, space, conflicts), contrasts=contrasts(articles, space, sources),
        disputes=disputes, uncertain=uncertain, seconds=round(time.perf_counter() - started, 3))


def _sides(space: Space, disputes: list[Dispute]) -> set[tuple[int, int]]:
    """The pairs of units (lower first) on two sides of a confident dispute: a denial and what it denies are no
    claim sources agree on. A sentence that reports both sides is on neither."""
    unit_of = {(u.sentence, space.articles[u.article].id): i for i, u in enumerate(space.units)}
    pairs = set()
    for d in disputes:
        if not d.confident:
            continue
        denying = {unit_of.get((p.evidence.sentence, p.evidence.article_id)) for p in d.denials} - {None}
        asserting = {unit_of.get((p.evidence.sentence, p.evidence.article_id)) for p in d.claims} - {None}
        pairs |= {(min(x, y), max(x, y)) for x in denying - asserting for y in asserting - denying}
    return pairs


def _english_parses(nlp, articles: list[Article]) -> list:
    "The parse of each English article's body; None for the others, which the English parser would misread."
    parsed = iter(nlp.pipe(a.body for a in articles if a.english))
    return [next(parsed) if a.english else None for a in articles]


def _once_per_source(conflicts: list[Conflict], group_of: dict[str, int]) -> list[Conflict]:
    """One conflict per disagreement between two sources: a wire story's copies repeat it, not confirm it. A
    confident one stands for the rest (one copy may share the other report's outlet, another not)."""
    kept: dict[tuple, Conflict] = {}
    for c in conflicts:
        what = frozenset({c.a.text, c.b.text}) if c.kind == "polarity" else frozenset(c.detail.split(" vs "))
        key = (c.kind, frozenset({group_of[c.a.article_id], group_of[c.b.article_id]}), what)  # polarity has no detail
        if key not in kept or c.confident and not kept[key].confident:
            kept[key] = c
    return list(kept.values())

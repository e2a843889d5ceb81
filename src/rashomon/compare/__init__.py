"""Compare coverage: what sources agree on, what only one says, where they conflict, how they word it.

``compare`` takes analysed articles (a story, or any set a user picks) and the
text-reuse links between them, and returns a ``Comparison`` whose every finding
cites the sentences it rests on.
"""

from __future__ import annotations

import time

from ..model import Article
from .align import Space, align, units
from .framing import contrasts, marked_words, names, voices, wordings
from .options import CompareOptions
from .model import Claim, Comparison, Conflict, Contrast, Evidence, MarkedWord, TimelineEntry, Wording
from .timeline import timeline
from .verdicts import actor_conflicts, denials, judge, shared_denials, source_groups

MATCH_THRESHOLD = CompareOptions.match_threshold  # the defaults, under the names benches read
DENIAL_THRESHOLD = CompareOptions.denial_threshold

__all__ = ["Claim", "CompareOptions", "Comparison", "Conflict", "Contrast", "Evidence", "MarkedWord", "TimelineEntry", "Wording", "compare"]


def compare(articles: list[Article], reuse: list[dict] = (), nlp=None, threshold: float | None = None,
            opts: CompareOptions = CompareOptions()) -> Comparison:
    """Compare analysed articles; ``nlp`` (a spaCy pipeline) adds the agents of key actions and
    conflicts over who did them. ``threshold``, when given, overrides ``opts.match_threshold``."""
    started = time.perf_counter()
    threshold = opts.match_threshold if threshold is None else threshold
    articles = sorted(articles, key=lambda a: (a.published or "9999", a.id))
    space = Space(articles, units(articles))
    docs = list(nlp.pipe(a.body for a in articles)) if nlp is not None else None
    captions = [list(nlp.pipe(c.text for c in a.captions)) for a in articles] if nlp is not None else None
    sources = source_groups(articles, list(reuse))
    claims = judge(articles, space, align(space, threshold, shared_denials(articles, space, opts.denial_threshold)), sources)
    denied = denials(articles, space, opts.denial_threshold)
    _mark_denied(claims, denied)
    if docs is not None:
        actor_conflicts(articles, docs, claims)
    group_of = {aid: i for i, g in enumerate(sources) for aid in g}
    conflicts = _once_per_source(list(dict.fromkeys([c for claim in claims for c in claim.conflicts] + denied)),
                                 group_of)
    summary = [{"id": a.id, "outlet": a.outlet or "(unknown outlet)", "title": a.title, "published": a.published,
                "url": a.url, "language": a.language, "words": a.word_count, "source_group": group_of[a.id]}
               for a in articles]
    return Comparison(
        articles=summary, source_groups=sources, claims=claims, conflicts=conflicts,
        wordings=wordings(articles, space, [c for c in claims if len({e.article_id for e in c.evidence}) > 1], docs),
        marked=marked_words(articles, space), names=names(articles, docs, captions), voices=voices(articles),
        timeline=timeline(articles, space, claims), contrasts=contrasts(articles, space, sources),
        seconds=round(time.perf_counter() - started, 3))


def _once_per_source(conflicts: list[Conflict], group_of: dict[str, int]) -> list[Conflict]:
    """One conflict per disagreement between two sources: a wire story's copies repeat it, not confirm it."""
    seen, out = set(), []
    for c in conflicts:
        what = frozenset({c.a.text, c.b.text}) if c.kind == "polarity" else frozenset(c.detail.split(" vs "))
        key = (c.kind, frozenset({group_of[c.a.article_id], group_of[c.b.article_id]}), what)  # polarity has no detail
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _mark_denied(claims: list[Claim], denied: list[Conflict]) -> None:
    """A claim another party denies is contested, whoever else reports it."""
    where = {(e.article_id, e.sentence): c for c in claims for e in c.evidence}
    for conflict in denied:
        for e in (conflict.a, conflict.b):
            claim = where.get((e.article_id, e.sentence))
            if claim is not None:
                claim.verdict = "contested"
                if conflict not in claim.conflicts:
                    claim.conflicts.append(conflict)

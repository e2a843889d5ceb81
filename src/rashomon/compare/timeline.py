"""Timeline: the dated things the articles mention, on one line.

Each calendar date (day, month or year) an article mentions becomes an entry
with the sentences that mention it. When sentences of one claim give
different dates for the same thing, each entry lists the dates it is
disputed by.
"""

from __future__ import annotations

from ..model import Article
from .align import Space
from .model import Claim, Evidence, TimelineEntry
from .verdicts import evidence


def timeline(articles: list[Article], space: Space, claims: list[Claim]) -> list[TimelineEntry]:
    by_value: dict[str, list[Evidence]] = {}
    unit_at = {(u.article, u.sentence): u for u in space.units}
    for ai, a in enumerate(articles):
        starts = [s.start for s in a.sentences]
        for t in a.times:
            if t.type != "DATE" or not t.value or not t.value[:4].isdigit():
                continue
            si = max((i for i, st in enumerate(starts) if st <= t.start), default=0)
            unit = unit_at.get((ai, si))
            if unit is not None:
                by_value.setdefault(t.value, []).append(evidence(articles, unit))
    disputes = _disputes(claims, by_value)
    entries = []
    for value in sorted(by_value):
        ev = tuple(dict.fromkeys(by_value[value]))
        label = min((e.text for e in ev), key=len)
        entries.append(TimelineEntry(value, label[:160], ev, tuple(sorted(disputes.get(value, ())))))
    return entries


def _disputes(claims: list[Claim], by_value: dict[str, list[Evidence]]) -> dict[str, set[str]]:
    """value -> other values that sentences of the same claim give."""
    value_of: dict[tuple[str, int], set[str]] = {}
    for value, ev in by_value.items():
        for e in ev:
            value_of.setdefault((e.article_id, e.sentence), set()).add(value)
    out: dict[str, set[str]] = {}
    for claim in claims:
        per_article = [value_of.get((e.article_id, e.sentence), set()) for e in claim.evidence]
        given = [v for v in per_article if v]
        for i, vi in enumerate(given):
            for vj in given[i + 1 :]:
                if vi and vj and not any(_compatible(x, y) for x in vi for y in vj):
                    for v in vi:
                        out.setdefault(v, set()).update(vj)
                    for v in vj:
                        out.setdefault(v, set()).update(vi)
    return out


def _compatible(x: str, y: str) -> bool:
    """'2020' and '2020-11-10' do not disagree: one is just less precise."""
    return x.startswith(y) or y.startswith(x)

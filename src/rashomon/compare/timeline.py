"""Timeline: the dated things the articles mention, on one line.

Each calendar date (day, month or year) an article mentions becomes an entry
with the sentences that mention it. When a date conflict sets two dates for
the same thing against each other, each entry lists the dates it is disputed by.
"""

from __future__ import annotations

import re

from ..model import Article
from .align import Space
from .claims import compatible_dates
from .model import Conflict, Evidence, TimelineEntry
from .verdicts import evidence

CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # a year, a month or a day
# a year that says which one a person was, not when the sentence's news happened: "Sarah Palin, the 2008
# Republican vice presidential nominee, weighed in on Monday"; but "the 2008 campaign" was in 2008
ROLE_YEAR = re.compile(r"\s+(?:[\w.-]+\s+){0,4}?(?:nominee|candidate|hopeful|contender|winner|champion|runner-up|"
                       r"laureate|graduate|rookie|draftee)s?\b", re.I)


def timeline(articles: list[Article], space: Space, conflicts: list[Conflict]) -> list[TimelineEntry]:
    by_value: dict[str, list[Evidence]] = {}
    unit_at = {(u.article, u.sentence): u for u in space.units}
    for ai, a in enumerate(articles):
        starts = [s.start for s in a.sentences]
        for t in a.times:
            if t.type != "DATE" or not t.value or not CALENDAR.match(t.value):
                continue  # a decade ("197", the 1970s) or a week has no place on a line of days
            if len(t.value) == 4 and ROLE_YEAR.match(a.body, t.end):
                continue  # "the 2008 Republican vice presidential nominee": who she was, not when this happened
            si = max((i for i, st in enumerate(starts) if st <= t.start), default=0)
            unit = unit_at.get((ai, si))
            if unit is not None:
                by_value.setdefault(t.value, []).append(evidence(articles, unit))
    disputes = _disputes(conflicts, by_value)
    entries = []
    for value in sorted(by_value):
        ev = tuple(dict.fromkeys(by_value[value]))
        label = min((e.text for e in ev), key=len)
        entries.append(TimelineEntry(value, label[:160], ev, tuple(sorted(disputes.get(value, ())))))
    return entries


def _disputes(conflicts: list[Conflict], by_value: dict[str, list[Evidence]]) -> dict[str, set[str]]:
    """value -> the other values that date conflicts set against it."""
    value_of: dict[tuple[str, int], set[str]] = {}
    for value, ev in by_value.items():
        for e in ev:
            value_of.setdefault((e.article_id, e.sentence), set()).add(value)
    out: dict[str, set[str]] = {}
    for c in conflicts:
        if c.kind != "date" or dict(c.features).get("clock"):
            continue  # two times of day set no two calendar dates against each other
        va, vb = value_of.get((c.a.article_id, c.a.sentence), set()), value_of.get((c.b.article_id, c.b.sentence), set())
        for x in va:
            out.setdefault(x, set()).update(y for y in vb if not compatible_dates(x, y))
        for y in vb:
            out.setdefault(y, set()).update(x for x in va if not compatible_dates(x, y))
    return out


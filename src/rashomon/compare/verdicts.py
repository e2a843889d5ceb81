"""Verdicts: corroborated, single-source or contested, with the evidence.

A republished wire story is not a second witness: articles that share most of
their text count as one source. Conflicts are looked for inside each claim
(the same thing told with different numbers, dates, degree ("fully" against
"partly"), polarity, or, given the parses, actors) and between a denial and the
claim it denies.
"""

from __future__ import annotations

import re

from ..model import Article, Quantity
from ..analyse.statements import CUES
from .align import Space, Unit, entity_key, entity_keys, root
from .model import Claim, Conflict, Evidence

NEGATION = re.compile(r"\b(no|not|never|none|without|denied|denies|deny|rejected|dismissed|false|n't)\b", re.I)
DENIAL_CUES = {"deny", "dismiss", "reject", "refute", "rebuff", "contest", "dispute"}
POLARITY_MIN_SIMILARITY = 0.6  # only near-paraphrases can contradict by a negation
# "fully reopened" against "partially reopened": the same action, to a different degree
DEGREE = re.compile(r"\b(?P<degree>fully|completely|entirely|totally|wholly|partially|partly)\s+(?P<word>[a-z]{4,})", re.I)
WHOLE = {"fully", "completely", "entirely", "totally", "wholly"}
NOT_BEFORE = re.compile(r"\b(?:not|never|n't|yet\s+to)\s+(?:(?:been|be|yet)\s+)*$", re.I)
COPY_SHARE = 0.5  # articles sharing half their words are one source
CALENDAR = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")  # a month or a day: precise enough to disagree about


def source_groups(articles: list[Article], reuse: list[dict]) -> list[list[str]]:
    """Articles joined by heavy text reuse, as groups of ids (each article in exactly one)."""
    parent = {a.id: a.id for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for r in reuse:
        if r["a"] in parent and r["b"] in parent and max(r["a_share"], r["b_share"]) >= COPY_SHARE:
            parent[find(r["a"])] = find(r["b"])
    groups: dict[str, list[str]] = {}
    for a in articles:
        groups.setdefault(find(a.id), []).append(a.id)
    return list(groups.values())


def evidence(articles: list[Article], unit: Unit) -> Evidence:
    a = articles[unit.article]
    return Evidence(a.id, a.outlet or "(unknown outlet)", unit.sentence, unit.start, unit.end, unit.text)


def judge(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
          sources: list[list[str]]) -> list[Claim]:
    group_of = {aid: i for i, g in enumerate(sources) for aid in g}
    claims = []
    for cid, members in enumerate(groups, 1):
        units = [space.units[i] for i, _ in members]
        ev = [evidence(articles, u) for u in units]
        independent = len({group_of[e.article_id] for e in ev})
        conflicts = _inside(articles, space, [i for i, _ in members], ev)
        verdict = "contested" if conflicts else "corroborated" if independent >= 2 else "single-source"
        score = min((s for _, s in members), default=1.0) if len(members) > 1 else 1.0
        claims.append(Claim(cid, ev, verdict, independent, score, conflicts))
    return claims


def _inside(articles: list[Article], space: Space, members: list[int], ev: list[Evidence]) -> list[Conflict]:
    """Number, date, degree and polarity disagreements between members of one claim from different articles."""
    found = []
    units = [space.units[m] for m in members]
    for i in range(len(units)):
        for j in range(i + 1, len(units)):
            a, b = units[i], units[j]
            if a.article == b.article:
                continue
            for detail in _number_conflicts(_amounts(articles[a.article], a), _amounts(articles[b.article], b)):
                found.append(Conflict("number", detail, ev[i], ev[j]))
            dates_a, dates_b = _dates(articles[a.article], a), _dates(articles[b.article], b)
            if dates_a and dates_b and not any(x.startswith(y) or y.startswith(x) for x in dates_a for y in dates_b):
                found.append(Conflict("date", f"{', '.join(sorted(dates_a))} vs {', '.join(sorted(dates_b))}",
                                      ev[i], ev[j]))
            if detail := _degree_conflict(a.text, b.text):
                found.append(Conflict("degree", detail, ev[i], ev[j]))
            close = space.similarity(members[i], members[j]) >= POLARITY_MIN_SIMILARITY
            if close and bool(NEGATION.search(a.text)) != bool(NEGATION.search(b.text)):
                found.append(Conflict("polarity", "one says it, the other says it is not so", ev[i], ev[j]))
    return list(dict.fromkeys(found))


def actor_conflicts(articles: list[Article], docs, claims: list[Claim]) -> None:
    """Within each claim, one action done by the same kind of actor of different sides: "the
    Durmanian delegation walked out" against "the Veldran delegation walked out". Needs the parses
    (``docs``); adds the conflicts to their claims, which become contested.

    Only subjects with the same head noun ("delegation", "forces") are compared, so "Blinken
    visited" against "Macron visited", or "Putin ordered" against "the Kremlin ordered", is no
    conflict; speech verbs are left out: two sources quoting different people is attribution.
    """
    index = {a.id: i for i, a in enumerate(articles)}
    keys = entity_keys(articles)
    for claim in claims:
        if len({e.article_id for e in claim.evidence}) < 2:
            continue
        acts = [_actions(docs[index[e.article_id]], articles[index[e.article_id]], e, keys) for e in claim.evidence]
        for x in range(len(claim.evidence)):
            for y in range(x + 1, len(claim.evidence)):
                ea, eb = claim.evidence[x], claim.evidence[y]
                if ea.article_id == eb.article_id:
                    continue
                for act, (text_a, actors_a) in acts[x].items():
                    text_b, actors_b = acts[y].get(act, ("", frozenset()))
                    if actors_a and actors_b and not actors_a & actors_b:
                        conflict = Conflict("actor", f"{text_a} vs {text_b}", ea, eb)
                        if conflict not in claim.conflicts:
                            claim.conflicts.append(conflict)
                            claim.verdict = "contested"
                        break


def _actions(doc, article: Article, e: Evidence, keys: dict[str, str]) -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(verb root, subject head) -> ('Veldran delegation walked out', the sides named in its subjects)
    for one sentence; every use of the verb with that subject counts ("Azerbaijani troops fired, and
    Armenian troops fired back" names both sides)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    out: dict[tuple[str, str], tuple[str, frozenset[str]]] = {}
    for verb in span if span is not None else ():
        if verb.pos_ != "VERB" or verb.lower_ in CUES:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN":
            continue  # a name as subject is the actor itself, not a side of some kind of actor
        words = [c for c in subject.children if c.dep_ in ("compound", "amod", "poss", "nmod")
                 and not any(t.is_punct for t in doc[min(c.i, subject.i) + 1 : max(c.i, subject.i)])]
        sides = frozenset(filter(None, (_entity(article, t.idx, keys) for t in words)))
        particle = "".join(f" {c.text}" for c in verb.children if c.dep_ == "prt" or (
            c.i == verb.i + 1 and c.lower_ in ("out", "off", "away", "down", "up")))  # "walked out"
        first = min([subject.i] + [t.i for t in words])
        key = (root(verb.lower_), subject.lower_)
        phrase, before = out.get(key, (doc[first : subject.i + 1].text + f" {verb.text}{particle}", frozenset()))
        out[key] = (phrase, before | sides)
    return out


def _entity(article: Article, offset: int, keys: dict[str, str]) -> str | None:
    """The key of the actor named at an offset of the body: a person, organisation or people
    ("Veldran"), or the country a capital stands for. Other places are left out: a capital the
    gazetteer does not know ("which Sarnov puts at ...") would pass for a second actor."""
    for m in article.mentions:
        if m.start <= offset < m.end and (m.stands_for or m.label in ("NORP", "PERSON", "ORG")):
            return entity_key(m, keys) or m.text.lower()
    return None


def _degree_conflict(a: str, b: str) -> str | None:
    """'fully reopened vs partially reopened': one sentence says all of an action, the other only
    part of it, and neither also says it the other way. 'Not fully reopened' is partly reopened."""
    degrees_a, degrees_b = _degrees(a), _degrees(b)
    for (word, whole), text in degrees_a.items():
        if (word, not whole) in degrees_b and (word, whole) not in degrees_b and (word, not whole) not in degrees_a:
            return f"{text} vs {degrees_b[(word, not whole)]}"
    return None


def _degrees(text: str) -> dict[tuple[str, bool], str]:
    "(root of the action, done whole?) -> the words: 'fully reopened', 'not fully restored' (not whole)."
    out = {}
    for m in DEGREE.finditer(text):
        whole = m["degree"].lower() in WHOLE and not NOT_BEFORE.search(text[max(0, m.start() - 20):m.start()])
        out.setdefault((root(m["word"]), whole), m.group())
    return out


def _amounts(article: Article, unit: Unit) -> list[Quantity]:
    return [q for q in article.quantities if unit.start <= q.start < unit.end and q.value is not None]


def _number_conflicts(xs: list[Quantity], ys: list[Quantity]) -> list[str]:
    """Amounts of the same thing (same counted noun or unit) that no amount on the other side matches.

    Each amount is checked against every amount of the same thing on the other
    side: "two of the five gates" against "three of the five gates" is one
    conflict (two vs three), not four.
    """
    out = []
    for x in xs:
        same = [y for y in ys if (x.counts and x.counts == y.counts) or (x.unit and x.unit == y.unit)]
        if not same or any(_close(x.value, y.value) for y in same):
            continue
        y = min(same, key=lambda y: abs(y.value - x.value))
        if not any(_close(y.value, other.value) for other in xs):
            out.append(f"{x.text} {x.counts or ''} vs {y.text} {y.counts or ''}".replace("  ", " ").strip())
    return out


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.1 * max(abs(a), abs(b))


def _dates(article: Article, unit: Unit) -> set[str]:
    return {t.value for t in article.times
            if unit.start <= t.start < unit.end and t.type == "DATE" and t.value and CALENDAR.match(t.value)}


def denials(articles: list[Article], space: Space, threshold: float) -> list[Conflict]:
    """A statement that denies or dismisses something, linked to the sentence elsewhere that reports it.

    The denied content ("the allegations of a roadblock and a humanitarian crisis")
    is matched against the other articles' sentences, leaving out sentences that
    are themselves denials: two parties denying the same thing agree.
    """
    denial_units = set()
    found_statements = []
    for ai, article in enumerate(articles):
        for st in article.statements:
            if st.cue_word in DENIAL_CUES:
                unit = _unit_at(space, ai, st.content.start)
                if unit is not None:
                    denial_units.add(unit)
                    found_statements.append((ai, article, st, unit))
    found = []
    for ai, article, st, unit in found_statements:
        candidates = {j: s for j, s in space.match(ai, st.content.start, st.content.end).items()
                      if j not in denial_units}
        best = max(candidates.items(), key=lambda kv: kv[1], default=None)
        if best and best[1] >= threshold:
            cue = article.body[st.cue.start:st.cue.end] if st.cue else "denies"
            found.append(Conflict("denial", f"{st.speaker_name or 'a party'} {cue}: "
                                  f"{' '.join(article.body[st.content.start:st.content.end].split())}",
                                  evidence(articles, space.units[unit]), evidence(articles, space.units[best[0]])))
    return found


def shared_denials(articles: list[Article], space: Space, threshold: float) -> list[tuple[float, int, int]]:
    """Sentences of different articles that report the same denial ("Azerbaijan has rejected
    accusations it orchestrated the blockade", "Bayramov dismissed the allegations of a
    roadblock"): what is denied matches even where the sentences around it do not."""
    spans = [(ai, st.content.start, st.content.end) for ai, a in enumerate(articles)
             for st in a.statements if st.cue_word in DENIAL_CUES]
    pairs = []
    for x, (ai, start, end) in enumerate(spans):
        unit, va = _unit_at(space, ai, start), space.vector(ai, start, end)
        for bj, b_start, b_end in spans[x + 1:]:
            other = _unit_at(space, bj, b_start)
            if bj == ai or unit is None or other is None:
                continue
            vb = space.vector(bj, b_start, b_end)
            overlap = sum(w * vb.get(t, 0.0) for t, w in va.items())
            if overlap >= threshold:
                pairs.append((round(overlap, 3), min(unit, other), max(unit, other)))
    return pairs


def _unit_at(space: Space, article: int, offset: int) -> int | None:
    return next((i for i, u in enumerate(space.units) if u.article == article and u.start <= offset < u.end), None)

"""Disputes: one party asserts something, another denies it.

This is not two outlets contradicting each other but a quarrel they report, and what
a media researcher wants to see is each position, who holds it, and which outlets
give voice to each side. A denial is a statement whose cue denies ("Bayramov
dismissed ...", "Azerbaijan rejects ...") or whose content calls something baseless
("the allegations ... have no basis"). What it denies is its content without the
words of denial ("the allegations of a roadblock and a humanitarian crisis"). The
sentences that assert it are those, in any of the compared articles, that give the
denied content's own words, weighted by how rare each is in the story, so that a
sentence sharing only the story's common words ("the corridor") does not count.
A party's position outlasts one event of a story, so a denial may answer a sentence
of another event, but such a link counts for less. Denials of one thing by several
reports become one dispute; sentences that are themselves denials, or that negate
what they say, never stand for the other side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from ..model import Article, Statement
from ..vocabulary import baseless, denial_cues
from .align import Space, Unit
from .model import Dispute, Evidence, Position

DENIAL_CUES = denial_cues()  # data/denials.tsv
BASELESS = baseless()  # "no basis", "fabricated"
ADDED_CLAUSE = re.compile(r",\s+(?:\w+ing|and|but|while|because|as)\b", re.I)
NEGATED = re.compile(r"\b(?:no|not|never|nor|n't|without)\b", re.I)
# words of any denial and of reporting, never what is denied
GENERIC = {"~deny", "~accuse", "claim", "claims", "said", "say", "says", "statement", "report", "repor", "basis",
           "absur", "false", "untru", "groun", "basel", "unfou", "fabri", "lies", "slande", "nonse"}
OBJECT_CUES = denial_cues(claims_only=True)  # deny only when what they take is a claim
CLAIM_OBJECT = re.compile(r"\W*(?:\S+\s+){0,4}?(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?|"
                          r"assertions?|rumou?rs?|notion|idea|criticism|statements?|that)\b", re.I)
LINK_BAR = 0.35  # share of the denied content's weight a sentence must give to assert it, in two of its
# words at least where it has two: "the incident occurred" does not assert "the attack occurred"
OTHER_EVENT = 0.6  # a link to a sentence of another event of the story counts this much
# a denial of one content word ("rejected that account", "dispute that the blockade is over") cannot be
# told from any sentence that uses the word: its links count this much, under the bar
ONE_WORD = 0.45
CONFIDENT = 0.5  # disputes whose best link reaches this are shown by default
MAX_CLAIMS = 6  # sentences shown for the asserted side of one dispute


def disputes(articles: list[Article], space: Space, events: Mapping[str, int] = {}) -> list[Dispute]:
    """Every denial the articles report, with the sentences that assert what it denies."""
    denials = [(ai, st, unit) for ai, a in enumerate(articles) for st in a.statements
               if _is_denial(a, st) and (unit := _unit_at(space, ai, st.content.start)) is not None]
    denial_units = {unit for _, _, unit in denials}
    idf = _idf(space)
    found: list[Dispute] = []
    for ai, st, unit in denials:
        article = articles[ai]
        end = _object_end(article.body, st.content.start, st.content.end)
        denied = {t: w * idf.get(t, 0.0) for t, w in space.vector(ai, st.content.start, end).items()
                  if t not in GENERIC and not t.startswith(("#", "t"))}
        total = sum(denied.values())
        if not total or not any(not t.startswith("@") for t in denied):
            continue
        links = []
        own_event = events.get(article.id)
        thin = ONE_WORD if sum(not t.startswith("@") for t in denied) < 2 else 1.0
        for j, u in enumerate(space.units):
            if j in denial_units or j == unit or NEGATED.search(u.text):
                continue
            other_event = events.get(articles[u.article].id)
            vec = space.vectors[j]
            share = sum(w for t, w in denied.items() if t in vec) / total
            words = [t for t in denied if t in vec and not t.startswith("@")]
            if share >= LINK_BAR and len(words) >= min(2, sum(not t.startswith("@") for t in denied)):
                # a position outlasts one event of a story, but a link across events is less sure
                apart = own_event is not None and other_event is not None and own_event != other_event
                links.append((round(share * thin * (OTHER_EVENT if apart else 1.0), 3), j, words))
        if not links:
            continue
        links.sort(key=lambda x: (-x[0], x[1]))
        best = links[0][0]
        content = " ".join(article.body[st.content.start:end].split())
        denial = Position("denies", st.speaker_name, _evidence(articles, space.units[unit]))
        claims = [Position("asserts", _holder(articles, space.units[j]), _evidence(articles, space.units[j]))
                  for _, j, _ in links[:MAX_CLAIMS]]
        features = (("link", best), ("denied_words", float(len(denied))), ("asserting_sentences", float(len(links))),
                    ("cue_denies", float(st.cue_word in DENIAL_CUES)))
        found.append(Dispute(content, [denial], claims, best, features, best >= CONFIDENT))
    return _merged(found)


def _object_end(body: str, start: int, end: int) -> int:
    """Where what is denied ends: before a clause the denier adds (", insisting ...", ", saying ...")."""
    m = ADDED_CLAUSE.search(body, start, end)
    return m.start() if m else end


def _is_denial(article: Article, st: Statement) -> bool:
    """A cue that denies a claim, or content that calls something baseless. "Dismiss" and "reject"
    deny only a claim ("dismissed the reports", "rejected claims that ..."), not a person or a
    plan ("dismissed his defence team")."""
    content = article.body[st.content.start:st.content.end]
    if BASELESS.search(content):
        return True
    if st.cue_word in OBJECT_CUES:
        return bool(CLAIM_OBJECT.match(content))
    return st.cue_word in DENIAL_CUES


def _idf(space: Space) -> dict[str, float]:
    return {t: math.log((space.n + 1) / (df + 1)) + 1 for t, df in space.df.items()}


def _merged(found: list[Dispute]) -> list[Dispute]:
    """One dispute per thing denied: denials whose asserted sentences overlap are reports of one quarrel."""
    out: list[Dispute] = []
    for d in sorted(found, key=lambda d: -d.score):
        keys = {(p.evidence.article_id, p.evidence.sentence) for p in d.claims}
        same = next((o for o in out if keys & {(p.evidence.article_id, p.evidence.sentence) for p in o.claims}), None)
        if same is None:
            out.append(d)
            continue
        seen = {(p.evidence.article_id, p.evidence.sentence) for p in same.denials + same.claims}
        same.denials += [p for p in d.denials if (p.evidence.article_id, p.evidence.sentence) not in seen]
        same.claims += [p for p in d.claims if (p.evidence.article_id, p.evidence.sentence) not in seen]
    return out


def _holder(articles: list[Article], unit: Unit) -> str | None:
    """Who asserts what a sentence says: the speaker of a statement in it, else the outlet's own voice."""
    a = articles[unit.article]
    return next((st.speaker_name for st in a.statements if unit.start <= st.content.start < unit.end
                 and st.speaker_name), None)


def _evidence(articles: list[Article], unit: Unit) -> Evidence:
    a = articles[unit.article]
    return Evidence(a.id, a.outlet or "(unknown outlet)", unit.sentence, unit.start, unit.end, unit.text)


def _unit_at(space: Space, article: int, offset: int) -> int | None:
    return next((i for i, u in enumerate(space.units) if u.article == article and u.start <= offset < u.end), None)

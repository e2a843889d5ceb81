"""Verdicts: corroborated, single-source or contested, with the evidence.

A republished wire story is not a second witness: articles that share most of
their text count as one source. Conflicts are looked for inside each claim, only
between sentences of one event instance (two calls two weeks apart give two sets of
dates and numbers, not a disagreement) and only between sentences matched directly:
the same thing told with different numbers for the same counted thing, dates a few
days apart, degree ("fully" against "partly"), polarity (a negation of what the
other says, not of something beside it: "the office added without elaborating"
negates nothing the other says), or, given the parses, actors. Each conflict
carries a score (how sure the match is, times how clear the disagreement) and the
features behind it; those under ``CONFIDENT`` are uncertain.
"""

from __future__ import annotations

import math
import operator
import re

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from difflib import SequenceMatcher
from functools import cache
from itertools import combinations
from typing import Any

from ..analyse.names import same_word
from ..analyse.quantities import unit_of
from ..analyse.statements import CUES
from ..group.signature import PLACE_ADJECTIVE, named_day
from ..model import Article, Quantity
from ..resources import stopwords
from ..vocabulary import toll_words, weekday_names
from ..vocabulary import words as word_list
from .align import (SYNONYMS, WORD, WORD_AFTER, Space, Unit, amount_or_date, entity_key, entity_keys, function_words,
                    measure, name_stems, root)
from .claims import calendar_dates, compatible_dates, days_between
from .clock import APART as CLOCK_APART
from .clock import Reading, clock_readings, readings_differ
from .clock import told as told_time
from .disputes import DENIAL_CUES, GENERIC, NOT_NEGATING
from .durations import durations, durations_differ, one_duration, told as told_duration
from .model import UNKNOWN_OUTLET, Claim, Conflict, Evidence
from .tallies import tallies, vote_conflict
from .tolls import KINDS, may_name_a_toll, tolls

# a plain negation; a party denying something ("Baku denied ...") is a dispute (compare.disputes), not this
# "the No. 1 team" ranks; "cant" and "didnt" are contractions a keyboard left the apostrophe out of
NEGATION = re.compile(r"\b(no(?!\.\s*\d)|not|never|none|(?:ca|do|did|does|is|was|were|have|has|had|could|would|should)nt)\b"
                      r"|n\s?['’]\s?t\b", re.I)
CLAUSE_END = re.compile(r"[,;:.!?()\u2014\u2013]|\s(?:but|while|whereas)\s")  # where a negation's scope ends
ATTRIBUTION = {"say", "tell", "add"}  # the verbs that report speech and say nothing of it
WHEN_WORDS = weekday_names() | {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                                "october", "november", "december"}  # capitalised, and no names of who
POLARITY_MIN_SIMILARITY = 0.6  # only near-paraphrases can contradict by a negation
DATE_MIN_SIMILARITY = 0.4  # ... or by a date: "quake on Sunday" and "rescue on Monday" are two facts
# a quotation in double quotes of any script's style, or in single ones whose close no letter follows
# ("‘I can’t speak,’ he said": the apostrophe of "can’t" closes nothing)
QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{10,}?)[\"“”«»]|(?<!\w)['‘](.{10,}?)['’](?!\w)")
# counted by what befell them: never one headline count of two leads
PEOPLE = {"people", "persons", "others", "men", "women", "children", "residents", "civilians", "inhabitants"}
ANYONE = {"people", "persons", "residents", "inhabitants"}  # people counted as such, not a part of them
STEM = 5  # letters that stand for a word of a script read without a stemmer: "колонна", "колонну"
ROLE_WORDS = 3  # words on each side of an amount that say what it measures ("a depth of 10 km")
# ... in a language read without a parser, the nearest: "погибли 3 человека" and "ранены 8 человек" share
# the words of the place further off ("удара по насосной станции")
OTHER_ROLE_WORDS = 2
CLAUSE_BREAK = re.compile(r"[,;:.]\s|\s(?:and|but|while|whereas)\s", re.I)  # ... within its own clause
# two sentences of one event no claim joined that count one noun with words in common around it
# ("25 trucks a day", "40 trucks a day") tell the same thing this surely: under the confidence bar, as
# on ECB+ train+dev one in three such conflicts is real (two counts of one toll; the others a round's
# punches against the fight's, another quake's toll)
UNMATCHED_MATCH = 0.6
# ... unless each of two versions of one figure is told by two sources or more that do not also give the other: no
# slip of one report, nor a figure of another thing one report gives, but what each side's sources say (on the
# multilingual development sets, every such conflict of a toll, a vote, a duration, a time of day or a measure in
# two languages was a planted or a real one; ``_versions_told_by``)
CORROBORATED_MATCH = 0.75
TOLL_SENTENCES = 2  # an event's own toll is told in the opening sentences; later ones recall others
# a clause set off about a person, whose years are of their past, not of another instance of the event: ", who had
# run the refinery since 2017,", ", qui dirigeait l'usine depuis 2017,", ", который возглавлял завод с 2017 года,"
WHO_ASIDE = re.compile(r",\s*(?:who|qui|che|quien|quem|der|die|который|которая|який|яка|који|која|koji|koja|"
                       r"кој|која|yang|که|որը)\s[^,;.!?]*,", re.I)
COUNT_SENTENCES = 4  # ... and how many it hurt, moved or held in its lead (the dead come first)
# a sentence that tells another instance of its event's kind: "in a separate attack", "another school", "also died",
# and one that counts a running total ("600 killed so far in the offensive") rather than the incident
ANOTHER = re.compile(r"\b(?:another|separate(?:ly)?|also|other|earlier|previous|last\s+(?:year|month|week)|so\s+far|"
                     r"in\s+total|altogether|overall)\b", re.I)
# a count summed over a span or over several instances: "so far", "to date", "In all, ...", "over the past month",
# "during the five operations", "in his last two games", "since Week 11"; not "in all 12 districts", "the deadliest
# this year" nor "in the coming days"
SEVERAL = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)"
SUMMED = re.compile(rf"\b(?:so|thus)\s+far\b|\bto\s+date\b|\bin\s+(?:all|total)\s*[,;.]|\bcumulative(?:ly)?\b|"
                    rf"\bover\s+the\s+(?:past|last)\s+(?:{SEVERAL}\s+)?(?:days?|weeks?|months?|years?|decades?)\b|"
                    rf"\bsince\s+(?:Week|the\s+start|the\s+beginning)\b|"
                    rf"\b(?:during|in|over|across)\s+(?:the|his|her|their|its)\s+(?:last\s+|past\s+)?{SEVERAL}\s+"
                    rf"(?:operations|missions|raids|games|matches|races|seasons)\b", re.I)
# sources that misdate one thing miss by a day or two ("Tuesday" for "Wednesday", a time zone); dates further apart
# are two instances or two steps of a story ("died Saturday", "it was reported Wednesday"; the quake on Monday, the
# emergency declared on Thursday): on ECB+ train+dev every date conflict three to seven days apart was one of these
DATE_DAYS = 2
MAGNITUDES = 10
# measures whose amounts in two languages' leads of one event may be two versions of one figure (``unmatched_measures``):
# lengths, weights, volumes, shares and sums; a duration and a time of day have their own readings (``durations``,
# ``clock``), and a count names what it counts in each language's own words
MEASURED = frozenset({"km", "m", "mile", "t", "m3", "percent", "EUR", "USD"})
MEASURE_NAMES = {"mile": "miles", "t": "tonnes", "m3": "m³", "percent": "%"}  # as a conflict writes them after digits
# people counted as such, soldiers or police, firefighters or rescuers, and trucks
COUNTED = {"people": "people-words", "forces": "force-words", "rescuers": "rescuer-words", "trucks": "truck-words"}
# counted words that are of their measure only before these words: "120 vigili del fuoco"
ONLY_BEFORE = {"vigili": r"\s+del\s+fuoco"}
# the words that count people before what they are: "2.000 orang polisi", "۲۰۰ نفر پلیس", "85 petugas pemadam"
CLASSIFIERS = {"orang", "نفر", "petugas"}
CALENDAR_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WEEKDAY_STEM = 4
# how clear each kind is: a number or a date is read exactly; a negation's scope and an actor's side less so
STRENGTH = {"number": 1.0, "date": 0.9, "degree": 0.9, "polarity": 0.6, "actor": 0.7, "update": 0.3}
# bounds, right before the number: the negated forms first ("no more than five" is at most five)
UPPER_BOUND = re.compile(r"(?:\b(?:no|not)\s+(?:more|greater)\s+than|\bat\s+most|\bup\s+to|(?<!no )(?<!not )\b(?:fewer|less)"
                         r"\s+than|\bunder)\s*$")
CAP = re.compile(r"(?:\b(?:no|not)\s+more\s+than|\bat\s+most|\bup\s+to|\ba\s+maximum\s+of|\bmaximum\s+of)\s*$")
LOWER_BOUND = re.compile(r"(?:\b(?:no|not)\s+(?:fewer|less)\s+than|\bat\s+least|(?<!no )(?<!not )\bmore\s+than|"
                         r"(?<!took )(?<!take )(?<!taken )\bover|\bupwards\s+of|\bin\s+excess\s+of)\s*$")
NUMBER_START = re.compile(r"[\d$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                          r"forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+dozen|dozens|hundreds|thousands)\b", re.I)
# after a name, the words that make it the source of an amount rather than its owner ("police said",
# "organisers estimated"); "added" is left out: "Hillis added 101 yards" owns them
SAYS = re.compile(r"['’]?s?\s+(?:\w+\s+)?(?:said|says|say|told|tells|reported|reports|stated|states|claimed|claims|"
                  r"announced|announces|confirmed|confirms|estimated|estimates|put|puts|counted|counts|gave|gives|"
                  r"according|cited|cites)\b", re.I)
ANTECEDENT = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*(?:\([^)]*\))?\s*,\s*$")
RELATIVE = re.compile(r"\s*(?:who|which|whose)\b", re.I)
LOCATIVE = re.compile(r"\b(?:in|at|near|across|around|outside|inside|throughout)\s+(?:the\s+)?$", re.I)
# a mark that was beaten, not the count now: "broke Rodney Buford's school scoring record of 2,116 points", "the
# previous record of 41 goals"; a record, mark or best "of" the amount, a few words after a verb of beating, or
# right after "previous", "old" or "former" (not "a record high of", "the 30-year-old striker's record of")
BEATEN = re.compile(r"(?:\b(?:broke|break(?:s|ing)?|beat(?:s|ing)?|pass(?:ed|es|ing)|surpass(?:ed|es|ing)|"
                    r"overt(?:ook|akes?|aking)|eclips(?:ed|es|ing)|better(?:ed|s|ing)|top(?:ped|s|ping))\s+"
                    r"(?:[\w'’.-]+(?:\s['’]\s?s?)?\s+){0,5}?|(?<![\w'’-])(?:previous|old|former)\s+(?:[\w'’-]+\s+)?)"
                    r"(?:record|mark|best)\s+of\s+$", re.I)
PARTIAL = re.compile(r"\s+(?:other|more|additional|further|extra)\b", re.I)  # "three other rifles": part of a count
CONFIDENT = 0.65  # conflicts scoring at least this are shown by default: a negation (0.6) never is
# "fully reopened" against "partially reopened": the same action, to a different degree
DEGREE = re.compile(r"\b(?P<degree>fully|completely|entirely|totally|wholly|partially|partly)\s+(?P<word>[a-z]{4,})", re.I)
WHOLE = {"fully", "completely", "entirely", "totally", "wholly"}
NOT_BEFORE = re.compile(r"(?:\b(?:not|never|yet\s+to)|n['’]t)\s+(?:(?:been|be|yet)\s+)*$", re.I)
COPY_SHARE = 0.5  # articles sharing half their words are one source


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
    return Evidence(a.id, a.outlet or UNKNOWN_OUTLET, unit.sentence, unit.start, unit.end, unit.text)


def judge(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]], sources: list[list[str]],
          pairs: Mapping[tuple[int, int], tuple[float, dict]], events: Mapping[str, int] = {}) -> list[Claim]:
    """Claims with their verdicts and conflicts; ``pairs`` are the scored pairs of units the
    claims were formed from (``claims.scored_pairs``), ``events`` the articles' events. A claim's
    conflicts are those between its members and those its sentences have with sentences no claim
    joined to them (``unmatched_numbers``, ``unmatched_tallies``), and the tolls, durations, times of day and
    figures of one measure of an event's reports, whether or not a claim joined their sentences (a figure of one
    measure that a claim's members already disagree on is told once)."""
    group_of = {aid: i for i, g in enumerate(sources) for aid in g}
    unmatched: dict[int, list[Conflict]] = {}
    told = [tallies(u.text, articles[u.article].language) for u in space.units]  # the votes each sentence gives
    for k, conflict in [*unmatched_numbers(articles, space, groups, sources, pairs),
                        *unmatched_tallies(articles, space, groups, sources, events, told),
                        *unmatched_tolls(articles, space, groups, sources, events)]:
        unmatched.setdefault(k, []).append(conflict)
    paired = {_units_of(c) for found in unmatched.values() for c in found}
    for k, conflict in [*unmatched_durations(articles, space, groups, sources, events),
                        *unmatched_clock_times(articles, space, groups, sources, events),
                        *unmatched_measures(articles, space, groups, sources, events)]:
        if _units_of(conflict) not in paired:  # two sentences whose numbers already disagree
            unmatched.setdefault(k, []).append(conflict)
    out = []
    for cid, members in enumerate(groups, 1):
        idx = [i for i, _ in members]
        ev = [evidence(articles, space.units[i]) for i in idx]
        independent = len({group_of[e.article_id] for e in ev})
        inside = _inside(articles, space, idx, ev, pairs, told)
        said = {(_units_of(c), c.kind) for c in inside}  # a figure of one measure its members already disagree on
        conflicts = inside + [c for c in unmatched.get(cid - 1, [])
                              if not (("measures", 1.0) in c.features and (_units_of(c), c.kind) in said)]
        verdict = "contested" if any(c.confident for c in conflicts) else \
            "corroborated" if independent >= 2 else "single-source"
        score = min((s for _, s in members), default=1.0) if len(members) > 1 else 1.0
        linked = [pairs[(min(i, j), max(i, j))] for k, i in enumerate(idx) for j in idx[k + 1:]
                  if (min(i, j), max(i, j)) in pairs]
        weakest = min(linked, key=lambda pf: pf[0])[1] if linked else {}
        event_ids = tuple(sorted({events[e.article_id] for e in ev if e.article_id in events}))
        out.append(Claim(cid, ev, verdict, independent, score, conflicts, _rounded(weakest), event_ids))
    return out


def _inside(articles: list[Article], space: Space, members: list[int], ev: list[Evidence],
            pairs: Mapping[tuple[int, int], tuple[float, dict]], told: list[list[tuple[int, int]]]) -> list[Conflict]:
    """Disagreements between the members of one claim that were matched to each other directly
    and belong to one event: different numbers for one counted thing or votes (``told``: each unit's
    tallies), dates a few days apart, degree, and a negation of the other's own words."""
    found = []
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            i, j = sorted((members[x], members[y]))
            a, b = space.units[i], space.units[j]
            ea, eb = (ev[x], ev[y]) if members[x] == i else (ev[y], ev[x])
            p, features = pairs.get((i, j), (0.0, {}))
            if a.article == b.article or features.get("other_event") or not features:
                continue
            art_a, art_b = articles[a.article], articles[b.article]
            kinds = []
            leads = bool(features.get("lead"))
            # a vote told in any language ("by 13 votes to 2", "12 голосами против трёх"): one conflict, not its counts'
            tally = vote_conflict(told[i], told[j])
            if tally:
                kinds.append(("number", tally))
            # a sentence that recalls another year counts another instance ("since March 2024, when two died")
            # ... and one that sums a span ("923 rounds during the five operations", "498 yards since Week 11") counts
            # more than one instance, where the other does not
            recalls = _recalls_a_year(art_a, a) or _recalls_a_year(art_b, b) or \
                bool(SUMMED.search(a.text)) != bool(SUMMED.search(b.text))
            for detail, amount_a, amount_b in () if tally or recalls else _number_conflicts(
                    _amounts(art_a, a), _amounts(art_b, b), art_a, art_b, leads):
                if _toll_rose(art_a, amount_a, art_b, amount_b):
                    kinds.append(("update", f"{detail}: the later report counts more"))
                else:
                    kinds.append(("number", detail))
            # two languages share no words: how alike they are is the share of names they have in common,
            # as the claim's pair scorer measured it (``Space.neighbours``)
            close = features.get("lex", 0.0) if features.get("other_language") else space.similarity(i, j)
            if close >= DATE_MIN_SIMILARITY and not _same_when(art_a, a, art_b, b) and \
                    (detail := _date_conflict(calendar_dates(art_a, a.start, a.end),
                                              calendar_dates(art_b, b.start, b.end),
                                              _of_the_day(art_a, a) | _of_the_day(art_b, b))):
                kinds.append(("date", detail))
            # a pair that differs on both when and how many tells two instances (a vote, and the same assembly's
            # vote the next day), not two disagreements about one
            if any(kind == "number" for kind, _ in kinds) and _dated_apart(art_a, a, art_b, b):
                kinds = [(kind, detail) for kind, detail in kinds if kind not in ("number", "date")]
            if detail := _degree_conflict(a.text, b.text):
                kinds.append(("degree", detail))
            if close >= POLARITY_MIN_SIMILARITY and _negates_the_other(a.text, b.text):
                kinds.append(("polarity", "one says it, the other says it is not so"))
            # two languages' sentences met by their amounts alone may give other amounts of other things
            alone = features.get("other_language") and features.get("amounts_across") and not space.shared_names(i, j)
            sure = min(p, UNMATCHED_MATCH) if alone else p
            for kind, detail in kinds:
                found.append(scored_conflict(kind, detail, ea, eb, sure, features))
    return list(dict.fromkeys(found))


def unmatched_numbers(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                      sources: list[list[str]], pairs: Mapping[tuple[int, int], tuple[float, dict]]
                      ) -> list[tuple[int, Conflict]]:
    """Different numbers for one counted thing in sentences of one event that no claim joined, as
    (index of the claim of the first sentence, conflict). Two reports of a deal may share little
    else than "trucks a day" ("up to 40 trucks a day would be allowed", "convoys of no more than 25
    trucks a day"), and the scorer that forms claims reads different numbers as different facts.
    Only sentences of one language and of one known event, whose amounts count the same noun
    with words in common around it (``_number_conflicts``), both exact or both caps, in sentences that tell
    no other instance, total or year; where both open their reports, their first counts of one thing are its
    headline count whatever words surround them ("launched 18 drones at the town", "Twenty-four attack drones came
    over the river"), as inside a claim. They are shown as uncertain (``UNMATCHED_MATCH``)."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    people: dict[int, bool] = {}  # unit -> whether it counts people, asked once
    out = []
    for (i, j), (p, f) in pairs.items():
        if not (f.get("same_event") and f.get("numbers_differ")) or f.get("other_language") \
                or claim_of.get(i) == claim_of.get(j):
            continue
        a, b = space.units[i], space.units[j]
        art_a, art_b = articles[a.article], articles[b.article]
        for k in (i, j):
            if k not in people:
                people[k] = _counts_people(articles[space.units[k].article], space.units[k])
        if not (f.get("measures_same") or people[i] and people[j]):
            continue  # amounts of one thing, or people counted under two names ("people", "residents")
        if source_of.get(art_a.id) == source_of.get(art_b.id):
            continue  # two copies of one wire story are one source
        if any(ANOTHER.search(u.text) or SUMMED.search(u.text) or _recalls_a_year(art, u)
               for u, art in ((a, art_a), (b, art_b))):
            continue  # "three died in a separate attack on another school", "the 2004 tsunami killed 230,000", "923
            # rounds seized during the five operations"
        for detail, x, y in _number_conflicts(_amounts(art_a, a), _amounts(art_b, b), art_a, art_b,
                                              bool(f.get("lead"))):
            if not (x.counts and y.counts) or _toll_rose(art_a, x, art_b, y) or not _same_footing(art_a, x, art_b, y):
                continue
            shared = len(_role(art_a, x) & _role(art_b, y))
            out.append((claim_of[i], scored_conflict("number", detail, evidence(articles, a), evidence(articles, b),
                                                     UNMATCHED_MATCH, {**f, "pair": p, "role_words": shared})))
    return out


def unmatched_tallies(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                      sources: list[list[str]], events: Mapping[str, int], told: list[list[tuple[int, int]]]
                      ) -> list[tuple[int, Conflict]]:
    """Two different tallies of a vote in sentences of one known event that no claim joined, in any
    language ("by 13 votes to 2", "12 голосами против трёх"), as (index of the claim of the first
    sentence, conflict); ``told`` is each unit's tallies. Two languages share no words to join them by;
    an event may hold two votes, so they are shown as uncertain (``UNMATCHED_MATCH``) unless each tally is given by
    two sources (``_match``)."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    voting = [i for i, found in enumerate(told) if len(found) == 1]
    given = _by_event(articles, events, ((space.units[k].article, told[k]) for k in voting))
    out = []
    for n, i in enumerate(voting):
        for j in voting[n + 1:]:
            a, b = (articles[space.units[k].article] for k in (i, j))
            detail = vote_conflict(told[i], told[j])
            if detail is None or claim_of.get(i) == claim_of.get(j) or source_of.get(a.id) == source_of.get(b.id) \
                    or events.get(a.id) is None or events.get(a.id) != events.get(b.id) \
                    or _dated_apart(a, space.units[i], b, space.units[j]):
                continue
            by_i, by_j = _versions_told_by(articles, source_of, given[events[a.id]], told[i], told[j], operator.eq)
            out.append((claim_of[i], scored_conflict("number", detail, evidence(articles, space.units[i]),
                                                     evidence(articles, space.units[j]), _match(by_i, by_j),
                                                     {"same_event": 1.0, "tallies": 1.0, "sources_a": float(by_i),
                                                      "sources_b": float(by_j)})))
    return out


def unmatched_tolls(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                    sources: list[list[str]], events: Mapping[str, int]) -> list[tuple[int, Conflict]]:
    """Two tolls of one kind (``tolls.KINDS``: the dead, the injured, the missing, the evacuated, the detained)
    of one known event in two languages ("Nine miners were killed", "загинули дванадцятеро гірників"), each the
    only one of its kind its sentence gives, as (index of the claim of the first sentence, conflict), whether or
    not a claim joined the two. In one language the counted nouns decide (``unmatched_numbers``); across two
    no words are shared, so they are shown as uncertain (``UNMATCHED_MATCH``) unless each count is given by two
    sources and the toll cannot have grown from one to the other (``_may_have_risen``), and a later report that
    counts more is an update. A sentence that recalls another year tells of another instance. The dead are counted
    in an article's opening sentences (``TOLL_SENTENCES``), the others in its lead (``COUNT_SENTENCES``)."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    told: dict[str, dict[int, int]] = {kind: {} for kind in KINDS}
    for i, u in enumerate(space.units):
        art = articles[u.article]
        if not _tells_its_event(art, u, events):
            continue
        for kind in KINDS:
            if (kind != "dead" or u.sentence < TOLL_SENTENCES) and len(found := tolls(u.text, art.language, kind)) == 1:
                told[kind][i] = found[0]
    out = []
    for kind, counts in told.items():
        keys = sorted(counts)
        given = _by_event(articles, events, ((space.units[k].article, c) for k, c in counts.items()))
        for n, i in enumerate(keys):
            for j in keys[n + 1:]:
                a, b = articles[space.units[i].article], articles[space.units[j].article]
                if counts[i] == counts[j] or (a.language or "en") == (b.language or "en") \
                        or events[a.id] != events[b.id] or source_of.get(a.id) == source_of.get(b.id) \
                        or _dated_apart(a, space.units[i], b, space.units[j]):
                    continue  # ... and tolls of two days are of two instances (a blast, another two days on)
                gap = days_between(a.published, b.published)
                later, earlier = (counts[j], counts[i]) if gap and gap > 0 else (counts[i], counts[j])
                shrinks = kind == "missing"  # tolls grow as news comes in; the missing shrink as they are found
                updated = bool(gap) and (later < earlier if shrinks else later > earlier)
                told_as = f"the {kind}, {counts[i]} vs {counts[j]}"
                conflict, detail = ("update", f"{told_as}: the later report counts {'fewer' if shrinks else 'more'}") \
                    if updated else ("number", told_as)
                of_event = given[events[a.id]]
                by_i, by_j = _versions_told_by(articles, source_of, of_event, counts[i], counts[j], operator.eq)
                rose = _may_have_risen(articles, of_event, counts[i], counts[j], shrinks)
                out.append((claim_of[i], scored_conflict(
                    conflict, detail, evidence(articles, space.units[i]), evidence(articles, space.units[j]),
                    UNMATCHED_MATCH if updated or rose else _match(by_i, by_j),
                    {"same_event": 1.0, "tolls": 1.0, "other_language": 1.0, "sources_a": float(by_i),
                     "sources_b": float(by_j)})))
    return out


def unmatched_durations(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                        sources: list[list[str]], events: Mapping[str, int]) -> list[tuple[int, Conflict]]:
    """Two reports of one known event that say how long it lasted, and not alike ("about 40 minutes", "more than an
    hour"; ``durations``), in any language, as (index of the claim of the first sentence, conflict), once per pair
    of articles. Each article's lead gives one duration in one sentence, or the report is left out: durations in
    two sentences may tell of two things that lasted (a call, a wait at the border). Sentences that tell another
    instance, a year or a day apart are left out too (``_tells_its_event``). No words are shared to tell what lasted,
    so they are shown as uncertain (``UNMATCHED_MATCH``) unless each duration is given by two sources (``_match``)."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    one = _lead_values(articles, space, events, lambda u, art: durations(u.text, art.language), one_duration)
    given = _by_event(articles, events, ((k, value) for k, (_, value) in one.items()))
    out = []
    for a, b in combinations(sorted(one), 2):
        (i, x), (j, y) = one[a], one[b]
        if durations_differ(x, y) and _two_reports(articles, space, source_of, events, one, a, b):
            by_i, by_j = _versions_told_by(articles, source_of, given[events[articles[a].id]], x, y,
                                           lambda m, n: m[1] >= n[0] and n[1] >= m[0])
            out.append(_leads_conflict(articles, space, claim_of, i, j, "number", "durations",
                                       f"how long: {told_duration(x)} vs {told_duration(y)}", by_i, by_j))
    return out


def unmatched_clock_times(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                          sources: list[list[str]], events: Mapping[str, int]) -> list[tuple[int, Conflict]]:
    """Two reports of one known event that say at what time of day it happened, ``CLOCK_APART`` or more apart
    ("the shelling began at 5:40", "تیراندازی ساعت ۴:۴۰ بامداد آغاز شد"), in any language, as (index of the
    claim of the first sentence, conflict), once per pair of articles. Each article's lead gives one time in one
    sentence (``clock_readings``), or the report is left out: two times tell a span, or two things that happened at
    two times. A time that bounds when it happened agrees with one on its side ("shortly after 2 a.m.", "at 2:30").
    Each time is given by another source too, within ``CLOCK_APART``. Sentences that tell another
    instance, a year or a day apart are left out too (``_tells_its_event``).
    No words are shared to tell what happened then; each time is given by two reports, so the conflict is shown by
    default where they are of two sources each, no time is in a zone's letters and the two are not whole hours apart,
    as one moment told in two zones' time is (``_match``)."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    one = _lead_values(articles, space, events, lambda u, _: clock_readings(u.text),
                       lambda times: times[0] if len(times) == 1 else None)
    differ = {(a, b): readings_differ(one[a][1], one[b][1], CLOCK_APART) for a, b in combinations(sorted(one), 2)
              if _two_reports(articles, space, source_of, events, one, a, b)}
    # a time another source gives too is the event's; one report's alone may be of anything the day held ("the
    # figure, issued at 19:00", "schools will close at 1 p.m.")
    told_too = {k for pair, apart in differ.items() if not apart for k in pair}
    # "9:12 a.m. EDT" may be the "15:12" another outlet gives in its own time: no version of either
    given = _by_event(articles, events, ((k, value) for k, (_, value) in one.items() if not value.zoned))
    out = []
    for (a, b), apart in differ.items():
        if apart and a in told_too and b in told_too:
            (i, x), (j, y) = one[a], one[b]
            by_i, by_j = _versions_told_by(articles, source_of, given[events[articles[a].id]], x, y, _same_time)
            if x.zoned or y.zoned or (x.minutes - y.minutes) % 60 == 0:  # whole hours apart: two zones' clocks
                by_i = by_j = 1
            out.append(_leads_conflict(articles, space, claim_of, i, j, "date", "clock",
                                       f"time of day: {_told_reading(x)} vs {_told_reading(y)}", by_i, by_j))
    return out


def unmatched_measures(articles: list[Article], space: Space, groups: list[list[tuple[int, float]]],
                       sources: list[list[str]], events: Mapping[str, int]) -> list[tuple[int, Conflict]]:
    """Two figures of one measure (kilometres, miles, tonnes, cubic metres, a share, a sum, ``MEASURED``; or a crowd,
    or soldiers or police, not counted by a toll, which ``unmatched_tolls`` compares: ``COUNTED``) that the
    leads of one known event's reports give otherwise in two languages ("14 nautical miles from the island", "34
    морские мили от острова"), as (index of the claim of the first sentence, conflict), once per pair of figures.
    No words are shared to tell what each measures, so the two must read as two versions of one figure: each
    is given by two sources at least, no report gives both (a lead's "14 miles out, inside the 30-mile zone" gives
    the zone's 30 beside the distance, and so does the other side's), and two of the reports that give them are in
    two languages (in one, the words around them decide: ``unmatched_numbers``), whether or not a claim joined them
    (one whose members already disagree on it keeps its own conflict). Of three versions, the two nearest are set
    against each other. Shown by default where each figure is given by two sources (``_match``), an outlet's reports
    counted once."""
    claim_of = {i: k for k, group in enumerate(groups) for i, _ in group}
    source_of = {aid: k for k, g in enumerate(sources) for aid in g}
    given: dict[tuple[int, str], list[tuple[int, Quantity]]] = {}  # (event, measure) -> (unit, amount) of its leads
    for i, u in enumerate(space.units):
        art = articles[u.article]
        if _tells_its_event(art, u, events):
            for q in _amounts(art, u):
                if (what := _measured(art, q)) and not PARTIAL.match(art.body, q.end) \
                        and not (what in COUNTED and may_name_a_toll(u.text, art.language)):
                    given.setdefault((events[art.id], what), []).append((i, q))
    out = []
    read: dict[int, list[tuple[Quantity, str | None]]] = {}  # report -> its amounts and what each measures, read once
    for (event, what), told in given.items():
        figures = _figures(told)
        reports = [k for k, art in enumerate(articles) if events.get(art.id) == event]
        for k in reports:
            if k not in read:
                read[k] = [(q, _measured(articles[k], q)) for q in articles[k].quantities if q.value is not None]
        givers = [{k for k in reports if _gives(read[k], figure, what)} for figure, _ in figures]
        apart = {}  # (figure, figure) -> (unit, amount, unit, amount) of two versions of one figure
        for (n, (x, at_x)), (m, (y, at_y)) in combinations(enumerate(figures), 2):
            if givers[n] & givers[m] or _orders_apart(x.value, y.value):
                continue
            # a sentence that gives another figure the other side does not ("with 99.2 % of the ballots counted,
            # Boaventura has 46.9 %") may give its figure of another thing
            usable_x, usable_y = ([(i, q) for i, q in at if _only_shared_beside(i, q, figures, givers, theirs)]
                                  for at, theirs in ((at_x, givers[m]), (at_y, givers[n])))
            told_by = [{source_of.get(articles[space.units[i].article].id) for i, _ in at} for at in (usable_x, usable_y)]
            if min(map(len, told_by)) < 2:
                continue
            pair = next(((i, qx, j, qy) for i, qx in usable_x for j, qy in usable_y
                         if _two_versions(articles, space, source_of, i, j)
                         and not _bounds_meet(articles[space.units[i].article], qx, articles[space.units[j].article], qy)),
                        None)
            if pair is not None:
                apart[(n, m)] = pair
        for (n, m), (i, qx, j, qy) in apart.items():
            if _nearest_each_other(n, m, apart, figures):
                by_x, by_y = (_sources(articles, source_of, givers[k]) for k in (n, m))
                out.append((claim_of[i], scored_conflict(
                    "number", f"{what}: {_with_measure(articles[space.units[i].article], qx, what)} vs "
                              f"{_with_measure(articles[space.units[j].article], qy, what)}",
                    evidence(articles, space.units[i]), evidence(articles, space.units[j]), _match(by_x, by_y),
                    {"same_event": 1.0, "measures": 1.0, "other_language": 1.0, "sources_a": float(by_x),
                     "sources_b": float(by_y)})))
    return out


def _nearest_each_other(n: int, m: int, apart: Mapping[tuple[int, int], Any],
                        figures: list[tuple[Quantity, list[tuple[int, Quantity]]]]) -> bool:
    """Whether figures ``n`` and ``m`` are each other's nearest among the versions ``apart`` pairs each with:
    "61.4 %" against "53.8 %", not the "99.2 %" of ballots counted that a report gives beside a share both sides
    give."""
    def nearest(k: int) -> int:
        others = [b if a == k else a for a, b in apart if k in (a, b)]
        return min(others, key=lambda o: abs(figures[o][0].value - figures[k][0].value))
    return nearest(n) == m and nearest(m) == n


def _measured(article: Article, q: Quantity) -> str | None:
    """What an amount of a lead measures, where a conflict over it may be told across languages: ``MEASURED``;
    "people" counted as such ("45,000 people", "210 000 personnes", "45 тысяч человек"), a crowd's size;
    "forces", the soldiers, police or guards a side deployed ("120 военнослужащих", "about 200 soldiers");
    "rescuers", the firefighters or rescuers sent ("120 vatrogasaca", "85 petugas pemadam"); or "trucks", a convoy's
    ("12 Blue Cross trucks", "20 камиона")."""
    what = q.unit if q.unit in MEASURED else measure(article, q)
    if what in MEASURED:
        return what
    counted = _counted(article, q).lower()
    if counted in ONLY_BEFORE and not re.match(rf"\s*{counted}{ONLY_BEFORE[counted]}", article.body[q.end:], re.I):
        return None  # "12 vigili urbani" are the town's police, not firefighters
    return next((kind for kind, name in COUNTED.items() if counted in word_list(name)), None)


def _counted(article: Article, q: Quantity) -> str:
    """The word an amount counts: its noun where the parser read one, else the word after it, capitalised or not
    (German nouns are: "200 Soldaten"; a name after it is in no list of people or forces), past a word that counts
    people before the force they are (``CLASSIFIERS``): the police, not a crowd."""
    after = WORD_AFTER.match(article.body, q.end)
    word = q.counts or (after[1] if after else "")
    if word.lower() in CLASSIFIERS and after and after[1] == word:
        then = WORD_AFTER.match(article.body, after.end())
        if then and any(then[1].lower() in word_list(name) for kind, name in COUNTED.items() if kind != "people"):
            return then[1]
    return word


def _figures(told: list[tuple[int, Quantity]]) -> list[tuple[Quantity, list[tuple[int, Quantity]]]]:
    """The figures a list of (unit, amount) gives, each with the (unit, amount) that give it: amounts that may be one
    count (``_one_figure``) are one figure, the first standing for it."""
    out: list[tuple[Quantity, list[tuple[int, Quantity]]]] = []
    for i, q in told:
        home = next((at for first, at in out if _one_figure(first, q)), None)
        if home is None:
            out.append((q, [(i, q)]))
        else:
            home.append((i, q))
    return out


def _one_figure(x: Quantity, y: Quantity) -> bool:
    """Two amounts that may be one figure: one count (``_same_amount``), or one written with fewer decimals that
    rounds the other ("47 percent", "46,9 %")."""
    if _same_amount(x, y):
        return True
    decimals = min(_decimals(x.value), _decimals(y.value))
    return abs(x.value - y.value) <= 0.5 * 10 ** -decimals + 1e-9


def _decimals(value: float) -> int:
    return len(f"{value:.6f}".rstrip("0").partition(".")[2])


def _only_shared_beside(i: int, q: Quantity, figures: list[tuple[Quantity, list[tuple[int, Quantity]]]],
                        givers: list[set[int]], theirs: set[int]) -> bool:
    """Whether every other figure of ``q``'s measure that unit ``i`` gives beside it is given by one of the other
    side's reports (article indices ``theirs``) too: the zone's "30 miles" that both sides give beside their
    distance. ``givers``: the reports that give each figure."""
    return all(givers[k] & theirs for k, (_, at) in enumerate(figures)
               if any(j == i for j, _ in at) and not any(r is q for _, r in at))


def _gives(amounts: list[tuple[Quantity, str | None]], figure: Quantity, what: str) -> bool:
    """Whether a report whose amounts and what each measures are ``amounts`` gives a figure of measure ``what``
    anywhere in its text, or the same digits of no measure read: "60 cubic metres a second" does not give a cut of
    "60 %"."""
    return any(_one_figure(q, figure) and measured in (what, None) for q, measured in amounts)


def _two_versions(articles: list[Article], space: Space, source_of: Mapping[str, int], i: int, j: int) -> bool:
    "Units ``i`` and ``j`` are of two languages, of two sources, and do not date what they tell apart."
    a, b = articles[space.units[i].article], articles[space.units[j].article]
    return (a.language or "en") != (b.language or "en") and source_of.get(a.id) != source_of.get(b.id) \
        and not _dated_apart(a, space.units[i], b, space.units[j])


def _with_measure(article: Article, q: Quantity, what: str) -> str:
    """An amount as a conflict across languages names it: as written, with its measure where digits alone give it,
    and people with the word they are counted by ("About 15,000 people", "120 военнослужащих")."""
    if what in COUNTED:
        return f"{q.text} {_counted(article, q)}"
    return q.text if any(c.isalpha() or c in "%$€£" for c in q.text) else f"{q.text} {MEASURE_NAMES.get(what, what)}"


def _told_reading(reading: Reading) -> str:
    "A time of day as the sentence bounds it: \"after 03:00\", \"05:40\"."
    return {1: "after ", -1: "before ", 0: ""}[reading.bound] + told_time(reading.minutes)


def _lead_values(articles: list[Article], space: Space, events: Mapping[str, int], read: Callable, pick: Callable
                 ) -> dict[int, tuple[int, Any]]:
    """Article -> (unit, value) where its lead (``_tells_its_event``) has one sentence that ``read`` finds anything
    in, and ``pick`` takes one value from what it found (None where it cannot: "from 6:00 to 22:00")."""
    given: dict[int, list[tuple[int, Any]]] = {}  # article -> its lead's (unit, what it found)
    for i, u in enumerate(space.units):
        if _tells_its_event(articles[u.article], u, events) and (found := read(u, articles[u.article])):
            given.setdefault(u.article, []).append((i, found))
    return {a: (found[0][0], value) for a, found in given.items()
            if len(found) == 1 and (value := pick(found[0][1])) is not None}


def _two_reports(articles: list[Article], space: Space, source_of: Mapping[str, int], events: Mapping[str, int],
                 one: Mapping[int, tuple[int, Any]], a: int, b: int) -> bool:
    "Two reports of one event from two sources whose sentences ``one`` holds do not date what they tell apart."
    (i, _), (j, _) = one[a], one[b]
    art_a, art_b = articles[a], articles[b]
    return events[art_a.id] == events[art_b.id] and source_of.get(art_a.id) != source_of.get(art_b.id) \
        and not _dated_apart(art_a, space.units[i], art_b, space.units[j])


def _leads_conflict(articles: list[Article], space: Space, claim_of: Mapping[int, int], i: int, j: int, kind: str,
                    feature: str, detail: str, by_i: int, by_j: int) -> tuple[int, Conflict]:
    """(index of the claim of unit ``i``, conflict) for what the leads of two reports of one event tell otherwise,
    read in any language (a duration, a time of day), each told by ``by_i`` and ``by_j`` sources: no words are
    shared, so it is uncertain (``UNMATCHED_MATCH``) unless both are told by two or more (``_match``)."""
    a, b = (articles[space.units[k].article] for k in (i, j))
    other = float((a.language or "en") != (b.language or "en"))
    return claim_of[i], scored_conflict(kind, detail, evidence(articles, space.units[i]),
                                        evidence(articles, space.units[j]), _match(by_i, by_j),
                                        {"same_event": 1.0, feature: 1.0, "other_language": other,
                                         "sources_a": float(by_i), "sources_b": float(by_j)})


def _same_time(x: Reading, y: Reading) -> bool:
    """Two times of day that tell one moment on a 24-hour dial too: a bare "6:40" agrees with "19:00" only as 18:40,
    which tells nothing of which moment a source meant."""
    return not readings_differ(x, y, CLOCK_APART) and \
        not readings_differ(x._replace(twelve=False), y._replace(twelve=False), CLOCK_APART)


def _match(by_a: int, by_b: int) -> float:
    "How surely two versions no claim joined tell one thing, by how many sources tell each (``CORROBORATED_MATCH``)."
    return CORROBORATED_MATCH if min(by_a, by_b) >= 2 else UNMATCHED_MATCH


def _by_event(articles: list[Article], events: Mapping[str, int], given: Iterable[tuple[int, Any]]
              ) -> defaultdict[int | None, dict[int, list[Any]]]:
    "Event -> article (index) -> the values it gives, from (article, value) pairs: what ``_versions_told_by`` counts."
    out: defaultdict[int | None, dict[int, list[Any]]] = defaultdict(dict)
    for k, value in given:
        out[events.get(articles[k].id)].setdefault(k, []).append(value)
    return out


def _versions_told_by(articles: list[Article], source_of: Mapping[str, int], given: Mapping[int, list[Any]],
                      x: Any, y: Any, same: Callable[[Any, Any], bool]) -> tuple[int, int]:
    """How many sources give each of two versions ``x`` and ``y`` of one figure, among the articles of ``given``
    (article -> the values it gives): a report that gives both (a toll that rose in its own text), or a value that
    agrees with both ("more than 30 minutes" with 40 minutes and with an hour), tells neither (``_sources``)."""
    def tells(value: Any, other: Any) -> set[int]:
        return {k for k, values in given.items()
                if any(same(v, value) for v in values) and not any(same(v, other) for v in values)}
    return _sources(articles, source_of, tells(x, y)), _sources(articles, source_of, tells(y, x))


def _sources(articles: list[Article], source_of: Mapping[str, int], reports: Iterable[int]) -> int:
    """How many sources the reports (indices) are: no more than their outlets, nor than their wire stories (copies
    of one are one source); two reports of one outlet are one source, and so are its copies in two outlets."""
    reports = list(reports)
    outlets = {articles[k].outlet if articles[k].outlet not in (None, UNKNOWN_OUTLET) else articles[k].id
               for k in reports}
    return min(len(outlets), len({source_of.get(articles[k].id, articles[k].id) for k in reports}))


def _may_have_risen(articles: list[Article], given: Mapping[int, list[int]], x: int, y: int, shrinks: bool) -> bool:
    """Whether two tolls may be one that grew as news came in (the missing: shrank): every report of the earlier
    count is published no later than every report of the later one, by the hour where both give it, else by the
    day; or a report lacks a day. Only a higher count published before a lower one tells a disagreement."""
    earlier, later = sorted((x, y), reverse=shrinks)  # the counts in the order the toll would give them
    times = {v: [articles[k].published for k, values in given.items() if v in values] for v in (earlier, later)}
    if not all(times.values()) or not all(t for ts in times.values() for t in ts):
        return True
    return not any(_before(t, s) for t in times[later] for s in times[earlier])


def _before(a: str, b: str) -> bool:
    "Whether ISO time ``a`` is before ``b``: by the hour where both give one, else by the day."
    return a < b if len(a) > 10 and len(b) > 10 else a[:10] < b[:10]


def _tells_its_event(art: Article, u: Unit, events: Mapping[str, int]) -> bool:
    """A sentence of the lead (``COUNT_SENTENCES``) of an article of a known event that tells that event: not another
    instance ("in a separate attack"), nor another year or day. Where a count or a duration is the event's own."""
    return u.sentence < COUNT_SENTENCES and events.get(art.id) is not None and not ANOTHER.search(u.text) \
        and not (_recalls_a_year(art, u) or _names_another_year(art, u) or _dates_another_day(art, u))


def _units_of(c: Conflict) -> frozenset[tuple[str, int]]:
    return frozenset({(c.a.article_id, c.a.start), (c.b.article_id, c.b.start)})


def _names_another_year(article: Article, unit: Unit) -> bool:
    """A year other than its article's written in the sentence, in any language ('у березні 2024-го',
    '2013. године'); without a publication date, other than the year the article's dates give most. Not in a clause
    set off about a person (``_outside_asides``)."""
    year = (article.published or "")[:4] or _usual_year(article)
    other = [unit.start + y.start() for y in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", unit.text) if y.group() != year]
    return bool(other) and _outside_asides(article, unit, other)


def _outside_asides(article: Article, unit: Unit, offsets: list[int]) -> bool:
    """Whether any of these offsets of a unit lies outside the clauses set off about a person it names (``WHO_ASIDE``
    right after a person's name): "Marenski, who had run the refinery since 2017," tells his past, while ", который
    произошел в марте 2019 года," after a fire tells another instance. Asked only of a unit with another year."""
    people = {m.end for m in article.mentions if m.label == "PERSON"}
    asides = [(unit.start + m.start(), unit.start + m.end()) for m in WHO_ASIDE.finditer(unit.text)
              if unit.start + m.start() in people]
    return any(not any(a <= at < b for a, b in asides) for at in offsets)


def _dates_another_day(article: Article, unit: Unit) -> bool:
    """The sentence dates what it tells days from the day its article names for its event: "still burying the
    14 men killed on Tuesday", in a report of Saturday's collapse, recalls another one."""
    day = named_day(article)
    return bool(day) and any(abs(gap) > DATE_DAYS for d in calendar_dates(article, unit.start, unit.end)
                             if (gap := days_between(day, d)) is not None)


def _usual_year(article: Article) -> str:
    years = Counter(t.value[:4] for t in article.times if t.type == "DATE" and t.value and t.value[:4].isdigit())
    return years.most_common(1)[0][0] if years else ""


def _counts_people(article: Article, unit: Unit) -> bool:
    return any(_noun(q.counts) in ANYONE for q in _amounts(article, unit))


def _same_footing(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """Two exact amounts, or two caps: a bound against a value ("at least 100 home runs in his first three
    seasons", "13 home runs in 54 games") more often counts over another span than disagrees."""
    exact_x, exact_y = (_bounds(a, q) == (q.value, q.value) for a, q in ((article_x, x), (article_y, y)))
    return (exact_x and exact_y) or (_cap(article_x, x) and _cap(article_y, y))


def _recalls_a_year(article: Article, unit: Unit) -> bool:
    """The sentence names a year other than its article's: it recalls an earlier event ('In 2004, a tsunami ...');
    not in a clause set off about a person ("Marenski, who had run the refinery since 2017, resigned"):
    ``_outside_asides``."""
    year = (article.published or "")[:4]
    other = [t.start for t in article.times if unit.start <= t.start < unit.end and t.type == "DATE" and t.value
             and t.value[:4].isdigit() and t.value[:4] != year] if year else []
    return bool(other) and _outside_asides(article, unit, other)


def scored_conflict(kind: str, detail: str, a: Evidence, b: Evidence, match: float, features: dict) -> Conflict:
    """A conflict with its score: the probability that the two sentences report one event
    instance, times how clear a disagreement of this kind is. Two articles of one outlet that
    disagree are rather two events the grouping joined, or an update, than sources disagreeing
    ("on Wednesday withdrew the permit" and, two days on, "on Friday withdrew the incinerator's
    permit"): uncertain, whatever their score."""
    score = round(match * STRENGTH[kind], 3)
    one_outlet = a.outlet == b.outlet != UNKNOWN_OUTLET
    evidence_ = _rounded({**features, "match": match, "strength": STRENGTH[kind], "same_outlet": float(one_outlet)})
    known = features.get("same_event", 0.0) or not features.get("other_event", 0.0)
    return Conflict(kind, detail, a, b, score, evidence_, score >= CONFIDENT and bool(known) and not one_outlet)


def _rounded(features: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    return tuple((k, round(float(v), 3)) for k, v in sorted(features.items()))


def actor_conflicts(articles: list[Article], docs, claims: list[Claim], space: Space,
                    pairs: Mapping[tuple[int, int], tuple[float, dict]]) -> None:
    """Within each claim, one action done by the same kind of actor of different sides: "the
    Durmanian delegation walked out" against "the Veldran delegation walked out". Needs the parses
    (``docs``); adds the conflicts to their claims, which become contested.

    Only subjects with the same head noun ("delegation", "forces") are compared, so "Blinken
    visited" against "Macron visited", or "Putin ordered" against "the Kremlin ordered", is no
    conflict; speech verbs are left out: two sources quoting different people is attribution.
    """
    index = {a.id: i for i, a in enumerate(articles)}
    keys = entity_keys(articles)
    unit_of = {(space.units[u].article, space.units[u].sentence): u for u in range(len(space.units))}
    for claim in claims:
        if len({e.article_id for e in claim.evidence}) < 2:
            continue
        acts = [_actions(docs[index[e.article_id]], articles[index[e.article_id]], e, keys) for e in claim.evidence]
        for x in range(len(claim.evidence)):
            for y in range(x + 1, len(claim.evidence)):
                ea, eb = claim.evidence[x], claim.evidence[y]
                if ea.article_id == eb.article_id:
                    continue
                ua, ub = unit_of[(index[ea.article_id], ea.sentence)], unit_of[(index[eb.article_id], eb.sentence)]
                p, features = pairs.get((min(ua, ub), max(ua, ub)), (0.0, {}))
                if not features or features.get("other_event"):
                    continue
                for act, (text_a, actors_a) in acts[x].items():
                    text_b, actors_b = acts[y].get(act, ("", frozenset()))
                    if actors_a and actors_b and not actors_a & actors_b:
                        conflict = scored_conflict("actor", f"{text_a} vs {text_b}", ea, eb, p, features)
                        if conflict not in claim.conflicts:
                            claim.conflicts.append(conflict)
                            if conflict.confident:
                                claim.verdict = "contested"
                        break


def _actions(doc, article: Article, e: Evidence, keys: dict[str, str]) -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(verb root, subject head) -> ('Veldran delegation walked out', the sides named in its subjects)
    for one sentence; every use of the verb with that subject counts ("Azerbaijani troops fired, and
    Armenian troops fired back" names both sides)."""
    span = doc.char_span(e.start, e.end, alignment_mode="expand") if doc is not None else None  # None: not English
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
        if sides:  # and the words naming them: "Navy" and "Indian Navy" still share one
            sides |= {"=" + t.lower_ for t in words}
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


def _number_conflicts(xs: list[Quantity], ys: list[Quantity], article_x: Article, article_y: Article,
                      leads: bool = False) -> list[tuple[str, Quantity, Quantity]]:
    """Amounts of the same thing that no amount on the other side matches: the same counted noun
    in the same unit ("a 17-inch notebook" is no "0.98 inches" thick, "a 73-yard drive" no "7-yard
    pass"), or the same unit with a word in common around them ("a deal for $334 million" and "$281
    million of the price in cash" measure different things; "a depth of 10 km" and "55 km west
    of Bireun" too).

    Each amount is checked against every amount of the same thing on the other side: "two of the
    five gates" against "three of the five gates" is one conflict (two vs three), not four.
    Between two languages no word is in common, so amounts in one unit ("3 million cubic metres",
    "2 млн кубометров") of two sentences matched as one claim are taken to measure one thing.
    Where both sentences open reports of one event (``leads``), their first amounts of one named
    thing are its headline count, however each words the action: "exchanged 75 prisoners each" and
    "Sixty-eight prisoners of war were handed over"; not of people, nor a toll: a lead counts the dead or the
    hurt of its event by what befell them ("12 soldiers were killed", "30 soldiers were wounded").
    """
    across = (article_x.language or "en") != (article_y.language or "en")
    out = []
    xs = [x for x in xs if not PARTIAL.match(article_x.body, x.end)]
    ys = [y for y in ys if not PARTIAL.match(article_y.body, y.end)]
    for x in xs:
        tolled = [y for y in ys if _one_toll(article_x, x, article_y, y)]  # one toll, however each names them
        kind = [y for y in ys if (x.counts and _noun(x.counts) == _noun(y.counts) and x.unit == y.unit) or
                (x.unit and x.unit == y.unit and not (x.counts or y.counts)) or y in tolled]
        if any(_same_amount(x, y) for y in kind + [y for y in ys if not (y.counts or y.unit)]):
            continue  # the other side gives this amount too ("178 of 369 punches" against "178 punches")
        same = [y for y in kind if (x.unit and across) or _role(article_x, x) & _role(article_y, y) or y in tolled
                or leads and not across and (article_x.language or "en") == "en" and x is xs[0] and y is ys[0]
                and x.counts and _noun(x.counts) not in PEOPLE
                and not _is_toll(article_x, x) and not _is_toll(article_y, y)]
        if same:  # the old record and the new total are two amounts: "broke Buford's record of 2,116", "2,117 points"
            beaten = _beaten(article_x, x)
            same = [y for y in same if _beaten(article_y, y) == beaten]
        if not same:
            continue
        y = min(same, key=lambda y: abs(y.value - x.value))
        if _orders_apart(x.value, y.value):
            continue  # "scored 23 points" in a game and "2,117 points" in a career measure two things
        if _bounds_meet(article_x, x, article_y, y):
            continue  # "at least five injured" and "more than 200 injured" can both be true
        if _places_differ(article_x, x, article_y, y):
            continue  # "10 houses in Takengon" and "300 houses in Aceh" count different places
        if _owners_differ(article_x, x, article_y, y):
            continue  # "Charles rushed for 226 yards" and "the Chiefs, who had 352 yards rushing"
        if _a_part(article_x, x, article_y, y):
            continue  # "Fifteen Orsenian prisoners returned" are a part of the "26 prisoners" two sides exchanged
        if _tolls_differ(article_x, x, article_y, y) or _counts_dead(article_x, x) != _counts_dead(article_y, y):
            continue  # "12 soldiers were killed" and "30 soldiers were wounded" in the same attack
        if not any(_same_amount(y, other) for other in xs):
            out.append((f"{_told(x)} vs {_told(y)}", x, y))
    return out


def _told(q: Quantity) -> str:
    "An amount as a conflict names it: with what it counts, or its unit where its text is digits alone: '6.1 magnitude'."
    what = q.counts or (q.unit if q.unit and not any(c.isalpha() or c in "$€£¥%" for c in q.text) else "")
    return f"{q.text} {what}".strip()


def _orders_apart(a: float, b: float) -> bool:
    """More than ``MAGNITUDES`` times the other: sources that misreport a count get it wrong by a share
    of it (two cables or three, five hurt or two), not by an order of magnitude."""
    low, high = sorted((abs(a), abs(b)))
    return high > MAGNITUDES * low if low else high > MAGNITUDES


def _noun(word: str | None) -> str:
    """A counted noun in either case: 'Dam' in a name and 'dam'. Singular and plural stay apart: 'a 6.1
    earthquake' measures the quake, 'two earthquakes' count them. A word of a script that declines it with
    the number ("40 грузовиков", "3 грузовика") by its first letters (``STEM``)."""
    return "" if not word else word.lower() if word.isascii() else word.lower()[:STEM]


def _toll_rose(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """A toll (the dead, the injured, the evacuated) that a report published a day or more later
    puts higher: the count grew as the news came in, which is an update, not a disagreement.
    A later report that counts fewer is still a conflict."""
    gap = days_between(article_x.published, article_y.published)
    if not gap or not (_is_toll(article_x, x) and _is_toll(article_y, y)):
        return False
    later, earlier = (y, x) if gap > 0 else (x, y)
    return later.value > earlier.value


def _is_toll(article: Article, q: Quantity) -> bool:
    """The amount counts a toll: a word of its own clause starts like one ("killed", "injuries")."""
    return bool(_tolls(article, q))


# tolls of one kind, whatever the word: the dead ("killed", "deaths"), the hurt ("injured", "wounded")
TOLL_KIND = {"kill": "dead", "die": "dead", "dead": "dead", "death": "dead", "injur": "hurt", "wound": "hurt",
             "hurt": "hurt"}


def _tolls(article: Article, q: Quantity) -> set[str]:
    """The kinds of toll the words of an amount's own clause name: {'dead'} for 'killing 10 people'; where
    they name none, those of its sentence if it counts nothing else ("2,400 residents of Pelin and nearby
    villages had been evacuated")."""
    before, after = _clause(article, q)
    words = WORD.findall(before.lower())[-ROLE_WORDS:] + [q.counts or ""] + WORD.findall(after.lower())[:ROLE_WORDS]
    found = _toll_kinds(words)
    if found or not q.counts:
        return found
    sentence = _sentence_of(article, q)
    if sentence is None or sum(o.counts is not None and sentence.start <= o.start < sentence.end
                               for o in article.quantities) > 1:
        return found
    return _toll_kinds(WORD.findall(article.body[sentence.start:sentence.end].lower()))


def _counts_dead(article: Article, q: Quantity) -> bool:
    "The amount is a death toll its sentence tells, in a language other than English ('погибли 3 человека')."
    if (article.language or "en") == "en":
        return False  # English tolls have their kinds (``_tolls_differ``), bounds and all ("no more than five")
    sentence = _sentence_of(article, q)
    return sentence is not None and q.value in tolls(article.body[sentence.start:sentence.end], article.language)


def _sentence_of(article: Article, q: Quantity):
    return next((s for s in article.sentences if s.start <= q.start < s.end), None)


def _toll_kinds(words: list[str]) -> set[str]:
    return {TOLL_KIND.get(t, t) for w in words if w for t in toll_words() if w.startswith(t)}


def _one_toll(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """Two counts of people, however each names them, of one toll: "the evacuation of 4,200 people" and
    "2,400 residents ... had been evacuated"; not of a part of them ("12 children were killed")."""
    return _noun(x.counts) in ANYONE and _noun(y.counts) in ANYONE and \
        bool(_tolls(article_x, x) & _tolls(article_y, y))


def _tolls_differ(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    "Both amounts count tolls, of no kind in common: the killed and the wounded of one attack."
    tx, ty = _tolls(article_x, x), _tolls(article_y, y)
    return bool(tx and ty and not tx & ty)


def _beaten(article: Article, q: Quantity) -> bool:
    """An amount that is a mark someone beat, not what the event counts ("broke Buford's school scoring record of
    2,116 points" while another report gives the new total of 2,117): the words before it in its clause
    (``BEATEN``). English only."""
    return (article.language or "en") == "en" and BEATEN.search(_clause(article, q, 100)[0]) is not None


def _clause(article: Article, q: Quantity, reach: int = 60) -> tuple[str, str]:
    "The text before and after an amount, within its own clause, up to ``reach`` characters either side."
    return (CLAUSE_BREAK.split(article.body[max(0, q.start - reach):q.start])[-1],
            CLAUSE_BREAK.split(article.body[q.end:q.end + reach])[0])


def _role(article: Article, q: Quantity) -> set[str]:
    """The content words around an amount within its own clause, as roots and synonym classes:
    what it measures ("killing 10 people" and "a toll of 12" both kill; "injured three people"
    does not, nor does "10 people and injuring many": the injuring is another clause's)."""
    english = (article.language or "en") == "en"
    stop = stopwords() if english else function_words(article.language)  # not "из", "по"

    def content(text: str) -> list[str]:  # lower-case words only: names say who, not what is counted
        return [w.lower() if w.isascii() else w.lower()[:STEM] for w in WORD.findall(text)
                if w[0].islower() and w.lower() not in stop]

    before, after = _clause(article, q)
    reach = ROLE_WORDS if english else OTHER_ROLE_WORDS
    words = [w for w in content(before)[-reach:] + content(after)[:reach]  # not the counted word, nor its unit
             if w != _noun(q.counts) and not (q.unit and unit_of(w) == q.unit)]  # ("yards") is no role
    return {root(w) for w in words} | {"~" + SYNONYMS[w] for w in words if w in SYNONYMS}


def _bounds_meet(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """Whether two amounts can both be true: "at least 5" and "more than 200" are bounds, not values,
    and only a value outside a bound ("at least 50" against "12") contradicts it. Two caps are values
    of one limit: "up to 40 trucks a day" and "no more than 25 trucks a day" set different ones."""
    if _cap(article_x, x) and _cap(article_y, y):
        return _close(x.value, y.value)
    (lo_x, hi_x), (lo_y, hi_y) = _bounds(article_x, x), _bounds(article_y, y)
    return max(lo_x, lo_y) <= min(hi_x, hi_y)


def _cap(article: Article, q: Quantity) -> bool:
    "A limit set rather than a count estimated: 'up to 40', 'no more than 25', 'at most', 'a maximum of'."
    return bool(CAP.search(_before_number(article, q)))


def _places_differ(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    "Each amount's clause names a place, and none is the same: the two count in different places."
    px, py = _places(article_x, x), _places(article_y, y)
    return bool(px and py and not px & py)


def _places(article: Article, q: Quantity) -> set[str]:
    """Where an amount was counted: the places its clause puts it "in", "at" or "near" ("10 houses in
    Takengon"); a place that speaks ("Russia said 5 soldiers ...") is a side, not where. After those
    words a name the entity model called an organisation is a place too: a small town it does not
    know often is one."""
    before, after = _clause(article, q)
    start, end = q.start - len(before), q.end + len(after)
    return {f"e{m.entity_id}" if m.entity_id else (m.key or m.text).lower() for m in article.mentions
            if start <= m.start < end and m.label in ("GPE", "LOC", "FAC", "ORG") and not m.stands_for
            and LOCATIVE.search(article.body, max(0, m.start - 16), m.start)}


# between a count and what it counts, a people's or a place's word that makes it count a part: "Fifteen Orsenian
# prisoners", "17 орсенских военнопленных" (``PLACE_ADJECTIVE``); not a name ("12 Blue Cross trucks")
PART_REACH = 40
DEMONYM = re.compile(r"[^\W\d_a-zа-яё][^\W\d_]+(?:ian|ean|ese|ish|i|ic|ch|an)s?")


# two sides named together, each capitalised: "Zelvania and Orsenia exchanged 26 prisoners"
SIDES = re.compile(r"(?<![\w'’-])(?P<a>[^\W\d_a-zа-яё][\w'’-]+)\s+(?:and|et|e|y|und|и|і|та|i|dan|ve|և|و)\s+"
                   r"(?P<b>[^\W\d_a-zа-яё][\w'’-]+)")
# after a count, that each side counts so many: "exchanged 75 prisoners each"
EACH = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:each|apiece|chacun|chacune|ciascuno|ciascuna|cada\s+uno|jeweils|каждая|"
                  r"каждый|кожна|кожен|svaka|svaki|свака|сваки)(?![\w-])", re.I)
SIDE_STEM = 5  # letters a people's word and its country's name share: "Orsenian", "Orsenia", "орсенских"
SIDE_VERB_WORDS = 3  # words between the two sides and their count: "exchanged", "handed over to each other"


def _a_part(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """One count is of one side's people ("Fifteen Orsenian prisoners", ``_parts``), the other of what two sides
    named together did ("Zelvania and Orsenia exchanged 26 prisoners"), not each ("75 prisoners each"); or each
    count is of another side's. Not "Twenty-four Ruvenian attack drones" against "Ruvenia launched 18 drones": one
    side, counted twice."""
    px, py = _parts(article_x, x), _parts(article_y, y)
    if px == py:
        return False
    if px and py:
        return not px & py  # "Orsenian Christian pilgrims" are of the side of "Orsenian pilgrims"
    part, article, q = (px, article_y, y) if px else (py, article_x, x)  # the whole is the other side's count
    if EACH.match(article.body, q.end) or EACH.match(_clause(article, q)[1]):
        return False
    start = next((s.start for s in article.sentences if s.start <= q.start < s.end), max(0, q.start - 200))
    stems = {w[:SIDE_STEM] for w in part}
    return any({m["a"].lower()[:SIDE_STEM], m["b"].lower()[:SIDE_STEM]} & stems and _did(article.body, m.end(), q.start)
               for m in SIDES.finditer(article.body, start, q.start))


def _did(text: str, start: int, end: int) -> bool:
    """The two sides named together are the subject of the verb that counts: "Zelvania and Orsenia exchanged 26";
    not "After talks between Zelvania and Orsenia, 17 prisoners ...", nor "Orsenian and Red Cross officials said 26"."""
    between = text[start:end]
    return "," not in between and len(between.split()) <= SIDE_VERB_WORDS and not any(
        w[:1].isupper() for w in between.split())


def _parts(article: Article, q: Quantity) -> frozenset[str]:
    """The words between an amount and the noun it counts that say whose part it counts: a people's adjective, or the
    entity model's nationality ("NORP"); none where the noun is not found close after it."""
    if not q.counts:
        return frozenset()
    body = article.body
    end = body.find(q.counts[:4], q.end, q.end + PART_REACH)
    if end < 0:
        return frozenset()
    norp = {(m.start, m.end) for m in article.mentions if m.label == "NORP" and q.end <= m.start < end}
    return frozenset(w.group().lower() for w in WORD.finditer(body, q.end, end)
                     if DEMONYM.fullmatch(w.group()) or PLACE_ADJECTIVE.fullmatch(w.group().lower())
                     or any(s <= w.start() < e for s, e in norp))


def _owners_differ(article_x: Article, x: Quantity, article_y: Article, y: Quantity) -> bool:
    """Each amount's clause names whose it is, and no word of their names is shared: a player's
    yards and his team's ("Kansas City Chiefs" and "the Chiefs" share one)."""
    ox, oy = _owners(article_x, x), _owners(article_y, y)
    if not (ox and oy) or ox & oy:
        return False
    lx, ly = article_x.language, article_y.language  # "Moldovagaz" and "Молдовагаз" are one owner
    return lx == ly or not any(same_word(a, b, lx, ly) for a in ox for b in oy)


def _owners(article: Article, q: Quantity) -> set[str]:
    """The words of whose an amount is: the people, organisations and products named before it
    in its clause ("Jamaal Charles rushed for 226 yards"), or the name a "who" or "which" opening
    the clause stands for ("the Chiefs (2-13), who had 352 yards"). A name followed by a word of
    saying ("police said 5 died") is a source, not an owner: sources that disagree still conflict."""
    before, _ = _clause(article, q)
    start = q.start - len(before)
    if RELATIVE.match(before):
        m = ANTECEDENT.search(article.body, max(0, start - 80), start)
        return {w.lower() for w in WORD.findall(m.group(1))} if m else set()
    return {w.lower() for m in article.mentions if start <= m.start < q.start
            and m.label in ("PERSON", "ORG", "PRODUCT") and not m.stands_for and not SAYS.match(article.body, m.end)
            for w in WORD.findall(m.text)}


def _bounds(article: Article, q: Quantity) -> tuple[float, float]:
    """The values an amount allows: [v, v] for a plain amount, [v, inf] after "at least", "more than",
    "over" or "no fewer than", [-inf, v] after "up to", "under" or "no more than". The words must come
    right before the number, in the amount or just before it."""
    lead = _before_number(article, q)
    if UPPER_BOUND.search(lead):
        return -math.inf, q.value
    if LOWER_BOUND.search(lead):
        return q.value, math.inf
    return q.value, q.value


def _before_number(article: Article, q: Quantity) -> str:
    "The words right before an amount's number, in the amount or just before it, lower case: where bounds are."
    number = NUMBER_START.search(q.text)
    return (article.body[max(0, q.start - 24):q.start] + q.text[:number.start() if number else 0]).lower()


def _same_amount(x: Quantity, y: Quantity) -> bool:
    """Two amounts that may be one count: equal, or within a tenth where either may be rounded (hedged,
    "about 120,000", or round, "300", "2,000"). Exact counts that are not round must be equal: 68
    prisoners are not 75, nor 13 votes 12."""
    if x.approximate or y.approximate or _round(x.value) or _round(y.value):
        return _close(x.value, y.value)
    return x.value == y.value


def _round(value: float | None) -> bool:
    return value is not None and abs(value) >= 100 and value % 10 == 0


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= 0.1 * max(abs(a), abs(b))


def _same_when(art_a: Article, a, art_b: Article, b) -> bool:
    """Both sentences give their time in the same words ("on Saturday at about 4.30 a.m."): read against
    two days of publication they may land on other days, but the sources say the same thing."""
    def when(art: Article, unit) -> list[str]:
        return sorted(" ".join(art.body[t.start:t.end].lower().split()) for t in art.times
                      if unit.start <= t.start < unit.end and t.type in ("DATE", "TIME"))
    said = when(art_a, a)
    return bool(said) and said == when(art_b, b)


def _date_conflict(xs: set[str], ys: set[str], of_the_day: set[str] = frozenset()) -> str | None:
    """'2023-01-30 vs 2023-01-31': two sources put the same thing on days one or two apart. Dates of
    one only less precise than the other agree; days further apart than ``DATE_DAYS`` are two
    instances of a thing (a call on January 17 and another on January 31), not a disagreement.
    A day told only as "this morning" or "yesterday" (``of_the_day``) is read against a day of
    publication in a time zone no one gives: "this morning" in a paper of the next day's dawn
    is "Monday morning" in the wire's, so a day's gap from such a date is no disagreement."""
    if not xs or not ys or _one_date(xs, ys):
        return None

    def apart(x: str, y: str) -> bool:
        return _near(x, y) and not (abs(days_between(x, y) or 0) == 1 and (x in of_the_day or y in of_the_day))
    # a date far from all the other's recalls another instance ("two weeks after the calls of 21 January")
    xs = {x for x in xs if any(apart(x, y) for y in ys)}
    ys = {y for y in ys if any(apart(x, y) for x in xs)}
    if xs and ys:
        return f"{', '.join(sorted(xs))} vs {', '.join(sorted(ys))}"
    return None


def _of_the_day(article: Article, unit: Unit) -> set[str]:
    """The days a sentence gives only by their distance from the day of publication, in any language:
    "this morning", "yesterday", "сегодня утром"; no digit, month or weekday in its words."""
    return {day for t in article.times if unit.start <= t.start < unit.end and t.type in ("DATE", "TIME")
            and t.value and CALENDAR_DAY.match(day := t.value[:10]) and not any(c.isdigit() for c in t.text)
            and not any(word.lower()[:WEEKDAY_STEM] in _weekday_stems() for word in WORD.findall(t.text))
            and (gap := days_between(article.published, day)) is not None and abs(gap) <= 1}


@cache
def _weekday_stems() -> frozenset[str]:
    "Weekday names by their first letters, as declined forms keep them: 'среду' and 'среда'."
    return frozenset(name[:WEEKDAY_STEM] for name in weekday_names())


def _one_date(xs: set[str], ys: set[str]) -> bool:
    "Some date of each side agrees with one of the other's."
    return any(compatible_dates(x, y) for x in xs for y in ys)


def _dated_apart(art_a: Article, a: Unit, art_b: Article, b: Unit) -> bool:
    """Both sentences date what they tell, and to different days; where one does not, both articles name the
    day of their event ("adopté jeudi", "approvata mercoledì"), and different ones."""
    xs, ys = calendar_dates(art_a, a.start, a.end), calendar_dates(art_b, b.start, b.end)
    if xs and ys:
        return not _one_date(xs, ys)
    day_a, day_b = named_day(art_a), named_day(art_b)
    return bool(day_a and day_b) and day_a != day_b


def _near(x: str, y: str) -> bool:
    gap = days_between(x, y)
    return gap is not None and 0 < abs(gap) <= DATE_DAYS



def _negates_the_other(a: str, b: str) -> bool:
    """One sentence negates the very word the other says, where the two tell the same words, and the
    other negates nothing: "did not reopen" against "reopened". A negation of something the other does
    not say ("added without elaborating", "Ross is not signed" beside "the stars are signed"), or in words
    one of them adds ("... the best deal possible and if we don't get it, there should be no deal" against
    the quotation without its last clause), or sentences that both hold a negation, or the same quotation
    in both, are no contradiction."""
    if bool(NEGATION.search(a)) == bool(NEGATION.search(b)) or _shared_quote(a, b):
        return False
    negated, other = (a, b) if NEGATION.search(a) else (b, a)
    stop = stopwords()
    told = _told_alike(negated, other, stop)
    first = _first_word(negated)
    for m in NEGATION.finditer(negated):
        if NOT_NEGATING.match(negated, m.start()) or not _same_subject(negated, m.start(), other, first):
            continue  # "not only", "none more so than"; "Ross is not signed" beside "the stars are signed"
        # "did not (immediately) reopen"; "no (Israeli) soldiers"
        after = [w for w in WORD.finditer(_scope(negated, m.end())) if w[0].lower() not in stop
                 and not w[0].lower().endswith("ly") and not _a_name(w[0], m.end() + w.start(), first)]
        if after and m.end() + after[0].start() in told:
            return True
    return False


def _first_word(text: str) -> int:
    "Where a sentence's first word starts, past an opening quotation mark."
    found = WORD.search(text)
    return found.start() if found else 0


def _a_name(word: str, at: int, first: int) -> bool:
    "A capitalised word past a sentence's first, not a weekday or a month: a name, which says who, not what."
    return word[:1].isupper() and at > first and word.lower() not in WHEN_WORDS


def _same_subject(text: str, at: int, other: str, first: int) -> bool:
    """Whether the names in the clause of a negation at ``at``, before it ("Unlike the stars, *Ross* is not signed"),
    are named in the other sentence too, one of them at least; a clause that names no one passes."""
    before = text[:at]
    clause = re.split(CLAUSE_END, before)[-1]
    start, stop = len(before) - len(clause), stopwords()
    names = {re.sub(r"['’]s$", "", w[0]) for w in WORD.finditer(clause)
             if w[0].lower() not in stop and _a_name(w[0], start + w.start(), first)}
    return not names or any(re.search(rf"\b{re.escape(n)}", other) for n in names)


def _told_alike(a: str, b: str, stop: frozenset[str]) -> set[int]:
    """Where ``a``'s words (their offsets) are told by ``b`` in the same order, in a run of at least two of
    their words (or all of the shorter's): "reopened" of "were not reopened on Friday" against "were reopened on
    Friday", but not "simple" of "Varn said it was not that simple" against "Varn said it was too simple an
    answer". Names (capitalised words past a sentence's first, but weekdays and months) say who, and words of
    attribution ("said", "told", "added") that someone spoke: neither tells what was said."""
    words = lambda text, first: [(w.start(), root(w[0])) for w in WORD.finditer(text)  # noqa: E731
                                 if w[0].lower() not in stop and CUES.get(w[0].lower()) not in ATTRIBUTION
                                 and not _a_name(w[0], w.start(), first)]
    ours, theirs = words(a, _first_word(a)), words(b, _first_word(b))
    run = min(2, len(ours), len(theirs))
    matcher = SequenceMatcher(None, [r for _, r in ours], [r for _, r in theirs], autojunk=False)
    return {ours[k][0] for block in matcher.get_matching_blocks() if block.size >= max(run, 1)
            for k in range(block.a, block.a + block.size)}


def _scope(text: str, start: int) -> str:
    "What a negation at ``start`` negates: the next 40 characters, up to the end of its clause."
    window = text[start:start + 40]
    end = CLAUSE_END.search(window)
    return window[:end.start()] if end else window


def _shared_quote(a: str, b: str) -> bool:
    "Both sentences quote the same words: copies of one quotation do not contradict each other."
    quotes = lambda t: {" ".join(q.lower().replace("’", "'").split()) for m in QUOTED.finditer(t)  # noqa: E731
                        if len((q := m[1] or m[2]).split()) >= 4}
    return bool(quotes(a) & quotes(b))


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
            # what is denied must share a word, not only names: "that Belgrade knew of the plan" and
            # "that Serbia was preparing military action" are two denials of one country
            if overlap >= threshold and _shares_content(va, vb, name_stems(articles[ai], start, end)):
                pairs.append((round(overlap, 3), min(unit, other), max(unit, other)))
    return pairs


def _shares_content(a: Mapping[str, float], b: Mapping[str, float], names: frozenset[str]) -> bool:
    """Whether two denied contents share a word that is neither a name nor an amount, a date or a word of
    claiming: "that Belgrade knew of the plan" and "that Serbia was preparing military action" share only
    their country, and are two denials."""
    return any(t in b and t[:1] != "@" and t not in names and t not in GENERIC and not amount_or_date(t) for t in a)


def _unit_at(space: Space, article: int, offset: int) -> int | None:
    return next((i for i, u in enumerate(space.units) if u.article == article and u.start <= offset < u.end), None)

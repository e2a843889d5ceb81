"""Framing: how each source words what the sources share.

Four views a media researcher asks for. For each claim two sources share, the
words only one of them uses and who is the grammatical agent of the main verb
in each ("the Armenian military illegally occupied" against "separatists broke
away"). Across the story, one action or thing two sources name in different
words ("Azerbaijan liberated" against "Armenia cede"), whether or not their
sentences say the same thing. For the whole set, the loaded, hedging, evaluative
and distancing words each source uses (from ``data/framing.tsv``), and the names
each source gives the entities they share.
"""

from __future__ import annotations

import re
from functools import cache

from ..ingest.dates import past_dateline
from ..model import Article
from ..resources import stopwords, table
from .align import SYNONYMS, WORD, Space, root
from .model import Claim, Contrast, MarkedWord, Wording
from .verdicts import evidence

MAX_WORDINGS = 60
MAX_CONTRASTS = 40
MIN_CONTRAST_SCORE = 0.1  # below this the two sentences hardly speak of the same thing
# synonym classes whose word choice frames the actors: who took land, who protests, who is killed;
# "fell" against "dropped" is only style
FRAMED = {"cede", "protest", "block", "war", "deny", "accuse", "kill", "truce"}
SUBJECTS = ("nsubj", "nsubjpass")
BRACKETED = re.compile(r"\s*\([^()]*(?:\)|$)")  # "(D-Calif.)", or "(D-Calif." where the parse cut the phrase
DESCRIBING_WORDS = 7  # a clause this long describes who acts, and is no part of the name for them
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}  # mentions that name nobody


@cache
def lexicon() -> dict[str, str]:
    return {row["word"].lower(): row["kind"] for row in table("framing.tsv")}


@cache
def _lexicon_pattern() -> re.Pattern:
    words = sorted(lexicon(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def marked_words(articles: list[Article], space: Space) -> list[MarkedWord]:
    out = []
    pattern = _lexicon_pattern()
    for unit in space.units:
        article = articles[unit.article]
        lexical = article.english  # the lexicon is English
        for m in pattern.finditer(unit.text) if lexical else ():
            out.append(MarkedWord(m.group(), lexicon()[m.group().lower()], evidence(articles, unit)))
        said = {st.content.start for st in article.statements if st.cue is not None}  # where speech a cue claims starts
        for m in re.finditer(r"[\"“]([^\"”]{2,40})[\"”]", unit.text):
            if len(m.group(1).split()) <= 4 and unit.start + m.start() not in said:
                # a short quoted term: attributed, kept at arm's length ('called the report "fake news"'),
                # not a quote that is all a speaker said ('"We have a deal," he said')
                out.append(MarkedWord(m.group(1).rstrip(",.;:"), "scare", evidence(articles, unit)))
    return out


def wordings(articles: list[Article], space: Space, claims: list[Claim], docs=None) -> list[Wording]:
    """For shared claims, each pair of sources' differing words and agents; only between sources in
    one language: across two, every word differs."""
    language = {a.id: a.language or "en" for a in articles}
    out = []
    for claim in claims:
        firsts = {}
        for e in claim.evidence:
            firsts.setdefault(e.article_id, e)
        ev = list(firsts.values())
        for i in range(len(ev)):
            for j in range(i + 1, len(ev)):
                if language[ev[i].article_id] != language[ev[j].article_id]:
                    continue
                only_a, only_b = _differences(ev[i].text, ev[j].text)
                if not (only_a or only_b):
                    continue
                out.append(Wording(claim.id, ev[i], ev[j], only_a, only_b,
                                   _agent(docs, articles, ev[i]), _agent(docs, articles, ev[j])))
                if len(out) >= MAX_WORDINGS:
                    return out
    return out


def contrasts(articles: list[Article], space: Space, sources: list[list[str]] = ()) -> list[Contrast]:
    """Sentences of two sources that name the same people or places and one action or thing in
    words of different roots ("Azerbaijan liberated ..." against "Armenia cede ..."), whether or
    not the sentences say the same thing; the closest pair per word pair and pair of sources.
    Copies of one wire story (``sources``: groups of article ids) are one source, not two."""
    group = {aid: i for i, g in enumerate(sources) for aid in g}
    concepts = [_concepts(u.text) for u in space.units]
    best: dict[tuple, Contrast] = {}
    for i, unit in enumerate(space.units):
        if not concepts[i]:
            continue
        names = {t for t in space.vectors[i] if t[0] == "@"}
        for j, score in space.neighbours(i, after=True).items():
            a, b = articles[unit.article].id, articles[space.units[j].article].id
            if (score < MIN_CONTRAST_SCORE or not concepts[j] or not names & set(space.vectors[j])
                    or group.get(a, a) == group.get(b, b)):
                continue
            for concept, word_a in concepts[i].items():
                word_b = concepts[j].get(concept)
                if word_b is None or _same_root(word_a, word_b):
                    continue
                sides = sorted([(str(group.get(a, a)), word_a.lower()), (str(group.get(b, b)), word_b.lower())])
                key = (concept, *sides)  # once per pair of sources, whichever came first
                if key not in best or score > best[key].score:
                    best[key] = Contrast(concept, word_a, word_b, evidence(articles, unit),
                                         evidence(articles, space.units[j]), round(score, 3))
    marked = lexicon()
    return sorted(best.values(), key=lambda c: (c.word_a.lower() not in marked and c.word_b.lower() not in marked,
                                                -c.score))[:MAX_CONTRASTS]


def _concepts(text: str) -> dict[str, str]:
    "Synonym class -> the first word of the sentence in it."
    out: dict[str, str] = {}
    for w in WORD.findall(text):
        w = w.strip("'’-")
        concept = SYNONYMS.get(w.lower())
        if concept in FRAMED:
            out.setdefault(concept, w)
    return out


def _same_root(a: str, b: str) -> bool:
    "Forms of one word: 'denied' and 'denies', 'cede' and 'ceded', 'blockade' and 'blocked'; not 'roadblock'."
    short, long = sorted((root(a), root(b)), key=len)
    return long.startswith(short) or (len(short) >= 4 and long.startswith(short[:-1]))


def _differences(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    stop = stopwords()
    wa = [w for w in WORD.findall(a) if w.lower() not in stop]
    wb = [w for w in WORD.findall(b) if w.lower() not in stop]
    la, lb = {w.lower() for w in wa}, {w.lower() for w in wb}
    only_a = tuple(dict.fromkeys(w for w in wa if w.lower() not in lb))
    only_b = tuple(dict.fromkeys(w for w in wb if w.lower() not in la))
    return only_a, only_b


def _agent(docs, articles: list[Article], e) -> str | None:
    """The subject of the sentence's main verb: who does what, as this source tells it."""
    if docs is None:
        return None
    doc = docs[next(i for i, a in enumerate(articles) if a.id == e.article_id)]
    if doc is None:  # not English
        return None
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if not subjects:
        return None
    # not a dateline the parse took for one ("WASHINGTON – Five hundred days after ..., Donald J. Trump took the oath")
    opening = past_dateline(doc.text, span.start_char, root.idx)
    subject = next((c for c in subjects if c.idx >= opening), subjects[0])
    last = _phrase_end(subject)
    if subject.right_edge.dep_ == "cc" and (also := next(
            (c for c in subjects if c.left_edge.i == subject.right_edge.i + 1), None)) is not None:
        last = _phrase_end(also)  # "Sen. Jan Dresk and two harbour pilots", which the parse may make two subjects
    start, end = doc[subject.left_edge.i].idx, last.idx + len(last)
    begin = past_dateline(doc.text, start, max(end, root.idx))
    if begin != start:  # "YEREVAN, March 3 (Wire) - Armenia's Defence Ministry said": the parse ran into the dateline
        return _unlabelled(doc.text[begin:end if end > begin else root.idx].strip(" ,")) or None
    return _unlabelled(doc.text[start:end]) or None


def _unlabelled(name: str) -> str:
    "A name for who acts without what it says in brackets: 'Sen. Ana Vell (D-Ore.)', cut or whole, is Ana Vell."
    return BRACKETED.sub("", name).strip(" ,")


def _phrase_end(head):
    """The last word of a subject's phrase, before a clause set off by a comma or too long to be part of a name for
    who acts: "Trump", not "Trump, who would have to hand over his empire" nor "Trump on Friday"; "The time", not
    "The time has come for them to accept ..."; but "The man who shot the officer", "Protesters demanding his
    resignation" and "The mayor, Jan Dresk" stay whole."""
    doc = head.doc
    described = [c for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i and (
        doc[c.left_edge.i - 1].text == "," or c.right_edge.i - c.left_edge.i >= DESCRIBING_WORDS)]
    described += [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ != "PROPN"]
    # ... nor the day it acted on ("President Trump on Friday"); "the tax rate for 2014" says which one
    described += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > head.i
                  and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in c.children)]
    last = head.right_edge if not described else doc[min(c.left_edge.i for c in described) - 1]
    while last.i > head.i and (last.is_punct or last.dep_ in ("cc", "mark")):
        last = last.doc[last.i - 1]
    return last


def _phrase(doc, start: int, end: int) -> str | None:
    """The noun phrase a name sits in, with a participle clause that describes it:
    'ethnic Armenian separatists', 'Azerbaijanis claiming to be environmental activists'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    while head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head
    left = min([head.left_edge.i, span.start])
    right = head.i
    for child in head.children:
        if child.dep_ == "acl" and child.i > head.i:
            right = child.right_edge.i
    verb = head.head
    if head.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ == "csubj" and verb.i == head.right_edge.i + 1:
        right = verb.right_edge.i  # the parser's reading of "Azerbaijanis claiming to be activists have ..."
    start = past_dateline(doc.text, doc[left].idx, doc[right].idx)  # not "Feb 27 (Reuters) - Serbian President ..."
    while doc[left].idx < start and left < head.i:
        left += 1
    while left < right and doc[left].pos_ in ("DET", "PUNCT", "ADP", "CCONJ"):
        left += 1
    return doc[left : right + 1].text if right - left < 12 else span.text


def names(articles: list[Article], docs=None, captions=None) -> dict[str, dict[str, list[str]]]:
    """For entities two or more outlets name: the phrases each outlet names them in, in its text
    and, given ``captions`` (each article's parsed photo captions), under its photos."""
    forms: dict[int | str, dict[str, set[str]]] = {}
    display: dict[int | str, str] = {}
    for ai, a in enumerate(articles):
        outlet = a.outlet or a.id[:8]
        for m in a.mentions:
            if m.label in NOT_NAMES:
                continue
            key = m.entity_id or m.key  # stored articles have entity ids; freshly analysed ones keys
            phrase = _phrase(docs[ai], m.start, m.end) if docs is not None and docs[ai] is not None else m.text
            forms.setdefault(key, {}).setdefault(outlet, set()).add(" ".join((phrase or m.text).split()))
            display.setdefault(key, m.text)
    if captions is not None:
        _caption_names(articles, captions, forms)
    shared = {eid: per for eid, per in forms.items() if len(per) >= 2}
    ranked = sorted(shared, key=lambda eid: -sum(len(v) for v in shared[eid].values()))
    return {display[eid]: {o: sorted(v) for o, v in shared[eid].items()} for eid in ranked[:30]}


def _caption_names(articles: list[Article], captions, forms: dict) -> None:
    """Captions are not analysed: a caption names an entity where it uses a name the texts used for it."""
    known: dict[str, int | str] = {}
    for a in articles:
        for m in a.mentions:
            if m.label not in NOT_NAMES:
                known.setdefault(m.text, m.entity_id or m.key)
    if not known:
        return
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(known, key=len, reverse=True)) + r")(?![\w-])")
    for a, docs in zip(articles, captions):
        outlet = a.outlet or a.id[:8]
        for doc in docs:
            for m in pattern.finditer(doc.text):
                phrase = _phrase(doc, m.start(), m.end()) or m.group()
                forms.setdefault(known[m.group()], {}).setdefault(outlet, set()).add(
                    " ".join(phrase.split()) + " (photo caption)")


def voices(articles: list[Article]) -> dict[str, list[dict]]:
    """Whose statements each article chose to carry."""
    out = {}
    for a in articles:
        out[a.id] = [{"speaker": st.party or (a.body[st.speaker.start:st.speaker.end] if st.speaker else None),
                      "cue": a.body[st.cue.start:st.cue.end] if st.cue else st.kind, "kind": st.kind,
                      "content": " ".join(a.body[st.content.start:st.content.end].split())}
                     for st in a.statements if st.kind != "scare"]
    return out

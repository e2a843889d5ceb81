"""Stage statements.v1: who said what, with speaker, cue, content and channel.

Rules over the dependency parse, in the spirit of textacy's ``direct_quotations``
and the PARC/PolNeAR attribution scheme: a cue verb (said, told, dismissed...)
links a speaker (its subject) to a content (an adjacent quotation, or its clausal
or object complement); "according to X" attributes the rest of its sentence.
Quotation marks are read on the text, not the parse, so a quote may run over
several sentences and hold nested single quotes. A short quoted term that no cue
claims is a scare quote. The lemmatizer is excluded from the pipeline, so cues
are matched by their inflected forms.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..ingest.dates import past_dateline
from ..ingest.months import month_names
from ..ingest.metadata import agency_name, news_source
from ..model import Article, Mention, Span, Statement
from ..resources import split_list, table
from ..vocabulary import (baseless, body_words, cue_forms, cue_prepositions, cues_of_kind, denial_cues, given_gender,
                          refusals, weekday_names, words)
from . import persian_statements, phrasings, slavic, slavic_statements
from .registry import Context, stage
from .named_claims import CLAIM_NOUN
from .reported_denials import reported_denials
from .transcripts import in_transcript, labelled_quotes
from .speakers import (ANSWERS, BODY_NOUNS, COMPANY_WORDS, ISSUING_VERBS, NOT_COMPANIES, OWN_DOCUMENTS, STEM_ENDING,
                       TITLE_NOUNS, Names, Who, a_newspaper, company_noun, issuer, listed, name_start,
                       who_stands_for)

# the cue verbs and what kind each is: data/cues.tsv (``vocabulary``)
CUES = cue_forms()  # form -> base: 'told' -> 'tell'
CLAUSE_ONLY = cues_of_kind("clause")  # "thinks that ...", not "thinks hard"
# ... of which these say what they take in quotation marks: 'promised “decisions by Friday”', not 'read “Ulysses”'
QUOTED_OBJECT = frozenset({"promise", "pledge", "vow", "threaten"})
RELAY_CUES = cues_of_kind("relay")
QUOTE_ONLY = cues_of_kind("quote")  # "continued: “...”", not "continues to battle"
ADDRESSEE = cues_of_kind("addressee")  # "told reporters that ...": the object is no content
ON_AIR = frozenset({"television", "tv", "radio", "air", "podcast", "camera"}) | words("platforms")  # where, not what
# ... and the broadcasters and networks named so: "on ABC News", "on Fox", "on CNN's State of the Union"
ON_AIR_NAME = re.compile(r"\b(?:News|TV|Radio|Television|Network|Channel|CNN|MSNBC|CNBC|NBC|CBS|ABC|Fox|BBC|NPR|PBS|"
                         r"C-SPAN|Al\s+Jazeera|Sky)\b")
PREP_CUES = cue_prepositions()  # content through a preposition, which joins the cue: "called for"
# what a statement was made in, whose clause the parse may hang on it: "said in a statement it had agreed ..."; not
# one that says who made the statement ("in a statement it issued")
ISSUED = frozenset({"issued", "released", "posted", "published", "made", "gave", "given", "sent", "delivered", "read",
                    "shared", "put", "signed", "distributed", "circulated", "carried", "aired", "broadcast", "tweeted",
                    "wrote", "written", "issues", "releases", "posts", "publishes", "makes", "gives", "sends",
                    "provided", "emailed", "filed", "received", "uploaded", "submitted", "presented", "prepared",
                    "deliver", "issue", "release", "post", "publish", "give", "send", "file", "upload", "obtained",
                    "seen", "saw", "reviewed"})
MADE_IN = frozenset({"statement", "statements", "remarks", "comments", "interview", "briefing", "post", "message",
                     "letter", "speech", "address", "tweet", "video", "communique", "communiqué", "release"})
CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "dative"}
MEASURING = {"estimate", "put"}  # cues whose object is counted "at" a number: "put the toll at 12"
SUBJECT_DEPS = {"nsubj", "csubj"}
CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
QUOTE_RUN = 300  # characters a quote the content opened may run on past where the parse ended it
PERSONAL_POSSESSIVES = {"his", "her"}  # "Her answer was blunt: ...": whose words follow
SUBJECT_BEFORE = 12  # tokens of a phrase set off before a verb, to take it for the subject the parse missed
QUOTE_CLOSERS = frozenset('"”’»')
# where a quoted name is a programme's or a publication's: "said Sunday on “Fox News Sunday”", "appearing on “This
# Week”", "on NBC’s “Meet the Press”", "told CBS’s “Face the Nation”"; not "insisted on “Full Transparency”"
PROGRAMME_BEFORE = re.compile(r"(?:\b(?:said|says|told|tells|spoke|speaking|appeared|appearing|appears|interview|added|"
                              r"argued)\s+(?:\w+\s+){0,2}on\s+|"
                              r"\b(?:on|told)\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s\s+)$")
PROGRAMME_WORDS = 6
CLIMB_DEPS = {"conj", "advcl", "xcomp", "acomp"}  # "... and said", "..., saying": the subject is the head's
CHANNEL_NOUNS = words("channels")
CHANNEL_PREPS = {"in", "on", "via", "through", "during", "at", "over"}
INTERMEDIARIES = words("intermediaries")
RELATIVES = {"who", "that", "which"}
BE = {"be", "is", "was", "are", "were", "been", "being", "'s", "’s"}  # the forms of "be" (the parse has no lemmas)
HYPHENS = ("-", "‐")
STANCE_CUES = words("stance-cues")  # a stance only someone takes: "the case supporting" takes none
DOCUMENT_NOUNS = words("document-nouns")  # ... or what they wrote: "the letter criticized"
LINKING_WORDS = {"such", "however", "meanwhile", "instead", "still", "yet", "also", "then", "now", "thus", "therefore",
                 "moreover", "indeed", "nevertheless", "nonetheless", "likewise", "similarly", "separately"}
AUDIENCES = {"reporters", "journalists", "lawmakers", "parliament", "supporters", "voters", "crowd", "audience",
             "viewers", "listeners", "readers", "delegates", "students", "colleagues", "diplomats"}
# the nouns that name people or a body (``_people``)
PEOPLE_AND_BODIES = frozenset(BODY_NOUNS | TITLE_NOUNS | AUDIENCES | words("unnamed-people") | words("fighters") |
                              words("occupations") | words("people-nouns"))
SPEECH_OBJECTS = {"view", "reply", "answer", "response", "tone", "message", "position", "warning", "verdict",
                  "explanation", "retort", "point"}  # "had a different view:", "struck a defiant tone:"
REFUSALS = {"decline", "declines", "declined", "declining", "refuse", "refuses", "refused", "refusing"}
# what someone would do, not what they said: "wants to thank", "plans to discuss", "hopes to welcome"
INTENT = {"want", "wants", "wanted", "wanting", "intend", "intends", "intended", "intending", "wish", "wishes",
          "wished", "wishing", "expect", "expects", "expected", "expecting", "need", "needs", "needed", "needing",
          "aim", "aims", "aimed", "aiming", "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping",
          "prepare", "prepares", "prepared", "preparing", "stand", "stands", "stood", "standing"}
BASELESS = baseless()  # what calls a claim baseless: "groundless", "without basis"
REFUSED = refusals()  # what "deny" refuses rather than denies: "denied a request", "denied the prisoners medical care"
HELD = words("places-held")  # what "defend" holds rather than argues for: "defended the city"
FIGHTERS = words("fighters")  # who defend by fighting: "soldiers who had defended Mariupol"
SCARE_MAX_WORDS = 5
BULLET = re.compile(r"[^\w\s\"“‘«(]*\s*")  # what opens a post's line before its words: "🗣 ", "• ", "▪️ "
# ... or a live page's entry: its time, then a dash ("**15:45** — ", "Updated 10:30 - ")
STAMPED = re.compile(r"[*_]*(?:(?i:updated?)\s+)?\d{1,2}[:.]\d{2}[*_]*\s*[—–-]\s*")
# what someone asked for who will not be named ("who asked not to be named"): how they spoke, not a statement
ANONYMITY = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified|quoted(?:\s+by\s+name)?)|anonymity|"
                       r"that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published))[.,]?", re.I)
SPOKE_WHERE = re.compile(r"\s+(?:at|on|in|from|outside|inside|after|during|near|via)\s+")  # "X in parliament:"
SPOKE_TO = re.compile(rf"{SPOKE_WHERE.pattern}|\s+to\s+")  # ... or whom they told: "X to reporters:"
PLACE_TYPES = ("GPE", "LOC", "FAC", "ORG", "NORP")  # entity types that name no person
# verbs of speaking whose participle sets off a label ("X, speaking in Lagos: “...”") and makes its statement
SPEAKING = frozenset(("speak", "say", "tell", "talk", "write", "comment", "answer"))
ASKING = {"ask", "urge", "call", "tell"}  # cues that ask another to do a thing: "asked the director to push back"
PUSH_BACK, PUSHED_BACK_ON = "push back", ("on", "against")  # a denial: "pushed back on the report"
PUSHED_BACK_ON_WHAT = {"report", "reports", "story", "stories", "criticism", "criticisms", "critics", "narrative",
                       "notion", "idea", "suggestion", "suggestions", "characterization", "characterisation", "article",
                       "account", "accounts", "assertion", "assertions", "portrayal", "portrait", "charge", "charges"}
DEED_PARTICLES = {"knock": {"out", "off", "over"}}  # cues that, with these particles, do rather than say ("knocked down" denies)
STOP = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)"
                  r"[.!?…][\"”’»]?\s+(?=[A-Z])")  # a sentence ending inside a line, before the next one's capital
# first words of headline labels, singular: "Watch:", "Videos:", "Editor’s note:", "Factbox:"
HEADLINE_LABELS = words("headline-labels")

QUOTE_MARK = re.compile(r"''|``|[\"“”«»‘’]|\n\s*\n")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
CLOSING_MARKS = "\"”»’'"
PAIRS = {"“": "”", "«": "»", '"': '"', "''": "''", "``": "''", "‘": "’"}
QUOTE_THEN_CLAUSE = re.compile(r"[\s,;:—–-]*")  # between a quote's end and ", he said"
CLAUSE_THEN_QUOTE = re.compile(r"[^.!?\"“”]{0,80}?[:,]\s*")  # "said in a statement: “..."
# the rest of an answer's sentence, then the quotation that opens the next one: "answered with a single sentence. “"
ANSWER_THEN_QUOTE = re.compile(r"[^.!?\"“”«»\n]{0,60}\.[ \t]+")
ANSWERING = frozenset({"answer", "reply", "respond"})  # verbs whose answer may follow in the next sentence
CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?]|$)")  # right after a quotation, its clause ends
APPENDED_QUOTE = re.compile(r"\s*,\s*")  # between a reported clause and the quote its sentence ends with
SENTENCE_END = re.compile(r"[\s.!?]*(?:$|\n)|[.!?]\s")  # a quote's sentence ends right after it
LINE_THEN_QUOTE = re.compile(r"[^.!?\"“”\n]{0,80}?:[ \t]*\n\s*")  # "X says:" ending a paragraph, the quote below
# between '“A,” X said' and '“B.”': the rest of the attribution, one sentence at most ("said Vesna Pelin,
# whose husband is among the detained men."), never a second sentence that may bring another speaker
GOES_ON = re.compile(r"(?:(?![.!?]\s+[A-Z])[^\n“”\"«»]){0,160}?[.,:]\s*")
EDGE_PUNCT = " \t\n,;:-—–."
SENTENCE_BEFORE_QUOTE = re.compile(r".*[.!?…][ \t]+")  # a sentence ended, then on the same line a quotation
QUOTE_ENDS_SENTENCE = re.compile(r"[ \t]*(?:$|\n|[\"“«]|[A-Z])")  # ... that ends its own sentence
# what one does to speak without saying what: "spoke to reporters", "briefed the council" ("said" is a cue)
SPEAKING_EVENTS = frozenset({"spoke", "speaks", "talked", "talks", "briefed", "briefs", "addressed", "addresses"})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotations as (start, end) offsets, marks included.

    Only the mark that opened a quote closes it, so single quotes inside double
    ones are nested, not separate. A paragraph break ends a double quote left open
    (news style reopens it in the next paragraph) and drops a single one.
    """
    spans: list[tuple[int, int]] = []
    opener, start, nested = None, 0, False  # nested: a pair of straight marks open inside a curly quotation
    for m in QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark[0] == "\n":
            if opener is not None and opener != "‘":
                spans.append((start, len(text[:m.start()].rstrip())))
            opener, nested = None, False
        elif opener is None:
            if mark in PAIRS and not (mark == "‘" and m.start() > 0 and text[m.start() - 1].isalnum()):
                opener, start = mark, m.start()
        elif (mark == PAIRS[opener] and not (mark == "’" and text[m.end():m.end() + 1].isalpha())
              or not nested and _closes_mixed(text, opener, mark, m.end())):
            spans.append((start, m.end()))
            opener, nested = None, False
        elif opener == "“" and mark == '"':
            nested = not nested
        elif opener == '"' and mark in "“”":  # a curly pair nested in a straight quotation
            nested = mark == "“"
    if opener is not None and opener != "‘":
        spans.append((start, len(text.rstrip())))
    return spans


def _closes_mixed(text: str, opener: str, mark: str, after: int) -> bool:
    """'“I love my sister," she wrote.' and '"I will not pay!” Fox told Ramos': copy that mixes straight and curly
    double marks closes a quotation with the other form, where the form that opened it does not close it in the rest of
    its paragraph before another quotation opens ('"The road must stay open,” she said. “We will not wait."'), and no
    pair of straight marks nests inside it ('“what they call "shock therapy" will fail')."""
    if (opener, mark) not in (("“", '"'), ('"', "”")):
        return False
    brk = PARAGRAPH_BREAK.search(text, after)
    rest = text[after:brk.start() if brk else len(text)]
    if opener == "“":  # this straight mark opens a nested pair where another one follows it
        rest = rest.split("“", 1)[0]
        return "”" not in rest and rest.count('"') % 2 == 0
    return '"' not in rest.split("“", 1)[0]


class Quotes:
    "Quote spans with a fast lookup of the one holding an offset, and the text (Doc.text joins tokens anew each time)."

    def __init__(self, text: str):
        self.text = text
        spans = quote_spans(text)
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def at(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None

    def closed_at(self, pos: int) -> bool:
        "Inside a quote that closes, as speech does; a paragraph quoted open to its end is often an excerpt."
        span = self.at(pos)
        return span is not None and self.text[span[1] - 1] in CLOSING_MARKS

    def names_a_programme(self, pos: int) -> bool:
        """Whether ``pos`` lies in a quoted programme's or publication's name: 'said on NBC’s “Meet the Press” that',
        'told CBS’s “Face the Nation”': a name, no one's words."""
        span = self.at(pos)
        if span is None:
            return False
        words = re.findall(r"[^\W\d_][\w’'-]*", self.text[span[0]:span[1]])
        return bool(words) and len(words) <= PROGRAMME_WORDS and words[0][0].isupper() and \
            all(w[0].isupper() for w in words if len(w) > 3) and \
            PROGRAMME_BEFORE.search(self.text, max(0, span[0] - 60), span[0]) is not None

    def next(self, pos: int) -> tuple[int, int] | None:
        "The first quote that opens at or after ``pos``."
        i = bisect.bisect_left(self.starts, pos)
        return self.spans[i] if i < len(self.spans) else None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out


def find_statements(doc, mentions: Sequence[Mention] = ()) -> list[Statement]:
    """Attributed statements in a parsed text.

    Args:
        doc: a spaCy Doc with a dependency parse.
        mentions: named entities of the same text, used to name speakers.

    Returns:
        Statements in text order; offsets point into ``doc.text``.

    >>> find_statements(nlp('"It is open," he said.'))[0].kind
    'direct'
    """
    quotes = Quotes(doc.text)
    names = Names(doc, mentions, quotes.closed_at, quotes.text)
    found: list[Statement] = []
    for token in doc:
        low = token.lower_
        if low == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            st = _according(token, quotes, names)
        elif low in CUES and token.tag_.startswith("VB") and not _phrasal_deed(token) and not _unsaid(token) \
                and not _deed(token):
            st = _verb_statement(token, quotes, names)
        elif low == ":":
            st = _colon(token, quotes, names)
        else:
            continue
        if st is not None:
            found.append(st)
    found += _continuations(doc, found, quotes)
    found += _quotes_after_speaking(doc, found, quotes, names)
    found = _relayed(found)
    found += _unclaimed_quotes(doc, found, quotes, names)
    text = quotes.text  # once: spaCy builds Doc.text anew from its tokens each time it is read
    return sorted((_past_dateline(s, text) for s in found), key=lambda s: (s.content.start, s.content.end))


def _unsaid(verb) -> bool:
    """'When asked whether he would resign, Marek said ...', 'Marek was asked if ...': a question put to someone,
    and what it asks, are no statement of theirs; nor is what someone declined to say ('declined to say more')."""
    if verb.dep_ == "xcomp" and verb.head.lower_ in REFUSALS:
        return True
    if _intended(verb):
        return True
    path = [verb, *verb.ancestors]
    for i, t in enumerate(path):
        if _asked_of(t):  # the words of a question put to someone; not the answer ("Vell, asked ..., said ...")
            return (answer := _answer_to_asking(t)) is None or answer.i not in {p.i for p in path[:i]}
    return False


def _intended(verb) -> bool:
    """'the EU stood ready to support the talks', 'Baku wants to welcome the monitors': a verb of saying in the
    infinitive that an adjective, a verb of intent or "it is ..." governs says what someone would do, not what anyone
    said."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and (verb.head.pos_ == "ADJ" or verb.head.lower_ in INTENT
                                                    or _of_no_one(verb.head))


def _of_no_one(head) -> bool:
    """'it was impossible to say what motivated the attackers', 'it is too early to tell': what "it" is to say is
    no one's word."""
    return head.lower_ in BE and any(c.dep_ == "acomp" for c in head.children) and \
        any(c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in head.children)


def _asked_of(token) -> bool:
    "'asked' in the passive: the one it speaks of was asked."
    return token.lower_ == "asked" and (any(c.dep_ == "auxpass" for c in token.children) or
                                        (token.tag_ == "VBN" or token.dep_ == "acl")  # "Vell, asked about it, said"
                                        and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
                                        or _answer_to_asking(token) is not None)


def _answer_to_asking(asked):
    """'Ana Vell, asked whether she would run, said she had not decided': the verb of saying after an "asked" set off
    by commas, which the parse took for Vell's own asking; Vell was asked, and she says."""
    if asked.lower_ != "asked" or asked.i == 0 or asked.doc[asked.i - 1].text != ",":
        return None
    after = [c for c in asked.children if c.dep_ in ("ccomp", "conj")] + ([asked.head] if asked.dep_ == "parataxis"
                                                                          else [])  # the parse hangs it either way
    return next((c for c in after if c.i > asked.i and c.lower_ in CUES and c.doc[c.i - 1].text == ","
                 and not any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)


def _phrasal_deed(verb) -> bool:
    """A cue whose particle makes it a deed ("an attack knocked out the systems"), or "put" other than as a count
    ("put pressure on", not "puts the toll at 41"): it says nothing."""
    base = CUES[verb.lower_]
    if base == "put":
        return not (any(c.dep_ == "dobj" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num and t.ent_type_ not in ("DATE", "TIME")
                                                          for t in c.subtree) for c in verb.children))
    return base in DEED_PARTICLES and any(c.dep_ == "prt" and c.lower_ in DEED_PARTICLES[base] for c in verb.children)


def _deed(verb) -> bool:
    """A cue that does rather than says: "deny" that refuses someone something ('denied the prisoners medical care',
    'denied him entry', 'denied a request'; not 'denied the reports', 'denied that ...'), and "defend" by fighters
    of a place ('the army defended the city', 'soldiers who had defended Mariupol'; not 'the army defended the
    strike', 'Orban defended Hungary against criticism')."""
    base = CUES[verb.lower_]
    if base == "deny":
        return any(c.dep_ == "dative" for c in verb.children) or \
            REFUSED.match(verb.doc.text, verb.idx + len(verb.text)) is not None
    if base != "defend":
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)  # its own, none borrowed
    if subject is not None and subject.lower_ in RELATIVES and _antecedent(subject) is not None:
        subject = _antecedent(subject)  # "soldiers who had defended Mariupol"
    if subject is None or subject.lower_ not in FIGHTERS:
        return False  # "Orban defended Hungary against criticism", "the army issued a statement defending the strike"
    # what they held, up to its noun: "Mariupol and border guards", "the city"; not "the raid on Jenin"
    held = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i <= c.i]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.pos_ == "PROPN" or t.lower_ in HELD for t in held)


def _past_dateline(s: Statement, text: str) -> Statement:
    """The content without the wire dateline that opens its paragraph ("KYIV, Feb 10 (Reuters) -"):
    where the story was filed is not what the speaker said."""
    start, end = s.content.start, s.content.end
    if start and text[start - 1] != "\n" or (begin := past_dateline(text, start, end)) == start:
        return s
    rest = text[begin:end]
    return dataclasses.replace(s, content=Span(begin + len(rest) - len(rest.lstrip()), end))


def _verb_statement(cue, quotes: Quotes, names: Names) -> Statement | None:
    if cue.lower_ == "citing" and (cue.head.lower_ in CUES or cue.head.head.lower_ in CUES or any(
            c.dep_ == "dobj" and _speaks(c) for c in cue.children)):
        return None  # "reported, citing the ministry": whom the report cites, not what was said; so too where the
        # parse hangs the citing on the reported clause ("reported, citing sources in the military, that ...")
    misread = _name_read_as_adverb(cue)
    subject, set_off, apposed = _subject(cue) or misread, None, None
    if subject is not None and subject.lower_ in RELATIVES and cue.dep_ == "relcl":
        subject = issuer(cue.head) or subject  # "released a statement that said ...": who released it
    if subject is None and (set_off := _subject_before(cue)) is not None:
        subject = set_off[1]
    elif subject is not None and subject.i < cue.i and not _someone(subject) and \
            (beside := _subject_before(cue)) is not None and subject.idx < beside[0] and _speaks(beside[1]):
        # "discussed ... the situation in Karabakh, the press service of the Ministry reported": the parse made
        # the service an apposition of the thing discussed, and that thing the subject; the phrase set off speaks
        # (a body or a person: not "The report, a 40-page document, said")
        set_off, apposed, subject = beside, subject, beside[1]
    if subject is not None and subject.lower_ == "what":
        return None  # "have undertaken what appears to be an inquiry": a free relative says nothing
    if CUES.get(cue.lower_) in ("appear", "seem") and (
            subject is not None and (subject.lower_ == "it" or subject.pos_ == "NOUN" and not _speaks(subject))
            or not any(c.dep_ == "xcomp" and c.lower_ in CUES and not any(
                k.dep_ == "prt" or k.lower_ in ("be", "been") for k in c.children) for c in cue.children)):
        return None  # "it appeared to be a routine check", "the tension seemed to ease": how a thing looks, no one's
        # word; nor is what a person seems to do ("appears to be backing away", "seemed to soften his tone"); but
        # "the agents seemed to think", "appeared to suggest she would ..." say what they thought or said
    if CUES[cue.lower_] in STANCE_CUES and cue.dep_ in ("acl", "relcl") and (
            taker := _antecedent(subject) if subject is not None and subject.lower_ in RELATIVES else subject) \
            is not None and taker.pos_ == "NOUN" and not taker.ent_type_ and not _speaks(taker) and \
            not {taker.lower_, taker.lemma_} & DOCUMENT_NOUNS:
        return None  # "the case supporting Wal-Mart", "salary hikes that favor men": a thing takes no stance
    if subject is not None and subject.lower_ == "which" and quotes.at(cue.idx) is not None and \
            (thing := _antecedent(subject)) is not None and not _someone(thing):
        return None  # "the bill, which he said “threatens to undermine ...”": a thing in another's quoted words
    holder = quotes.at(cue.idx)
    if holder is not None and (subject is None or quotes.at(subject.idx) == holder):
        return None  # a cue the quoted speaker used: "I said that ..." inside a quote
    speaker = _phrase(subject, cue, quotes.text) if subject is not None else None
    if speaker and set_off:  # the phrase set off, not the words the parse hung on its head before it
        speaker = (max(speaker[0], set_off[0]), speaker[1])
    clause_start = min(cue.idx, speaker[0]) if speaker else cue.idx
    # '“...,” Borrell told reporters, adding that ...': the quote before is the first cue's, not the
    # one whose subject it borrows
    borrowed = subject is not None and subject.head.i < cue.i  # the subject of a verb before this one
    content = (None if borrowed else _quote_before(cue, clause_start, quotes)) or _quote_after(cue, quotes)
    if content is not None and content[1] <= cue.idx and _ends_sentence(quotes.text, content) and \
            (_that_clause(cue) or (own := _complement(cue, quotes)[0]) is not None and own[0] > cue.idx):
        content = None  # '"... both sides." Zakharova said at a briefing that ...': her words follow the verb
    prep = None
    if content is None:
        if CUES[cue.lower_] in QUOTE_ONLY:
            return None
        content, prep = _complement(cue, quotes)
        if content is None and CUES[cue.lower_] in ANSWERING:
            content = _answer_after(cue, quotes)  # "Vell answered with a single sentence. “...”"
        if content is None:
            return None
        content = _cut_at_next_cue(cue, content, quotes.text, subject)
        inside = quotes.at(content[0])
        if inside is not None and inside[1] >= content[1] and holder is None:
            content = inside  # the complement is a quotation: he said "the road is open"
        content = _quote_ending(_with_closing_quote(content, quotes), quotes)
        if CUES[cue.lower_] == "call" and (named := quotes.next(content[1])) is not None and \
                not quotes.text[content[1]:named[0]].strip(" "):
            content = (content[0], named[1])  # "called the day “a turning point”": what it was called, quoted
        if CUES[cue.lower_] == "call" and prep is None and not _calling_it_something(cue, content, quotes.text):
            return None
        if speaker and content[0] < speaker[0] < content[1] <= cue.idx:  # "..., the press service said": not its words
            content = _trim(quotes.text, content[0], speaker[0])
        elif speaker and apposed is not None and content[1] <= speaker[0] and content[0] < apposed.idx < speaker[0]:
            content = _trim(quotes.text, content[0], speaker[0])  # the words up to the service, the thing discussed too
        if ANONYMITY.fullmatch(quotes.text[content[0]:content[1]]):
            return None  # "who asked not to be named": how they spoke, not what they said
    cue_span = _cue_span(cue, prep, misread)
    if (document := _document_of(cue)) is not None and subject is not None and subject.i != document.i and \
            document.head.idx < cue_span[0]:
        cue_span = (_cue_span(document.head)[0], cue_span[1])  # "issued a statement saying": the whole act of saying
    if holder is not None and not holder[0] <= content[0] < holder[1] and _quoted_name_of_noun(cue, holder):
        return None  # 'the "don't ask, don't tell" policy': a verb inside a name in quotation marks; but a verb
        # quoted alone speaks ('Lavrov “categorically rejected” the claims', 'had “repeatedly denied” that ...')
    relayed_by = None
    if subject is not None and (cited := _cited_source(cue, subject)) is not None:
        relay_start = subject.left_edge.idx
        relayed_by, subject, speaker = _relay_name(subject), cited, _phrase(cited, cue, quotes.text)
        if content[0] < relay_start < content[1] <= cue.idx + len(cue):  # "The court rejected it, Report informs":
            content = _trim(quotes.text, content[0], relay_start)  # not the agency's words of reporting
        said = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
        if said is not None and content[0] <= cited.idx < content[1]:  # "The army suffered no losses, Trend reported
            # citing the ministry": the clause before the agency, not the citing taken for what was said
            content = _trim(quotes.text, said.left_edge.idx, said.right_edge.idx + len(said.right_edge))
        elif content[0] <= cited.idx < content[1]:  # "Tass reported, citing a source, that ...": past the source
            content = _trim(quotes.text, cited.right_edge.idx + len(cited.right_edge), content[1])
    fields = _speaker_fields(subject, speaker, cue, names, content, document)
    if relayed_by is not None:
        fields["channel"] = relayed_by
    return Statement(content=Span(*content), cue=Span(*cue_span), kind=_kind(content, quotes),
                     cue_word=PUSH_BACK if _pushed_back(cue) else CUES[cue.lower_], **fields)


def _pushed_back(cue) -> bool:
    """'The group pushed back on a report claiming ...', 'pushed back against these criticisms': a denial, through
    the preposition after "back"; "pushed for talks" asks for them, and what someone was asked to or would push back
    on ("asked the director to push back on the inquiry", "would push back against the laws") is not done."""
    if CUES[cue.lower_] != "push" or not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in cue.children):
        return False
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children):
        return False
    # "took to Twitter to push back on", "sought to push back on" still do it
    if cue.dep_ in ("xcomp", "ccomp") and CUES.get(cue.head.lower_) in ASKING and \
            any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    # what is pushed back on is a claim, or those who make one: not "pushed back against Russian advances"
    return any(o.dep_ == "pobj" and (CLAIM_NOUN.fullmatch(o.lower_) or o.lower_ in PUSHED_BACK_ON_WHAT or any(
        k.dep_ in ("acl", "relcl") and k.lower_ in CUES for k in o.children))
        for c in cue.children if c.dep_ == "prep" and c.lower_ in PUSHED_BACK_ON for o in c.children)


def _calling_it_something(cue, content: tuple[int, int], text: str) -> bool:
    """'called the law "dangerous"', 'called it a mistake', 'called the charges politically motivated', 'what he called
    politically motivated charges': what a thing was called, or a call to do something; not a call made ('called the
    police', 'called 911', 'a neighbour, who called the police') nor a name given ('a program called Prism', 'the
    island, which Arrandians call Hortza')."""
    if any(mark in '"“”«»„‘' for mark in text[content[0]:content[1]]):
        return True  # 'The report, called “a whitewash” by Vell, ...'
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if cue.dep_ == "relcl" and any(c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN" for c in cue.children):
        return False  # a name: "the island, which Arrandians call Hortza"
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and not objects and sum(c.dep_ == "oprd" for c in cue.children) < 2:
        return False  # but "the minority leader, called Trump's proposal “...”" and "the letter called Oz a quack,
        # fake and charlatan", parsed so, say what the thing is called
    if cue.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVES for c in cue.children):
        return True  # "a delay Vardunia called a blockade": the noun is what was called so
    if any(c.dep_ in ("oprd", "ccomp") for c in cue.children):
        return True  # "called the claims fabricated", parsed as a clause
    for o in objects:  # "called the charges politically motivated", "called the attack cowardly", "called the report
        # fake news": what it is called follows the thing, hung on it, on the verb or on a word of its own
        if any(c.i > o.i and c.dep_ in ("acl", "amod", "appos", "conj") for c in o.children) or \
                any(c.i > o.i and c.dep_ == "advmod" for c in cue.children) or \
                any(t.dep_ == "npadvmod" and t.pos_ == "NOUN" for t in o.subtree):
            return True
    # "called to protest peacefully", "called voters to stay home": a call to do something; not "called 911 to ..."
    return any(c.dep_ == "xcomp" for c in cue.children) and all(_speaks(o) for o in objects)


def _speaks(head) -> bool:
    "Whether a phrase's head names who may speak: a name, a body or people ('service', 'ministry', 'officials')."
    return _someone(head) or _people(head.lower_)


AGENCY_VERBS = frozenset({"informs", "informed", "reports", "reported"})


def _cited_source(cue, subject):
    """Whom an agency or outlet reports citing: "..., Trend reports citing the Azerbaijani Foreign Ministry", "Tass
    reported, citing a source, that ...": the source speaks, the agency relays."""
    citing = next((t for t in cue.doc[cue.i + 1:cue.sent.end] if t.lower_ == "citing"
                   and (t.head.i == cue.i or t.head.head.i == cue.i)), None)
    cited = next((c for c in citing.children if c.dep_ in ("dobj", "pobj")), None) if citing is not None else None
    if cited is None or not (_a_relay(subject) or _agency_style(cue, subject) and _speaks(cited)):
        return None
    return cited


def _agency_style(cue, subject) -> bool:
    """An agency's own words for reporting, by a capitalised name an outlet list may not hold: "..., Report informs,
    citing the Ministry of Defense" (Report.az), as "Trend reports citing ..." is."""
    return cue.lower_ in AGENCY_VERBS and subject.text[:1].isupper() and subject.pos_ != "PRON"


def _quoted_name_of_noun(cue, quote: tuple[int, int]) -> bool:
    """A quotation, holding ``cue``, right before the noun it names, with no word between: 'the \"don't ask, don't
    tell\" policy'."""
    doc = cue.doc
    after = next((t for t in doc[cue.i:] if t.idx >= quote[1]), None)  # past the cue, which the quotation holds
    return after is not None and after.pos_ == "NOUN" and not doc.text[quote[1]:after.idx].strip()


def _cue_span(cue, prep=None, name=None) -> tuple[int, int]:
    """The verb with its auxiliaries and adverbs right before it and a particle after: 'has also pointed out';
    not ``name``, a speaker the parse took for an adverb (``_name_read_as_adverb``)."""
    first, last = cue.i, cue.i
    left = {c.i: c for c in cue.children if c.dep_ in CUE_LEFT and c.tag_ != "TO" and (name is None or c.i != name.i)}
    while first - 1 in left:
        first -= 1
    if cue.i + 1 < len(cue.doc) and (cue.doc[cue.i + 1].dep_ == "prt" or cue.doc[cue.i + 1].lower_ == "back") \
            and cue.doc[cue.i + 1].head is cue:
        last += 1
    if prep is not None and prep.i == last + 1:
        last = prep.i
    doc = cue.doc
    return doc[first].idx, doc[last].idx + len(doc[last])


def _subject(verb):
    "The verb's subject, or its head's for '... and said' and '..., saying'; an agent for passives."
    v = verb
    asked = next((t for t in (verb.head, *verb.children) if getattr(_answer_to_asking(t), "i", None) == verb.i), None)
    if asked is not None:
        v = asked  # "Vell, asked whether she would run, said ...": Vell
    for _ in range(3):
        subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) > 1:  # "After a summit in Abuja, on Thursday, the bloc said": the one nearest the verb;
            # but "Pence, who in an interview with Fox News claimed": the relative pronoun of a relative clause
            relative = next((c for c in subjects if c.lower_ in ("who", "which") and v.dep_ == "relcl"), None)
            if relative is None and all(c.i > v.i for c in subjects):
                return subjects[-1]  # '“...,” said union co-founder Ana Lund': the split phrase's last noun
            return relative or min(subjects, key=lambda c: abs(c.i - v.i))
        for c in v.children:
            if c.dep_ in SUBJECT_DEPS:
                return c
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        if any(c.dep_ == "nsubjpass" for c in v.children):
            return None
        if v.dep_ == "acl" and v.tag_ == "VB" and (owner := next((c for c in v.head.children if c.dep_ == "poss"),
                                                                 None)) is not None:
            return owner  # "his pledge to support Harlow": his, not the pledge
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and not (v.tag_ == "VBD" and v.head.dep_ == "pobj"):
            return issuer(v.head) or v.head  # "a statement saying ...": whoever issued it; a verb in the past
            # tense is no participle of a preposition's object ("members ... preparing to vote on legislation accused")
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head  # "began by saying"
        elif v.dep_ not in CLIMB_DEPS or v.head is v:
            return None
        elif _adding(v):  # "It said the protest was ... and that there was no blockade, adding ...": it
            v = _first_said(v.head)
        elif (v.dep_ == "conj" or _comma_participle(v)) and _a_thing_said(v.head, v.dep_ == "conj"):
            v = v.head  # "the ministry said its positions had come under fire and rejected the account": the ministry
        elif _answering_a_claim(v):
            v = v.head.head.head  # "He rejected suggestions that the shipment was ..., saying ...": he, not the shipment
        elif v.dep_ == "xcomp" and (obj := next((c for c in v.head.children if c.dep_ == "dobj"), None)) is not None \
                and obj.ent_type_ not in ("DATE", "TIME") and _someone(obj):
            return obj  # "The remarks prompted Vieira to ask ...": the one prompted asks; not "spent the week accusing"
        v = v.head
    return None


def _a_thing_said(verb, conjoined: bool) -> bool:
    """Whether a verb is what another says and its subject a thing, no person or body, so that a verb of saying after
    it is the one who said it's: "the ministry said its positions had come under fire and rejected the account", "...
    said the talks went well, adding ..."; but "police said the suspect had confessed and denied ..." is the suspect's.
    After "and", the thing must be the speaker's own ("its positions"): "the shells had hit a school and accused"
    may be read either way."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if not (verb.dep_ == "ccomp" and verb.head.lower_ in CUES and subject is not None and subject.pos_ == "NOUN"
            and not subject.ent_type_) or _people(subject.lower_):
        return False
    return not conjoined or any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children)


def _answering_a_claim(verb) -> bool:
    """'He rejected suggestions that the shipment was routine aid, saying ...': a participle of saying that the parse
    hung on the claim a verb of saying answers says what the one answering it says."""
    claim = verb.head.head
    return bool(verb.lower_.endswith("ing") and verb.lower_ in CUES and _comma_participle(verb)
                and verb.head.dep_ in ("acl", "ccomp") and claim.pos_ == "NOUN" and CLAIM_NOUN.fullmatch(claim.lower_)
                and claim.dep_ in ("dobj", "nsubjpass") and claim.head.lower_ in CUES)


def _first_said(clause):
    "The first of clauses joined by 'and': 'said the protest was ... and that there was no blockade'."
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause


def _adding(verb) -> bool:
    """'..., adding that ...' after what a speaker said goes on with the speaker's words, whoever the clause before
    it is about: "The army said the rebels had attacked the village, adding that three soldiers were wounded"; but
    after another's words it goes on with theirs: "The agency said Smith insisted he was innocent, adding ...".
    Another verb of saying ("arguing", "insisting") goes with the speaker where the clause before is about no
    person."""
    clause = _first_said(verb.head)
    if not (verb.lower_.endswith("ing") and verb.lower_ in CUES and _comma_participle(verb)
            and clause.dep_ == "ccomp" and clause.head.lower_ in CUES and verb.head.lower_ not in CUES):
        return False  # "said Smith insisted ..., adding": Smith's
    if verb.lower_ == "adding":
        return True
    # "Peskov said Russia could not take the ruling into account, arguing that ...": Peskov argues; but "police said
    # the suspect had confessed, insisting he was provoked" is the suspect's, as is what a person named there says
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.ent_type_ != "PERSON" and subject.pos_ != "PRON" and \
        not _people(subject.lower_)


@cache
def _people(noun: str) -> bool:
    "Whether a noun, singular or plural, names people or a body: 'suspects', 'witnesses', 'deputies', 'ministry'."
    forms = (noun, noun[:-1], noun[:-2], noun[:-3] + "y" if noun.endswith("ies") else "")
    return any(form in PEOPLE_AND_BODIES for form in forms if form)


def _antecedent(relative):
    "The noun a relative pronoun stands for: 'the bill' of 'the bill, which he said ...'."
    clause = next((t for t in [relative.head, *relative.head.ancestors] if t.dep_ == "relcl"), None)
    return clause.head if clause is not None else None


def _document_of(cue):
    """The document a verb of saying speaks through, where the sentence says who issued it: "a statement saying",
    "a statement that said", "issued a statement on Friday saying"."""
    if cue.dep_ in ("acl", "relcl"):
        return cue.head if cue.head.lower_ in OWN_DOCUMENTS else None
    if cue.dep_ == "advcl" and cue.head.lower_ in ISSUING_VERBS:
        return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i and issuer(c) is not None), None)
    return None


def _name_read_as_adverb(verb):
    """'"...," Arkhoven told the Council': a capitalised word inside the sentence that the parse took for an
    adverb of the verb, right before it, where the verb has no subject: a name the model did not know."""
    if not verb.i or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    word = verb.doc[verb.i - 1]
    if word.head.i == verb.i and word.dep_ == "advmod" and word.pos_ in ("ADV", "PROPN") and word.text[:1].isupper() \
            and not word.text.isupper() and not word.is_sent_start and verb.doc[word.i - 1].text not in (":", ";"):
        return word
    return None


def _subject_before(cue) -> tuple[int, object] | None:
    """Where it begins, and its head, of the noun phrase set off right before a verb the parse gave no
    subject: '"...," the service's chief, Orhan Keskal, told reporters', '..., the country's Border Service
    said.' and '..., the press service of the Ministry said', where the parse hung the phrase on a word
    before it. Its head is its one word whose own head lies outside it."""
    if cue.i == 0 or any(c.dep_ in ("nsubjpass", "expl") for c in cue.children):
        return None
    doc = cue.doc
    first = cue.i - 1 if doc[cue.i - 1].text == "," else cue.i  # "Orhan Keskal, told"
    while first > 0 and cue.i - first < SUBJECT_BEFORE:
        before = doc[first - 1]
        if before.text in QUOTE_CLOSERS or before.text == "," and not _apposition(doc, first - 1, cue.i):
            break
        first -= 1
    else:
        return None  # the sentence's start, or too far: no phrase set off
    if (named := _set_off_by_apposition(doc, first, cue.i)) is not None:
        return name_start(named).idx, named
    if doc[first].pos_ == "CCONJ":
        first += 1  # "..., and Serelian Railways said": the clause's own subject, after its "and"
    commas = [t.i for t in doc[first:cue.i - 1] if t.text == ","]
    if commas and any(t.lower_ == "of" for t in doc[commas[-1]:cue.i]):
        first = commas[-1] + 1  # "... with Minister X, the press service of the Ministry said": the service alone
    phrase = [t for t in doc[first:cue.i] if not t.is_punct]
    if not phrase or any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.pos_ == "ADP" and t.lower_ != "of" for t in phrase):
        return None  # "..., the press service of the Ministry said" holds an "of", not another clause
    heads = [t for t in phrase if not first <= t.head.i < cue.i]
    return (phrase[0].idx, heads[0]) if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") else None


def _set_off_by_apposition(doc, first: int, cue: int):
    """'In an appeal to farmers, Joni Ernst, a candidate in the primary, announced that ...': where the parse hung
    the name on a word before it, the phrase set off between commas right before the verb is in apposition to a
    person's name, and that person is the subject."""
    if first < 2 or doc[first - 1].text != "," or doc[cue - 1].text != ",":
        return None
    name = doc[first - 2]
    # a name the model tagged as a person, or ran into a place before it ("Lorn, Ilse Varga") but a given name opens
    person = name.ent_type_ == "PERSON" or given_gender(name_start(name).lower_) is not None
    if name.pos_ != "PROPN" or not person or name.dep_ in SUBJECT_DEPS or name.dep_ == "pobj":
        return None  # "at a sitting in Havelstad, the Court's President, Judge X, said": a place, then who spoke
    phrase = doc[first:cue - 1]
    if any(t.ent_type_ == "PERSON" for t in phrase):
        return None
    return name if any(t.dep_ == "appos" and t.head.i == name.i for t in phrase) else None


def _apposition(doc, comma: int, cue: int) -> bool:
    "The comma before a name set off inside the phrase: 'the service's chief, Orhan Keskal, told'."
    return comma + 1 < cue and doc[comma + 1].pos_ == "PROPN" and any(doc[k].text == "," for k in range(comma + 2, cue))


def _phrase(token, cue, text: str) -> tuple[int, int]:
    """Character span of a noun phrase: the token's subtree without relative clauses
    ('Smith, who lives outside Minneapolis') or a dateline ('CLEVELAND (UPI) — ', 'BRUSSELS, Feb 27 (Reuters) - '),
    and cut before the cue when the cue hangs inside it."""
    doc = token.doc
    left, right = token.left_edge.i, token.i
    for c in token.rights:
        if c.dep_ in ("relcl", "acl") or c.i == cue.i or c.dep_ == "prep" and _only_when(c):
            break  # nor when it spoke: "The court on Thursday"
        right = c.right_edge.i
    right = _before_when(doc, token.i, right)
    if token is not cue and left <= cue.i <= right:
        right = cue.i - 1 if token.i < cue.i else right
        left = cue.i + 1 if token.i > cue.i else left
    dash = next((t.i for t in reversed(doc[left:token.i]) if t.text in ("—", "--")), None)
    if dash is not None:
        left = dash + 1
    while left < token.i and doc[left].is_punct:
        left += 1  # the quotation's closing mark, which the parse may hang on the name after it
    while left > 0 and not doc[left - 1].whitespace_ and (
            doc[left - 1].text in HYPHENS or doc[left - 1].is_alpha and doc[left].text in HYPHENS):
        left -= 1  # the word a hyphen joins it to, which the parse made another subject: "Wal-Mart", not "Mart"
    while left + 1 < token.i and doc[left].lower_ in LINKING_WORDS and doc[left + 1].text == ",":
        left += 2  # "As such, independent fact-checkers have disputed ...": the link to the sentence before
    end = doc[right].idx + len(doc[right])
    story = past_dateline(text, doc[left].idx, len(text))
    if doc[left].idx < story and end <= story < cue.idx:
        # the parse took the dateline for the subject: the words between it and the verb are the speaker
        return _trim(text, story, cue.idx)  # "LIBREVILLE, Aug 30 (Reuters) - Army officers in Gabon said"
    return _trim(text, past_dateline(text, doc[left].idx, end), end)  # the parse may take a dateline's place as subject


def _before_when(doc, head: int, right: int) -> int:
    """The phrase's head as its last word where all that follows it is a time, with the preposition or particle
    before that time: 'Trump over the weekend denied', where the parse hung "over" and "the weekend" on the name;
    not 'lawmakers elected in 2010' nor 'the class of 2020'."""
    end = right
    while end > head and doc[end].ent_type_ in ("DATE", "TIME"):
        end -= 1
    if head < end < right and doc[end].pos_ == "ADP" and doc[end].lower_ != "of":
        end -= 1
    return head if end == head < right else right


def _only_when(prep) -> bool:
    "A preposition whose words all say when: 'on Thursday', 'at 5 a.m.'."
    words = [t for t in prep.subtree if t is not prep]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return start, end


def _quote_before(cue, clause_start: int, quotes: Quotes) -> tuple[int, int] | None:
    "'“...,” he said': a quote that ends where the speaker's clause begins."
    i = bisect.bisect_right(quotes.starts, clause_start) - 1
    if i < 0:
        return None
    start, end = quotes.spans[i]
    text = quotes.text
    if end <= clause_start and QUOTE_THEN_CLAUSE.fullmatch(text, end, clause_start) and "\n" not in text[end:clause_start]:
        # 'Several of those detained were "known provocateurs", the ministry added': the sentence the quote ends
        sentence = cue.sent.start_char
        opener = cue.sent[0]
        if opener.tag_ == "VBG" and opener.head.i == cue.i and opener.dep_ == "advcl":
            return None  # 'Calling Mr. Trump a “sniveling coward,” Mr. Cruz told ...': what he did as he spoke
        lead = text[sentence:start]
        if sentence < start and len(lead.split()) >= 2 and not any(c in lead for c in ':"“”«»\n'):
            return sentence + len(lead) - len(lead.lstrip()), end
        return start, end
    return None


def _ends_sentence(text: str, span: tuple[int, int]) -> bool:
    "A quotation closed after its own full stop ('both sides.\"'), as a sentence of its own is."
    return text[span[0]:span[1]].rstrip("\"”»’' ")[-1:] in ".!?"


def _quote_after(cue, quotes: Quotes) -> tuple[int, int] | None:
    """'X said: “...”' or 'said in a statement, “...”': a quote right after the cue's clause, or opening the next
    paragraph; not one after the clause the cue reports ('said two convoys had crossed, “far too few”'), which goes
    on with that clause (``_quote_ending``)."""
    end = cue.idx + len(cue)
    if (quote := quotes.next(end)) is None:
        return None
    start, text = quote[0], quotes.text
    if any(c.dep_ == "ccomp" and end <= c.idx < start and _appended_fragment(
            text, max((t.idx + len(t) for t in c.subtree if t.idx < start and not t.is_punct), default=start), quote)
           for c in cue.children):
        return None  # the clause is what was said, and the quote goes on with it
    if start - end <= 90 and ("\n" not in text[end:start] and CLAUSE_THEN_QUOTE.fullmatch(text, end, start)
                              or LINE_THEN_QUOTE.fullmatch(text, end, start)):
        return quote
    return None


def _appended_fragment(text: str, end: int, quote: tuple[int, int]) -> bool:
    """Whether a quotation goes on with the clause that ends at ``end``: a comma alone between them, and it opens in
    lower case, as words that go on with a clause do (“far too few”, not “We have ...”)."""
    first = next((c for c in text[quote[0]:quote[1]] if c.isalpha()), "")
    return first.islower() and APPENDED_QUOTE.fullmatch(text, end, quote[0]) is not None


def _quote_ending(content: tuple[int, int], quotes: Quotes) -> tuple[int, int]:
    """A reported clause with the quoted fragment its sentence ends with after a comma: 'said two convoys had crossed
    the road, “far too few for the needs”.' is one statement; not a quoted sentence of its own ('“We have nothing to
    hide.”'), nor a quote that ends in a comma, as another's words do before their own speaker."""
    quote = quotes.next(content[1])
    if quote is None or not _appended_fragment(quotes.text, content[1], quote) or \
            quotes.text[quote[0]:quote[1]].rstrip("\"”»’' ")[-1:] == "," or \
            not SENTENCE_END.match(quotes.text, quote[1]):
        return content
    return content[0], quote[1]


def _answer_after(cue, quotes: Quotes) -> tuple[int, int] | None:
    """The quotation that opens the sentence after an answer that says nothing itself, in its paragraph: "Vell
    answered with a single sentence. “This is a first step.”", "Kordan replied. “...”"."""
    end = cue.idx + len(cue)
    quote = quotes.next(end)
    if quote is None or any(c.dep_ == "neg" for c in cue.children) or cue.tag_ not in ("VBD", "VBZ", "VBP") \
            or not ANSWER_THEN_QUOTE.fullmatch(quotes.text, end, quote[0]):
        return None  # an answer given: not "Vell did not respond.", "failed to respond", "has yet to respond"
    # a sentence of its own: not “We are waiting,” an aide said.
    return quote if _ends_sentence(quotes.text, quote) else None


def _complement(cue, quotes: Quotes) -> tuple[tuple[int, int] | None, object]:
    """The reported content: the clause, object or both ('urged Putin to take ...'),
    and the preposition that belongs to the cue ('called for'), if any."""
    text = quotes.text
    base = CUES[cue.lower_]
    if _attribution(cue):  # "X and Y agreed to the plan, Borrell said": what Borrell said is the clause before
        return _trim(text, cue.head.left_edge.idx, cue.doc[cue.left_edge.i - 1].idx), None
    kids = [c for c in _past_programmes(cue.children, quotes) if c.dep_ in CONTENT_DEPS and not _attribution(c)]
    clauses = [c for c in kids if c.dep_ in ("ccomp", "xcomp")]
    pushed_back = _pushed_back(cue)
    preps = PUSHED_BACK_ON if pushed_back else PREP_CUES.get(base, ())
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps
                 and not _when(c) and not _on_air(c)), None)
    if prep is not None and not (clauses and base in CLAUSE_ONLY):
        # "called on both sides to avoid ...": what they were called on to do, which the parse may hang on the verb
        then = [c for c in cue.children if c.dep_ == "advcl" and c.i > prep.i and base == "call"
                and any(t.tag_ == "TO" for t in c.children)]
        kids = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")] + clauses + then[:1]
        if pushed_back and kids:  # "pushed back on a report claiming the lobby | was dropping its opposition":
            # the rest of what the report claims, which the parse hung on the verb right after the noun
            end = max(k.right_edge.i for k in kids)
            kids += [c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == end + 1
                     and not any(k.dep_ == "mark" for k in c.children)]
        return _hull(cue.doc, kids, text), prep
    if base in CLAUSE_ONLY and not any(c.pos_ in ("VERB", "AUX") for c in clauses) and not (
            base in QUOTED_OBJECT and not any(c.dep_ == "auxpass" for c in cue.children)
            and any(c.dep_ == "dobj" and _quoted_right_after(cue, c, quotes) for c in kids)):
        kids = []  # a clause has a verb: "agreed to a plan", which the parse may hang as one, is none; but what one
        # promised in their words is said: 'promised “decisions by the end of the week”', not 'was promised “dirt”'
    if base in ADDRESSEE and any(c.dep_ == "ccomp" for c in kids):
        kids = clauses  # "told reporters that ...": the object is the audience
    elif base in ADDRESSEE and kids and all(c.dep_ == "dobj" and _someone(c) for c in kids):
        kids = []  # "told NBC News in an interview", whatever the parse made of the rest: an audience, no content
    if any(c.dep_ == "dobj" for c in kids):  # ... and what a count put it at: "estimated the crowd at 35,000"
        kids += [c for c in cue.children if c.dep_ == "prep" and (c.lower_ in ("of", "as", "for")
                                                                  or c.lower_ == "at" and base in MEASURING)]
        kids += _what_the_claim_says(kids)
    if not kids and cue.dep_ == "relcl":  # "a move Castan described as '...'": what the noun was called
        kids = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"]
    if not kids and cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        kids = [cue.head]  # "The industry, she said, is doing better": the clause around the cue
    if not kids and base in denial_cues():  # "rejected as groundless Armenia's claims of a blockade": what the
        # parse hung on its "as", past the word that calls it baseless
        claims = [p for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                  if p.dep_ == "pobj" and p.pos_ == "NOUN" and any(k.dep_ in ("poss", "prep") for k in p.children)
                  and (CLAIM_NOUN.fullmatch(p.lower_) or any(k.dep_ == "amod" and BASELESS.fullmatch(k.text)
                                                             for k in p.children))]  # not "as part of a campaign"
        if claims:
            start = next(t for t in claims[0].subtree if not (t.dep_ == "amod" and BASELESS.fullmatch(t.text)))
            return _trim(text, start.idx, claims[0].right_edge.idx + len(claims[0].right_edge)), None
    if not kids:
        kids = _that_clause(cue)
        if kids and kids[0].left_edge.i <= cue.i:  # the parse made the cue part of the clause it reports
            that = _that_after(cue)
            return _trim(text, cue.doc[that.i + 1].idx, kids[0].right_edge.idx + len(kids[0].right_edge)), None
    if not kids:
        kids = _clause_of_what_it_was_said_in(cue)
    if not kids:  # "Santorum said no": the answer, not the question put before it ("Asked whether ..., ")
        kids = [c for c in cue.children if c.dep_ == "intj" and c.lower_ in ("yes", "no") and c.i > cue.i]
    if not kids and (before := _closing_clause(cue)) is not None:
        return _trim(text, *before), None
    span = _hull(cue.doc, kids, text)
    if span is not None and all(k.head.i == cue.i for k in kids) and span[0] <= cue.idx < span[1]:
        span = _trim(text, cue.idx + len(cue), span[1])  # "..., which Baku said was needed": what follows the cue
    return (span if span is None or span[1] > span[0] else None), None


def _what_the_claim_says(kids) -> list:
    """The clause a claim noun names, where the parse hung it elsewhere: "rejected criticism from across the
    spectrum that he was creating a precedent"; not a relative clause ("criticism from the group that organised")."""
    claim = next((c for c in kids if c.dep_ == "dobj" and c.pos_ == "NOUN" and CLAIM_NOUN.fullmatch(c.lower_)
                  and not any(k.dep_ in ("acl", "ccomp", "relcl") for k in c.children)), None)
    that = _that_after(claim) if claim is not None else None
    # ... hung on the noun or on a preposition after it; not "denied the allegations so strongly that ..."
    return [that.head] if that is not None and that.head.i > that.i and (
        that.head.head.i == claim.i or that.head.head.dep_ == "prep") else []


def _past_programmes(tokens, quotes: Quotes) -> list:
    """The tokens, each in a quoted programme's name replaced by the clauses the parse hung on it: 'said on NBC’s
    “Meet the Press” on Sunday that ...' says where she spoke, and what follows "that" is what she said."""
    out = []
    for t in tokens:
        if quotes.names_a_programme(t.idx):
            out += [c for c in t.children if c.dep_ in ("ccomp", "xcomp") and not quotes.names_a_programme(c.idx)]
        else:
            out.append(t)
    return out


def _clause_of_what_it_was_said_in(cue) -> list:
    """'said in a statement it had agreed ...': the clause the parse hung on the statement as a relative one, where it
    has a subject of its own right after the noun (not 'in a statement it issued', whose object is the noun)."""
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in MADE_IN):
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i):
                subject = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
                ends = max([noun.i, *(c.right_edge.i for c in noun.children if c.dep_ == "prep" and c.i < clause.i)])
                if subject is not None and subject.left_edge.i == ends + 1 and clause.lower_ not in ISSUED and \
                        subject.tag_ not in ("WDT", "WP") and not any(k.dep_ == "dobj" for k in clause.children):
                    return [clause]
    return []


def _someone(token) -> bool:
    "A word that names who was told: a name, a pronoun, a title, or people ('reporters')."
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        token.lower_ in TITLE_NOUNS or token.lower_ in AUDIENCES


def _closing_clause(cue) -> tuple[int, int] | None:
    """The sentence before a relaying cue that closes it, with its subject after a comma, where the parse
    made the cue the root and hung nothing on it ("SZENTMAROT, Nov 9 (Compass) - A ransomware attack ...,
    the city's hospital network said."): from the sentence's start (past its dateline) to that comma."""
    if cue.dep_ != "ROOT" or CUES[cue.lower_] not in RELAY_CUES:
        return None
    subject = max((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), key=lambda c: c.i, default=None)
    if subject is None or any(t.is_punct and t.text != "." for t in cue.doc[cue.i + 1:cue.sent.end]):
        return None
    comma = subject.left_edge.i - 1
    if comma <= cue.sent.start or cue.doc[comma].text != ",":
        return None
    return cue.sent.start_char, cue.doc[comma].idx


def _attribution(verb) -> bool:
    """ "..., Borrell said" closing a sentence, which the parse hangs as a clause of the verb before
    it, or joins to it as a second verb with no "and" ("..., director general Zsofia Kertesz told a news
    conference"): a relaying cue after a comma, with its own subject after that verb."""
    if verb.dep_ not in ("ccomp", "conj") or verb.i < verb.head.i or verb.lower_ not in CUES \
            or CUES[verb.lower_] not in RELAY_CUES:
        return False
    if verb.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") for c in (*verb.head.children, *verb.children)
                                   if verb.head.i < c.i < verb.i or c.head is verb):
        return False  # "The plant closed, and the minister said ...": two clauses, the second one's own words
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    comma = verb.left_edge.text == "," or before is not None and before.text == ","  # the parse may hang it on the verb
    return subject is not None and subject.i > verb.head.i and comma


def _when(prep) -> bool:
    """ "On Thursday", "at noon": a time, not what was said ("spoke on Thursday about the crossing");
    "called for a week of mourning" is what was said."""
    objects = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
    return prep.lower_ in ("on", "at", "in", "during") and bool(objects) and \
        all(t.ent_type_ in ("DATE", "TIME") or t.is_punct for t in objects)


def _on_air(prep) -> bool:
    """ "Speaking on ABC News", "spoke on television", "on CNN's State of the Union": where someone spoke, not what
    about ("spoke on the crossing", "commented on NBC's decision", "spoke on Fox hunting")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ != "on" or len(objects) != 1:
        return False
    head = objects[0]
    return head.lower_ in ON_AIR or head.pos_ == "PROPN" and ON_AIR_NAME.search(
        prep.doc.text, head.left_edge.idx, head.idx + len(head)) is not None


def _same_speaker(a, b) -> bool:
    return a is b or (a is not None and b is not None and a.lower_ == b.lower_)


def _cut_at_next_cue(cue, content: tuple[int, int], text: str, speaker) -> tuple[int, int]:
    "'said X and predicted Y', 'told X, adding Y': the second cue starts a statement of its own."
    doc = cue.doc
    span = doc.char_span(*content, alignment_mode="expand")
    for t in span[1:] if span is not None else ():
        if (t.dep_ in ("conj", "advcl") and t.lower_ in CUES and t.tag_.startswith("VB") and t.i > cue.i
                and (_same_speaker(_subject(t), speaker) or _comma_participle(t))):
            begin = t.left_edge if t.left_edge.i > span.start else t
            while begin.i - 1 > span.start and (doc[begin.i - 1].is_punct or doc[begin.i - 1].dep_ == "cc"):
                begin = doc[begin.i - 1]  # and its "and" or comma, wherever the parse hangs them
            cut = _trim(text, content[0], begin.idx)
            return cut if cut[1] > cut[0] else content
    return content


def _comma_participle(t) -> bool:
    """ "rejected accusations it orchestrated the blockade, insisting ...": a participle after a comma
    goes with the sentence's subject, wherever the parse hangs it."""
    return t.tag_ == "VBG" and t.dep_ == "advcl" and t.i > 0 and t.doc[t.i - 1].text == ","


def _with_closing_quote(content: tuple[int, int], quotes: Quotes) -> tuple[int, int]:
    """Take in the rest of a quote the content opened and ends in: its closing mark (and the '.' or ',' before
    it), or the words the parse hung elsewhere ('was "a small step, but the first one ..."', whose "but"
    clause it took for a second one of the verb's)."""
    holder = quotes.at(content[1] - 1)
    if holder is not None and holder[0] >= content[0] and 0 < holder[1] - content[1] <= QUOTE_RUN:
        return content[0], holder[1]
    return content


def _hull(doc, tokens, text: str) -> tuple[int, int] | None:
    "Character span from the leftmost to the rightmost subtree of the tokens, edges trimmed."
    if not tokens:
        return None
    left = min(t.left_edge.i for t in tokens)
    right = max(t.right_edge.i for t in tokens)
    start, end = _trim(text, doc[left].idx, doc[right].idx + len(doc[right]))
    return (start, end) if end > start else None


THAT_REACH = 10  # tokens after a cue where the 'that' of its clause may stand


def _quoted_right_after(cue, obj, quotes: Quotes) -> bool:
    """Whether an object is a quotation that opens right after its verb and ends its clause: 'pledged “a full
    inquiry”.'; not 'vowed “a full inquiry” into the fire', whose words go on."""
    quote = quotes.at(obj.left_edge.idx)
    return quote is not None and not quotes.text[cue.idx + len(cue):quote[0]].strip() and \
        obj.right_edge.idx < quote[1] and CLAUSE_ENDS.match(quotes.text, quote[1]) is not None


def _that_clause(cue) -> list:
    """When the parse hangs the clause elsewhere ('said after a vote that he had ...'), the next 'that' clause;
    also where it took 'that' for a relative pronoun of the noun before ('said in a briefing that the two
    quakes ... had ruptured'), unless a verb follows it, as one does a relative pronoun ('a briefing that was')."""
    that = _that_after(cue)
    return [that.head] if that is not None and that.head.i > that.i else []


def _that_after(cue):
    """The 'that' opening the clause after a cue (``_that_clause``), past a source set off with "citing" ("reported,
    citing sources in the military, that ..."), or None."""
    sent_end, i, seen = cue.sent.end, cue.i + 1, 0
    while i < sent_end and seen < THAT_REACH:
        t = cue.doc[i]
        after = cue.doc[t.i + 1] if t.i + 1 < sent_end else None
        if t.lower_ == "that" and (t.dep_ == "mark" or t.tag_ == "WDT" and after is not None
                                   and not after.tag_.startswith(("VB", "MD"))):
            return t
        if t.lower_ == "citing" and cue.doc[i - 1].text == ",":
            i = t.right_edge.i + 1  # the source cited, set off by commas
            continue
        if (t.tag_.startswith("VB") or t.lower_ in CUES) and not _in_what_it_was_said_in(t, cue):
            return None
        i, seen = i + 1, seen + 1
    return None


def _in_what_it_was_said_in(token, cue) -> bool:
    "A word of what the cue was said in ('in televised remarks that ...'): no verb of its own, nor a cue."
    while token.dep_ in ("amod", "compound", "pobj", "det") and token.head.i != cue.i:
        token = token.head
        if token.dep_ == "prep":
            return token.head.i == cue.i and token.lower_ == "in"
    return False


def _kind(content: tuple[int, int], quotes: Quotes) -> str:
    holder = quotes.at(content[0])
    if holder is not None:
        return "direct" if holder[1] >= content[1] else "mixed"
    return "mixed" if quotes.at(content[1] - 1) or quotes.within(*content) else "indirect"


def _speaker_fields(subject, speaker: tuple[int, int] | None, cue, names: Names,
                    content: tuple[int, int] | None = None, document=None) -> dict:
    """speaker, speaker_name and channel ('said in a statement', 'his office said'). A person named in
    the ``content`` is not who 'he' is: '"Kurti wanted this," he said' is not Kurti speaking. ``document``:
    the one the cue speaks through (``_document_of``)."""
    channel = next((p[0].lower_ for p in _preps(cue) if p[0].lower_ in CHANNEL_NOUNS and p[1].lower_ in CHANNEL_PREPS),
                   None)  # "said in a statement", not "called for the release"
    if subject is None or speaker is None:
        return {"channel": channel}
    head = subject
    if head.lower_ in RELATIVES and cue.dep_ == "relcl":
        head = who_stands_for(subject, cue.head)  # "Smith, who said ...": name Smith
    if channel is None and document is not None and head.i != document.i:
        channel = document.lower_  # "issued a statement saying ...": its issuer, through the statement
    owned = any(c.dep_ == "poss" for c in head.children)
    if channel is None and head.lower_ in INTERMEDIARIES and owned:
        channel = head.lower_
    named = speaker if head is subject else (head.left_edge.idx, head.idx + len(head))
    if head is subject and not speaker[0] <= head.idx < speaker[1]:
        # the parse took a dateline for the subject ("KANSAS CITY, Mo. — Leaders of ... accused"): the phrase's head
        head = next((t for t in head.doc if speaker[0] <= t.idx < speaker[1]
                     and not speaker[0] <= t.head.idx < speaker[1]), head)
    who = names.name(*named, head, content)
    if channel is None and head.lower_ in OWN_DOCUMENTS and owned and \
            not (who.name or "").lower().endswith(head.lower_):
        channel = head.lower_  # "Braley's apology noted": Braley, through his apology; not "her son's letter"
    names.spoke(speaker[1], who, content, named=head.pos_ == "PROPN" and not head.ent_type_)
    return {"speaker": Span(*speaker), "channel": channel, **_who_fields(who)}


def _who_fields(who: Who) -> dict:
    return {"speaker_name": who.name, "speaker_kind": who.kind}


def _preps(verb):
    "(pobj, prep) pairs of the verb's prepositional children: 'in a statement'."
    return [(p, c) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


SPLIT_SIDE = 2  # words after an "according to" set inside its clause, for both sides to be what it tells


def _according(token, quotes: Quotes, names: Names) -> Statement | None:
    "'..., according to X': X said the rest of the sentence."
    if quotes.at(token.idx):
        return None
    to = token.doc[token.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    text = quotes.text
    phrase = _trim(text, token.idx, obj.right_edge.idx + len(obj.right_edge))
    speaker, head, channel = _source_and_channel(obj, text)
    if (named := _set_off_person(obj)) is not None:  # "according to the hospital's head of surgery, Dr. Lea Kostin."
        phrase, speaker, head = (phrase[0], named.end_char), (speaker[0], named.end_char), named.root
    clause = token.head  # what it tells: its clause where that is a relative one ("..., in which, according to
    # entrance polls, Trump won 44 percent") or one under the sentence's ("..., since, according to the tweet, he
    # would have known ..."), else its sentence
    own = clause.dep_ == "relcl" or clause.dep_ in ("advcl", "ccomp", "conj") and clause.pos_ in ("VERB", "AUX") and \
        any(t.idx >= phrase[1] and not t.is_punct for t in clause.subtree)  # the clause goes on after it; at its
    # end it tells the whole sentence ("... stood at 200,000 and has since grown to 2.3 million, according to X")
    start, end = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)) if own \
        else (token.sent.start_char, token.sent.end_char)
    before, after = _trim(text, start, phrase[0]), _trim(text, phrase[1], end)
    subject = any(before[0] <= t.idx < before[1] and (t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON"
                                                      and t.lower_ not in RELATIVES) for t in token.sent)
    if subject and len(text[after[0]:after[1]].split()) >= SPLIT_SIDE:
        content = (before[0], after[1])  # "the port, according to the board, will reopen next week": both sides;
        # not "in which, according to entrance polls, ...", which opens no clause of its own
    elif phrase[0] - start > end - phrase[1]:
        content = before
    else:
        content = after
    if content[1] <= content[0]:
        return None
    content = _with_closing_quote(content, quotes)
    who = names.name(*speaker, head)
    # "..., according to Ayten Ozbilgin. “...,” she said": who spoke last, for the pronoun after; what it said is its
    # own only after it ("According to X, ..."): before it may stand who said it ("Y said ..., according to Tanjug");
    # and only a person's: the people a paper's report is about ("According to the Times, Mary Cheney took to
    # Facebook") are the article's subjects, whom "she wrote" after it stands for
    names.spoke(speaker[1], who, content if content[0] >= speaker[1] and who.kind == "person" else None)
    return Statement(content=Span(*content), cue=Span(token.idx, to.idx + len(to)), kind=_kind(content, quotes),
                     cue_word="according to", speaker=Span(*speaker), channel=channel, **_who_fields(who))


def _set_off_person(obj):
    """The person named after a comma that closes the clause, right after the title ``obj`` gives them ("the
    hospital's head of surgery, Dr. Lea Kostin."), which the parse may hang elsewhere: the one who said it."""
    doc, after = obj.doc, obj.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or obj.lower_ not in TITLE_NOUNS | INTERMEDIARIES:
        return None  # "According to the Times, Mary Cheney, who ...": what the Times says of her
    person = next((e for e in doc.ents if e.label_ == "PERSON" and after + 1 <= e.start <= after + 2), None)
    if person is None or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in doc[after + 1:person.start]):
        return None
    # ... that ends the sentence ("..., Dr. Lea Kostin." or "..., Tom Reyes, who ..."): "According to police, John
    # Smith, 34, was arrested" is about Smith
    ends = person.end == len(doc) or doc[person.end].text in (".", "!", "?", ";") or \
        doc[person.end].text == "," and person.end + 1 < len(doc) and doc[person.end + 1].lower_ in ("who", "whose")
    return person if ends else None


def _colon(colon, quotes: Quotes, names: Names) -> Statement | None:
    """'Graham: Trump's Rhetoric Destroying GOP' (a headline) or 'pollster Daron Shaw: “...”':
    a short name before a colon that opens a line or a quote."""
    doc, text = colon.doc, quotes.text
    line_start = text.rfind("\n", 0, colon.idx) + 1
    first_line = line_start == 0
    after = text[colon.idx + 1:].lstrip(" ")
    opens_quote = after[:1] in "“\"‘«"
    bullet, mid_line = "", False
    if opens_quote:  # a quotation's speaker: from where the sentence starts mid-line ("... our reporter says.
        # Mayor Reka Somlyai: “...”"), past a bullet or emoji that opens a post's line ("🗣 Moraru: “...”")
        # ... or where the parse ran two sentences into one
        stops = [m.end() for m in STOP.finditer(text, line_start, colon.idx)]
        sentence_start = max(line_start, colon.sent.start_char, *stops)
        mid_line = sentence_start > line_start and bool(stops) and stops[0] <= sentence_start
        bullet = (STAMPED.match(text, sentence_start) or BULLET.match(text, sentence_start)).group()
        line_start = sentence_start + len(bullet)
    elif (stamp := STAMPED.match(text, line_start)) is not None:  # "**12:30** — Minister X at the crossing: ..."
        bullet, line_start, first_line = stamp.group(), line_start + len(stamp.group()), False  # an entry, no headline
    before = text[line_start:colon.idx]
    if quotes.at(colon.idx) or not before.strip():
        return None
    heads = before.split()
    label = heads[0].lower().replace("’", "'").rstrip("s")
    if label in HEADLINE_LABELS and (len(heads) == 1 or len(heads) == 2 and heads[1][:1].islower()):
        return None  # "UPDATE: AARP CEO Barry Rand said ...", "Editor's note:": the page's furniture, no one's words;
        # but "Credit Suisse:" names a bank
    words = doc[max(0, colon.i - len(heads) - 2):colon.i]
    words = [t for t in words if t.idx >= line_start]
    named = any(t.ent_type_ in ("PERSON", "ORG", "NORP") or (t.is_upper and len(t) > 2) for t in words)
    # a headline's "Lynch: ..." or "Poll: ...": the small model rarely tags a lone surname in a headline;
    # only on the first line, where a body's topic lines ("Hurricane Ian: ...") do not stand
    # ... and on a post's line opened by a bullet or emoji, before a quotation ("🗣 Moraru: “...”")
    quoted = quotes.at(colon.idx + 1 + len(text[colon.idx + 1:]) - len(after)) if opens_quote else None
    # ... and on a sentence that opens after another one on its line ("... our reporter says. Mayor Reka Somlyai:")
    # ... where they spoke after the name ("🗣 Inês Varejão at the campaign HQ: “...”") is no part of it
    # ... nor whom they told ("🗣 Mărgăritescu to reporters at the airport: “...”")
    named_part = (SPOKE_TO.split(before, 1)[0] if quoted and (bullet.strip() or mid_line) else before).split()
    name_end = line_start + list(re.finditer(r"\S+", before))[len(named_part) - 1].end() if named_part else colon.idx
    part = [t for t in words if t.idx < name_end]
    if len(named_part) < len(heads) and not (all(t.pos_ == "PROPN" for t in part) and (
            len(part) > 1 or part and part[0].ent_type_ == "PERSON")):
        named_part = heads  # "🗣 Reaction from Moscow:": one word the model tags as no person is no name
    named = named or ((first_line or bool((bullet.strip() or mid_line) and quoted)) and len(named_part) <= 4
                      and all(w[:1].isupper() for w in named_part) and label not in HEADLINE_LABELS
                      and " ".join(heads).lower() != "the latest")
    # ... or a title and a name the model left untagged, on a stamped or bulleted line before a quotation:
    # "11:45 — Minister of the Sea Unai Etxeberria: “...”"
    untagged = bool(quoted and bullet.strip()) and not named and _title_then_name(words)
    named = named or untagged
    head = doc[colon.i - 1]
    if len(heads) <= 6 and before[:1].isupper() and named and len(after.split()) >= 3 and not any(
            t.tag_.startswith("VB") for t in words):
        lead = _set_off_label(words, line_start, before) if quoted or bullet.strip() else None  # "Minister X, in Kalivari:"
        if lead is None and len(named_part) < len(heads):  # "Inês Varejão at the campaign HQ:"
            lead = (text[line_start:name_end], next((t for t in reversed(words) if t.idx < name_end), head))
        speaker = _trim(text, line_start, line_start + len(lead[0]) if lead else colon.idx)
        head = lead[1] if lead else head
        if untagged and lead is None:  # the name after the title, its last two words ("Unai Etxeberria"): a title's
            name = words[-2:]  # own proper nouns may stand before them ("Foreign Minister of Chad Abderaman Koulamallah")
            speaker = (name[0].idx, name[-1].idx + len(name[-1]))
    elif opens_quote and colon.i > 0 and head.ent_type_ == "PERSON":
        speaker = _phrase(head, colon, text)
    elif quoted and (owner := _answer_of(colon)) is not None:
        speaker, head = (owner.idx, owner.idx + len(owner)), owner  # "His response: “...”"
    elif quoted and _within_speech(colon):
        return None  # "Boehner said that Obama could help: “...”": the quotation goes on with what Boehner said
    elif quoted and (head := _colon_subject(colon)) is not None:
        speaker = (head.idx, head.idx + len(head)) if head.dep_ == "poss" else _phrase(head, colon, text)
    elif (quoted or bullet.strip()) and (lead := _set_off_label(words, line_start, before)) is not None:
        speaker, head = _trim(text, line_start, line_start + len(lead[0])), lead[1]
    else:
        return None
    line_end = text.find("\n", colon.idx)
    content = quoted or _trim(text, colon.idx + 1, line_end if line_end >= 0 else len(text))
    if content[1] <= content[0]:
        return None
    who = names.name(*speaker, head)
    if untagged and who.kind is None:
        who = Who(who.name, "person")  # named after a title
    names.spoke(speaker[1], who, content)  # "Minister X: “...” He says ...": 'he' after it is who spoke
    return Statement(content=Span(*content), cue=Span(colon.idx, colon.idx + 1), kind=_kind(content, quotes),
                     cue_word=":", speaker=Span(*speaker), **_who_fields(who))


def _set_off_label(words, line_start: int, before: str) -> tuple[str, object] | None:
    """'Deputy Foreign Minister Eleftheria Mavrogeni, leaving Lindenhof: “...”', 'Stamatis Galanos of the farmers'
    union, outside the palace: “...”': a person's name and title, then where or how they spoke set off by a comma,
    before a quotation; the words before the comma, where a person is named in them and no clause's own verb
    follows ("Tsirigotis, who was in Kalivari, was blunt:" is read by its subject). Without a comma, where they
    spoke opens with a preposition after the name: "Prime Minister Nikol Pashinyan in parliament: “...”",
    "spokesman Radu Stirbei on state radio: “...”"."""
    lead = before.split(",", 1)[0]
    where = lead == before  # no comma: where they spoke after a preposition, the lead a title and a name alone
    if where:
        lead = next((before[:m.start()] for m in SPOKE_WHERE.finditer(before)
                     if _title_and_name([t for t in words if t.idx < line_start + m.start()])), before)
    if lead == before or not lead[:1].isupper() or len(lead.split()) > 10:
        return None
    inside = [t for t in words if t.idx < line_start + len(lead)]
    rest = [t for t in words if t.idx > line_start + len(lead)]
    if not _names_someone(inside) or any(t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX") or t.lower_ in CUES and t.tag_ == "VBG"
                        and CUES[t.lower_] in SPEAKING for t in rest):
        return None  # "..., speaking in Lagos:": the verb of speaking has its own statement, of the same speaker
    if where:
        return lead.rstrip(), inside[-1]  # the name ends the lead: "Minister of Foreign Affairs Jeyhun Bayramov"
    name = next((i for i, t in enumerate(inside) if t.pos_ in ("ADP", "PUNCT")), len(inside))
    return lead.rstrip(), inside[max(name - 1, 0)]  # the name's last word, not its body's: "Galanos of the union"


def _title_and_name(inside) -> bool:
    """Words that are a title and a name, ending with the name: "Prime Minister Nikol Pashinyan", "Minister of
    Foreign Affairs Jeyhun Bayramov"; not people named after someone else ("Protesters outside the office of Mayor
    John Smith", "Relatives of detainee Artur Hakobyan"), whose words hold a preposition other than a title's "of"."""
    if not inside or inside[-1].ent_type_ != "PERSON" and inside[-1].pos_ != "PROPN" or not _names_someone(inside):
        return False
    return not any(t.pos_ == "ADP" and not (t.lower_ == "of" and k and inside[k - 1].lower_ in TITLE_NOUNS)
                   for k, t in enumerate(inside))


def _title_then_name(words) -> bool:
    """A title's word first and two proper nouns the model took for no place last, with no verb: "Minister of the
    Sea Unai Etxeberria", "Coast guard spokeswoman Itziar Zubeldia"."""
    return len(words) >= 3 and any(t.lower_ in TITLE_NOUNS for t in words[:-2]) and \
        all(t.pos_ == "PROPN" and t.ent_type_ not in PLACE_TYPES for t in words[-2:]) and \
        not any(t.pos_ in ("VERB", "AUX") for t in words)


def _names_someone(inside) -> bool:
    """Whether the tokens name a person: one the model tagged, or two proper nouns it took for no place ("Stamatis
    Galanos of the union", the name the model left untagged; not a dateline's place: "New York, Mayor Eric Adams:")."""
    return any(t.ent_type_ == "PERSON" for t in inside) or len(inside) > 1 and all(
        t.pos_ == "PROPN" and t.ent_type_ not in PLACE_TYPES for t in inside[:2])


def _answer_of(colon):
    """'His response: “...”', "Trump's reply: “...”": whose answer a two-word sentence before a colon labels."""
    words = [t for t in colon.sent if t.i < colon.i and not t.is_punct and t.dep_ != "case"]
    if len(words) != 2 or words[1].lower_ not in ANSWERS or words[0].dep_ != "poss" or words[0].head.i != words[1].i:
        return None
    return words[0]


def _within_speech(colon) -> bool:
    """A colon inside the clause a verb of saying before it governs ("Boehner said that Obama could help: “...”"):
    what follows is that verb's speaker's; but not after how someone spoke ("Officials said Petrov was blunt:",
    "... put it simply:", "... struck a defiant tone:"), nor in a clause of its own ("Marek said he was tired, but
    his wife had a different view:")."""
    subject = _clause_subject(colon)
    verb = subject.head if subject is not None else colon.head
    manner = any(c.dep_ == "acomp" or c.dep_ == "dobj" and c.lower_ in SPEECH_OBJECTS for c in verb.children) or \
        verb.lower_ in ("put", "puts") and any(c.lower_ == "it" for c in verb.children)
    while not manner and verb.dep_ in ("ccomp", "xcomp") and verb.head.i < colon.i:
        verb = verb.head
        if verb.lower_ in CUES and not _phrasal_deed(verb):
            return True
    return False


def _clause_subject(colon):
    "The subject of the last clause before a colon: '... that I had to change my answer:' gives 'I'."
    # the clause's own verb: the parse often hangs it under the quotation's ("put" a ccomp of "follow")
    return next((t for t in reversed([t for t in colon.sent if t.i < colon.i])
                 if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < colon.i and t.head.pos_ in ("VERB", "AUX")), None)


def _colon_subject(colon):
    """'Halcyon's Odell put it simply: "..."', 'Her answer was blunt: "..."': the person the clause before a
    colon is about, when a quotation follows: its subject, if a person or a pronoun, else the person or pronoun
    that owns it ("Her answer", "Odell's reply")."""
    subject = _clause_subject(colon)
    if subject is None or subject.head.lower_ in CUES and not _phrasal_deed(subject.head):
        return None  # "Scott added: ...": the verb's own statement ("put it simply" is none)
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or subject.pos_ == "PROPN":
        return subject  # a proper noun the small model may take for a body: "Commission chair Anselm Grudek"
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if named is not None:  # "The paper's editor, Trude Eggen, is at the border: “...”"
        return named
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and (owner.ent_type_ == "PERSON" or owner.lower_ in PERSONAL_POSSESSIVES):
        return owner
    return None


# the issuing verbs whose agent is a document's author ("issued by", "posted by", "signed by"), not its carrier
# ("delivered by a courier", "given to Reuters by a whistleblower")
AUTHORING = (ISSUING_VERBS | {"signed"}) - {"delivered", "given"}


def _source_and_channel(obj, text: str):
    """Split 'a statement by the Foreign Ministry' and 'a statement issued (released, posted ...) by the Foreign
    Ministry' (source: the ministry, channel: statement) and 'a statement cited by Interfax' or 'posted by Reuters'
    (source: the statement, channel: Interfax, Reuters)."""
    span = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge))
    if obj.lower_ not in CHANNEL_NOUNS:
        return _trim(text, *span), obj, None
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            by = next((p for p in c.children if p.dep_ == "pobj"), None)
            if by is not None:
                return _phrase(by, obj, text), by, obj.lower_
        if c.dep_ == "acl":
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            relay = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent is not None else None
            if relay is not None and c.lower_ in AUTHORING and not _a_relay(relay):
                # who issued, posted or filed it speaks through it; an agency or an outlet relays it
                return _phrase(relay, obj, text), relay, obj.lower_
            if relay is not None:
                return _trim(text, span[0], c.idx), obj, _relay_name(relay)
    return _trim(text, *span), obj, None


def _a_relay(agent) -> bool:
    """A news agency or outlet, by its whole phrase or the names in it: 'Reuters', 'Russia's Interfax news agency',
    'the Valdor Times', 'a local newspaper'; not 'the International Atomic Energy Agency' nor 'Deutsche Post'."""
    phrase = agent.doc[agent.left_edge.i:agent.i + 1].text
    return any(news_source(x) for x in (phrase, _relay_name(agent))) \
        or a_newspaper(phrase, "") or agent.lower_ in ("newspaper", "outlet") \
        or agent.lower_ == "agency" and any(c.lower_ == "news" for c in agent.children)


def _relay_name(relay) -> str:
    "'Russia's Interfax news agency' -> 'Interfax': the proper name inside, else the phrase."
    names = [t for t in relay.subtree if t.pos_ == "PROPN" and t.dep_ != "poss"]
    if names:
        return " ".join(t.text for t in names)
    return relay.doc[relay.left_edge.i:relay.i + 1].text


def _continuations(doc, found: list[Statement], quotes: Quotes) -> list[Statement]:
    """'“A,” said X. “B.”', '“A,” X said, “B.”' and '“A,” said X, who lost her son. “B.”': the quote that goes
    on right after the attribution's sentence is X's too."""
    used = {(s.content.start, s.content.end) for s in found}
    more = []
    for s in found:
        if s.kind != "direct" or s.cue is None or s.content.end > s.cue.start:
            continue
        after = max(s.cue.end, s.speaker.end if s.speaker else 0)
        quote = quotes.next(after)
        if quote is not None and quote not in used and GOES_ON.fullmatch(quotes.text, after, quote[0]):
            more.append(Statement(content=Span(*quote), cue=s.cue, kind="direct", cue_word=s.cue_word,
                                  speaker=s.speaker, speaker_name=s.speaker_name, channel=s.channel,
                                  speaker_kind=s.speaker_kind))
    return more


def _quotes_after_speaking(doc, found: list[Statement], quotes: Quotes, names: Names) -> list[Statement]:
    """A quotation of whole sentences that no cue claims, right after a sentence in its paragraph that has
    someone speak: '..., he says. “Nobody was abandoned. ...”' goes on with what he says, and 'Foreign Minister
    Ilona Marek spoke to reporters in the evening. “Hundreds of our people ...”' is what she told them."""
    used = [(s.content.start, s.content.end) for s in found]
    text, more = quotes.text, []
    for start, end in quotes.spans:
        if any(a <= start and end <= b for a, b in used) or len(text[start:end].split()) <= SCARE_MAX_WORDS or \
                not SENTENCE_BEFORE_QUOTE.fullmatch(text[max(0, start - 3):start]):
            continue
        token = doc.char_span(start, end, alignment_mode="expand")
        before = doc[token.start - 1].sent if token is not None and token.start else None
        if before is None or before.end > token.start or not QUOTE_ENDS_SENTENCE.match(text, end):
            continue  # "“Ask not ...” was the line many remembered": the quotation is a subject, no one's words
        # the speaker of words that close on their attribution ("..., he says."), not of what someone reported
        # ("Reuters reported that ...", "Police said X had been arrested"), nor a body's
        said = max((s for s in found if s.speaker is not None and s.cue is not None and s.content.end <= s.cue.start
                    and s.speaker_kind != "body"
                    and before.start_char <= s.cue.start < before.end_char), key=lambda s: s.cue.start, default=None)
        if said is not None:
            more.append(dataclasses.replace(said, content=Span(start, end), kind="direct"))
            continue
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        others = [t for t in before if t.ent_type_ == "PERSON" and subject is not None and t not in subject.subtree]
        if before.root.lower_ in SPEAKING_EVENTS and subject is not None and subject.ent_type_ == "PERSON" and \
                not others:
            # ... and not where the one spoken to is named: "Governor Brandt spoke to a farmer, Jan Holub"
            span = _phrase(subject, before.root, text)
            more.append(Statement(content=Span(start, end), cue=None, kind="direct", speaker=Span(*span),
                                  **_who_fields(names.name(*span, subject))))
    return more


def _relayed(found: list[Statement]) -> list[Statement]:
    "A statement whose cue sits inside another's content reached us through that speaker."
    out = []
    for s in found:
        outer = next((o for o in found if o is not s and o.cue_word in RELAY_CUES and s.cue is not None
                      and o.content.start <= s.cue.start < o.content.end and o.speaker_name), None)
        if outer is not None and s.channel is None:
            s = dataclasses.replace(s, channel=outer.speaker_name)
        out.append(s)
    return out


def _unclaimed_quotes(doc, found: list[Statement], quotes: Quotes, names: Names) -> list[Statement]:
    "Quotes no cue claimed: short ones are scare quotes, long ones direct speech of unknown cue."
    claimed = [(s.content.start, s.content.end) for s in found]
    out = []
    for start, end in quotes.spans:
        if any(a <= start and end <= b for a, b in claimed) or quotes.names_a_programme(start):
            continue
        if len(quotes.text[start:end].split()) > SCARE_MAX_WORDS:
            out.append(Statement(content=Span(start, end), cue=None, kind="direct"))
            continue
        subject = _attributee(doc, start, end)
        fields = {}
        if subject is not None:
            span = _phrase(subject, subject, quotes.text)
            fields = {"speaker": Span(*span), **_who_fields(names.name(*span, subject))}
        out.append(Statement(content=Span(start, end), cue=None, kind="scare", **fields))
    return out


def _attributee(doc, start: int, end: int):
    "The nearest subject up the tree from a quoted term that names someone, outside the quote."
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    v = span.root
    for _ in range(12):
        # the subject nearest its verb: a wire dateline the parse took for a second one ("LINDVARD, Oct 22 (Beacon)
        # – The court ordered ... “without delay”") is no one's
        subj = min((c for c in v.children if c.dep_ == "nsubj" and not start <= c.idx < end),
                   key=lambda c: abs(c.i - v.i), default=None)
        if subj is not None and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ == "PRON"
                                 and subj.lower_ not in RELATIVES):
            return subj
        if v.head is v:
            return None
        v = v.head
    return None


INITIALS = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ]{2,}\b")  # a body's initials: МИД, MSP, UN
STEMMED_NOUN = 7  # letters of a body's noun from which its case forms are told by all but its last two
ARTICLE = re.compile(r"^(?:(?:il|lo|la|le|les|el|los|las|der|die|das|the)\s+|[lL]['’])", re.I)


@stage("statements.v1", requires=["sentences", "mentions"], assigns=["statements"])
def statements(article: Article, ctx: Context) -> Article:
    found = _read(article, ctx)
    if not article.english:
        found = companies_named_before(bodies_named_in_full(bodies_named_before(found), article.body),
                                       article.body, article.language)
    found = in_transcript(article.body, found, article.mentions, article.language)
    found = labelled_quotes(article.body, found, article.language)
    return article.replace(statements=tuple(reported_denials(article, found)))


def bodies_named_before(found: list[Statement]) -> list[Statement]:
    """A body a later sentence names by its common noun alone ("В министерстве подчеркнули", "Prema navodima
    ministarstva", "Министерството соопшти", "Il ministero ha aggiunto") is the body that spoke before under a name
    that holds that noun ("Министерство иностранных дел Керестии"), by the noun without its last two letters (at
    least five: "организаторов" is no "организация"); a word for any department ("в ведомстве") is the last body
    that spoke under a body's word or initials ("МИД Керестии", not "Москва"). As English reads "the ministry
    said" (``speakers``); a noun no body before it fits stays as it is."""
    out: list[Statement] = []
    for s in found:
        noun = _common_body(s.speaker_name or "")
        if s.speaker_kind == "body" and noun and len(noun) >= STEMMED_NOUN:
            anyone = noun.startswith(tuple(words("department-stems")))
            named = next((t.speaker_name for t in reversed(out) if t.speaker_kind == "body" and t.speaker_name
                          and not _common_body(t.speaker_name) and (
                              any(_a_form_of(w, noun) for w in t.speaker_name.lower().split()) or anyone and (
                                  INITIALS.search(t.speaker_name) or _holds_a_body_word(t.speaker_name)))), None)
            if named is not None:
                s = dataclasses.replace(s, speaker_name=named)
        out.append(s)
    return out


def bodies_named_in_full(found: list[Statement], body: str) -> list[Statement]:
    """A body named by its common noun alone ("La Corte ha respinto", "Суд відхилив", "La Cour a rejeté") that no
    body which spoke before fits is the last body the text named before in full, by a name the gazetteer knows
    that holds the noun ("La Corte internazionale di giustizia ha ordinato ..."): languages read without an
    entity model name it no other way, and short nouns ("суд", "corte") are too short to stem."""
    out: list[Statement] = []
    for s in found:
        noun = DEMONSTRATIVE_AFTER.sub("", ARTICLE.sub("", s.speaker_name or "")).lower()
        if s.speaker_kind == "body" and noun and " " not in noun and s.speaker is not None:
            named = sorted((_Run(m.start(), m.end(), m.group()) for pattern in _gazetteer_bodies()
                            for m in pattern.finditer(body, 0, s.speaker.start)
                            if any(_holds_noun(n, noun) for n in _names_of_body(m.group(), noun))),
                           key=lambda r: r.start)
            common = noun != (s.speaker_name or "").lower() or (s.speaker_name or "")[:1].islower()
            if not named and common and len(noun) >= RUN_NOUN:
                # a body the gazetteer does not know, named before by a run of capitalised words its noun opens:
                # "Kementerian Pertahanan Armenia memberikan versi berbeda. Kementerian itu mengatakan ..."
                named = [run for m in _capitalised_run(noun).finditer(body, 0, s.speaker.start)
                         if (run := _capitalised_part(m)) is not None]
            # ... unless the noun named another body since: "Рада Безпеки ООН ... Верховна Рада ухвалила ... Рада заявила"
            last = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(noun)}", body[:s.speaker.start], re.I)]
            # (the noun's last use inside any name of that body: "La Cour internationale de justice (CIJ) ...")
            body_of = _body_names().get(named[-1].text.lower()) if named else None
            if named and (not last or any(r.start <= last[-1] < r.end for r in named
                                          if _body_names().get(r.text.lower()) == body_of)):
                s = dataclasses.replace(s, speaker_name=named[-1].text)
        out.append(s)
    return out


RUN_NOUN = 4  # letters at least of a noun that opens a body's name: "Dinas Perbatasan ...", not "Al Jazeera"
# Indonesian says "the ministry" with a demonstrative after the noun: "Kementerian itu", "dinas tersebut"
DEMONSTRATIVE_AFTER = re.compile(r"\s+(?:itu|tersebut|ini)$", re.I)


@cache
def _capitalised_run(noun: str) -> re.Pattern:
    """The noun, capitalised, opening a run of two words or more ('Kementerian Pertahanan Armenia'): the caller keeps
    the runs whose words are all capitalised."""
    return re.compile(rf"(?<![\w'’]){re.escape(noun.capitalize())}(?:\s+[^\W\d_][\w'’-]*){{1,5}}")


class _Run(NamedTuple):
    "A body's name found in the text: where it stands and its words."
    start: int
    end: int
    text: str


def _capitalised_part(m: re.Match) -> _Run | None:
    "The run's words up to its first in lower case, if two at least: 'Kementerian Pertahanan Armenia'."
    words = list(re.finditer(r"\S+", m.group()))
    upper = next((k for k, w in enumerate(words) if not w.group()[:1].isupper()
                  or w.group().lower().strip(".,;:") in _day_and_month_names()), len(words))
    if upper < 2:
        return None
    text = m.group()[:words[upper - 1].end()].rstrip(".,;:")
    return _Run(m.start(), m.start() + len(text), text)


@cache
def _day_and_month_names() -> frozenset[str]:
    "The weekdays and months of every language, which end a run of capitalised words: 'Kementerian ... Senin'."
    return frozenset(w.lower() for w in weekday_names()) | frozenset(month_names())


def _holds_noun(name: str, noun: str) -> bool:
    """Whether a body's name holds the noun as a common noun: a word in lower case ("Міжнародний суд ООН") or its
    first word ("Corte internazionale di giustizia"), in any case ("Суд", "la Corte"), or by its stem if long."""
    return any((w.islower() or i == 0) and _a_form_of(w.lower(), noun) for i, w in enumerate(name.split()))


def _a_form_of(word: str, noun: str) -> bool:
    """Whether a word is the noun, or, where the noun is long, one of its case forms: by the noun without its last
    two letters ("министерства" of "министерство"; "организаторов" is no "организация")."""
    return word == noun or len(noun) >= STEMMED_NOUN and word.startswith(noun[:-2])


@cache
def _gazetteer_bodies() -> tuple[re.Pattern, re.Pattern]:
    """Every name of an organisation the gazetteer knows, of two words or more, in any language; and its initials
    in capitals ("CIJ", "ICJ"), matched as written."""
    names = {n for every in _body_names().values() for n in every}

    def pattern(found: set[str], flags: int = 0) -> re.Pattern:
        return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
                          + r")(?![\w'’])", flags)
    return pattern({n for n in names if " " in n}, re.I), \
        pattern({n for n in names if " " not in n and len(n) >= 3 and n.isupper()})


@cache
def _body_names() -> dict[str, tuple[str, ...]]:
    "Each name of an organisation the gazetteer knows, in lower case -> all the names of that organisation."
    out: dict[str, tuple[str, ...]] = {}
    for row in table("gazetteer.tsv"):
        if row["label"] == "ORG":
            every = (row["name"], *split_list(row["aliases"]))
            out.update({n.lower(): every for n in every})
    return out


def _names_of_body(name: str, noun: str) -> tuple[str, ...]:
    """All the names of the body the text names so, where that name has no form of the noun: the Court holds "Cour"
    in its French name though the text calls it "CIJ" or "la plus haute juridiction de l'ONU"; "Верховна Рада" holds
    "Рада" only as a name's word, and stays as it is."""
    if any(_a_form_of(w.lower(), noun) for w in name.split()):
        return (name,)
    return _body_names().get(name.lower(), (name,))


def companies_named_before(found: list[Statement], body: str, language: str | None) -> list[Statement]:
    """A company a sentence names by its noun alone ("Компанијата соопшти", "Perusahaan itu menyatakan") is the one
    that noun introduced before, right after it and capitalised, or in quotation marks after a word or two
    ("perusahaan Telsa Hydro", "компании «Тарвекс»", "kompanije „Tarvex Mining“"), by the same noun first: the
    languages read without an entity model name it no other way. Not a person's name ("директора компании Алексея
    Миллера"), a news agency's or a body's; not in German, which capitalises every noun, nor where an entity model
    reads the names (``group.speakers`` finds the company among them). A noun that introduced no name stays."""
    if language in slavic.LANGUAGES or language == "de":
        return found
    out, introduced = [], None
    for s in found:
        if s.speaker is not None and s.speaker_name and (noun := company_noun(s.speaker_name)):
            if introduced is None:  # once per article
                introduced = [(m.start(), m["noun"].lower(), name) for m in _company_introductions().finditer(body)
                              if (name := _company_introduced(m))]
            before = [(n, name) for at, n, name in introduced if at < s.speaker.start]
            same = [name for n, name in before if n[:5] == noun[:5]] or [name for _, name in before]
            if same:
                s = dataclasses.replace(s, speaker_name=same[-1], speaker_kind="body")
        out.append(s)
    return out


def _company_introduced(m: re.Match) -> str | None:
    """The capitalised words of an introduction's name, where they may be a company's: no person's given name first,
    no news agency, no body and no union, movement or party."""
    capitalised = []
    for w in (m["name"] or m["quoted"]).split():
        if not w[:1].isupper():
            break
        capitalised.append(w)
    name = " ".join(capitalised)
    if not name or given_gender(capitalised[0].lower()) or agency_name(name) or _holds_a_body_word(name) or \
            any(listed(w, NOT_COMPANIES) for w in name.lower().split()):
        return None
    return name


@cache
def _company_introductions() -> re.Pattern:
    """A company's noun and the name it introduces: right after it, or in quotation marks after up to two words in
    lower case ("државната компанија „Телса Хидро“", "компании «Тарвекс»")."""
    nouns = "|".join(re.escape(w[:-1]) + rf"\w{{0,{STEM_ENDING}}}" if w.endswith("*") else re.escape(w)
                     for w in sorted(COMPANY_WORDS, key=len, reverse=True))
    word = r"[^\W\d_][\w'’&-]*"
    return re.compile(rf"(?<!\w)(?P<noun>(?i:{nouns}))(?:\s+(?P<name>{word}(?:\s+{word}){{0,2}})|"
                      rf"(?:\s+{word}){{0,2}}\s*[«„“‚‘\"](?P<quoted>{word}(?:\s+{word}){{0,2}}))")


def _common_body(name: str) -> str | None:
    """The noun, where a body is named by one alone, after an article or none: in lower case, or a body's word
    capitalised to open its sentence ('ведомство', 'Министерството', 'Il ministero'); else None."""
    noun = ARTICLE.sub("", name)
    if " " in noun or not noun:
        return None
    low = noun.lower()
    return low if noun.islower() or _holds_a_body_word(low) else None


def _holds_a_body_word(name: str) -> bool:
    "A word of the name opens as a body's word does ('министерств', 'kementerian'; ``body_words``)."
    return any(w.startswith(body_words()) for w in name.lower().split())


def _read(article: Article, ctx: Context) -> list[Statement]:
    if article.language in slavic.LANGUAGES:  # the phrasings such news reports speech in, over natasha's names
        return slavic_statements.statements(article)
    if phrasings.reads(article.language):  # French, Italian, German ...: the phrasings alone, without a parse
        return phrasings.statements(article)
    if article.language == "fa":  # no capitals to tell a name by: the sentence's opening words
        return persian_statements.statements(article)
    if not article.english:
        return []  # the cue table and the parse are English
    return find_statements(ctx.parse(article), article.mentions)

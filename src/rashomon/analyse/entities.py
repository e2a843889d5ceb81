"""Stage entities.v1: named entities, dates and amounts, with offsets and keys.

Each mention gets a ``key`` that survives spelling variants (Sergei/Sergey,
Pashinyan/Pashinian, "the Kremlin"/"Kremlin") and gazetteer aliases (Karabakh ->
Nagorno-Karabakh), so the corpus-level resolver in ``group.entities`` can merge
mentions into one canonical entity. Capital cities and seats of power used as
actors ("Baku says", "Moscow's unwillingness") get ``stands_for`` their country.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import cache, lru_cache

from ..entity_classes import CONFUSED_CLASSES, VALUE_CLASSES, label_class  # noqa: F401 - label_class is read from here too
from ..ingest.dates import past_dateline, read_dateline
from ..model import Article, Mention
from ..resources import split_list, table
from ..vocabulary import cue_forms, given_names, words
from . import slavic
from .names import TURKIC, bare_name, base_forms, blank_furniture, english_key, exonyms, name_key, script
from .registry import Context, stage

SKIP_LABELS = {"ORDINAL"}
DATELINE_PLACE = 40  # characters into a paragraph where a wire dateline's place may begin
FACILITY_NOUNS = words("facility-nouns")
LAND_NOUNS = words("land-nouns")
PLACE_NOUNS = FACILITY_NOUNS | LAND_NOUNS
# a courtesy title before a name is no part of its key: "Ms Kołodziej" is the Bożena Kołodziej the article named
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau)\.?\s+(?=\S)(?!and\b|&)")
DEMONYM_ENDING = re.compile(r"(?:[^aeiou]i|ian|ean|ese|ish)$")  # Kadrastani, Velorian, Togolese, Danish
SURNAME_RARE = 3.5  # Zipf (English): a word after a given name rarer than this may be a surname
SIDE_NOUNS = {"side", "delegation", "camp", "diplomats", "officials", "authorities", "forces", "troops", "soldiers",
              "regime", "leadership", "army", "military", "militants", "separatists"}
TITLES = words("titles")
# titles written in capitals, and only so (a "pm" is a time of day): "FM Mirzoyan", "the Armenian PM"
SHORT_TITLES = {"FM": ("minister", "foreign"), "PM": ("minister", "prime")}
TITLE_ABBREVIATIONS = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "sec.": "secretary",
                       "gen.": "general", "lt.": "lieutenant", "amb.": "ambassador", "atty.": "attorney",
                       "pres.": "president", "supt.": "superintendent", "insp.": "inspector", "cmdr.": "commander"}
OCCUPATIONS = words("occupations")  # "Historian Alan Brinkley": stripped from a name, as a title is
NOT_NAMES = TITLES | OCCUPATIONS  # the words before a name that are no part of it
# a given name, a nickname in quotation marks, a surname: 'William "Mo" Cowan', 'Thomas “Tip” O’Neill'
NICKNAMED = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+[\"“‘'](?P<nick>[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)?)[\"”’']\s+"
                       r"(?P<surname>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)\b")
# the endings of surnames from the Caucasus to the Balkans, which no place's or body's name ends in
SURNAME_ENDING = re.compile(r"(?:[ao]v|[ae]va|yeva|yan|[iy]ants|enko|shvili|adze|dze|ić|vić|ski|sky|skaya|zade|oglu|"
                            r"ogly|yev|iyev)$")
LOCATIVE = {"in", "at", "to", "from", "near", "into", "inside", "outside", "across", "around", "via", "through",
            "toward", "towards", "between", "over", "within", "throughout", "along", "beyond", "off", "on"}


def fold(name: str) -> str:
    """Spelling- and script-insensitive key of a name (``names.name_key``): Sergei/Sergey/Сергей."""
    return name_key(name)


@cache
def gazetteer_index() -> dict[str, tuple[str, str, str | None]]:
    """folded alias -> (canonical name, label, stands_for); demonyms map to their first form."""
    index: dict[str, tuple[str, str, str | None]] = {}
    for row in table("gazetteer.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            if script(alias) == "latin":  # names in other scripts: known_name
                index.setdefault(fold(alias), (row["name"], row["label"], row["stands_for"] or None))
        demonyms = split_list(row["demonyms"])
        for demonym in demonyms:
            index.setdefault(fold(demonym), (demonyms[0], "NORP", None))
    return index


@cache
def _acronyms() -> dict[str, frozenset[str]]:
    """Folded keys that only an alias in capitals gives -> those aliases' letters: "kar" -> {"car"}. Folding
    makes "Carr" of CAR, and a surname is no country."""
    caps: dict[str, set[str]] = {}
    other: set[str] = set()
    for row in table("gazetteer.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            if script(alias) == "latin":
                letters = alias.replace(".", "").replace(" ", "")
                if letters.isupper():
                    caps.setdefault(fold(alias), set()).add(letters.lower())
                else:
                    other.add(fold(alias))
    return {key: frozenset(found) for key, found in caps.items() if key not in other}


def gazetteer_entry(text: str) -> tuple[str, str, str | None] | None:
    """The gazetteer's entry for a name in Latin letters; an acronym only for its own letters, in any case ("UAE",
    "Nato"), not for a word that folds alike ("Carr" is not CAR)."""
    key = fold(text)
    acronym = _acronyms().get(key)
    if acronym is not None and _letters(text) not in acronym:
        return None
    return gazetteer_index().get(key)


def _letters(text: str) -> str:
    "The letters of a name as an acronym reads them, past 'the' and a possessive, as ``fold`` reads: 'the U.S.' us."
    return bare_name(text).replace(".", "").replace(" ", "").lower()


@lru_cache(maxsize=65536)
def known_name(text: str, lang: str | None = None) -> tuple[str, str, str | None] | None:
    """The gazetteer's entry for a name in any script or language: Россия, روسیه, Russie -> Russia."""
    key, kind = fold(text), script(text)
    if kind == "latin" and lang in (None, "en"):
        return gazetteer_entry(text)
    name = exonyms().get(kind, {}).get(key)
    if name is None and kind == "arabic":
        return None  # a key without vowels is no English name
    found = gazetteer_index().get(fold(name) if name else key)
    if found is None and kind == "latin" and lang in TURKIC and (spelled := english_key(text, lang)):
        found = gazetteer_index().get(spelled)  # Laçın, Şuşa: Lachin, Shusha as English spells their sounds
    return found


def mention_key(text: str, label: str) -> str:
    if label_class(label) in VALUE_CLASSES:
        return " ".join(text.lower().split())
    known = known_name(text)
    if known is not None:
        return fold(known[0])
    return formal_key(fold(HONORIFIC.sub("", text))) if label == "PERSON" else fold(text)


def formal_key(key: str) -> str:
    """'liz chenei' -> 'elizabeth chenei': a person's key with the given name its short form stands for
    (``nicknames.tsv``), so that one outlet's 'Liz Cheney' and another's 'Elizabeth Cheney' are one person, and
    'Билл Клинтон' still meets 'Bill Clinton'."""
    first, _, rest = key.partition(" ")
    return f"{formal_given_names().get(first, first)} {rest}" if rest else key


@cache
def formal_given_names() -> dict[str, str]:
    "Keys of short given names -> keys of the names they stand for: 'bill' -> fold('william')."
    return {fold(row["nickname"]): fold(row["name"]) for row in table("nicknames.tsv")}


@stage("entities.v1", requires=["sentences"], assigns=["mentions"])
def entities(article: Article, ctx: Context) -> Article:
    if article.language in slavic.LANGUAGES:
        return article.replace(mentions=tuple(_slavic_mentions(article.body, article.language)))
    if not article.english:
        return article.replace(mentions=())  # the English NER would only invent entities here
    doc = ctx.parse(article)
    mentions = []
    for ent in doc.ents:
        if ent.label_ in SKIP_LABELS or (ent := _past_dateline(doc, article.body, ent)) is None:
            continue
        span, label = _repaired(doc, ent)
        if span is None:
            continue
        text = span.text
        mentions.append(Mention(start=span.start_char, end=span.end_char, text=text, label=label,
                                key=mention_key(text, label), stands_for=_stands_for(span, label)))
    mentions = _nicknamed(article.body, mentions)
    mentions = sorted(mentions + _untagged_people(doc, mentions), key=lambda m: m.start)
    return article.replace(mentions=tuple(_consistent_labels(_people_by_shape(doc, mentions))))


def _nicknamed(body: str, mentions: list[Mention]) -> list[Mention]:
    """'William "Mo" Cowan': a known given name, a nickname in quotation marks and a surname name one person, whom
    the quotation marks hide from the model (it took 'Mo" Cowan' for a title); the mentions inside give way. Keyed
    by the given name and surname, so that "Cowan" after it is that person's surname."""
    from wordfreq import zipf_frequency

    found = []
    for m in NICKNAMED.finditer(body):
        # not a headline's 'Harry "Snubbed" By King' nor 'Hillary "Crooked" Hillary': a surname is a rare word
        if m["given"].lower() in given_names() and m["surname"] != m["given"] and \
                zipf_frequency(m["surname"].lower(), "en") < SURNAME_RARE:
            text = m.group(0)
            found.append(Mention(start=m.start(), end=m.end(), text=text, label="PERSON",
                                 key=mention_key(f"{m['given']} {m['surname']}", "PERSON")))
    if not found:
        return mentions
    return [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)] + found


def _untagged_people(doc, mentions: list[Mention]) -> list[Mention]:
    """People the small model left untagged: a known given name and a rare capitalised word after it,
    outside the entities it found ("Ana Dresk had her passport ready": the "she" who speaks next). A
    common word is no surname: "Grace Church", "Victoria Station"."""
    from wordfreq import zipf_frequency

    taken = [(m.start, m.end) for m in mentions]
    out = []
    for first, second in zip(doc, doc[1:]):
        if first.lower_ not in given_names() or not (first.is_title and second.is_title and second.is_alpha):
            continue
        start, end = first.idx, second.idx + len(second)
        if any(a < end and start < b for a, b in taken) or zipf_frequency(second.lower_, "en") >= SURNAME_RARE:
            continue
        text = doc.text[start:end]
        out.append(Mention(start=start, end=end, text=text, label="PERSON", key=mention_key(text, "PERSON")))
        taken.append((start, end))
    return out


def _people_by_shape(doc, mentions: list[Mention]) -> list[Mention]:
    """People the small model took for a place, a building or a body ("Merania's Ilona Vashteva" a facility,
    "Berulan rejected" a country), among the names no gazetteer knows: one that opens with a known given name,
    ends in a surname's ending ("Edgar Tashvian") or follows a title ("Foreign Minister Tamaz Berulan"); then a
    lone word that is one of those people's surnames, or the last word of a longer unknown name and the subject
    of a verb of saying ("Berulan rejected the link" after "Tamaz Berulan"), or a lone name the model took for a
    person after a capitalised title ("Trump told reporters" after "President Trump"); a lone word with a surname's
    ending that is the subject of a verb of saying is one too ("Speaking in parliament, Vardanyan said")."""
    from wordfreq import zipf_frequency

    def titled(m: Mention, capitalised: bool = False) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        before = doc[span.start - 1] if span is not None and span.start > 0 else None
        return before is not None and (before.lower_ in TITLES and (not capitalised or before.is_title)
                                       or before.text in SHORT_TITLES)

    def person(m: Mention) -> bool:  # not "Grace Church": a common word after a given name is no surname
        words = m.text.split()
        return len(words) <= 3 and all(w[:1].isupper() for w in words) and (titled(m) or len(words) >= 2 and (
            words[0].lower() in given_names() and zipf_frequency(words[-1].lower(), "en") < SURNAME_RARE
            or SURNAME_ENDING.search(words[-1]) is not None)
            or len(words) == 1 and SURNAME_ENDING.search(words[0]) is not None and speaks(m))  # "Pashinyan said"

    def speaks(m: Mention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "nsubj" and span.root.head.lower_ in cue_forms()

    mentions = [_with_given_name(doc, m) for m in mentions]
    unknown = [m.label in ("GPE", "FAC", "ORG", "LOC", "NORP") and known_name(m.text) is None for m in mentions]
    # "Aitan Goelman" a body where the model took "Goelman" alone for a person: a name ending in one's surname
    lone = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    people = [_as_person(doc, m) if doubt and (person(m) or _named_by_surname(m.text, lone)) else m
              for m, doubt in zip(mentions, unknown)]
    # and a lone name the model took for a person after a capitalised title ("President Trump") is that person
    # without it ("Trump told reporters"); not "market leader Nvidia", nor a name the title alone made a person
    surnames = {m.text.split()[-1] for m, was in zip(people, mentions) if m.label == "PERSON"
                and (" " in m.text or was.label == "PERSON" and titled(m, capitalised=True))}
    named = {m.text.split()[-1] for m, doubt in zip(people, unknown) if doubt and " " in m.text}
    speakers = {m.text for m, doubt in zip(people, unknown) if doubt and m.text in named and speaks(m)}
    return [dataclasses.replace(m, label="PERSON") if doubt and (m.text in surnames or m.text in speakers
                                                                 or m.text.split()[-1] in speakers) else m
            for m, doubt in zip(people, unknown)]


def _with_given_name(doc, m: Mention) -> Mention:
    """A surname the model took alone for a nationality or a place, right after a known given name it left out:
    the person by both ("Foreign Minister of Armenia Ararat Mirzoyan", where "Mirzoyan" came out a nationality);
    after a title too, a place's name is a surname ("Representative Jim Jordan", where "Jordan" came out a
    country)."""
    if m.label not in ("NORP", "GPE", "LOC", "FAC") or " " in m.text:
        return m
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.start == 0 or not (given := doc[span.start - 1]).is_title or \
            given.lower_ not in given_names() or given.ent_type_:
        return m
    titled = span.start >= 2 and (doc[span.start - 2].lower_ in TITLES | TITLE_ABBREVIATIONS.keys()
                                  or HONORIFIC.match(doc[span.start - 2].text + " ") is not None)
    if not titled and (SURNAME_ENDING.search(m.text) is None or known_name(m.text) is not None):
        return m
    text = doc.text[given.idx:m.end]
    return Mention(start=given.idx, end=m.end, text=text, label="PERSON", key=mention_key(text, "PERSON"))


def _as_person(doc, m: Mention) -> Mention:
    "A mention the model gave another label, as a person's: without a title it took in ('Spokesperson Marie Harf')."
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    name = _without_title(span) if span is not None else None
    if name is None or name.start_char == m.start:
        return dataclasses.replace(m, label="PERSON", key=mention_key(m.text, "PERSON"))  # "Liz" keyed as Elizabeth
    return dataclasses.replace(m, start=name.start_char, text=name.text, label="PERSON",
                               key=mention_key(name.text, "PERSON"))


def _named_by_surname(text: str, surnames: set[str]) -> bool:
    """Two or three capitalised words, the last a surname the article gives a person alone, the first a given name
    or a word too rare to be a common noun: 'Aitan Goelman', not 'Lake Powell' beside 'Powell said'."""
    from wordfreq import zipf_frequency

    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and words[-1] in surnames and (
        words[0].lower() in given_names() or zipf_frequency(words[0].lower(), "en") < SURNAME_RARE)


def _slavic_mentions(body: str, lang: str) -> list[Mention]:
    """natasha's people, organisations and places, keyed by their nominative in Latin (Лаврову -> lavrov)."""
    if not slavic.available(lang):
        return []
    out = []
    for start, end, label, normal in slavic.mentions(body, lang):
        known = known_name(normal, lang)
        if known is None and label != "PERSON":  # a place the dictionary does not decline: Косова is Косово
            normal, known = next(((f, k) for f in base_forms(body[start:end], lang, strict=True)
                                  if (k := known_name(f, lang))),
                                 (normal, None))
        label = known[1] if known else "ORG" if label in ("LOC", "GPE") and opens_a_body(body[start:end]) else label
        out.append(Mention(start=start, end=end, text=body[start:end], label=label, key=mention_key(normal, label),
                           stands_for=known[2] if known and known[1] == "ORG" else None))
    return out


def opens_a_body(name: str) -> bool:
    """A Russian or Ukrainian name that opens with a body's word ('Міністерстві оборони Азербайджану', 'МЗС
    Вірменії'), which natasha may take for a place after a sentence that ends with one."""
    first = name.split()[0]
    listed = words("bodies-slavic")
    return first in listed or first.lower().startswith(tuple(w for w in listed if w.islower()))


def _consistent_labels(mentions: list[Mention]) -> list[Mention]:
    """One label per name within an article: the one most of its mentions got; a word shaped like a
    people's adjective that once modifies "side" or "forces" is that people's everywhere."""
    votes: dict[str, Counter] = {}
    for m in mentions:
        if label_class(m.label) in CONFUSED_CLASSES:
            votes.setdefault(m.key, Counter())[m.label] += 1
    peoples = {m.key for m in mentions if m.label == "NORP" and " " not in m.text and DEMONYM_ENDING.search(m.text)}
    out = []
    for m in mentions:
        if m.key in peoples and m.key in votes:
            m = dataclasses.replace(m, label="NORP")
        elif m.key in votes and len(votes[m.key]) > 1:
            best = max(votes[m.key].items(), key=lambda kv: (kv[1], kv[0] in ("GPE", "ORG")))[0]
            m = dataclasses.replace(m, label=best)
        out.append(m)
    return out


def _past_dateline(doc, body: str, ent):
    """The entity without the wire dateline the model ran it into ("BELGORAV - Twelve", "BELGORAV -
    Hydrokarv"): what follows the dateline, a number if it is one; None if nothing follows. (``body``,
    not ``doc.text``, which spaCy builds anew at every reading.)"""
    begin = past_dateline(body, ent.start_char, ent.end_char)
    if begin == ent.start_char:
        return _dateline_place(doc, body, ent)
    rest = doc.char_span(begin, ent.end_char, alignment_mode="contract")
    if rest is None or not len(rest):
        return None
    number = all(t.like_num for t in rest)
    return doc.char_span(rest.start_char, rest.end_char, label="CARDINAL" if number else ent.label_)


def _dateline_place(doc, body: str, ent):
    """A place the model ran into its dateline's date ("HAGUE, Feb 22" of "THE HAGUE, Feb 22 (Reuters) -"): the
    place alone."""
    paragraph = body.rfind("\n", 0, ent.start_char) + 1
    comma = body.find(",", ent.start_char, ent.end_char)
    if comma < 0 or ent.label_ not in ("GPE", "LOC", "FAC") or ent.start_char - paragraph > DATELINE_PLACE or \
            (line := read_dateline(body[paragraph:paragraph + 200])) is None or ent.end_char > paragraph + line.end:
        return ent
    return doc.char_span(ent.start_char, comma, label=ent.label_, alignment_mode="contract")


def _repaired(doc, ent):
    """Fix what the small model gets wrong most often; None drops the entity."""
    span, label = ent, ent.label_
    while len(span) > 1 and _furniture(span[0]):
        span = doc[span.start + 1 : span.end]  # "🗣 Foreign ministry", as a channel post opens a line
    while len(span) > 1 and _furniture(span[-1]):
        span = doc[span.start : span.end - 1]
    if span[0].lower_ in ("the", "a", "an") and len(span) > 1:
        span = doc[span.start + 1 : span.end]
    if span[-1].tag_ == "POS" and len(span) > 1:
        span = doc[span.start : span.end - 1]  # "Ilona Marek's letter": the name, not its possessive
    end = span.end
    if end < len(doc) and doc[end].lower_ in PLACE_NOUNS and label in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
        span = doc[span.start : end + 1]  # "Lachin corridor", "Sarn river"
        label = "FAC" if span[-1].lower_ in FACILITY_NOUNS else "LOC"
    elif span[-1].lower_ in PLACE_NOUNS and label in ("PERSON", "ORG", "GPE"):
        label = "FAC" if span[-1].lower_ in FACILITY_NOUNS else "LOC"
    known = gazetteer_entry(span.text)
    if known and label_class(label) != "number":
        label = known[1]
    if label in ("PERSON", "ORG") and _demonym_before(span):
        label = "NORP"  # "the Kadrastani side", "Kadrastani diplomats": a people no gazetteer lists, no person or body
    if label == "PERSON" and not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return None, label
    if label == "PERSON":
        span = _without_title(span)
    if label_class(label) not in VALUE_CLASSES and not any(c.isalpha() for c in span.text):
        return None, label
    return span, label


def _furniture(token) -> bool:
    "A token that is only an emoji, an arrow or a bullet."
    return not blank_furniture(token.text).strip()


def _without_title(span):
    """'Representative Bruce Braley', 'Foreign Minister Sergei Lavrov': a person's name the model tagged with the
    title before it is the name alone, as the person's other mentions give it, so that one entity holds them all.
    Only where the title is capitalised (or follows a body's initials: "RNC Chair Reince Priebus") and two
    capitalised words of name are left ("President Macron" stays)."""
    # the last title word that leaves two words of name: "Deputy Foreign Minister Anar Tovlu", and "Senator Angus
    # King", whose surname is a title word too
    cut = next((t.i + 1 for t in reversed(span) if t.lower_ in NOT_NAMES and span.end - t.i - 1 >= 2), span.start)
    rest = span.doc[cut:span.end]
    if cut == span.start or not all(t.is_title or t.is_upper for t in span.doc[span.start:cut]) or not rest[0].is_title:
        return span
    return rest


def _demonym_before(span) -> bool:
    "One word shaped like a people's adjective that modifies the noun after it, a side or a group of people."
    word = span[0]
    return (len(span) == 1 and DEMONYM_ENDING.search(word.text) is not None and word.dep_ in ("amod", "compound")
            and word.head.i == span.end and word.head.lower_ in SIDE_NOUNS)


def _stands_for(span, label: str) -> str | None:
    known = gazetteer_entry(span.text)
    if not known or not known[2]:
        return None
    if known[1] == "ORG":
        return known[2]  # the Kremlin, the White House: always the government
    root = span.root
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if root.dep_ in ("nsubj", "nsubjpass", "poss") or (nxt is not None and nxt.tag_ == "POS"):
        return known[2]
    if root.dep_ == "pobj" and root.head.lower_ not in LOCATIVE:
        return known[2]  # "accusations against Baku"
    return None

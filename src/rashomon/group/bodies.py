"""A state body is one speaker in every language: "Russia's Defence Ministry", "the Russian Defence Ministry",
"Министерство обороны России" and "le ministère russe de la Défense" are the Defence Ministry of Russia.

A body is its kind (``data/bodies.tsv``: how each language names a foreign, defence, interior ... ministry, a
government, a general staff) and its country, read from the words beside the kind:
- a place, named before or after it ("Russia's", "of Armenia", "МИД Армении", "Kementerian Luar Negeri Ormeria"): a
  country or a territory, never a city ("the Moscow government" is the city's);
- a nationality word ("the Ormerian foreign ministry", "il ministero degli Esteri ormerino", "корвенското
  Министерство"), which names the country whose name has its stem in any script (ormer-ian, ormer-ino, Ormer-ia):
  a country the gazetteer knows, or one the article names;
- no word at all ("the ministry", "Defence Ministry", "Минобороны"): the country of the bodies of that kind the
  article named, where they are all one country's.
Any other word beside the kind ("the government of Prime Minister ...", "МИД ДНР", "правительство ЛНР России",
"the Hong Kong government", "правительство страны") leaves the speaker as it was. Such a speaker's entity is its kind
and country's, so that ``rashomon quotes`` lists each ministry once and disputes know its words in one language from
another's.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache, cached_property

from ..analyse.entities import known_name
from ..analyse.names import name_key, script
from ..analyse.speakers import nations
from ..model import Article, Statement
from ..resources import table
from ..vocabulary import given_names
from .entities import EntityIndex, EntityRecord

# between a body's kind and the place after it: "of", "of the", "d'", "des", "della", "на", "al" ...
OWNER = re.compile(r"(?:of|the|de|la|del|des|du|d|l|di|della|dello|degli|da|do|dos|das|von|van|dell|на|al|ale|a)$",
                   re.I)
ELIDED = re.compile(r"(?<!\w)(?:d|l|dell|all)['’]", re.I)
# a body's unit or document beside its name, which leave it the body's ("пресс-служба МИД", "a Foreign Ministry
# statement"), and Armenian's article after a hyphen ("ԱԳՆ-ն")
PART = re.compile(r"(?:пресс|прес)-служб\w*|statement|spokesman|spokeswoman|spokesperson|-[^\W\d_]{1,4}", re.I)
# a body's unit named before it, whose words are the body's: "the press service of the Armenian Foreign Ministry",
# "the Press Service Department of the Ministry of Foreign Affairs", "a spokesman for Russia's Foreign Ministry"
UNIT_OF = re.compile(r"^(?:(?:the|a|an)\s+)?(?:press\s+(?:service|office|department|secretary)(?:\s+department)?|"
                     r"information\s+(?:and\s+press\s+)?department|spokes(?:man|woman|person)|press\s+secretary)"
                     r"\s+(?:of|for|at)\s+", re.I)
# words that join two countries: "МИД Армении и Азербайджана" is no one country's body
COORDINATORS = frozenset({"and", "&", "и", "і", "та", "й", "i", "ve", "və", "և", "ու", "et", "e", "y", "und", "oraz", "și",
                          "és", "dan", "و", "ja", "or", "или", "або"})
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "il", "lo", "el", "los", "las", "der", "die", "das"})
POSSESSIVE = re.compile(r"['’]s$")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# how a country's name ends, in its cases too ("Ormerije", "Ормерии", "Օրմերիայի"), once keyed in Latin letters
COUNTRY_NAME = re.compile(r"(?:ia|iya|iia|ija|ije|iji|ii|ie|iai|iei)$")
# ... as Cyrillic writes it: "Ормерии", "Кельсении", "Ормерија", "Ормерії"
CYRILLIC_COUNTRY_NAME = re.compile(r"(?:ия|ии|ию|ией|ія|ії|ію|ією|ија|ије|ији|ијом)$")
# words of a state's title before its name: "the Republic of Armenia", "Республики Беларусь", "Azərbaycan Respublikası"
# (not a federation: the Federation of Bosnia and Herzegovina is a part of its state)
STATE = re.compile(r"(?:republic|republik\w*|respubli\w*|республик\w*|рэспублік\w*|републик\w*|република\w*|"
                   r"cumhuriyet\w*|հանրապետ\w*|جمهوری|kingdom|королевств\w*)$", re.I)
# endings of a country's name and of its nationality words, cut to the stem both share
COUNTRY_ENDINGS = ("iai", "iei", "ija", "ije", "iji", "iia", "iya", "ii", "ia", "ie", "ya", "a", "e", "i", "o", "u",
                   "y")
# -u is the Ukrainian genitive of a long masculine name ("МЗС Азербайджану"), and ends short names (Peru) whole
LONG_ONLY = ("u",)
NATIONALITY_ENDINGS = ("iiskogo", "iiskaia", "iiskoe", "iiskii", "iiskoi", "iiskie", "iskogo", "iskaia", "iskoe",
                       "iskii", "iskoi", "iskie", "iskom", "iskoto", "iskata", "iskiot", "iskite", "isko", "iska",
                       "iski", "iske", "skogo", "skaia", "skoto", "skoe", "skii", "skoi", "skie", "skata", "skiot",
                       "skite", "sko", "ska", "ski", "ske", "sky", "ienne", "iano", "iana", "ien", "ian", "ean", "ese",
                       "ino", "ina", "ano", "ana", "aise", "ais", "ish")  # not "an": Azerbaijan, Afghanistan
MIN_STEM = 3
LONG_STEM = 6  # a stem a name in another case meets a country by, as "Азербайджана" does; a short one may be a surname's
NAME_CUTS = tuple(sorted(COUNTRY_ENDINGS, key=len, reverse=True))  # longest first
ADJECTIVE_CUTS = tuple(sorted(NATIONALITY_ENDINGS, key=len, reverse=True)) + NAME_CUTS

Country = tuple[str, "str | None"]  # its key ("=armenia", "~ormer") and its name in Latin letters, where known


@dataclasses.dataclass(frozen=True)
class Kind:
    kind: str  # "foreign"
    name: str  # "Foreign Ministry"
    words: re.Pattern


@cache
def kinds() -> tuple[Kind, ...]:
    # whole words: not "pro-government", "Government-controlled"; but Armenian's "ԱԳՆ-ն" (its article after a hyphen)
    return tuple(Kind(r["kind"], r["name"], re.compile(rf"(?<![\w-])(?:{r['forms']})(?!\w|-[a-z])", re.I))
                 for r in table("bodies.tsv"))


def body_kind(name: str) -> tuple[Kind, re.Match] | None:
    "The kind of body a speaker's name names, and where: 'МИД Армении' -> the foreign ministry, 'МИД'."
    return next(((k, m) for k in kinds() if (m := k.words.search(name)) is not None), None)


def canonical_bodies(article: Article, statements: Sequence[Statement], entity_ids: Sequence[int],
                     index: EntityIndex) -> tuple[Statement, ...]:
    """The statements, each body's under the entity of its kind and country where the article tells its country."""
    out = list(statements)
    found = {i: k for i, s in enumerate(out)
             if s.speaker_name and s.speaker_kind not in ("person", "group") and (k := body_kind(s.speaker_name))}
    if not found:
        return tuple(out)
    article_names = _Names(article, entity_ids, index)
    seen: dict[str, set[Country | None]] = {}  # kind -> the countries of the article's bodies of that kind so far
    for i in sorted(found, key=lambda i: (out[i].cue or out[i].speaker or out[i].content).start):  # in the order named
        s, (kind, match) = out[i], found[i]
        beside = _beside(s.speaker_name, match)
        if beside is None:
            country = None
        elif beside:
            named = {article_names.country(words, after_state) for words, after_state in beside}
            country = named.pop() if len(named) == 1 else None  # every word names one country, or none is told
        else:  # the kind alone: the one country of that kind the article named, if only one
            country = next(iter(seen[kind.kind])) if len(seen.get(kind.kind, ())) == 1 else None
        if beside != []:
            seen.setdefault(kind.kind, set()).add(country)
        if country is not None:
            out[i] = dataclasses.replace(s, entity_id=_entity(kind, country, s.speaker_name, index), speaker_kind="body")
    return tuple(out)


def _beside(name: str, match: re.Match) -> list[tuple[list[str], bool]] | None:
    """The words that say whose a body is, each with whether a state's title came before it ("the Republic of ..."):
    one inside the kind's words ("ministère russe de la Défense"), the run before it and the run after it (past "of
    the", "d'", "Republic of"). Empty: the kind alone ("the ministry", "Минобороны"). None where other words stand
    beside it, which may make it another's body: "the ethnic Armenian government", "the Foreign Ministry in Baku",
    "МИД Армении и Азербайджана", "Government Accountability Office". A lone word in lower case after the kind's
    words is a nationality word, as in its slot: "il ministero degli Esteri russo"."""
    name = UNIT_OF.sub(lambda m: " " * len(m.group()), name)  # keeps the kind's place in the name
    beside = (name[:match.start()] + " " + name[match.end():]).split()  # "Hazine ve Maliye Bakanlığı" is one kind
    if COORDINATORS.intersection(w.lower() for w in beside):
        return None
    inner = [([g, ""], False) for g in match.groups() if g]  # marked: a word in the slot of the nationality word
    before = [w for w in ELIDED.sub(r"\g<0> ", name[:match.start()]).split()
              if w.lower().rstrip("'’") not in ARTICLES and not PART.fullmatch(w)]
    after = [w for w in ELIDED.sub(r"\g<0> ", name[match.end():]).split() if not PART.fullmatch(w)]
    state = False
    while after and (OWNER.match(after[0].strip("'’")) or STATE.match(after[0])):
        state, after = state or bool(STATE.match(after[0])), after[1:]
    if state and not after:
        return None  # "МВД республики": a republic's, which one is not said
    runs = [run for run in (before, after) if run]
    if any(len(run) > 3 or len(run) > 1 and not all(w[:1].isupper() for w in run) for run in runs):
        return None
    if len(after) == 1 and after[0].islower() and not state:
        after = [after[0], ""]  # a nationality word after the kind's words, as in its slot: "il ministero degli Esteri
        # russo", "el Ministerio de Exteriores ruso"
    return inner + [(before, False)] * bool(before) + [(after, state)] * bool(after)


class _Names:
    "What an article says about the places its bodies are of."

    def __init__(self, article: Article, entity_ids: Sequence[int], index: EntityIndex):
        self.index = index
        self.english = article.english  # which names a place in its nominative: "Indiana" is no case of India
        self.places = {m.text: (m, e) for m, e in zip(article.mentions, entity_ids) if m.label in ("GPE", "LOC", "NORP")}
        self.people = {w for m in article.mentions if m.label == "PERSON" for w in m.text.split()}
        self.body = article.body

    @cached_property
    def stems(self) -> set[str]:
        """The stems of the country-like names the article writes, for a nationality word to find its country by:
        read only for such a word, as most bodies are named by their country."""
        return {_stem(key) for w in WORD.findall(ELIDED.sub(" ", self.body)) if w[:1].isupper()
                and _country_like(w, key := name_key(POSSESSIVE.sub("", w)))} | \
            {_stem(m.key) for m, _ in self.places.values() if m.label != "NORP" and m.key}

    def country(self, words: list[str], after_state: bool = False) -> Country | None:
        """The country a word, or a run of capitalised words, names; None for any other word. After a state's title
        only a name: "Республики Армения", but not "Республики Сербской", another state."""
        slot = words[-1:] == [""]  # the word inside the kind's words ("le ministère russe de la Défense")
        words = [w for w in words if w]
        word = " ".join(words).strip("-,")
        bare = POSSESSIVE.sub("", word)
        if not bare or not bare[0].isalpha():
            return None
        mention, eid = self.places.get(bare, (None, None))
        key = mention.key if mention is not None and mention.key else name_key(bare)
        known = known_name(bare) or (known_name(mention.key) if mention is not None and mention.key else None)
        if known is not None:  # a country or a territory ("Gaza's Health Ministry"), not a city ("the Moscow government")
            if known[1] == "NORP":
                return _known(nations().get(known[0].lower()))
            return _known(known[0]) if known[1] in ("GPE", "LOC") and not known[2] else None
        if (country := nations().get(bare.lower())) is not None:
            return _known(country)
        if len(words) > 1 or script(bare) == "arabic" or bare in self.people or bare.lower() in given_names():
            return None  # a run of names no gazetteer holds; a name without its vowels, which has no stem; a person's
            # name ("Sergei Shoigu's Defence Ministry", "il governo di Giorgia Meloni")
        # in English a nationality word is one the entity model reads as one ("Indiana" is none)
        adjective = key.endswith(NATIONALITY_ENDINGS) and not (self.english and bare[0].isupper()) or slot or \
            mention is not None and mention.label == "NORP"
        if adjective and after_state:
            return None
        # a name in its cases ("Азербайджана", "Ormerije") or a nationality word ("Ormerian", "ormerino", "russe")
        named = bare[0].isupper() and not (mention is not None and mention.label == "NORP")
        stems = ([_stem(key)] if named else []) + ([_stem(key, adjective=True)] if adjective else [])
        if not stems or any(s in ambiguous_stems() for s in stems):
            return None  # a common word; Niger and Nigeria
        country_like = _country_like(bare, key)
        if (country := next((known_stems()[s] for s in stems if s in known_stems()), None)) is not None and \
                (adjective or country_like or not self.english and len(stems[0]) >= LONG_STEM):
            return _known(country)  # "Испании", "Rusiei", "Азербайджана", "российское", "russe"; not "Франко"
        stem = stems[0] if named and (country_like or mention is not None) else stems[-1]
        if len(stem) < MIN_STEM:
            return None
        if mention is not None:  # a place, or a word the entity model read as a nationality ("the Ormerian ...")
            return f"~{stem}", _latin(self.index.entity(eid).name) if mention.label != "NORP" else None
        if named and country_like:
            return f"~{stem}", bare if script(bare) == "latin" and key.endswith("ia") else None
        if adjective and stem in self.stems:
            return f"~{stem}", None  # "ormerino" in an article that names Ormeria
        return None


def _country_like(word: str, key: str) -> bool:
    """A name that ends as a country's does, in any case: Ormeria, Ormerije, Rusiei, Ормерии, Ормерија, Օրմերիայի; not
    a surname in -i ("Мелони", "Драги")."""
    if script(word) == "cyrillic":
        return CYRILLIC_COUNTRY_NAME.search(word.lower()) is not None
    return COUNTRY_NAME.search(key) is not None


def _known(country: str | None) -> Country | None:
    return (f"={name_key(country)}", country) if country else None


def _latin(name: str) -> str | None:
    return name if script(name) == "latin" else None


def _entity(kind: Kind, country: Country, written: str, index: EntityIndex) -> int:
    """The body's entity, opened the first time: named "Foreign Ministry of Ormeria" where the country has a name in
    Latin letters, else as first written; renamed so once one comes."""
    key, country_name = country
    display = f"{kind.name} of {country_name}" if country_name and script(country_name) == "latin" else None
    eid = index.alias("org", f"{kind.kind}@{key}")
    if eid is None:
        eid = index.new_id()
        index.add_entity(EntityRecord(eid, display or written, "org", "ORG"))
        index.add_alias("org", f"{kind.kind}@{key}", eid)
    elif display and (entity := index.entity(eid)).name != display and not entity.name.startswith(f"{kind.name} of "):
        index.rename(dataclasses.replace(entity, name=display))
    return eid


def _stem(word: str, adjective: bool = False) -> str:
    """A country's name and its cases, or its nationality words, to one stem in Latin letters: Ormeria, Ormerije,
    Ормерии, and Ormerian, ormerino, ormérien -> ormer; Korvenia and корвенското -> korven; Azerbaijan and
    Азербайджана, a name, -> azerbaijan."""
    key = name_key(word).replace(" ", "")
    for ending in ADJECTIVE_CUTS if adjective else NAME_CUTS:
        if key.endswith(ending) and len(key) - len(ending) >= (LONG_STEM if ending in LONG_ONLY else MIN_STEM):
            return key[:-len(ending)]
    return key


@cache
def _stems_of_countries() -> dict[str, set[str]]:
    """stem -> the countries whose names, names in other languages or nationality words have it: the gazetteer's
    places that stand for no other (countries and territories) and the CLDR's names of those."""
    found: dict[str, set[str]] = {}
    for row in table("gazetteer.tsv"):
        if row["label"] == "GPE" and not row["stands_for"]:
            for word in (row["name"], *row["aliases"].split("|")):
                if word.strip():
                    found.setdefault(_stem(word), set()).add(row["name"])
            for word in row["demonyms"].split("|"):
                if word.strip():
                    found.setdefault(_stem(word, adjective=True), set()).add(row["name"])
    from ..analyse.names import exonyms

    countries = {name for names in found.values() for name in names}
    for kind, names in exonyms().items():
        if kind != "arabic":
            for key, name in names.items():
                if name in countries:  # not a capital: the ministry in Moscow is not Moscow's
                    found.setdefault(_stem(key), set()).add(name)
    return found


@cache
def known_stems() -> dict[str, str]:
    "stem -> the one country it names."
    return {stem: next(iter(names)) for stem, names in _stems_of_countries().items()
            if len(names) == 1 and len(stem) >= MIN_STEM}


@cache
def ambiguous_stems() -> frozenset[str]:
    "Stems two countries share (Niger, Nigeria): they name neither."
    return frozenset(stem for stem, names in _stems_of_countries().items() if len(names) > 1)

"""A state body is one speaker in every language: "Russia's Defence Ministry", "the Russian Defence Ministry",
"Министерство обороны России" and "le ministère russe de la Défense" are the Defence Ministry of Russia.

A body is its kind (``data/bodies.tsv``: how each language names a foreign, defence, interior ... ministry) and its
country, read from the words beside the kind:
- a place, named before or after it ("Russia's", "of Armenia", "МИД Армении", "Kementerian Luar Negeri Ormeria");
- a nationality word ("the Ormerian foreign ministry", "il ministero degli Esteri ormerino", "корвенското
  Министерство"), which names the country whose name has its stem, in any script: ormer-ian, ormer-ino, Ormer-ia;
- neither ("the ministry", "Defence Ministry"): the country of the body of that kind the article named last.
Such a speaker's entity is its kind and country's, so that ``rashomon quotes`` lists each ministry once and disputes
know its words in one language from another's. A body whose country stays unknown keeps the entity it had.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from ..analyse.entities import known_name
from ..analyse.names import name_key, script
from ..analyse.speakers import nations
from ..model import Article, Mention, Statement
from ..resources import table
from .entities import EntityIndex, EntityRecord

# between a body's kind and the place after it: "of", "of the", "d'", "des", "della" ...
OWNER = re.compile(r"(?:of|the|de|la|del|des|du|d|di|della|dello|degli|da|do|dos|das|von|van|dell)$", re.I)
ELIDED = re.compile(r"(?<!\w)(?:d|l|dell|all)['’]", re.I)
ARTICLES = frozenset({"the", "a", "an", "le", "la", "les", "l", "il", "lo", "el", "los", "las", "der", "die", "das"})
POSSESSIVE = re.compile(r"['’]s$")
# endings of a country's name and its cases ("Ormerije", "Օրմերիայի") and of its nationality words, longest first
COUNTRY_ENDINGS = ("iai", "ija", "ije", "iji", "iia", "iya", "ii", "ia", "ie", "ya", "a", "e", "i", "o", "y")
NATIONALITY_ENDINGS = ("iiskogo", "iiskaia", "iiskoe", "iiskii", "iiskoi", "iiskie", "skogo", "skaia", "skoto",
                       "skoe", "skii", "skoi", "skie", "skata", "skiot", "skite", "sko", "ska", "ski", "ske", "sky",
                       "ienne", "iano", "iana", "iani", "iane", "ien", "ian", "ean", "ese", "esi", "ino", "ina", "ini",
                       "ine", "ano", "ani", "ais", "aise", "ish", "iskoto", "iskata", "iskiot", "iskite", "isko",
                       "iska", "iski", "iske", "iskogo", "iskaia", "iskoe", "iskii", "iskoi", "iskie", "iskom")  # not "an": Azerbaijan, Afghanistan
ENDINGS = tuple(sorted(set(COUNTRY_ENDINGS + NATIONALITY_ENDINGS), key=len, reverse=True))
MIN_STEM = 3


@dataclasses.dataclass(frozen=True)
class Kind:
    kind: str  # "foreign"
    name: str  # "Foreign Ministry"
    words: re.Pattern


@cache
def kinds() -> tuple[Kind, ...]:
    return tuple(Kind(r["kind"], r["name"], re.compile(rf"(?<!\w)(?:{r['forms']})(?!\w)", re.I))
                 for r in table("bodies.tsv"))


def body_kind(name: str) -> tuple[Kind, re.Match] | None:
    "The kind of body a speaker's name names, and where: 'МИД Армении' -> the foreign ministry, 'МИД'."
    return next(((k, m) for k in kinds() if (m := k.words.search(name)) is not None), None)


def canonical_bodies(article: Article, statements: Sequence[Statement], entity_ids: Sequence[int],
                     index: EntityIndex) -> tuple[Statement, ...]:
    """The statements, each body's under the entity of its kind and country where the article tells its country."""
    places = [(m, eid) for m, eid in zip(article.mentions, entity_ids) if m.label in ("GPE", "LOC", "NORP")]
    last: dict[str, tuple[str, str | None]] = {}  # kind -> the country of the article's last body of that kind
    out = list(statements)
    for i in sorted(range(len(out)), key=lambda i: (out[i].cue or out[i].content).start):  # in the order named
        s = out[i]
        found = body_kind(s.speaker_name) if s.speaker_name and s.speaker_kind not in ("person", "group") else None
        if found is None:
            continue
        kind, match = found
        country = _country(s.speaker_name, match, places, index) or last.get(kind.kind)
        if country is not None:
            last[kind.kind] = country
            out[i] = dataclasses.replace(s, entity_id=_entity(kind, country, s.speaker_name, index), speaker_kind="body")
    return tuple(out)


def _entity(kind: Kind, country: tuple[str, str | None], written: str, index: EntityIndex) -> int:
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


def _country(name: str, match: re.Match, places: list[tuple[Mention, int]],
             index: EntityIndex) -> tuple[str, str | None] | None:
    """The country a body's name says it is of: its key and, where known, its name. Tried: a word inside the kind's
    words, the words before them, then those after; of several words, the longest name first ("the United Arab
    Emirates foreign ministry", "of the United Arab Emirates"), made of capitalised words only."""
    inner = [g for g in match.groups() if g]
    before = name[:match.start()].split()
    after = ELIDED.sub(r"\g<0> ", name[match.end():]).split()  # "d'Arménie": d' Arménie
    # past "of the", and past another body's initials: "Генштаб ВСУ Украины"
    while after and (OWNER.match(after[0].strip("'’")) or _initials(after[0]) and not known_name(after[0])):
        after = after[1:]
    tries = [inner] + [before[len(before) - n:] for n in (3, 2, 1) if len(before) >= n] + \
        [after[:n] for n in (3, 2, 1) if len(after) >= n]
    for words in tries:
        if words and (len(words) == 1 or all(w[:1].isupper() for w in words)) and words[0].lower() not in ARTICLES:
            found = _country_of(" ".join(words).strip("-,"), places, index)
            if found is not None:
                return found
    return None


def _initials(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _country_of(word: str, places: list[tuple[Mention, int]], index: EntityIndex) -> tuple[str, str | None] | None:
    """A word's country, as a key and, where one is known in Latin letters, a name: the gazetteer's country for a
    name or nationality word in any script ("России", "russe"), else the stem the country's names and nationality
    words share ("~ormer"), named by the place entity the article's mention of it has."""
    bare = POSSESSIVE.sub("", word)
    if not bare or not bare[0].isalpha():
        return None
    mention, eid = next(((m, e) for m, e in places if m.text == bare), (None, None))
    key = mention.key if mention is not None and mention.key else bare
    known = known_name(bare) or known_name(key)
    country = known[2] or known[0] if known is not None and known[1] == "GPE" else \
        nations().get(bare.lower()) or known_stems().get(_stem(key))
    if country is not None:
        return f"={name_key(country)}", country
    stem = _stem(key)
    if script(bare) == "arabic" or len(stem) < MIN_STEM or known is not None:
        return None  # a name without its vowels has no stem to meet other scripts by; a known name is no country
    if mention is None and (" " in bare or not bare[0].isupper() and not name_key(bare).endswith(NATIONALITY_ENDINGS)):
        return None  # a common word ("statement"), not a country or its nationality; a name in a case no key knows
    named = index.entity(eid).name if mention is not None and mention.label != "NORP" else \
        bare if script(bare) == "latin" and bare[0].isupper() and (bare != word or bare.endswith("ia")) else None
    return f"~{stem}", named  # named where a place's name is plain: "Nareva's", "Kementerian Luar Negeri Sarnovia"


def _stem(word: str) -> str:
    """A country's name, its cases and its nationality words, to one stem in Latin letters: Ormeria, Ormerije, Ормерии,
    Ormerian, ormerino, ormérien, корвенското -> ormer, korven."""
    key = name_key(word).replace(" ", "")
    for ending in ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= MIN_STEM:
            return key[:-len(ending)]
    return key


@cache
def known_stems() -> dict[str, str]:
    """stem -> country, for the gazetteer's countries, their names in other languages and their nationality words;
    a stem two countries share names neither."""
    from ..analyse.names import exonyms

    found: dict[str, set[str]] = {}
    for row in table("gazetteer.tsv"):
        if row["label"] == "GPE" and not row["stands_for"]:
            for word in (row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")):
                if word.strip():
                    found.setdefault(_stem(word), set()).add(row["name"])
    countries = {name for names in found.values() for name in names}
    for kind, names in exonyms().items():
        if kind != "arabic":
            for key, name in names.items():
                if name in countries:  # not a capital: the ministry in Moscow is not Moscow's
                    found.setdefault(_stem(key), set()).add(name)
    return {stem: next(iter(names)) for stem, names in found.items() if len(names) == 1 and len(stem) >= MIN_STEM}

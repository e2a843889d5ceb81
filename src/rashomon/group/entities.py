"""Mentions across the corpus -> one canonical entity per real-world entity.

Resolution order for a mention of class c with key k:
1. within its article, a lone surname resolves to the full name the article used
   ("Lavrov" after "Sergei Lavrov"; "Mr. Holder" after "Eric H. Holder Jr."), but not to
   one of the other sex than a courtesy title says ("Mr. Trump" is not Melania Trump) nor
   to a son's name given after the surname alone;
2. (c, k) already known in the corpus;
3. people only: a lone surname resolves to the one person in the corpus with that
   surname, and a full name adopts an entity so far known by its surname alone or by
   the same first name ("Eric Holder" and "Eric H. Holder Jr." are one man, unless an
   article names both as a father and his son do);
4. the same key under another name class (the small model calls an unknown country
   a person in one sentence and a place in the next): one entity, not two.
Otherwise a new entity opens. The resolver asks an index (in memory, or the
store's tables) and writes what it decides there, so the same input always gives
the same entities. A store answers each question with a query, so a batch first
tells the index every name it will ask about (``EntityResolver.preload``), to be read at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Protocol

from ..analyse.entities import formal_key
from ..analyse.names import another_titled, courtesy_sex, fits_courtesy, key_without_generation
from ..entity_classes import CONFUSED_CLASSES, label_class
from ..model import Article, Mention
from ..vocabulary import given_gender

CYRILLIC = re.compile("[\u0400-\u04ff]")
SKELETON = "~"  # marks a surname key that is a consonant skeleton (``surname_keys``), never a name itself
SOUND = "≈"  # ... and one that is how its consonants sound (``names.sound``)
SOUND_LIKENESS = 0.6  # of two surnames' keys that sound alike, for one to be the other: michel / mishel, price / prais
SOUND_CONSONANTS = 3  # ... which have this many consonants at least, a final v aside: ivanova and ionova (n) are two


@dataclass
class EntityRecord:
    id: int
    name: str
    cls: str
    label: str


@dataclass
class Resolution:
    """What resolving one article found: the entity id of each of its mentions, in order."""

    entity_ids: list[int]


class EntityIndex(Protocol):
    """What the resolver asks and tells: known aliases, people by surname, entities by id."""

    def preload(self, aliases: set[tuple[str, str]], surnames: set[str]) -> None: ...  # what a batch will ask
    def alias(self, cls: str, key: str) -> int | None: ...
    def surname(self, word: str) -> set[int]: ...
    def entity(self, eid: int) -> EntityRecord: ...
    def new_id(self) -> int: ...
    def add_entity(self, entity: EntityRecord) -> None: ...
    def add_alias(self, cls: str, key: str, eid: int) -> None: ...
    def rename(self, entity: EntityRecord) -> None: ...


class MemoryIndex:
    """The entity index in memory: for tests, benches and one-off comparisons.

    The store keeps it in its tables instead (``store.index.StoreIndex``), so that a
    corpus with millions of names costs no memory.
    """

    def __init__(self) -> None:
        self.entities: dict[int, EntityRecord] = {}
        self.aliases: dict[tuple[str, str], int] = {}
        self.surnames: dict[str, set[int]] = defaultdict(set)
        self.last_id = 0

    def preload(self, aliases: set[tuple[str, str]], surnames: set[str]) -> None:
        "Nothing to read ahead: every answer is in memory."

    def alias(self, cls: str, key: str) -> int | None:
        return self.aliases.get((cls, key))

    def surname(self, word: str) -> set[int]:
        """People known under a key ending with this word."""
        return self.surnames.get(word, set())

    def entity(self, eid: int) -> EntityRecord:
        return self.entities[eid]

    def new_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def add_entity(self, entity: EntityRecord) -> None:
        self.entities[entity.id] = entity

    def add_alias(self, cls: str, key: str, eid: int) -> None:
        self.aliases[(cls, key)] = eid
        if cls == "person":
            for word in surname_keys(key):
                self.surnames[word].add(eid)

    def rename(self, entity: EntityRecord) -> None:
        self.entities[entity.id] = entity


class EntityResolver:
    def __init__(self, index: EntityIndex | None = None):
        self.index = index if index is not None else MemoryIndex()
        self.latin_named: set[int] = set()  # entities whose name is in Latin letters: asked once each

    def resolve(self, article: Article) -> Resolution:
        index = self.index
        result = Resolution(entity_ids=[])
        local = _article_full_names(article.mentions, article.body)
        here = frozenset(m.key for m in article.mentions if label_class(m.label) == "person" and " " in m.key)
        for mention in article.mentions:
            cls = label_class(mention.label)
            key = local.get(mention.start, mention.key) if cls == "person" else mention.key
            spellings = _spellings(mention, key, article.language) if cls == "person" else ()
            eid = index.alias(cls, key)
            if eid is None:  # "Kobachidse" in German is Kobakhidze in English
                eid = next((e for k in spellings if (e := index.alias(cls, k)) is not None), None)
            if eid is None and cls == "person":
                eid = self._by_surname(key, mention, here)
            if eid is None and cls == "person" and " " in key:
                eid = sounding_person(index, key, mention.text, article.language)
            if eid is None and cls == "person" and " " not in key and (written := fold_name(mention.text)) != key:
                # a lone surname as written, where its nominative guessed is no one: the model takes Ukrainian
                # "Захарова заявила" for a man's genitive (Захаров), but she is the Maria Zakharova known
                eid = self._by_surname(written, mention)
            if eid is None and cls in CONFUSED_CLASSES:
                eid = next((e for c in CONFUSED_CLASSES if (e := index.alias(c, key)) is not None), None)
            if eid is None:
                eid = self._new(mention, cls, article.language)
            elif eid not in self.latin_named and _latin(mention.text):
                if not _latin((entity := index.entity(eid)).name):
                    entity.name = _display_name(mention)  # "Хакан Фидан", first seen in Russian, is Hakan Fidan
                    index.rename(entity)
                self.latin_named.add(eid)
            for k in (key, mention.key, *_written(spellings, key)):
                if index.alias(cls, k) is None:
                    index.add_alias(cls, k, eid)
            result.entity_ids.append(eid)
        return result

    def preload(self, articles: list[Article], surnames: set[str] = frozenset()) -> None:
        """Tell the index every name resolving these articles will ask about, so that a store reads
        a batch's answers at once: the aliases first, then the surnames of the people it does not
        know (only those are looked up by surname), with ``surnames`` others will ask about."""
        aliases: set[tuple[str, str]] = set()
        people: set[str] = set()
        for article in articles:
            local = _article_full_names(article.mentions, article.body)
            for mention in article.mentions:
                cls = label_class(mention.label)
                key = local.get(mention.start, mention.key) if cls == "person" else mention.key
                classes = CONFUSED_CLASSES if cls in CONFUSED_CLASSES else (cls,)
                spellings = _spellings(mention, key, article.language) if cls == "person" else ()
                aliases |= {(c, k) for c in classes for k in (key, mention.key, *spellings)}
                if cls == "person":
                    people.add(key)
        self.index.preload(aliases, set())
        unknown = {key_without_generation(k).split()[-1] for k in people if self.index.alias("person", k) is None}
        full = {f(key_without_generation(k).split()[-1]) for k in people if " " in k
                and self.index.alias("person", k) is None for f in (skeleton_key, sound_key)}
        self.index.preload(set(), unknown | full | surnames)  # and the consonants of a full name's (``_by_surname``)

    def _by_surname(self, key: str, mention: Mention, here: frozenset[str] = frozenset()) -> int | None:
        """``here``: the keys of the people the article names in full, which tell whether it names a father and his
        son ("Jesse Jackson" and "Jesse L. Jackson Jr."), or one man with and without his generation."""
        words = key.split()
        candidates = self.index.surname(key_without_generation(key).split()[-1])
        if len(words) == 1:
            return next(iter(candidates)) if len(candidates) == 1 else None
        # A full name adopts an entity known so far only by this surname.
        named = {eid: self.index.entity(eid).name for eid in candidates}
        # "Joe Biden" stored before short given names keyed as the names they stand for is "Joseph Biden" now
        names = {eid: formal_key(fold_name(name)).split() for eid, name in named.items()}
        bare = [eid for eid, name in names.items() if len(name) == 1]
        if len(bare) == 1:
            entity = self.index.entity(bare[0])
            entity.name = mention.text
            self.index.rename(entity)
            return entity.id
        # one first name in two languages' spellings: Сергій (Serhii) and Sergei, Дмитро and Dmitry
        from ..analyse.names import script

        cyrillic = script(mention.text) == "cyrillic"
        given = _given_skeletons(words[0], mention.text.split()[0] if cyrillic else None)
        same = [eid for eid, name in names.items() if len(name) > 1 and
                _given_skeleton(name[0], script(named[eid]) == "cyrillic") in given and
                _one_generation(words, name, here)]
        exact = [eid for eid in same if _generation_of(names[eid]) == _generation_of(words)]
        same = exact or same  # "Jesse Jackson Jr." is the son where the father is known too
        if not candidates:  # "Лилит Ованнисян" is Lilit Hovhannisyan: Russian writes no h in an Armenian name
            same = [eid for eid in self.index.surname(skeleton_key(words[-1]))
                    if script(name := self.index.entity(eid).name) != script(mention.text)
                    and (known := formal_key(fold_name(name)).split())[0] == words[0] and len(known) == len(words)
                    and _unwritten_h(name, known[-1]) == _unwritten_h(mention.text, words[-1])]
        return same[0] if len(same) == 1 else None

    def _new(self, mention: Mention, cls: str, language: str | None) -> int:
        entity = EntityRecord(self.index.new_id(), _display_name(mention, language), cls, mention.label)
        self.index.add_entity(entity)
        return entity.id


def _generation_of(words: list[str]) -> str:
    "The generation a full name's key ends with ('jr' of 'eric h holder jr'), or ''."
    key = " ".join(words)
    return words[-1] if key_without_generation(key) != key else ""


def _one_generation(words: list[str], known: list[str], here: frozenset[str]) -> bool:
    """Whether a full name's key words and a known person's may be one man's by their generations: the same one, or
    one name without it ("Eric Holder", "Eric H. Holder Jr.") where the article does not name both forms of the name,
    as it does a father and his son ("Jesse Jackson", "Jesse L. Jackson Jr.")."""
    mine, theirs = _generation_of(words), _generation_of(known)
    if mine == theirs or mine and theirs:
        return mine == theirs
    surname = key_without_generation(" ".join(words)).split()[-1]
    forms = {_generation_of(k.split()) for k in here
             if k.split()[0] == words[0] and key_without_generation(k).split()[-1] == surname}
    return len(forms) < 2


def sounding_person(index: EntityIndex, key: str, written: str, language: str | None) -> int | None:
    """The one person named in full in another script whose surname sounds the same (``names.sound``) and is spelled
    alike, and whose first name may be this one's: "Шарль Мишель" is Charles Michel, "Анна Акопян" Anna Hakobyan,
    "Нед Прайс" Ned Price, as no spelling rule of one alphabet in another gives them. ``key``: the name's key;
    ``written``: the name as the text writes it."""
    from ..analyse.names import compatible_first, script, sound

    words = key.split()
    if len(words) < 2 or len((heard := sound(words[-1])).removesuffix("F")) < SOUND_CONSONANTS:
        return None
    found = []
    for eid in sorted(index.surname(SOUND + heard)):
        name = index.entity(eid).name
        known = formal_key(fold_name(name)).split()
        if script(name) != script(written) and len(known) == len(words) and _alike(known[-1], words[-1]) and \
                _ending(known[0]) == _ending(words[0]) and compatible_first(name.split()[0], written.split()[0], None,
                                                                            language):
            found.append(eid)
    return found[0] if len(found) == 1 else None


def _alike(surname: str, other: str) -> bool:
    """Two surnames' keys spelled alike (``SOUND_LIKENESS``, a glide read as the i it is: Serbian "brajs" as brais, as
    "Bryce" sounds) and ending alike (``_ending``)."""
    from ..analyse.names import GLIDE

    return SequenceMatcher(None, GLIDE.sub("i", surname), GLIDE.sub("i", other)).ratio() >= SOUND_LIKENESS and \
        _ending(surname) == _ending(other)


def _ending(name: str) -> str:
    """How a name's key ends, its silent e left out (Price, Прайс; Amélie, Амели): in -a, in another vowel, or in a
    consonant. A woman's Slavic name ends in -a where a man's does not (Petrova, Petrov; Zaluzhna, Zaluzhnyi; Alexandra,
    Alexander): two that end otherwise are two people, however they sound."""
    name = name.removesuffix("e")
    return "a" if name.endswith("a") else "vowel" if name[-1:] in "eiouy" else "consonant"


def _unwritten_h(name: str, key: str) -> str:
    """A surname's key without the h that Russian does not write in an Armenian name, where a Latin spelling has one at
    the start or after a vowel or v (Hovhannisyan -> ovanisian, Sahakyan -> sakian), never in sh, zh, kh or ch
    (Khasanov is no Асанов); another script's key as it is: its h is a letter of its own (Хасанов is no Asanov)."""
    from ..analyse.names import script

    surname = name.split()[-1]
    if script(surname) != "latin":
        return key
    return fold_name(re.sub(r"(?:^|(?<=[aeiouyvAEIOUYV]))[hH]", "", surname))


def surname_keys(key: str) -> tuple[str, ...]:
    """What a person's alias files them under for a lookup by surname: its last word and, for a Latin one,
    its consonant skeleton (``SKELETON``), by which a name in Persian script, with its short vowels
    unwritten, finds its candidates ("کالوانی" and "kalvany" are both ~kln); of a name of three words or more,
    also the skeleton of its last two as one."""
    words = key_without_generation(key).split()  # "eric h holder jr" is filed under Holder
    surname = words[-1]
    if not (surname.isascii() and surname.isalpha()):
        return (surname,)
    # and the last two words as one, as Persian writes a surname of two ("Amir-Abdollahian": امیرعبداللهیان)
    joined = (skeleton_key(words[-2] + surname),) if len(words) > 2 and words[-2].isascii() and words[-2].isalpha() \
        else ()
    return (surname, skeleton_key(surname), sound_key(surname), *joined)


def sound_key(surname: str) -> str:
    "The key a surname is filed under by how its consonants sound (``names.sound``): '≈mSl' for michel and mishel."
    from ..analyse.names import sound

    return SOUND + sound(surname)


def skeleton_key(surname: str) -> str:
    "The key a surname's consonant skeleton is filed under, in any script: '~kln' for kalvany and کالوانی."
    from ..analyse.names import skeleton

    return SKELETON + skeleton(surname)


def _spellings(mention: Mention, key: str, language: str | None) -> tuple[str, ...]:
    """A person's other keys, as English spells the sounds of the mention's alphabet (``names.english_keys``)
    and Russian its h: the German "Irakli Kobachidse" is also irakli kobahidze, the English "Salome
    Zourabichvili" (a French romanisation) also salome zurabishvili, so that each meets the other spellings."""
    from ..analyse.names import RUSSIAN_H, english_keys

    keys = key.split()
    spelled = english_keys(mention.text.split(), keys, language)
    if language in RUSSIAN_H and "г" in mention.text.split()[-1].lower() and "g" in keys[-1]:
        # Russian writes the h of a foreign name as г: "Хикмет Гаджиев" is Hikmet Hajiyev
        spelled += (" ".join(keys[:-1] + [keys[-1].replace("g", "h")]),)
    return spelled


def _written(spellings: tuple[str, ...], key: str) -> tuple[str, ...]:
    """The other spellings written to the index: a full name's. A lone word's only look a name up, as a speaker's
    do: written, German "Koch" (spelled koh) would be the alias and the surname of any "Kokh" or "Кох" to come,
    and a full name "Alfred Kokh" would adopt him. The full name's spelled surname is still filed, so that
    "Александр Вучич" finds "Aleksandar Vucic"."""
    return spellings if len(key.split()) > 1 else ()


def fold_name(name: str) -> str:
    from ..analyse.entities import fold

    return fold(name)


def _display_name(mention: Mention, language: str | None = None) -> str:
    from ..analyse.entities import gazetteer_index

    known = gazetteer_index().get(mention.key)
    if known and label_class(known[1]) == label_class(mention.label):
        return known[0]
    name = re.sub(r"['’]s$", "", mention.text)
    if CYRILLIC.search(name):  # only the Russian and Ukrainian model names in Cyrillic: in the nominative
        return _slavic_nominative(mention, name, language if language == "uk" else "ru")
    if name.isupper() and label_class(mention.label) == "place" and min(map(len, name.split())) > 3:
        return name.title()  # a wire dateline's "ANKARA" is Ankara; "USA" and "UAE" stay as they are
    return name


def _slavic_nominative(mention: Mention, name: str, lang: str) -> str:
    """The name in the nominative, each word as the mention's key spells it where the dictionary
    misses a case form ("Джейхуна Байрамова", keyed jeihun bairamov, is Джейхун Байрамов)."""
    from ..analyse import slavic
    from ..analyse.names import base_forms

    words = slavic.nominative(name.split(), person=label_class(mention.label) == "person", lang=lang).split()
    keys = (mention.key or "").split()
    if len(keys) != len(words):
        return " ".join(words)
    return " ".join(next((f for f in (w, *base_forms(w, lang)) if fold_name(f) == k), w) for w, k in zip(words, keys))


def _given_skeletons(key: str, cyrillic: str | None) -> set[str]:
    """The skeletons a full name's first word may have: its key's and, for a Cyrillic word, its case forms' where
    the model left one undeclined ("Мевлютом Чавушоглу", keyed mevliutom, is Mevlüt Çavuşoğlu)."""
    from ..analyse.names import name_keys

    return {_given_skeleton(key, cyrillic is not None)} | \
        ({_given_skeleton(k, True) for k in name_keys(cyrillic, readings=False)} if cyrillic else set())


def _given_skeleton(name: str, cyrillic: bool = False) -> str:
    """A first name's consonants, with Ukrainian's h for g and z for s (Russian writes з between vowels):
    serhii and sergei are zrg, oleksandr and aleksandr lkzndr. Read from Cyrillic, an initial ж or дж is the
    J it writes: zhozep (Жозеп) and josep are jzp, and the Latin Zhanna stays Zhanna."""
    from ..analyse.names import J_SOUND

    if cyrillic:
        name = J_SOUND.sub("j", name)
    return re.sub(r"[aeiouy]", "", name.replace("h", "g").replace("s", "z")) or name


@lru_cache(maxsize=65536)
def _latin(name: str) -> bool:
    "Written in Latin letters, the script reports in every language can read."
    return any(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())


def _article_full_names(mentions: tuple[Mention, ...], body: str = "") -> dict[int, str]:
    """Where a person's surname stands alone (by its mention's start) -> the full-name key that one full name in the
    article explains it by. Not where a courtesy title gives it the other sex ("Mr. Trump" beside "Melania Trump"
    named once), nor, untitled, where the article titles it so anywhere: "President Trump" may be the Mr. Trump.
    "Mrs. Trump" there is still Melania Trump. Nor a generation's name where the article gave the surname alone
    before it ("President Trump", then "Donald Trump Jr."). A generation is no surname: "Mr. Holder" after "Eric
    H. Holder Jr." is he."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    written: dict[str, str] = {}  # a full name's key -> the name as written, whose given name tells a sex
    alone_first: set[str] = set()
    lone: list[tuple[int, str, str | None]] = []  # each surname alone: where, which, and the sex its title gives
    sexes: dict[str, set[str]] = defaultdict(set)  # ... and every sex the titles give each surname
    for m in mentions:
        if label_class(m.label) != "person":
            continue
        words = key_without_generation(m.key).split()
        if len(words) > 1:
            by_surname[words[-1]].add(m.key)
            written.setdefault(m.key, m.text)
        elif words:
            if words[0] not in by_surname:
                alone_first.add(words[0])
            sex = courtesy_sex(body, m.start) if body else None
            lone.append((m.start, words[0], sex))
            if sex:
                sexes[words[0]].add(sex)
    out = {}
    for at, surname, sex in lone:
        keys = by_surname.get(surname, ())
        if len(keys) != 1:
            continue
        (key,) = keys
        if surname in alone_first and _generation_of(key.split()):
            continue
        own = given_gender(written[key].split()[0])  # "Nancy", whose key folds to "nanci"
        if fits_courtesy(own, sex) if sex else not another_titled({own}, sexes[surname]):
            out[at] = key
    return out

"""Speakers -> canonical entities, so that "Lavrov", "Sergei Lavrov" and "he" are one speaker.

The statements stage names each speaker within its article ("he" -> "Sergei Lavrov",
"the Russian side" -> a group); this stage, once the article's mentions have their
corpus entities, gives each statement its speaker's entity:
1. a group ("Russian diplomats") has none: it is no entity, least of all "Russian";
2. the mention the speaker's name is (the full name "he" resolved to, or "the Kremlin");
3. otherwise a name inside the speaker's words, people first and never a nationality
   ("Russian Foreign Minister Sergei Lavrov" is Lavrov, not "Russian"), and a place only
   as the last word ("Ukraine's air force" is no entity, least of all Ukraine);
4. a lone surname the model took for an organisation or place ("Lavrov said") is the
   person with that surname, in the article or else the only one in the corpus;
5. a name no mention stands for (the languages read without a name model: "Maria Zaharova a
   declarat", "Лавров је рекао") is the person the corpus knows by that name in any script or
   spelling, or by its surname when only one person has it and the given names do not differ;
   in Persian script ("سرگئی لاوروف"), the one person it can spell.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..analyse.entities import fold, known_name
from ..analyse.names import ARABIC, known_in_any_form, same_name, script
from ..analyse.phrasings import title_word
from ..analyse.speakers import COMPANY_WORDS, NOT_COMPANIES, a_company_named, company_name, company_noun, listed
from ..model import Article, Mention, Statement
from ..vocabulary import body_words, words
from .bodies import body_kind, canonical_bodies
from .entities import EntityIndex, EntityRecord, skeleton_key, sound_key, sounding_person

BODY_SUFFIXES = ("office", "ministry", "statement", "government")  # "Pashinyan's office" is not Pashinyan
NAMED_LABELS = ("PERSON", "ORG", "GPE", "FAC", "LOC")  # a nationality (NORP) never names a speaker
PLACE_LABELS = ("GPE", "FAC", "LOC")
ARMENIAN_VOWELS = set("աեէըիոօւԱԵԷԸԻՈՕ")  # ւ: the end of ու, the vowel u
# languages that give a woman a foreign surname with -ova ("Hostakova", "Ференцова"); the corpus may know
# her as the surname alone ("Mirela Hostak"), which is looked up once no one is known by the full form
FEMININE_OVA = frozenset(("sr", "hr", "bs", "me", "mk", "sl", "cs", "sk", "bg"))
# between a body's name and whose it is: "the Foreign Ministry of Armenia", "ministère des Affaires étrangères d'Arménie"
OWNER_WORD = re.compile(r"\s+(?:of(?:\s+the)?|de(?:\s+la)?|del|des|du|di|della|dello|degli|da|do|dos|das|von|van|"
                        r"d['’]|dell['’])\s*", re.I)
TITLES = words("titles")  # 'Minister', 'President': a speaker named by title is no full name
ABJAD_TITLES = words("abjad-titles")  # 'سرلشکر', 'الشيخ': ranks and honorifics before a name in Persian and Arabic
SLAVIC_CASES = frozenset(("ru", "uk", "pl", "sr", "hr", "bs", "me", "sl", "cs", "sk"))  # their surnames decline
# a surname's case ending and its nominative's: "Лаврова", "Лаврову", "Лавровым" are Лавров; "Zaharove" is Zaharova
CASE_ENDINGS = (("ovoj", "ova"), ("ove", "ova"), ("ovu", "ova"), ("ovom", "ov"), ("ovim", "ov"), ("ova", "ov"),
                ("ovu", "ov"), ("ovym", "ov"), ("ovoi", "ova"), ("ovoy", "ova"), ("oj", "a"), ("om", ""), ("a", ""),
                ("u", ""), ("e", "a"))
FEMININE_SURNAME = re.compile(r"(?<=[^\W\d_]{2}[^\W\d_aeiouаеиоу])(?:ova|ová|ова)$", re.I)


def speaker_entities(article: Article, entity_ids: Sequence[int],
                     index: EntityIndex | None = None) -> tuple[Statement, ...]:
    """The article's statements, each with its speaker's canonical entity id (or None), and
    the kind "person" where that entity is a person.

    Args:
        article: an analysed article.
        entity_ids: the entity id of each of its mentions, in order (``EntityResolver.resolve``).
        index: the corpus entity index, to find the one person a lone surname names.
    """
    named = [(m, eid) for m, eid in zip(article.mentions, entity_ids) if m.label in NAMED_LABELS]
    by_key: dict[str, int] = {}
    for m, eid in sorted(named, key=lambda pair: pair[0].label != "PERSON"):  # a person's name first
        by_key.setdefault(fold(m.text), eid)
        if m.key:  # the nominative a case form stands for: "Джейхуна Байрамова" is Джейхун Байрамов
            by_key.setdefault(m.key, eid)
        if m.label == "PERSON":
            by_key.setdefault(fold(m.text.split()[-1]), eid)
    people = {eid for m, eid in named if m.label == "PERSON"}
    out = []
    for s in article.statements:
        eid = _entity(s, named, by_key, index, article.body, article.language)
        person = eid in people or (eid is not None and index is not None and index.entity(eid).cls == "person")
        # "Lavrov said", with Lavrov tagged an organisation, is a person once his entity is known
        out.append(dataclasses.replace(s, entity_id=eid, speaker_kind="person" if person else s.speaker_kind))
        if person and index is not None and _latin_full_name(s.speaker_name) and \
                script((entity := index.entity(eid)).name) != "latin":
            entity.name = s.speaker_name  # "Віцепрем'єрка Братич", first seen in Ukrainian, is Lilyana Bratich
            index.rename(entity)
    return canonical_bodies(article, out, entity_ids, index) if index is not None else tuple(out)


def body_mentions(article: Article, statements: Sequence[Statement], entity_ids: Sequence[int]) -> list[int]:
    """Each mention's entity, where a body's name inside a speaker's words is that body: "Defence Ministry" in
    "Russia's Defence Ministry said" is the Defence Ministry of Russia that ``speaker_entities`` found, not one
    "Defence Ministry" entity that every country's ministry shares. Only a speaker whose entity no mention of the
    article names is such a body: a person's, or a mention's own, leaves the mentions as they are."""
    out = list(entity_ids)
    named = set(entity_ids)
    for s in statements:
        if s.speaker is None or s.speaker_kind != "body" or s.entity_id is None or s.entity_id in named or \
                (kind := body_kind(s.speaker_name or "")) is None:
            continue
        for i, m in enumerate(article.mentions):
            if s.speaker.start <= m.start and m.end <= s.speaker.end \
                    and (inner := body_kind(m.text)) is not None and inner[0].kind == kind[0].kind:
                out[i] = s.entity_id
    return out


def _latin_full_name(name: str | None) -> bool:
    "A person's given name and surname in Latin letters, as English names her: 'Lilyana Bratich', not 'the minister'."
    parts = (name or "").split()
    return 2 <= len(parts) <= 4 and script(name) == "latin" and all(w[:1].isupper() for w in parts) \
        and not TITLES.intersection(w.lower() for w in parts)


def _entity(s: Statement, named: list[tuple[Mention, int]], by_key: dict[str, int],
            index: EntityIndex | None, body: str = "", language: str | None = None) -> int | None:
    if s.speaker_kind == "group" or (s.speaker is None and not s.speaker_name):
        return None
    name = s.speaker_name or ""
    if any(w.lower() in words("unnamed-sources") for w in name.split()[:3]):
        return None  # "Собеседник агентства в МИД", "Джерело в штабі Боавентури": no one the words name
    eid = by_key.get(fold(name)) if name else None
    if eid is None and s.speaker is not None and not name.lower().endswith(BODY_SUFFIXES):
        # a place names the speaker only as the phrase's last word: "the Kremlin", "Ukraine", but not
        # "Ukraine's air force" or "the US Geological Survey", which are bodies of theirs, nor "министерство
        # здравоохранения Армении", a body named by its word before whose it is
        # ... nor a person's: "Президент Эскарии", "Источник в правительстве Сарнии" is someone of the place
        of_a_body = len(name.split()) > 1 and (name.split()[0].lower().startswith(body_words())
                                               or s.speaker_kind == "person")
        # ... and not one named in what is set off after the name: "Democracy for America, one of several groups
        # bashing Schumer" is no Schumer
        comma = body.find(",", s.speaker.start, s.speaker.end)
        end = comma if comma >= 0 and name and name in body[s.speaker.start:comma] else s.speaker.end
        inside = [(m, e) for m, e in named if s.speaker.start <= m.start and m.end <= end
                  and (m.label not in PLACE_LABELS or m.end >= end - 1 and not of_a_body
                       and not _where(body, s.speaker.start, m.start))]
        people = [e for m, e in inside if m.label == "PERSON"]
        eid = people[0] if people else None if _owned_body(inside, body, language) else inside[-1][1] if inside else None
    if eid is not None and index is not None and len(name.split()) == 1 and index.entity(eid).cls != "person":
        eid = _only_person(fold(name), index) or eid
    if eid is None and s.speaker_kind != "body" and len(titled := name.split()) > 1 and title_word(titled[0]):
        name = " ".join(titled[1:])  # "Նախարար Միրզոյան", "Ministar Marković": the person after the title
    if eid is None and index is not None and s.speaker_kind != "body" and name.split() and \
            all(w[:1].isupper() or w[:1].lower() == w[:1].upper() for w in name.split()):
        # a name, not "the minister"; in a script without capitals, any
        eid = _known_person(fold(name), index)
        for spelled in _english_spelled(name, language):  # "Irakli Kobachidse" in German
            if eid is None:
                eid = _known_person(spelled, index)
        if eid is None and language == "hy":  # "Կոբախիձեն ասել է": the name with Armenian's article
            bare = _without_article(name, body[s.speaker.end:].lstrip()[:1] if s.speaker is not None else "")
            eid = _known_person(fold(bare), index) if bare else None
        if eid is None and language in FEMININE_OVA and (bare := FEMININE_SURNAME.sub("", name)) != name:
            eid = _known_person(fold(bare), index)  # "Hostakova": Mirela Hostak, as Serbian names a woman
        if eid is None and language in SLAVIC_CASES and " " not in name:
            # "Према речима Лаврова", "prema rečima Zaharove": a lone surname in another case, the person known
            eid = next((e for form in _nominatives(name) if (e := _known_person(fold(form), index)) is not None), None)
        if eid is None and ARABIC.search(name):
            eid = _spelled_in_abjad(name, index, language)
        if eid is None and len(name.split()) > 1:  # "Շարլ Միշել" is Charles Michel, as Armenian writes his sounds
            eid = sounding_person(index, fold(name), name, language)
    if eid is None and s.speaker is not None and company_noun(name):
        eid = _company_named_before(named, s.speaker.start, body)
    if eid is None and index is not None and s.speaker_kind == "body":
        eid = _known_body(name, language, index)
    if eid is None and index is not None and s.speaker_kind in (None, "body") and " " not in name.strip():
        eid = _known_place(name, language, index)
    return eid


def _known_place(name: str, language: str | None, index: EntityIndex) -> int | None:
    """The place the gazetteer knows by a speaker's one word, in any case form, where no mention named it (a language
    read without an entity model): "Јереван", "Երևանը", "ایروان" are Yerevan, which speaks for its government."""
    known = known_in_any_form(name.strip(), language, ("GPE", "LOC"))
    return _gazetteer_entity(known[0], "place", known[1], index) if known is not None else None


def _known_body(name: str, language: str | None, index: EntityIndex) -> int | None:
    """The organisation a body's whole name is in the gazetteer, in any language, where no mention named it (a
    language read without an entity model): "Corte internazionale di giustizia" and "Міжнародний суд ООН" are the
    International Court of Justice, the entity its English mentions have."""
    known = known_name(name, language)
    if known is None or known[1] != "ORG" or known[2]:
        return None
    return _gazetteer_entity(known[0], "org", "ORG", index)


def _gazetteer_entity(name: str, cls: str, label: str, index: EntityIndex) -> int:
    "The entity of a name the gazetteer gives, the one its mentions elsewhere have, made if none has it yet."
    key = fold(name)
    eid = index.alias(cls, key)
    if eid is None:
        eid = index.new_id()
        index.add_entity(EntityRecord(eid, name, cls, label))
        index.add_alias(cls, key, eid)
    return eid


def _company_named_before(named: list[tuple[Mention, int]], at: int, body: str) -> int | None:
    """The entity of the last company the article named before ``at``: an organisation whose name has no word of a
    public body, a party, a movement or a news outlet in any language ("Aurex Mining", "Тарвекс", "Société Générale",
    not "Профсоюз горняков" nor "МИД Сардавии") and is no person's the model tagged a body ("Samantha Power"), or a
    name that ends as only a company's does ("Eryrfaen Minerals"), whatever the model took it for."""
    for m, eid in reversed(named):
        if m.end <= at and (a_company_named(m, body) or company_name(m.text)) and body_kind(m.text) is None \
                and not any(w.startswith(body_words()) and not listed(w, COMPANY_WORDS) or listed(w, NOT_COMPANIES)
                            for w in re.findall(r"[^\W\d_]+", m.text.lower())):  # "Société Générale" is a company
            return eid
    return None


def _spelled_in_abjad(name: str, index: EntityIndex, language: str | None) -> int | None:
    """The one person a name in Persian or Arabic script can spell, short vowels unwritten: among those
    whose surname has its consonants ("تئودور کالوانی" and Teodor Kalvany are both ~kln), past a rank or an
    honorific before the name ("سرلشکر", "الشيخ"; data/words.tsv "abjad-titles")."""
    words = name.split()
    while len(words) > 1 and words[0] in ABJAD_TITLES:  # "سرلشکر محمد باقری": a rank, not a first name
        words.pop(0)
    found = {eid for eid in index.surname(skeleton_key(words[-1]))
             if same_name(" ".join(words), index.entity(eid).name, language)}
    return found.pop() if len(found) == 1 else None


def _without_article(name: str, after: str) -> str | None:
    """An Armenian name without the article ն, where the ն can be one: after a vowel ("Կոբախիձեն"), but not
    the surnames' own -յան (Փաշինյան), and after a consonant before a word that begins with a vowel, where
    Armenian writes ն for ը ("Լավրովն ասել է", "Փաշինյանն ասել է"). ``after``: the next word's first letter."""
    if len(name) < 2 or not name.endswith("ն") or name.endswith("յան"):
        return None
    return name[:-1] if name[-2] in ARMENIAN_VOWELS or after in ARMENIAN_VOWELS else None


def _nominatives(name: str) -> list[str]:
    "The nominatives a lone Slavic surname in another case may stand for, read in Latin letters."
    latin = fold(name)
    return [latin[:-len(end)] + nominative for end, nominative in CASE_ENDINGS
            if latin.endswith(end) and len(latin) - len(end) >= 4]


def _english_spelled(name: str, language: str | None) -> tuple[str, ...]:
    "A name's keys as English spells the sounds of its language's alphabet (``names.english_keys``)."
    from ..analyse.names import english_keys

    return english_keys(name.split(), [fold(w) for w in name.split()], language)


def _known_person(key: str, index: EntityIndex) -> int | None:
    """The person known by this name key, or the only one with its surname whose given name is the
    same or unknown: "maria zaharova" is Maria Zakharova, "sergei lavrov" not Andrei Lavrov."""
    eid = index.alias("person", key)
    if eid is not None or not key:
        return eid
    eid = _only_person(key.split()[-1], index)
    if eid is None or len(key.split()) == 1:
        return eid
    known = fold(index.entity(eid).name).split()
    return eid if len(known) == 1 or known[0] == key.split()[0] else None


def _owned_body(inside: list[tuple[Mention, int]], body: str, language: str | None) -> bool:
    """A body's name followed by the place whose body it is ("МИД Армении", "the Foreign Ministry of Armenia"):
    neither is the speaker. The place is not ("В МИД Армении заявили" is no word of Armenia's), nor is the body's
    own entity, which every country's ministry named by its initials shares ("МИД"): such a speaker is known by
    its whole name. Russian and Ukrainian say whose without a word, in the genitive; a place in the nominative
    after a body is the speaker, set beside it ("член НАТО Турция")."""
    return any(m.label == "ORG" and n.label in PLACE_LABELS and (
        OWNER_WORD.fullmatch(body, m.end, n.start) or body[m.end:n.start].isspace() and _genitive(n.text, language))
        for (m, _), (n, _) in zip(inside, inside[1:]))


def _genitive(place: str, language: str | None) -> bool:
    """A place's name that may be in the genitive, in Russian or Ukrainian: 'Армении', 'Азербайджана', 'України'; any
    case but the nominative, since the dictionary guesses an unknown name's case ("Кельсении": the locative only)."""
    from ..analyse import slavic

    if language not in ("ru", "uk") or not slavic.available(language):
        return False
    return any(p.tag.case not in (None, "nomn") for p in slavic.morph(language).parse(place.split()[-1]))


def _where(body: str, start: int, at: int) -> bool:
    """A place after 'in' or 'from' says where the speakers are ('military officers in Gabon'), not who they are;
    after 'for' whom a body stands for ('Democracy for America')."""
    return bool(re.search(r"\b(?:in|at|from|near|outside|inside|for)\s+(?:the\s+)?$", body[start:at], re.I))


def speaker_surnames(article: Article) -> set[str]:
    "The surnames ``speaker_entities`` may look up in the index: the last word of each speaker's name, folded."
    return {key.split()[-1] for s in article.statements if s.speaker_name
            for key in (fold(s.speaker_name), *_english_spelled(s.speaker_name, article.language)) if key} | \
        {skeleton_key(s.speaker_name.split()[-1]) for s in article.statements
         if s.speaker_name and ARABIC.search(s.speaker_name)} | \
        {sound_key(fold(s.speaker_name).split()[-1]) for s in article.statements
         if s.speaker_name and len(s.speaker_name.split()) > 1 and fold(s.speaker_name).split()}


def _only_person(surname: str, index: EntityIndex) -> int | None:
    "The one person in the corpus known by this surname, if exactly one is."
    people = index.surname(surname)  # people only: the index keeps surnames of people
    return next(iter(people)) if len(people) == 1 else None

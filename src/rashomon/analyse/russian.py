"""Named entities in Russian text: natasha's NER model, names brought to the nominative.

natasha's wheel bundles its slovnet NER model and navec embeddings, so nothing is downloaded;
the files are checked against the hashes pinned in ``data/models.json`` when they load, and
they load only in a process that meets a Russian article. pymorphy3 turns the case forms a
name takes in a sentence into its dictionary form (Байрамовым -> Байрамов), so the key is the
one an English article gives the same name (``names.name_key``: bairamov).

Both come with the ``languages`` extra; without it a Russian article gets no mentions and
joins its story through the names it shares (``group.names``).
"""

from __future__ import annotations

import logging
import re
from functools import cache

from .names import base_forms

log = logging.getLogger(__name__)

LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
NAME_TAGS = ("Surn", "Name", "Geox", "Orgn", "Patr")
RELATIONAL = re.compile(r"ск(?:ий|ая|ое|ие|ого|ому|ом|ой|ую|им|их|ими)$", re.I)  # a place's adjective: Лачинский, Карабахской


@cache
def available() -> bool:
    """Whether natasha and pymorphy3 are installed; says once, in the log, when they are not."""
    try:
        import natasha  # noqa: F401
        import pymorphy3  # noqa: F401
    except ImportError:
        log.warning("no entities for Russian articles: pip install 'rashomon[languages]' for natasha's model")
        return False
    return True


@cache
def ner():
    """natasha's news NER tagger, its files checked against the pinned hashes; once per process."""
    from natasha import NewsEmbedding, NewsNERTagger

    from .nlp import verify_model

    verify_model("natasha")
    return NewsNERTagger(NewsEmbedding())


@cache
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def russian_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, label, dictionary form) of each person, organisation and place named.

    A surname alone takes the form a full name in the same article gave it, so "Драна"
    after "Мико Драном" is Дран, whatever the dictionary says "драный" is.
    """
    found = []
    for span in ner()(text).spans:
        label = LABELS.get(span.type)
        words = text[span.start : span.stop].split()
        if label and words:
            found.append((span.start, span.stop, label, nominative(words, person=label == "PERSON")))
    surnames = {normal.split()[-1] for _, _, label, normal in found if label == "PERSON" and " " in normal}
    lone = {normal for _, _, label, normal in found if label == "PERSON" and " " not in normal}
    return [(s, e, label, _known_surname(text[s:e], surnames) or normal if label == "PERSON" and " " not in normal
             else _full_name(normal, lone) if label == "PERSON" else normal) for s, e, label, normal in found]


def _full_name(normal: str, lone: set[str]) -> str:
    """A full name the dictionary left in its case form ("Джейхуна Байрамова": a first name it does not
    know) takes the nominative the article gives the surname alone ("Байрамов отверг ...")."""
    words = normal.split()
    known = _known_surname(words[-1], lone)
    if known is None or known == words[-1]:
        return normal
    return " ".join([next((f for f in base_forms(w, "ru") if f != w), w) for w in words[:-1]] + [known])


def _known_surname(word: str, surnames: set[str]) -> str | None:
    return next((form for form in base_forms(word, "ru") if form in surnames), None)


def nominative(words: list[str], person: bool = False) -> str:
    """The name in the nominative: "Джейхуном Байрамовым" -> "Джейхун Байрамов".

    A person's patronymic is left out (English writes "Sergei Lavrov", Russian often
    "Сергей Викторович Лавров"), and a surname takes the gender of the first name, so that
    "Марии Захаровой" is Захарова and "Сергея Лаврова" Лавров.
    """
    if person and len(words) > 2:
        words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not _is_patronymic(w)]
    out, gender = [], None
    for i, word in enumerate(words):
        parse = _name_parse(word, gender)
        if person and i == 0 and len(words) > 1 and parse is not None and "Name" in parse.tag:
            gender = parse.tag.gender
        if person and (parse is None or not any(t in parse.tag for t in NAME_TAGS)):
            out.append(_unknown_surname(word, gender))  # a name the dictionary does not know
        elif parse is None:
            out.append(word)
        elif not person and RELATIONAL.search(word) and (adjective := next(
                (p for p in morph().parse(word) if p.tag.POS == "ADJF"), None)) is not None:
            # "в Лачинском коридоре": the adjective of a place, not a place "Лачинск"
            form = adjective.inflect({"nomn"})
            out.append(_restore_case(word, form.word if form else adjective.normal_form))
        else:
            form = parse.inflect({"nomn"})
            out.append(_restore_case(word, form.word if form else parse.normal_form))
    return " ".join(out)


def name_gender(name: str) -> str | None:
    """'masc' or 'femn' for a person's name in any case ("Марии Захаровой", "Лаврову"); None when
    the dictionary cannot tell."""
    for word in name.split():
        parse = _name_parse(word, None)
        if parse is not None and any(t in parse.tag for t in ("Name", "Surn")) and parse.tag.gender in ("masc", "femn"):
            return parse.tag.gender
    return None


def _unknown_surname(word: str, gender: str | None) -> str:
    """Russian declension of a name no dictionary has: Драном, Драну, Дране -> Дран; Драна too for a man.

    An adjective-like surname (Навального) is declined as the adjective it looks like.
    """
    lower = word.lower()
    if lower.endswith(ADJECTIVE_ENDINGS):
        parse = next((p for p in morph().parse(word) if p.tag.POS == "ADJF"), None)
        form = parse.inflect({"nomn", "masc" if gender != "femn" else "femn", "sing"}) if parse else None
        if form:
            return _restore_case(word, form.word)
    for endings, strip in ((("ом", "ем", "ём"), 2), (("у", "ю", "е"), 1), (("а", "я"), 1)):
        if lower.endswith(endings) and len(word) - strip >= 3 and _consonant(lower[-strip - 1]):
            if endings[0] == "а" and gender != "masc" or gender == "femn":
                break  # Захарова, Мила: the nominative of a woman's name
            return word[:-strip]
    return word


def _consonant(c: str) -> bool:
    return c.isalpha() and c not in "аеёиоуыэюяйь"


ADJECTIVE_ENDINGS = ("ого", "ому", "ым", "им", "ой", "ая", "ую", "ий", "ый", "ое")
def _name_parse(word: str, gender: str | None):
    """The likeliest reading of a word as one person, place or thing named; None if it has none.

    Plural readings are never a name ("Пашинян" is not the genitive plural of "пашинянин").
    """
    parses = [p for p in morph().parse(word) if p.tag.POS in ("NOUN", "ADJF") and "plur" not in str(p.tag)]
    parses.sort(key=lambda p: p.tag.POS != "NOUN")  # stable: likeliest noun first, adjectives (Навальный) after
    named = [p for p in parses if any(t in p.tag for t in NAME_TAGS)] or parses
    if gender:
        named = [p for p in named if p.tag.gender == gender or "ms-f" in str(p.tag)] or named
    return named[0] if named else None


def _is_patronymic(word: str) -> bool:
    return any("Patr" in p.tag for p in morph().parse(word)[:2])


def _restore_case(original: str, normal: str) -> str:
    if original.isupper() and len(original) > 1:
        return normal.upper()  # ООН, МИД
    if original[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in normal.split("-"))
    return normal

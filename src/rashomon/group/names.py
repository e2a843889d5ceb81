"""Which words of a text are names, in any script: what grouping compares across languages.

A capitalised word is a name unless a sentence starts with it and it is a common word
("Министр", "Стороны"); in Persian and Arabic, which have no capitals, a word is a name
when it is too rare to be a common one. ``group.signature`` turns each name into the
Latin keys that meet across scripts and case forms (``analyse.names``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..analyse.entities import known_name
from ..analyse.names import ARABIC, HEBREW, UNCASED, ZWNJ, clitic_stems

WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*", re.UNICODE)  # Persian joins a word's parts with a ZWNJ
COMMON = 4.0  # a Persian or Arabic word this frequent (Zipf) is a common word, not a name
ATTESTED = 3.2  # a Hebrew word with a preposition this frequent is an inflected common word, not a name with it
SERBO_CROATIAN = {"sr": "sh", "hr": "sh", "bs": "sh", "me": "sh"}
NOUNS_CAPITALISED = frozenset({"de"})  # a language that capitalises every noun: a capital says no name there
INTERNATIONAL = 2.5  # a capitalised German word English uses this often (Zipf) may be a name: Merkel, Putin, Wagner
COMPOUND_TAIL, MIN_HEAD, MIN_TAIL = 3.5, 4, 5  # a German compound's last noun, and the letters it and the rest have
# What Persian sets apart from a word with a zero-width non-joiner: a verb's prefix ("می‌گوید"), a plural, a
# possessive or a degree ("شیفت‌ها", "بزرگ‌ترین"). The rest is one word: a place ("قره‌باغ", Karabakh), a name.
JOINED_PREFIXES = frozenset(("می", "نمی"))
JOINED_SUFFIXES = frozenset(("ها", "های", "هایی", "هایش", "ای", "ی", "ام", "ات", "اش", "اند", "ایم", "اید", "تر",
                             "ترین", "شان", "مان", "تان", "است"))
# the Russian -ov, -yev, -ova of a surname that Persian writes apart from a Muslim first name: "علی‌اف" (Aliyev)
SURNAME_ENDINGS = frozenset(("اف", "یف", "وف", "اوا", "یوا"))


def common_word(word: str, lang: str | None, sentence_start: bool) -> bool:
    """A common word rather than a name: capitalised only because a sentence starts with it
    ("Министр", "Стороны"), a German noun (``capitalised_noun``), or, in a script without capitals, simply
    frequent."""
    if not (sentence_start or UNCASED.search(word) or lang in NOUNS_CAPITALISED):
        return False
    from wordfreq import zipf_frequency

    if lang in NOUNS_CAPITALISED and not UNCASED.search(word):
        return capitalised_noun(word.lower())
    hebrew = HEBREW.search(word) is not None
    if hebrew or ARABIC.search(word):  # also without the article or conjunction written onto it
        listed = "he" if hebrew else lang if lang in ("fa", "ar", "ur") else "fa"
        # (a Hebrew word that is itself rare, as a name with a preposition is, only without the article: "לברוב", to
        # Lavrov, is no "ברוב", mostly; "בתקיפה", in the strike, is "תקיפה")
        rare = hebrew and zipf_frequency(word, listed) < ATTESTED
        return any(zipf_frequency(w, listed) >= COMMON for w in (word, *clitic_stems(word, lang, article=rare)))
    listed = frequency_language(lang)
    return listed is not None and zipf_frequency(word.lower(), listed) >= COMMON


@lru_cache(maxsize=65536)
def capitalised_noun(word: str) -> bool:
    """A German word (lower case) that is a common noun, which German capitalises, rather than a name: frequent in
    German and rare in English ("Regierung", "Angriff"), or a compound that ends in such a noun ("Bundeskanzler",
    "Kremlsprecher"). Names known abroad are frequent in English news too ("Merkel", "Putin", "Wagner"), rare names
    in neither ("Baerbock", "Selenskyj"); a German surname frequent at home ("Schröder") or made of two nouns
    ("Wagenknecht") is lost, and places are looked up in the gazetteer before (the German states, "Gazastreifen")."""
    from wordfreq import zipf_frequency

    def german_only(w: str, most: float) -> bool:
        return zipf_frequency(w, "de") >= most and zipf_frequency(w, "en") < INTERNATIONAL

    return german_only(word, COMMON) or any(german_only(word[i:], COMPOUND_TAIL)
                                            for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1))


@cache
def frequency_language(lang: str | None) -> str | None:
    """The language wordfreq can tell how common this language's words are in, if any: Serbian, Croatian
    and Bosnian are one list ("sh", in either script). wordfreq also lists Chinese, Japanese and Korean,
    yet reads them only with tokenizers it does not install (jieba, MeCab), and Thai not at all."""
    from wordfreq import available_languages, word_frequency

    listed = SERBO_CROATIAN.get(lang or "", lang)
    if listed not in available_languages():
        return None
    try:
        word_frequency("news", listed)
    except (ImportError, LookupError):
        return None
    return listed


@lru_cache(maxsize=65536)
def name_parts(word: str, lang: str | None) -> tuple[str, ...]:
    """The words of ``WORD`` that may be names, of at least three letters. A word that Persian joins with
    zero-width non-joiners loses its prefixes and suffixes, and stays one word where the whole is a known
    place ("قره‌باغ", Karabakh), ends in a Russian surname's ending ("علی‌اف", Aliyev) or is made of rare parts
    ("قیزیل‌چام", Kızılçam); common parts ("آتش‌بس", ceasefire; "زغال‌سنگ", coal) are words of their own, as
    they were, and so are the parts a non-joiner sets apart in any other script."""
    if ZWNJ not in word:
        return (word,) if len(word) >= 3 else ()
    parts = word.split(ZWNJ)
    if ARABIC.search(word):
        while len(parts) > 1 and parts[0] in JOINED_PREFIXES:
            parts.pop(0)
        while len(parts) > 1 and parts[-1] in JOINED_SUFFIXES:
            parts.pop()
        joined = ZWNJ.join(parts)
        if len(parts) > 1 and (parts[-1] in SURNAME_ENDINGS or known_name(joined, lang)
                               or known_name(" ".join(parts), lang)
                               or not any(common_word(p, lang, False) for p in parts)):
            return (joined,)
    return tuple(p for p in parts if len(p) >= 3)


def starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'«“„(»”’":  # and a quotation closed after its full stop: "long. » Elle"
        i -= 1
    return i < 0 or text[i] in ".!?:;\n…։"  # the last, the Armenian full stop

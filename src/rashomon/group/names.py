"""Which words of a text are names, in any script: what grouping compares across languages.

A capitalised word is a name unless a sentence starts with it and it is a common word
("Министр", "Стороны"); in Persian and Arabic, which have no capitals, a word is a name
when it is too rare to be a common one. ``group.signature`` turns each name into the
Latin keys that meet across scripts and case forms (``analyse.names``).
"""

from __future__ import annotations

import re
from functools import cache

from ..analyse.names import ARABIC

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)  # a zero-width non-joiner ends a word: Persian "می‌گوید" gives "گوید"
COMMON = 4.0  # a Persian or Arabic word this frequent (Zipf) is a common word, not a name
SERBO_CROATIAN = {"sr": "sh", "hr": "sh", "bs": "sh", "me": "sh"}


def common_word(word: str, lang: str | None, sentence_start: bool) -> bool:
    """A common word rather than a name: capitalised only because a sentence starts with it
    ("Министр", "Стороны"), or, in a script without capitals, simply frequent."""
    if not (sentence_start or ARABIC.search(word)):
        return False
    from wordfreq import zipf_frequency

    if ARABIC.search(word):
        return zipf_frequency(word, lang if lang in ("fa", "ar", "ur") else "fa") >= COMMON
    listed = frequency_language(lang)
    return listed is not None and zipf_frequency(word.lower(), listed) >= COMMON


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


def starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'«“„(»”’":  # and a quotation closed after its full stop: "long. » Elle"
        i -= 1
    return i < 0 or text[i] in ".!?:;\n…։"  # the last, the Armenian full stop

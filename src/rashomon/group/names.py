"""A foreign article's names, spelled as the corpus already spells them.

Stories compare an article in another language with a group by the share of its names
the group uses, so a Russian report of a call between "Лавров" and "Байрамовым" must
bring the terms English reports put in their groups: "lavrov", "bayramov". Each name is
looked up by its matching key (``analyse.names``) among the words the corpus has seen,
through its case forms (Байрамовым -> Байрамов); a Persian one, written without short
vowels, by its consonants and then a pattern. Countries, capitals and bodies known to
the gazetteer in any language (Россия, روسیه, ООН) become their English names. A name
the corpus has not seen keeps a key of its own, so that later articles in its language
can meet it.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Mapping
from functools import cache

from ..analyse.entities import fold, known_name
from ..analyse.names import ARABIC, abjad_matches, base_forms, name_key, name_keys, skeleton
from ..model import Article
from ..resources import language_stopwords, stopwords

WORD = re.compile(r"[^\W\d_][^\W\d_\u200c]{2,}", re.UNICODE)  # Persian words may hold a zero-width non-joiner
LATIN_WORD = re.compile(r"[a-z]{3,}")
NAME = "@"  # group.stories' prefix of a named entity's key
COMMON = 4.0  # a Persian or Arabic word this frequent (Zipf) is a common word, not a name
SPELLINGS = 4  # spellings of one key remembered (Zelensky, Zelenskyy, ...)


class NameIndex:
    """The corpus's words by matching key, and its names' words by consonant skeleton.

    Fed the grouping's document frequencies, whose terms only ever get added: each update
    reads the terms added since the last one.
    """

    def __init__(self) -> None:
        self.spellings: dict[str, list[str]] = {}  # key -> raw terms ("zelenski" -> ["zelensky", "zelenskyy"])
        self.skeletons: dict[str, set[str]] = {}  # skeleton -> keys of words of named entities ("lr" -> {"lavrov"})
        self.seen = 0

    def update(self, vocabulary: Mapping[str, int]) -> None:
        if len(vocabulary) == self.seen:
            return
        for term in itertools.islice(vocabulary, self.seen, None):
            if term[:1] == NAME:
                for word in term[1:].split():
                    if len(word) >= 3:
                        self.skeletons.setdefault(skeleton(word), set()).add(word)
            elif LATIN_WORD.fullmatch(term):
                known = self.spellings.setdefault(name_key(term), [])
                if len(known) < SPELLINGS:
                    known.append(term)
        self.seen = len(vocabulary)

    def spelling(self, word: str, lang: str | None, vocabulary: Mapping[str, int]) -> str | None:
        """The corpus's term for a name written in another script or language, if it has one."""
        if ARABIC.search(word):
            keys = [k for k in sorted(self.skeletons.get(skeleton(word), ())) if abjad_matches(word, k)]
        else:
            keys = name_keys(word, lang)
        for key in keys:
            if key in self.spellings:
                return max(self.spellings[key], key=lambda t: vocabulary.get(t, 0))
        return None


def foreign_names(article: Article, index: NameIndex, vocabulary: Mapping[str, int]) -> Counter:
    """Raw weights of the terms that stand for an article's names (title twice), before idf."""
    index.update(vocabulary)
    lang = article.language
    stop = stopwords() | language_stopwords(lang or "")
    counts: Counter = Counter()
    for text, weight in ((article.title or "", 2.0), (article.body, 1.0)):
        for match in WORD.finditer(text):
            word = match.group()
            if word.lower() in stop or not (word[0].isupper() or ARABIC.search(word)):
                continue
            terms = _terms(word, lang, index, vocabulary)
            if terms is None and not _common(word, lang, _starts_sentence(text, match.start())):
                terms = [_own_key(word, lang)]
            for term in terms or ():
                counts[term] += weight
    return counts


def _terms(word: str, lang: str | None, index: NameIndex, vocabulary: Mapping[str, int]) -> list[str] | None:
    """The terms the corpus knows this name by; None for a name it has not seen."""
    for form in base_forms(word, lang):
        known = known_name(form, lang)
        if known:  # Россия, Russie -> russia and the English articles' key for Russia
            words = [w for w in known[0].lower().split() if LATIN_WORD.fullmatch(w)]
            return [*words, NAME + fold(known[0])]
    spelled = index.spelling(word, lang, vocabulary)
    return [spelled] if spelled else None


def _common(word: str, lang: str | None, sentence_start: bool) -> bool:
    """A common word rather than a name: capitalised only because a sentence starts with it
    ("Министр", "Стороны"), or, in a script without capitals, simply frequent."""
    if not (sentence_start or ARABIC.search(word)):
        return False
    from wordfreq import zipf_frequency

    if ARABIC.search(word):
        return zipf_frequency(word, lang if lang in ("fa", "ar", "ur") else "fa") >= COMMON
    return lang in _frequency_languages() and zipf_frequency(word.lower(), lang) >= COMMON


@cache
def _frequency_languages() -> frozenset[str]:
    from wordfreq import available_languages

    return frozenset(available_languages())


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'«“„(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n…"


def _own_key(word: str, lang: str | None) -> str:
    """A key for a name the corpus has not seen, the same for its case forms: Лаврова, Лавровым -> lavrov."""
    forms = base_forms(word, lang)
    stem = min(forms, key=len) if len(forms) > 1 else word
    return name_key(stem, lang) or word.lower()


def weighted(counts: Counter, limit: int) -> Counter:
    """The ``limit`` heaviest terms, damped as group.stories weighs an article's terms."""
    return Counter({t: 1 + math.log(c) for t, c in counts.most_common(limit)})

"""Stage language.v1: the language of the body, unless the input said so."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..model import Article
from ..vocabulary import words
from .registry import Context, stage

WORD = re.compile(r"[^\W\d_]+")


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# languages so close that the identifier splits a text's probability between them: Bosnian, Croatian and
# Serbian in Latin letters ("bs 0.47, hr 0.47"), Indonesian and Malay; sure of the group, it takes the first
CLOSE_LANGUAGES = ({"bs", "hr", "sr", "sh", "me"}, {"id", "ms"})


def detect_language(text: str) -> str | None:
    "ISO 639-1 code, or None when the text is too short to tell."
    if len(text.strip()) < 20:
        return None
    head = text[:2000]  # plenty to tell a language, and linear in length
    ranked = _identifier().rank(head)
    lang, prob = ranked[0]
    group = next((g for g in CLOSE_LANGUAGES if lang in g), {lang})
    if sum(p for code, p in ranked if code in group) < 0.5:
        return None
    return "sr" if "sr" in group and _ekavian(head) else lang


def _ekavian(text: str) -> bool:
    """Serbian writes the old vowel ě as "e" ("reka", "vesti", "pre"), Bosnian and Croatian as "ije" or
    "je" ("rijeka", "vijesti", "prije"), and each has a few words of its own ("bezbednost", "sigurnost"):
    more of the common words that differ are Serbian ones. The identifier cannot tell them apart."""
    counts = Counter(WORD.findall(text.lower()))
    return sum(counts[w] for w in words("ekavian")) > sum(counts[w] for w in words("ijekavian"))


@stage("language.v1", assigns=["language"])
def language(article: Article, ctx: Context) -> Article:
    if article.language:
        return article.replace(language=article.language.lower()[:2])
    return article.replace(language=detect_language(article.body))

"""Stage language.v1: the language of the body, unless the input said so."""

from __future__ import annotations

from functools import cache

from ..model import Article
from .registry import Context, stage


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    "ISO 639-1 code, or None when the text is too short to tell."
    if len(text.strip()) < 20:
        return None
    lang, prob = _identifier().classify(text[:2000])  # plenty to tell a language, and linear in length
    return lang if prob >= 0.5 else None


@stage("language.v1", assigns=["language"])
def language(article: Article, ctx: Context) -> Article:
    if article.language:
        return article.replace(language=article.language.lower()[:2])
    return article.replace(language=detect_language(article.body))

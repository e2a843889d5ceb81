"""Stage sentences.v1: sentence offsets into the body.

English text uses the spaCy parse (robust to "Sept. 27" and quotes), with a forced
break at every paragraph. Other languages use a rule splitter that respects common
abbreviations and never crosses a paragraph.
"""

from __future__ import annotations

import re

from ..model import Article, Sentence
from .registry import Context, stage

ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Nr|vs|etc|Inc|Ltd|Corp|Co|U\.S|U\.N|z\.B|bzw|ca|Nr|Dr|Hr|Fr|St|M|Mme)\.)$")
# a sentence ends before a capital, a digit, or a letter of a script without capitals (Persian, Arabic, Hebrew,
# Georgian); capitals in Latin, Cyrillic (with Є, І, Ї, Ґ, Ђ, Ј), Armenian and Greek (accented too). Armenian
# ends a sentence with "։", or online with a colon before an Armenian capital
BOUNDARY = re.compile(r"(?:[.!?…؟։]+[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-Þ\u0400-\u042F\u0490\u0531-\u0556\u0386-\u03A9"
                      r"\u0600-\u06FF\u05D0-\u05EA\u10D0-\u10FF0-9])|:\s+(?=[\u0531-\u0556]))")


@stage("sentences.v1", requires=["language"], assigns=["sentences"])
def sentences(article: Article, ctx: Context) -> Article:
    if article.english:
        doc = ctx.parse(article)
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = rule_sentences(article.body)
    return article.replace(sentences=tuple(_trimmed(article.body, spans)))


def rule_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in BOUNDARY.finditer(para.group()):
            end = para.start() + m.end()
            if ABBREVIATIONS.search(text[start : para.start() + m.start() + 1]):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, para.end()))
    return spans


def _trimmed(text: str, spans) -> list[Sentence]:
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end))
    return out

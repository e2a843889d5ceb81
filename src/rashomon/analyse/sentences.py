"""Stage sentences.v1: sentence offsets into the body.

English text uses the spaCy parse (robust to "Sept. 27" and quotes), with a forced
break at every paragraph. Other languages use a rule splitter that respects common
abbreviations and never crosses a paragraph.
"""

from __future__ import annotations

import re

from ..ingest.dates import past_dateline
from ..ingest.months import month_names
from ..model import Article, Sentence
from .registry import Context, stage

ABBREVIATIONS = re.compile(
    r"(?:\b(?:[A-ZА-ЯЁІЇЄҐЈЉЊЋЏ]|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Nr|vs|etc|Inc|Ltd|Corp|Co|U\.S|U\.N|z\.B|bzw|ca|Nr|Dr|Hr|Fr|St|M|Mme)\.)$")
# a sentence ends before a capital, a digit, or a letter of a script without capitals (Persian, Arabic, Hebrew,
# Georgian), or a dash that opens speech ("— Блокады нет, — сказал он"); capitals in Latin, Cyrillic (with Є, І, Ї, Ґ, Ђ, Ј), Armenian and Greek (accented too). Armenian
# ends a sentence with "։", or online with a colon before an Armenian capital
# a quotation opens with „ and closes with “ in Serbian, Macedonian and German ("„Ne.“ Onda ..."), and French sets
# its guillemets apart with a space ("« Je ... »")
# "halted at 7 a.m. Kyiv time (0500 GMT)": the parser ends a sentence after "a.m." before a capital; the
# sentence goes on where what follows is the clock's zone or a bracket, not a new subject
# Armenian's colon, "․" or a full stop typed for it, before a quotation: "հայտարարել է. «...»" (said: "...")
ARMENIAN_COLON = re.compile(r"[\u0561-\u0587][.\u2024]\s+«")
POSTED_LETTER = re.compile(r"\b(?:on|sur|su|en|auf|na|в|на|у)\s+X\.$")  # "sur X.": the network, no initial
ORDINAL_DAY = re.compile(r"(?<![\d.])[0-3]?\d\.\s+$")
NEXT_WORD = re.compile(r"[^\W\d_]+")
ABBREVIATION_END = re.compile(r"\b[A-Z][A-Za-z]{0,3}\.\)?\s*$")  # "Sen.", "Inc.", "(R-Wyo.)", "U.S."
LOWER_WORD = re.compile(r"\s*[a-z]+\b(?![-’'][A-Z])")  # a word that opens no sentence: "in", not "eBay" or "iPhone"
CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.I)
CLOCK_GOES_ON = re.compile(r"\s*(?:[A-Z][\w-]*\s+time\b|[(a-z]|(?:GMT|UTC|[A-Z]{1,3}[SD]T|CET|CEST|EET|EEST|MSK)\b)")
BOUNDARY = re.compile(r"(?:[.!?…؟։]+[\"'”’»“)]*\s+(?=(?:[—–]\s)?(?:«[ \u00a0\u202f]?|[\"'“‘„‚(])?"
                      r"[A-ZÀ-ÖØ-Þ\u0400-\u042F\u0490\u0531-\u0556\u0386-\u03A9"
                      r"\u0600-\u06FF\u05D0-\u05EA\u10D0-\u10FF0-9])|:\s+(?=[\u0531-\u0556]))")


@stage("sentences.v1", requires=["language"], assigns=["sentences"])
def sentences(article: Article, ctx: Context) -> Article:
    if article.english:
        doc = ctx.parse(article)
        spans = _rejoined(article.body, [(s.start_char, s.end_char) for s in doc.sents])
    else:
        spans = rule_sentences(article.body)
    return article.replace(sentences=tuple(_trimmed(article.body, _dateline_joined(article.body, spans))))


def rule_sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        start = para.start()
        for m in BOUNDARY.finditer(para.group()):
            end = para.start() + m.end()
            before = text[start : para.start() + m.start() + 1]
            if ABBREVIATIONS.search(before) and not _letter_ends(before, text[end:end + 1]) \
                    or _ordinal_date(text, start, end) or ARMENIAN_COLON.match(text, para.start() + m.start() - 1):
                continue
            spans.append((start, end))
            start = end
        spans.append((start, para.end()))
    return spans


def _letter_ends(before: str, after: str) -> bool:
    """A single letter and its full stop that end a sentence rather than stand for a first name: the network the
    sentence was posted on ("a annoncé Emmanuel Macron sur X. « Je ...»"), or a letter before a quotation or a
    dash that opens speech, where an initial would go on to a name."""
    return POSTED_LETTER.search(before) is not None or \
        re.search(r"\b[^\W\d_]\.$", before) is not None and after in "«\"“„—–"


def _ordinal_date(text: str, start: int, end: int) -> bool:
    "A day written as an ordinal before its month ('am 3. März', '11. veljače'): no sentence ends there."
    day = ORDINAL_DAY.search(text, start, end)
    word = NEXT_WORD.match(text, end)
    return day is not None and word is not None and word.group().casefold() in month_names()


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences the parser cut after 'a.m.' or 'p.m.' where the time goes on ('7 a.m. Kyiv time'), or after an
    abbreviation where a lower-case word goes on ("challenging Sen. Mike Enzi (R-Wyo.) in next year's primary")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and "\n" not in text[out[-1][1]:start] and (
                CLOCK_END.search(text, out[-1][0], out[-1][1]) and CLOCK_GOES_ON.match(text, start, end)
                or ABBREVIATION_END.search(text, out[-1][0], out[-1][1]) and LOWER_WORD.match(text, start, end)):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _dateline_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A wire dateline cut off as a sentence of its own ("VARNO, May 14 (Reuters) -", "МОСКВА, 31 января.
    /ТАСС/.") opens the sentence after it: it says where and when, and is no claim of its own."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and "\n" not in text[out[-1][1]:start] and _only_dateline(text, *out[-1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _only_dateline(text: str, start: int, end: int) -> bool:
    "A span that opens its paragraph and holds nothing but its dateline."
    while start < end and text[start].isspace():
        start += 1
    if start and text[start - 1] != "\n":
        return False
    return past_dateline(text, start, len(text)) >= start + len(text[start:end].rstrip()) > start


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

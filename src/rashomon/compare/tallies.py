"""Vote tallies: "by 13 votes to 2", "12 голосами против трёх", "par douze voix contre trois".

A court's or a parliament's vote is a pair of counts that outlets copy, translate and
sometimes get wrong. Written out in words or digits, in a phrasing of its own in each
language, it is read here as (for, against), so that two reports of one vote compare
whatever their language.
"""

from __future__ import annotations

import re
from functools import cache

# the counts a tally is written with in words, each language's forms (Russian and Ukrainian in the cases a
# tally takes: "голосами против двух", "проти трьох")
NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze",
    "de": "eins|einer|einem zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn",
    "it": "uno|una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici",
    "es": "uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince",
    "ru": "один|одного|одним два|двух|двумя три|трёх|трех|тремя четыре|четырёх|четырех пять|пяти шесть|шести "
          "семь|семи восемь|восьми девять|девяти десять|десяти одиннадцать|одиннадцати двенадцать|двенадцати "
          "тринадцать|тринадцати четырнадцать|четырнадцати пятнадцать|пятнадцати",
    "uk": "один|одного два|двох три|трьох чотири|чотирьох п'ять|п'яти шість|шести сім|семи вісім|восьми "
          "дев'ять|дев'яти десять|десяти одинадцять|одинадцяти дванадцять|дванадцяти тринадцять|тринадцяти "
          "чотирнадцять|чотирнадцяти п'ятнадцять|п'ятнадцяти",
}
N = r"(?:(?<![\d,.])\d{1,3}(?:[,\u00a0 ]\d{3})*(?![,.]?\d)|{words})"
# each language's phrasings, with the count for as "a" and the count against as "b"
PHRASINGS = {
    "en": [r"\b(?P<a>N)\s+votes?\s+to\s+(?P<b>N)\b", r"\b(?P<a>N)\s*[-–]\s*(?P<b>N)\s+vote\b"],
    "fr": [r"\b(?P<a>N)\s+voix\s+contre\s+(?P<b>N)\b"],
    "de": [r"\b(?P<a>N)\s+zu\s+(?P<b>N)\s+Stimmen\b", r"\b(?P<a>N)\s*:\s*(?P<b>N)\s+Stimmen\b"],
    "it": [r"\b(?P<a>N)\s+voti\s+(?:contro|a)\s+(?P<b>N)\b"],
    "es": [r"\b(?P<a>N)\s+votos\s+(?:contra|a\s+favor\s+y)\s+(?P<b>N)\b"],
    "ru": [r"(?<!\w)(?P<a>N)\s+голос\w*\s+против\s+(?P<b>N)(?!\w)"],
    "uk": [r"(?<!\w)(?P<a>N)\s+голос\w*\s+проти\s+(?P<b>N)(?!\w)"],
}


@cache
def _patterns(language: str) -> tuple[list[re.Pattern], dict[str, int]]:
    forms = NUMBER_WORDS.get(language, "")
    value = {form: n for n, word in enumerate(forms.split(), 1) for form in word.split("|")}
    words = "|".join(sorted(map(re.escape, value), key=len, reverse=True)) or r"(?!)"
    number = N.replace("{words}", words)
    return [re.compile(p.replace("N", number), re.I) for p in PHRASINGS.get(language, ())], value


def tallies(text: str, language: str | None) -> list[tuple[int, int]]:
    """The vote tallies a sentence gives, as (for, against), in its language's phrasings."""
    patterns, value = _patterns(language or "en")
    text = text.replace("’", "'").replace("ʼ", "'")  # Ukrainian "п’яти" as "п'яти"
    out = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            a, b = (int(re.sub(r"\D", "", x)) if x[:1].isdigit() else value[x.lower()] for x in (m["a"], m["b"]))
            out.append((a, b))
    return out


def vote_conflict(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> str | None:
    """'the vote, 13–2 vs 12–3' where two sentences each give one tally (``tallies``) and they differ;
    None otherwise."""
    if len(x) != 1 or len(y) != 1 or x == y:
        return None
    return f"the vote, {x[0][0]}–{x[0][1]} vs {y[0][0]}–{y[0][1]}"

"""Vote tallies: "by 13 votes to 2", "12 голосами против трёх", "par douze voix contre trois", and the
two sides named: "84 deputies voting in favour, 31 against", "за проголосовали 87 депутатов, против — 29".

A court's or a parliament's vote is a pair of counts that outlets copy, translate and
sometimes get wrong. Written out in words or digits, in a phrasing of its own in each
language, it is read here as (for, against), so that two reports of one vote compare
whatever their language.
"""

from __future__ import annotations

import re
from functools import cache

from ..analyse.phrasings import SAME_AS

# the counts a tally is written with in words, each language's forms (Russian and Ukrainian in the cases a
# tally takes: "голосами против двух", "проти трьох", and the collective "проти — двоє")
NUMBER_WORDS = {
    "en": "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty",
    "fr": "un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
          "seize dix-sept dix-huit dix-neuf vingt",
    "de": "eins|einer|einem zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
          "sechzehn siebzehn achtzehn neunzehn zwanzig",
    "it": "uno|una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
          "sedici diciassette diciotto diciannove venti",
    "es": "uno|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
          "dieciséis diecisiete dieciocho diecinueve veinte",
    "ru": "один|одного|одним два|две|двух|двумя|двое три|трёх|трех|тремя|трое "
          "четыре|четырёх|четырех|четырьмя|четверо "
          "пять|пяти|пятью|пятеро шесть|шести|шестью семь|семи|семью восемь|восьми|восемью девять|девяти|девятью "
          "десять|десяти|десятью одиннадцать|одиннадцати|одиннадцатью двенадцать|двенадцати|двенадцатью "
          "тринадцать|тринадцати|тринадцатью четырнадцать|четырнадцати|четырнадцатью "
          "пятнадцать|пятнадцати|пятнадцатью шестнадцать|шестнадцати|шестнадцатью семнадцать|семнадцати|семнадцатью "
          "восемнадцать|восемнадцати|восемнадцатью девятнадцать|девятнадцати|девятнадцатью двадцать|двадцати|двадцатью",
    "uk": "один|одного|одним два|дві|двох|двома|двоє три|трьох|трьома|троє чотири|чотирьох|чотирма|четверо "
          "п'ять|п'яти|п'ятьма|п'ятеро шість|шести|шістьма сім|семи|сімома вісім|восьми|вісьмома "
          "дев'ять|дев'яти|дев'ятьма десять|десяти|десятьма одинадцять|одинадцяти|одинадцятьма "
          "дванадцять|дванадцяти|дванадцятьма тринадцять|тринадцяти|тринадцятьма "
          "чотирнадцять|чотирнадцяти|чотирнадцятьма п'ятнадцять|п'ятнадцяти|п'ятнадцятьма "
          "шістнадцять|шістнадцяти|шістнадцятьма сімнадцять|сімнадцяти|сімнадцятьма вісімнадцять|вісімнадцяти|вісімнадцятьма "
          "дев'ятнадцять|дев'ятнадцяти|дев'ятнадцятьма двадцять|двадцяти|двадцятьма",
    "sr": "jedan|jednog|један|једног dva|dve|dva|два|две tri|три četiri|четири pet|пет šest|шест sedam|седам "
          "osam|осам devet|девет deset|десет jedanaest|једанаест dvanaest|дванаест trinaest|тринаест "
          "četrnaest|четрнаест petnaest|петнаест šesnaest|шеснаест sedamnaest|седамнаест osamnaest|осамнаест "
          "devetnaest|деветнаест dvadeset|двадесет",
    "mk": "еден|една два|две три четири пет шест седум осум девет десет единаесет дванаесет тринаесет "
          "четиринаесет петнаесет шеснаесет седумнаесет осумнаесет деветнаесет дваесет",
}
# nobody against, as a count of none: "none against", "nessun contrario", "بدون رأی مخالف", "tanpa suara menentang"
NONE = {
    "en": "none|nobody", "fr": "aucun|aucune|personne", "it": "nessun|nessuno|nessuna",
    "es": "ningún|ninguno|ninguna|nadie",
    "de": "keine|keiner|niemand", "ru": "ни одного|ни один|никто", "uk": "жодного|жоден|ніхто",
    "sr": "nijedan|nijedna|niko|ниједан|ниједна|нико", "mk": "ниедна|ниеден|никој", "id": "tanpa", "fa": "بدون",
    "hy": "ոչ մի|ոչ ոք",
}
N = r"(?:(?<![\d,.])\d{1,3}(?:[,\u00a0 ]\d{3})*(?![,.]?\d)|{words})"
W = r"(?:[^\W\d]+\s+)"  # a word between a count and its side: "84 deputies voting in favour"
AFTER = r"(?:\s+[^\W\d]+)?\s*,?\s*"  # what a count counts, before the other side: "87 депутатів, проти"
DASH = r"\s*[:—–-]?\s*"  # "против — 29", "դեմ՝ 31"
# each language's phrasings, with the count for as "a" and the count against as "b": "by N votes to M", and
# the two sides named ("84 deputies voting in favour, 31 against", "за проголосовали 87 депутатов, против — 29")
PHRASINGS = {
    "en": [r"\b(?P<a>N)\s+votes?\s+to\s+(?P<b>N)\b",
           r"\b(?P<a>N)\s*[-–]\s*(?P<b>N)\s+(?:\w+\s+)?(?:vote|ruling|order|decision|verdict|majority)\b",
           r"\bvoted\s+(?P<a>N)\s*(?:to|[-–])\s*(?P<b>N)\b",
           rf"\b(?P<a>N)\s+{W}{{0,2}}(?:voting\s+|voted\s+)?(?:in\s+favou?r|for)\b(?:\s+(?:it|the\s+\w+))?"
           rf"\s*(?:,|and|with|to)\s+(?P<b>N)\s+{W}{{0,2}}?(?:voting\s+|voted\s+)?against\b"],
    "fr": [r"\b(?P<a>N)\s+voix\s+contre\s+(?P<b>N)\b",
           rf"\b(?P<a>N)\s+{W}{{0,3}}?pour\s*(?:,|et)\s*(?P<b>N)\s+(?:voix\s+)?contre\b"],
    "de": [r"\b(?P<a>N)\s+zu\s+(?P<b>N)\s+Stimmen\b", r"\b(?P<a>N)\s*:\s*(?P<b>N)\s+Stimmen\b",
           r"\b(?P<a>N)\s+Ja-Stimmen\s*(?:,|und|bei)\s*(?P<b>N)\s+(?:Nein-|Gegen)stimmen\b",
           rf"\b(?P<a>N)\s+{W}{{0,4}}?(?:stimmten\s+)?für(?:\s+[^\W\d]+){{0,2}}\s*(?:,|und)\s*(?P<b>N)\s+(?:\w+\s+)?dagegen\b"],
    "it": [r"\b(?P<a>N)\s+voti\s+(?:contro|a)\s+(?P<b>N)\b",
           r"\b(?P<a>N)\s+(?:voti\s+)?(?:a\s+favore|favorevoli)\s*(?:,|e)\s*(?P<b>N)\s+(?:voti?\s+)?contrari[oa]?\b"],
    "es": [r"\b(?P<a>N)\s+votos\s+(?:contra|a\s+favor\s+y)\s+(?P<b>N)\b",
           r"\b(?P<a>N)\s+(?:votos\s+)?a\s+favor\s*(?:,|y)\s*(?P<b>N)\s+(?:votos\s+)?en\s+contra\b"],
    "ru": [r"(?<!\w)(?P<a>N)\s+голос\w*\s+против\s+(?P<b>N)(?!\w)",
           rf"(?<!\w)за\s+{W}{{0,3}}?проголосова\w*\s+(?P<a>N){AFTER}(?:а\s+)?против{DASH}(?P<b>N)(?!\w)",
           rf"(?<!\w)(?P<a>N)\s+{W}?проголосова\w*\s+«?за»?\s*,\s*(?:а\s+)?(?P<b>N){DASH}«?против(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:голос\w*\s+)?«?за»?\s*(?:,|и|при)\s*(?P<b>N)\s+(?:голос\w*\s+)?«?против(?!\w)"],
    "uk": [r"(?<!\w)(?P<a>N)\s+голос\w*\s+проти\s+(?P<b>N)(?!\w)",
           rf"(?<!\w)за\s+{W}{{0,3}}?проголосува\w*\s+(?P<a>N){AFTER}(?:а\s+)?проти{DASH}(?P<b>N)(?!\w)",
           rf"(?<!\w)(?P<a>N)\s+{W}?проголосува\w*\s+«?за»?\s*,\s*(?:а\s+)?(?P<b>N){DASH}«?проти(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:голос\w*\s+)?«?за»?\s*(?:,|і|та|при)\s*(?P<b>N)\s+(?:голос\w*\s+)?«?проти(?!\w)"],
    # Serbian, Croatian and Bosnian in either script: "za je glasalo 84 poslanika, protiv 31"
    "sr": [rf"(?<!\w)(?:za|за)\s+{W}{{0,3}}?(?:(?:je|је|su|су)\s+)?(?:glasal|гласал)\w*\s+(?:(?:je|је)\s+)?(?P<a>N){AFTER}"
           rf"(?:(?:a|а)\s+)?(?:protiv|против){DASH}(?:(?:je|је|su|су)\s+)?(?:(?:bilo|било|glasalo|гласало)\s+)?(?P<b>N)(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:glas\w*\s+|глас\w*\s+)?(?:za|за)\s*(?:,|i|и)\s*(?P<b>N)\s+(?:glas\w*\s+|глас\w*\s+)?"
           r"(?:protiv|против)(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:glas\w*|глас\w*)\s+(?:prema|према|protiv|против|naspram|наспрам)\s+(?P<b>N)(?!\w)"],
    "mk": [rf"(?<!\w)за\s+{W}{{0,3}}?гласа\w*\s+(?P<a>N){AFTER}(?:а\s+)?против{DASH}(?:(?:беа|гласаа)\s+)?(?P<b>N)(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:глас\w*\s+)?за\s*(?:,|и)\s*(?P<b>N)\s+(?:глас\w*\s+)?против(?!\w)",
           r"(?<!\w)(?P<a>N)\s+глас\w*\s+(?:против|наспроти)\s+(?P<b>N)(?!\w)",
           # "гласаа 13 членки, ниедна не беше против" (13 members voted, none was against)
           rf"(?<!\w)гласа\w*\s+(?P<a>N){AFTER}(?P<b>N)\s+(?:не\s+)?(?:беше|беа|гласаше|гласаа)\s+против(?!\w)"],
    # "կողմ քվեարկեց 84 պատգամավոր, դեմ՝ 31" (voted for: 84 deputies, against: 31), "84 կողմ, 31 դեմ"
    "hy": [rf"(?<!\w)կողմ\s+{W}{{0,2}}?քվեարկ\w*\s+(?P<a>N){AFTER}դեմ[՝:]?\s*(?P<b>N)(?!\w)",
           r"(?<!\w)(?P<a>N)\s+(?:\w+\s+)?կողմ\s*(?:,|և)\s*(?P<b>N)\s+(?:\w+\s+)?դեմ(?!\w)"],
    # "با ۱۳ رأی موافق در برابر ۲ رأی مخالف" (13 votes in favour against 2 votes opposed)
    "fa": [r"(?<!\w)(?P<a>N)\s+(?:رأی|رای)\s+موافق\s*(?:در\s+برابر|و|،|,)\s*(?P<b>N)\s+(?:(?:رأی|رای)\s+)?مخالف(?!\w)"],
    # "84 anggota parlemen mendukung, 31 menolak", "84 suara berbanding 31"
    "id": [r"\b(?P<a>N)\s+suara\s+berbanding\s+(?P<b>N)\b",
           rf"\b(?P<a>N)\s+{W}{{0,2}}?(?:mendukung|setuju|menyetujui)\s*(?:,|dan)\s*(?P<b>N)\s+{W}?(?:menolak|tidak\s+setuju)\b",
           # "didukung 12 negara anggota, tanpa suara menentang" (backed by 12 members, with no vote against)
           r"\b(?:didukung|disetujui)\s+(?:oleh\s+)?(?P<a>N)(?:\s+[^\W\d]+){0,2}\s*,?\s*(?P<b>N)\s+(?:suara\s+)?"
           r"(?:menentang|menolak)\b"],
}
SAME_VOTERS = 0.1  # two tallies of one vote count voters within a tenth (or two) of each other


@cache
def _patterns(language: str) -> tuple[list[re.Pattern], dict[str, int]]:
    language = SAME_AS.get(language, language)  # Croatian and Bosnian write a vote as Serbian does
    forms = NUMBER_WORDS.get(language, "")
    value = {form: n for n, word in enumerate(forms.split(), 1) for form in word.split("|")}
    value |= {form: 0 for form in NONE.get(language, "").split("|") if form}
    words = "|".join(sorted(map(re.escape, value), key=len, reverse=True)) or r"(?!)"
    number = N.replace("{words}", words)
    return [re.compile(p.replace("<a>N)", f"<a>{number})").replace("<b>N)", f"<b>{number})"), re.I)
            for p in PHRASINGS.get(language, ())], value


def tallies(text: str, language: str | None) -> list[tuple[int, int]]:
    """The vote tallies a sentence gives, as (for, against), in its language's phrasings."""
    patterns, value = _patterns(language or "en")
    text = text.replace("’", "'").replace("ʼ", "'")  # Ukrainian "п’яти" as "п'яти"
    found = {}  # by where the count for stands: two phrasings may read one tally
    for pattern in patterns:
        for m in pattern.finditer(text):
            a, b = (int(re.sub(r"\D", "", x)) if x[:1].isdigit() else value[x.lower()] for x in (m["a"], m["b"]))
            found.setdefault(m.start("a"), (a, b))
    return [found[k] for k in sorted(found)]


def vote_conflict(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> str | None:
    """'the vote, 13–2 vs 12–3' where two sentences each give one tally (``tallies``) and they differ;
    None otherwise. Two tallies of one vote count about the same voters (13–2 and 12–3; 84–31 and
    87–29): a court's six to three is another vote than a parliament's 84 to 31, whatever event holds both."""
    if len(x) != 1 or len(y) != 1 or x == y:
        return None
    voters_x, voters_y = sum(x[0]), sum(y[0])
    if abs(voters_x - voters_y) > max(SAME_VOTERS * max(voters_x, voters_y), 2):
        return None
    return f"the vote, {x[0][0]}–{x[0][1]} vs {y[0][0]}–{y[0][1]}"

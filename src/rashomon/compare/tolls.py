"""Tolls in any language: "Nine miners were killed", "загинули п'ятеро гірників", "سه مرزبان ... کشته".

The dead are the count outlets most often disagree on, then the injured, the missing, the
evacuated and the detained; in different languages two reports of one event share no words
for a claim to join them by. A toll is read here as a count beside a word for its kind in
the sentence's language (``KINDS``), so that two reports of one event compare whatever
their language (``verdicts.unmatched_tolls``).
"""

from __future__ import annotations

import re
from functools import cache

from ..analyse.phrasings import SAME_AS
from ..ingest.months import month_days
from .tallies import NUMBER_WORDS

# the counts a toll is written with in words, where ``tallies`` has none, and the collective forms ("п'ятеро",
# "dvojica") that count people in the Slavic languages
TOLL_NUMBER_WORDS = {
    **NUMBER_WORDS,
    "sr": "jedan|jedna|један|једна dva|dve|dvojica|dvoje|два|две|двојица|двоје tri|trojica|troje|три|тројица|троје "
          "četiri|četvorica|četvoro|четири|четворица|четворо pet|petorica|petoro|пет|петорица|петоро "
          "šest|šestorica|šestoro|шест|шесторица|шесторо sedam|sedmorica|sedmoro|седам|седморица|седморо "
          "osam|osmorica|osmoro|осам|осморица|осморо devet|devetorica|devetoro|девет|деветорица|деветоро "
          "deset|desetorica|desetoro|десет|десеторица|десеторо jedanaest|једанаест dvanaest|дванаест "
          "trinaest|тринаест četrnaest|четрнаест petnaest|петнаест šesnaest|шеснаест sedamnaest|седамнаест "
          "osamnaest|осамнаест devetnaest|деветнаест dvadeset|двадесет",
    "mk": "еден|една два|две|двајца три|тројца четири|четворица пет|петмина шест|шестмина седум|седуммина "
          "осум|осуммина девет|деветмина десет|десетмина единаесет дванаесет тринаесет четиринаесет петнаесет "
          "шеснаесет седумнаесет осумнаесет деветнаесет дваесет",
    "pt": "um|uma dois|duas três quatro cinco seis sete oito nove dez onze doze treze catorze|quatorze quinze "
          "dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove vinte",
    "tr": "bir iki üç dört beş altı yedi sekiz dokuz on on\\s+bir on\\s+iki on\\s+üç on\\s+dört on\\s+beş "
          "on\\s+altı on\\s+yedi on\\s+sekiz on\\s+dokuz yirmi",
    "id": "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua\\s+belas tiga\\s+belas "
          "empat\\s+belas lima\\s+belas enam\\s+belas tujuh\\s+belas delapan\\s+belas sembilan\\s+belas dua\\s+puluh",
    "fa": "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست",
    "hy": "մեկ երկու երեք չորս հինգ վեց յոթ ութ ինը տասը տասնմեկ տասներկու տասներեք տասնչորս տասնհինգ տասնվեց "
          "տասնյոթ տասնութ տասնինը քսան",
}
# after a count in words, a word that scales it: "two hundred", "три тысячи", "dua ratus"
SCALE_WORDS = (r"(?:hundred|thousand|cents?|mille|mila|cento|ciento|cientos|mil|сто|сотни|сотен|тысяч\w*|тисяч\w*|"
               r"stotin\w*|hiljad\w*|хиљад\w*|илјад\w*|ratus|ribu|صد|هزار|հարյուր|հազար)(?!\w)")
# the collective forms of six to ten in Russian and Ukrainian, where ``tallies`` lists the numbers in order
COLLECTIVE = {"ru": {"шестеро": 6, "семеро": 7, "восьмеро": 8, "девятеро": 9, "десятеро": 10},
              "uk": {"шестеро": 6, "семеро": 7, "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10}}
# after a count, what makes it no count of people: a span of time ("detained for 72 hours") or a round number
# it stands for ("una sessantina", "une dizaine", "dozens")
NOT_PEOPLE = re.compile(r"\s+(?:hours?|days?|weeks?|months?|years?|minutes?|ore|giorni|settimane|mesi|anni|heures?|jours?|"
                        r"semaines?|mois|ans|час\w*|суток|дн\w*|недел\w*|месяц\w*|лет|год\w*|годин\w*|тиж\w*|"
                        r"місяц\w*|рок\w*|sat[ai]?|dana|nedelj\w*|meseci|godin\w*|сат[аи]?|дана|недељ\w*|месеци|часа|"
                        r"дена|jam|hari|minggu|bulan|tahun|horas?|dias?|semanas?|meses|anos|"
                        r"ساعت|روز|هفته|ماه|سال|ժամ\w*|օր\w*|շաբաթ\w*|ամս\w*|տար\w*|"
                        r"(?:dec|dozz|vent|trent|quarant|cinquant|sessant|settant|ottant|novant)ina|centinai[ao]|"
                        r"migliai[ao]|(?:diz|douz|quinz|vingt|trent|quarant|cinquant|soixant|cent)aines?|milliers?|"
                        r"decenas?|docenas?|centenar(?:es)?|dozens?|hundreds|thousands|десят\w*|сотн\w*|тысяч\w*|"
                        r"puluhan|ratusan|ribuan)(?!\w)", re.I)
# ... in Turkish, whose words for them are other languages' words ("saat": Indonesian "when")
NOT_PEOPLE_TR = re.compile(r"\s+(?:saat\w*|gün\w*|hafta\w*|ay|yıl\w*|dakika\w*)(?!\w)", re.I)
# before a count, a negation: "No one else has been detained"
NOT_BEFORE = re.compile(r"(?<!\w)(?:no|not|ни|ні|nessun[oa]?|aucun[e]?)\s+$", re.I)
# the words for the dead, killed or died, in each language (a stem ends in \w*)
DEAD = {
    "en": r"killed|killing|kills|dead|died|deaths?|lost\s+their\s+lives|fatalities",
    "fr": r"morts?|tués?|décédés?|ont\s+péri|ont\s+trouvé\s+la\s+mort|victimes",
    "it": r"mort[oi]|uccis[oi]|decedut[oi]|hanno\s+perso\s+la\s+vita|vittime",
    "es": r"muert[oa]s?|fallecid[oa]s?|murieron|víctimas\s+mortales",
    "de": r"Tote|getötet|starben|ums\s+Leben\s+gekommen",
    "ru": r"погиб\w*|убит\w*|скончал\w*|жертв\w*",
    "uk": r"загин\w*|загибл\w*|вбит\w*|убит\w*|жертв\w*",
    "sr": r"poginu\w*|ubijen\w*|stradal\w*|mrtv\w*|погину\w*|убијен\w*|страдал\w*|мртв\w*",
    "mk": r"загина\w*|загинат\w*|убиен\w*|настрада\w*",
    "id": r"tewas|meninggal(?:\s+dunia)?|korban\s+jiwa",
    "fa": r"کشته|جان\s*باخت\w*|جان‌باخت\w*",
    "hy": r"զոհ\w*|սպանվ\w*|մահաց(?!ու)\w*",  # not "մահացու" (deadly): "two deadly collapses"
    "pt": r"mort[oa]s|morreram|morreu|faleceram|perderam\s+a\s+vida|vítimas\s+mortais",
    "tr": r"öldü\w*|ölü|öldürüldü\w*|hayatını\s+kaybetti\w*|yaşamını\s+yitirdi\w*|can\s+verdi\w*",
}
# the other counts of people outlets disagree on, by what befell them: the hurt, the missing, the evacuated, the
# detained
HURT = {
    "en": r"injured|injuring|wounded|wounding|hurt", "fr": r"blessés?|blessées?", "it": r"ferit[oi]|ferite",
    "es": r"heridos?", "de": r"Verletzte|verletzt", "ru": r"ранен\w*|травмирован\w*|пострадал\w*",
    "uk": r"поранен\w*|травмован\w*|постраждал\w*", "sr": r"povređen\w*|ranjen\w*|повређен\w*|рањен\w*",
    "mk": r"повреден\w*|ранет\w*", "id": r"luka-luka|terluka|melukai|cedera", "fa": r"زخمی|مجروح",
    "hy": r"վիրավոր\w*", "pt": r"ferid[oa]s", "tr": r"yaralandı\w*|yaralı|yaralanan",
}
EVACUATED = {
    "en": r"evacuated|evacuees", "fr": r"évacué\w*", "it": r"evacuat\w*|sfollat\w*", "es": r"evacuad[oa]s?",
    "de": r"evakuiert", "ru": r"эвакуирова\w*", "uk": r"евакуйова\w*|евакуюва\w*",
    "sr": r"evakuisa\w*|евакуиса\w*", "mk": r"евакуира\w*", "id": r"dievakuasi|mengungsi", "fa": r"تخلیه",
    "hy": r"տարհանվ\w*|տարհանել\w*", "pt": r"evacuad[oa]s|retirad[oa]s\s+de\s+casa",
    "tr": r"tahliye\s+edil\w*",
}
DETAINED = {
    "en": r"detained|arrested", "fr": r"interpellé\w*|arrêté\w*", "it": r"arrestat\w*",
    "es": r"detenid[oa]s?|arrestad[oa]s?", "de": r"festgenommen", "ru": r"задержа\w*|арестова\w*",
    "uk": r"затрима\w*|заарештова\w*", "sr": r"uhapšen\w*|uhapsi\w*|priveden\w*|ухапшен\w*|ухапси\w*|приведен\w*",
    "mk": r"приведен\w*|приведе|уапсен\w*|уапси\w*", "id": r"ditahan|ditangkap|menangkap", "fa": r"بازداشت|دستگیر",
    "hy": r"ձերբակալ\w*", "pt": r"detid[oa]s", "tr": r"gözaltına\s+alın\w*|tutuklan\w*",
}
MISSING = {
    "en": r"missing", "fr": r"disparus?|disparues?", "it": r"dispers[oi]", "es": r"desaparecid[oa]s?",
    "de": r"vermisst", "ru": r"пропал\w*\s+без\s+вести|пропавш\w*", "uk": r"зникл\w*|безвісти",
    "sr": r"nestao|nestal\w*|нестао|нестал\w*", "mk": r"исчезнат\w*|исчезна\w*", "id": r"hilang", "fa": r"مفقود",
    "hy": r"անհետ\w*", "pt": r"desaparecid[oa]s", "tr": r"kayboldu\w*",
}
KINDS = {"dead": DEAD, "injured": HURT, "missing": MISSING, "evacuated": EVACUATED, "detained": DETAINED}
# the nouns of a toll, which ``tolls`` reads no count by (it reads verbs and participles): "the evacuation of 4,100
# people", "300 casualties", "20 Verletzte", "Evakuirano je 2.000 ljudi"
TOLL_NOUNS = re.compile(r"(?<!\w)(?:evacu\w*|évacu\w*|evakui\w*|evakuis\w*|эвакуа\w*|евакуа\w*|евакуи\w*|injur\w*|"
                        r"casualt\w*|wounded|blessé\w*|ferit[io]|herid[oa]s|Tote[n]?|Verletzte[n]?|Opfer|жертв\w*|"
                        r"раненых|поранених|загибл\w*|погибш\w*|diungsikan|mengungsi|pengungsi|korban|sfollat\w*|"
                        r"déplacé\w*|desplazad\w*|تخلیه|زخمی|کشته|آواره|տարհան\w*|վիրավոր\w*|զոհ\w*)", re.I)
# the toll as a number that reached a count, however far from the words for it: "Число погибших при обрушении
# кровли на шахте ... выросло до 16", "شمار کشته‌شدگان ... به ۱۳ نفر رسید", "զոհերի թիվը հասել է 16-ի": per
# language the words for the toll, those just before its count, and (where the verb follows) just after it
REACHED = {
    "en": (r"death\s+toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|fatalities)",
           r"(?:rose|risen|climbed|jumped|reached|increased|went\s+up|stands|stood)(?:\s+(?:to|at))?\s+", ""),
    "fr": (r"nombre\s+(?:de\s+|des\s+)(?:morts|victimes|tués|décès)|bilan\s+humain|bilan\s+des\s+morts",
           r"(?:s'élève|s'est\s+alourdi|est\s+passé|a\s+atteint|atteint|a\s+grimpé|grimpe|est\s+monté)\s+(?:à\s+)?", ""),
    "it": (r"(?:bilancio|numero)\s+(?:delle\s+vittime|dei\s+morti|dei\s+decessi)",
           r"(?:è\s+)?(?:salito|sale|aumentato|arrivato|giunto)\s+(?:a|ad)\s+", ""),
    "ru": (r"(?:числ|количеств)[оа]\s+(?:погибш\w*|жертв|убит\w*|умерш\w*)",
           r"(?:вырос\w*|возрос\w*|увеличил\w*|достиг\w*)\s+(?:до\s+)?|составил\w*\s+", ""),
    "uk": (r"(?:кількість|числ[оа])\s+(?:загибл\w*|жертв|вбит\w*)",
           r"(?:зросл\w*|зріс|збільшил\w*|сягнул\w*|досягл\w*)\s+(?:до\s+)?|станови\w*\s+", ""),
    "sr": (r"(?:broj|број)\s+(?:poginul\w*|mrtv\w*|žrtava|stradal\w*|погинул\w*|мртв\w*|жртава|страдал\w*)",
           r"(?:(?:je|је|se|се)\s+)?(?:porast\w*|порас\w*|povećao|повећао|popeo|попео|narast\w*|нарас\w*)\s+"
           r"(?:(?:je|је|se|се)\s+)?(?:na|на|do|до)\s+", ""),
    "mk": (r"бројот\s+на\s+(?:загинат\w*|жртв\w*)",
           r"(?:се\s+)?(?:зголеми|порасна|достигна|изнесува)\s+(?:се\s+)?(?:на\s+)?", ""),
    "id": (r"(?:jumlah|angka)\s+korban\s+(?:tewas|jiwa|meninggal(?:\s+dunia)?)",
           r"(?:bertambah|meningkat|naik)\s+(?:menjadi\s+)?|mencapai\s+", ""),
    "fa": (r"(?:شمار|تعداد|آمار)\s+(?:کشته[\u200c\s]*شدگان|قربانیان|جان[\u200c\s]*باختگان)",
           r"به\s+", r"\s*(?:نفر\s*)?(?:رسید|رسیده|افزایش)"),
    "hy": (r"զոհերի\s+(?:թիվը|քանակը)", r"(?:հասել\s+է|հասավ|հասնում\s+է|կազմում\s+է)\s+", r"(?:-?(?:ի|ին))?"),
}
REACH = 160  # characters at most between the words for the toll and the verb that gives its count
BETWEEN_OTHERS = 2  # ... after the words for the other kinds
BETWEEN = 4  # words between a count and the word for its kind: "Three border guards were killed", "загинули п'ятеро гірників"
# a word after which the next count is of something else: "killed and two wounded", "погибли и двое ранены"
AND = r"and|or|et|ou|e|o|y|und|oder|и|і|й|та|або|а|i|ili|или|dan|atau|و|և|ու|ve|veya"
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# before a count, "and": one part of a toll whose other part came first ("three civilians and one soldier were killed")
AND_BEFORE = re.compile(rf"(?<!\w)(?:{AND})\s+$", re.I)
# before a count, a bound: "at least nine" agrees with twelve
BOUND = re.compile(r"(?:at\s+least|more\s+than|over|up\s+to|au\s+moins|plus\s+de|almeno|oltre|mindestens|mehr\s+als|"
                   r"al\s+menos|más\s+de|не\s+менее|по\s+меньшей\s+мере|(?:как\s+)?минимум|более|свыше|щонайменше|понад|"
                   r"najmanje|više\s+od|најмање|више\s+од|најмалку|повеќе\s+од|sedikitnya|setidaknya|lebih\s+dari|"
                   r"دست‌?\s*کم|حداقل|بیش\s+از|առնվազն|ավելի\s+քան)\s+$", re.I)
# before a count, a word that recalls an earlier event: "four days after the quake that killed 23", "nakon potresa"
# (not "по" nor "nach", which also say whose count it is: "по данным МЧС", "nach Angaben der Polizei")
RECALLED = re.compile(r"(?<!\w)(?:after|since|following|après|depuis|dopo|seit|después|desde|после|спустя|с\s+момента|"
                      r"після|nakon|posle|poslije|након|setelah|sejak|pasca|پس\s+از|از\s+زمان|հետո|ի\s+վեր)"
                      r"(?!\w)", re.I)
# just before a toll, a relative word: the toll of what the clause recalls, "the mines where explosions killed 17"
RELATIVE = re.compile(r"(?<!\w)(?:where|which|who|whose|où|dove|cui|wo|donde|где|котор\w+|де|як\w+|gde|gdje|"
                      r"koj\w*|каде|кој\w*|tempat|جایی|որտեղ)(?!\w)", re.I)
# a count in words that is also an indefinite article, after a preposition: an article ("tués lundi dans une
# explosion", "morti in una frana"), not one more dead; "è morto un operaio" counts one
ARTICLES = {"un", "une", "uno", "una", "um", "uma", "ein", "eine", "einer", "einem", "einen"}
PREPOSITION = re.compile(r"(?<!\w)(?:dans|en|à|sur|par|après|pendant|lors\s+d['’]|in|a|su|con|da|durante|dopo|per|"
                         r"por|tras|bei|nach|durch|an|auf|mit|unter|em|após)\s+$", re.I)
# after a count, a part of the dead: "three of the dead were contract workers", "Tiga dari korban tewas"
PART = re.compile(r"\s+(?:of|dari|из|з|од|od|di|de|des|von|از)(?!\w)", re.I)


@cache
def _pattern(language: str, kind: str = "dead") -> tuple | None:
    """After a count, another joined to it by "and"; a count in words joined to another, before and after it; the
    count before the word for the ``kind`` of toll, the count after it, the count the toll of the dead reached
    (``REACHED``); and the counts written in words."""
    if language not in KINDS[kind]:
        return None
    value = {form: n for n, word in enumerate(TOLL_NUMBER_WORDS.get(language, "").split(), 1)
             for form in word.split("|")} | COLLECTIVE.get(language, {})
    words = "|".join(sorted(value, key=len, reverse=True)) or "(?!)"
    # whole, in thousands ("1,200", "1 200", "2.600"), and no decimal's first digits ("2,5 тысячи")
    count = rf"(?<!\d[,.\u00a0\u202f\u066c ])(?:\d{{1,3}}(?:[,.\u00a0\u202f\u066c ]\d{{3}})+|\d{{1,5}}|{words})(?![,.]\d)"
    suffix = r"(?:-?(?:ը|ն|ին|ի))?" if language == "hy" else ""  # "17-ը վիրավորվել", "հասել է 16-ի"
    word = rf"\s+(?!(?:{AND})(?!\w))[^\s\d.,;:!?]+"  # not "and": "killing two workers and injuring 14"
    gap = rf"{suffix}(?:{word}){{0,{BETWEEN}}}\s+"
    # after the words for the hurt, moved or held, the count comes close ("евакуювали близько 4100"): further on,
    # a count is of something else ("gli sfollati sono stati accolti in tre scuole")
    gap_after = rf"(?:{word}){{0,{BETWEEN if kind == 'dead' else BETWEEN_OTHERS}}}\s+"
    named = rf"(?:{KINDS[kind][language]})"  # the words for what befell those counted
    toll, verb, tail = REACHED.get(language, ("(?!)", "(?!)", "")) if kind == "dead" else ("(?!)", "(?!)", "")
    # after a count, "and" another a few words on: one part of a toll ("пет демонстраната и двојица полицајаца",
    # "два земљорадника, а у Полвану један човек"), unless either side names another kind ("četiri civila, a
    # petoro je ranjeno", "killed 12 people and injured 20")
    more = re.compile(rf"(?:\s+[^\W\d]+){{0,4}}\s*,?\s*(?:{AND})\s+(?:[^\W\d]+\s+){{0,3}}(?:{count})(?![\w'’-])"
                      r"(?:\s+[^\s.,;:!?]+){0,2}", re.I)
    # a count in words joined to another ("twenty five", "двадцать пять", "dua puluh lima"): a number these words do
    # not add up, so neither part is read as the toll
    # ("two hundred", "dua ratus"); not an age ("two three-year-old children")
    joined = (re.compile(rf"(?<!\w)(?:{words})[\s-]+$", re.I),
              re.compile(rf"[\s-]+(?:(?:{words})(?![\w-])|{SCALE_WORDS})", re.I))
    return (more, joined,
            re.compile(rf"(?<![\w'’-])(?P<before>{count}){gap}{named}(?![\w-])", re.I),  # a word may serve both
            re.compile(rf"(?<![\w-]){named}{gap_after}(?:—\s*)?(?P<after>{count})(?![\w'’-])", re.I),
            re.compile(rf"(?<!\w)(?P<reached>{toll})[^.;!?։؟]{{0,{REACH}}}?(?<!\w)(?:{verb})(?P<after>{count})"
                       rf"{tail}(?![\w'’-])", re.I),
            {k.replace("\\s+", " "): v for k, v in value.items()})


def tolls(text: str, language: str | None, kind: str = "dead") -> list[int]:
    """The tolls of one ``kind`` (``KINDS``: the dead by default) a sentence gives, in its language's words;
    [] where it knows none."""
    language = SAME_AS.get(language or "en", language or "en")
    found = _pattern(language, kind)
    if found is None:
        return []
    more, joined, *patterns, value = found
    text = text.replace("’", "'").replace("ʼ", "'")
    out = []
    for m in (m for pattern in patterns for m in pattern.finditer(text)):
        side = "before" if "before" in m.re.groupindex else "after"
        n, at = m[side], m.start(side)
        # a toll that reached a count says of what in between ("погибших при обрушении", "after the collapse")
        upto = m.start() if "reached" in m.re.groupindex else m.end()
        if BOUND.search(text, max(0, at - 30), at) or (side == "before" and PART.match(text, m.end(side))) \
                or side == "before" and AND_BEFORE.search(text, max(0, at - 8), at) and not _other_kind(
                    text[max(0, at - 40):at], language, kind) \
                or RECALLED.search(text, 0, min(at, upto)) or RECALLED.search(text, m.start(), upto) \
                or RELATIVE.search(text, max(0, m.start() - 40), upto) \
                or NOT_PEOPLE.match(text, m.end(side)) or NOT_BEFORE.search(text, max(0, at - 8), at) \
                or language == "tr" and NOT_PEOPLE_TR.match(text, m.end(side)) \
                or _a_day(text, at, at + len(n)) \
                or not n[:1].isdigit() and (joined[0].search(text, max(0, at - 30), at)
                                            or joined[1].match(text, at + len(n))) \
                or side == "after" and n.lower() in ARTICLES and PREPOSITION.search(text, max(0, at - 12), at) \
                or side == "after" and (part := more.match(text, m.end(side))) \
                and not _other_kind(part.group(), language, kind) \
                or side == "after" and len(text[m.start():at].split()) > 1 and _counts_a_thing(text, m.end(side), language):
            continue
        if n[:1].isdigit():
            if YEAR.match(n):
                continue
            out.append(int(re.sub(r"\D", "", n)))
        else:
            out.append(value.get(" ".join(n.lower().split()), 0))
    return list(dict.fromkeys(n for n in out if n))  # one count read both ways is one toll


def may_name_a_toll(text: str, language: str | None) -> bool:
    """Whether a sentence may give a toll of any kind: it has a word of one (``KINDS``, or a noun of one that
    ``tolls`` reads no count by: ``TOLL_NOUNS``), or it is in a language whose tolls are not read. A count of
    people in it may then be a toll's, not a crowd's ("2 million people were evacuated", "Эвакуированы 45 тысяч
    человек", "the evacuation of 4,100 people")."""
    language = SAME_AS.get(language or "en", language or "en")
    return language not in DEAD or bool(_other_kinds(language, None).search(text) or TOLL_NOUNS.search(text))


def _other_kind(text: str, language: str, kind: str) -> bool:
    """Whether ``text`` names a toll of another kind: "faisant deux morts et 14 blessés" counts the hurt after
    the dead, where "three civilians and one soldier were killed" gives one part of one toll."""
    return bool(_other_kinds(language, kind).search(text))


@cache
def _other_kinds(language: str, kind: str | None) -> re.Pattern:
    "The words of every kind of toll but ``kind`` (of every kind, where None) in this language, compiled once."
    others = "|".join(words[language] for other, words in KINDS.items() if other != kind and language in words)
    return re.compile(rf"(?<!\w)(?:{others or '(?!)'})(?!\w)", re.I)


# nouns of groups of people, which the dictionary calls things: "120 семей", "200 сімей", "40 домохозяйств"
PEOPLE_GROUPS = re.compile(r"(?:сем|сім|родин|домохозяйств|домогосподарств|экипаж|екіпаж)")


def _counts_a_thing(text: str, at: int, language: str) -> bool:
    """Whether the word after a count is a thing's noun, in a language whose dictionary tells things from the living:
    "У задержанных изъяли четыре автомата" counts rifles, not the detained (the caller asks where a word stands between
    the toll's word and the count)."""
    if language not in ("ru", "uk"):
        return False
    word = re.match(r"\s+([^\W\d_]+)", text[at:])
    if word is None:
        return False
    from ..analyse.slavic import morph

    tag = morph(language).parse(word[1].lower())[0].tag
    return tag.POS == "NOUN" and "inan" in tag and not PEOPLE_GROUPS.match(word[1].lower())


DATE_SEPARATOR = re.compile(r"\s*(?:[–—,(]|-\s)")
# English months, which ``months`` leaves to the date parser, before a day: "March 21", "Sept. 3"
ENGLISH_MONTH_BEFORE = re.compile(r"(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|"
                                  r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+$", re.I)


def _a_day(text: str, at: int, end: int) -> bool:
    """Whether the count from ``at`` to ``end`` is the day of a date: 'trois morts dimanche 26 avril' counts no 26,
    nor a dateline 'KALIVAR, March 21 – Three civilians were killed' 21."""
    start = max(0, at - 20)
    dated = DATE_SEPARATOR.match(text, end) is not None  # "March 21 – ...", not "In May 12 people were killed"
    return any(found.span[0] == 0 for found in month_days(text[at:at + 30])) \
        or dated and any(found.span[1] == end - start for found in month_days(text[start:end])) \
        or dated and ENGLISH_MONTH_BEFORE.search(text, start, at) is not None

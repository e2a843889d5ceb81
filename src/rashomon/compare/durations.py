"""How long it lasted, in any language: "lasted about 40 minutes", "длилась более часа", "۴۰ دقیقه طول کشید",
"տևել է մոտ 40 րոպե".

How long a call, a meeting or a leak lasted is a figure each side gives its own way, and outlets in
different languages carry one side's or the other's: "about 40 minutes" against "more than an hour". A
duration is read here as a span of minutes, bounded where the text bounds it ("more than", "about"), so
that two reports of one event compare whatever their language (``verdicts.unmatched_durations``).
Only minutes and hours: days and weeks are more often a deadline or a term ("within 30 days") than how
long the event itself lasted.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import NamedTuple

from ..analyse.phrasings import SAME_AS
from .tolls import TOLL_NUMBER_WORDS

# the words for a minute and an hour in each language, as stems (a stem ends in \w*)
UNITS = {
    "en": (r"minutes?", r"hours?"),
    "fr": (r"minutes?", r"heures?"),
    "it": (r"minut[oi]", r"or[ae]"),
    "es": (r"minutos?", r"horas?"),
    "pt": (r"minutos?", r"horas?"),
    "de": (r"Minuten?", r"Stunden?"),
    "nl": (r"minuten|minuut", r"uur"),
    "ru": (r"минут\w*", r"час(?:а|ов)?"),
    "uk": (r"хвилин\w*", r"годин\w*"),
    "sr": (r"minut\w*|минут\w*", r"sat[ai]?|сат[аи]?|čas\w*|час\w*"),
    "hr": (r"minut\w*", r"sat[ai]?"),
    "mk": (r"минут\w*", r"час\w*|саат\w*"),
    "pl": (r"minut\w*", r"godzin\w*"),
    "tr": (r"dakika\w*", r"saat\w*"),
    "id": (r"menit", r"jam"),
    "fa": (r"دقیقه", r"ساعت"),
    "hy": (r"րոպե\w*", r"ժամ(?!անակ)\w*"),  # not "ժամանակ" (time)
    "el": (r"λεπτ\w*", r"ώρ\w*|ωρ\w*"),
    "ro": (r"minute|minut(?:e|ul)?", r"or[eă]|ora"),
    "hu": (r"perc(?!kor)\w*", r"ór[aá](?!kor)\w*"),  # not "14 órakor" (at two p.m.)
}
# the verbs that say how long something lasted ("lasted", "длился", "trajao", "طول کشید"), anywhere in the
# sentence, and the words for "for" right before the span ("for 40 minutes", "pendant", "selama") or after it ("zwei
# Stunden lang", "40 dakika boyunca"); a span without them is a drive, a deadline, a clock time, a rate, a game's
# length or what is left of it, and is left unread
LASTED = {
    "en": r"lasted|lasts|lasting|went\s+on|spent(?=\s+(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?"
          r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:hours?|minutes?)(?!\w))",
    # "spent some six hours in the town", not "spent around 3 million euros"
    "fr": r"a\s+duré|ont\s+duré|avait\s+duré|durera|durait", "it": r"durat[oaie]",
    "es": r"duró|duraron|durará|duraba", "pt": r"durou|duraram|durará|durava", "de": r"dauert\w*", "nl": r"duurde",
    "ru": r"длил\w*|длит\w*|продолжал\w*|продлил(?:ся|ась|ось|ись)",  # not "продлили санкции" (extended)
    "uk": r"тривал\w*|тривав|триває", "sr": r"traja\w*|траја\w*",
    "hr": r"traja\w*", "mk": r"трае\w*|траеше|траел\w*", "pl": r"trwał[aoy]?|trwa|trwają", "tr": r"(?<!öne\s)sürdü\w*",
    "fa": r"طول\s+(?:کشید|انجامید)\w*|ادامه\s+(?:داشت|یافت)\w*", "hy": r"տևել\w*|տևած|տևեց|տևողությամբ",
    "el": r"διήρκεσε", "ro": r"a\s+durat|durat",
    "id": r"berlangsung(?=\s+(?:selama|sekitar|hampir|lebih|kurang|kira-kira|sejam|setengah|satu|dua|tiga|empat|"
          r"lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\d))",  # before a span: alone it is "took place"
}
# "after" right before the span and talks right after it: how long the talks lasted ("after seven hours of talks",
# "после почти 12 часов переговоров", "après neuf heures de négociations")
AFTER_BEFORE = re.compile(r"(?<!\w)(?:after|après|dopo|tras|nach|после|після|posle|nakon|након|po|setelah|sesudah|"
                          r"după|μετά\s+από|پس\s+از|بعد\s+از)\s*$", re.I)
TALKS_AFTER = re.compile(r"^\s*(?:(?:of|de|d['’]|di|des|del|der)\s*)?(?:talks|negotiations|discussions|deliberations|"
                         r"consultations|négociations|pourparlers|colloqui|trattative|negoziati|negociaciones|"
                         r"conversaciones|negociações|Verhandlungen?|Gespräche?n?|переговор\w*|pregovora|razgovora|"
                         r"преговора|разговора|rozmów|negocjacji|perundingan|negosiasi|مذاکره\w*|گفت‌وگو\w*|"
                         r"διαπραγματεύσεων|συνομιλιών|negocieri)(?!\w)", re.I)
FOR_BEFORE = re.compile(r"(?<!\w)(?:for|pendant|per|durante|przez|selama|به\s+مدت|в\s+течение|протягом|gedurende|"
                        r"timp\s+de|u\s+trajanju|у\s+трајању)\s*$", re.I)
FOR_AFTER = re.compile(r"^\s*(?:lang|boyunca|ընթացքում|át)(?!\w)", re.I)
# after a compound span, what lasted so long: "a three-hour visit", "a 40-minute phone call"; not "a 40-minute drive
# from the capital", "a 48-hour ultimatum" (a distance, a deadline)
COMPOUND_OF = re.compile(r"^\s+(?:[\w-]+\s+)?(?:visit|call|conversation|meeting|talks|session|hearing|interview|"
                         r"standoff|stand-off|siege|blackout|outage|debate|negotiations|discussion|tour)s?(?![\w-])"
                         r"(?!\s+(?:centre|center|line|service|order|of)\b)", re.I)  # not "a 24-hour call centre"
# ... and the words for "within" before it, in a sentence that says what lasted was brought to an end ("contained
# within about 40 minutes", "dihentikan dalam waktu sekitar 40 menit", "ugaszono w ciągu około 50 minut"; ``ENDED``),
# unless the span runs from something else ("within two hours of the quake"): "must respond within 48 hours" is a
# deadline, and "ambulances arrived within 15 minutes" how long something took to begin
WITHIN_BEFORE = re.compile(r"(?<!\w)(?:within|en\s+moins\s+de|entro|dentro\s+de|en\s+menos\s+de|innerhalb(?:\s+von)?|"
                           r"впродовж|упродовж|w\s+ciągu|dalam\s+waktu|ظرف|در\s+عرض|μέσα\s+σε|εντός)\s*$", re.I)
WITHIN_AFTER = re.compile(r"^\s*(?:içinde)(?!\w)", re.I)
FROM_ELSE = re.compile(r"^\s*(?:of|after|from|since|dopo|après|después|nach|после|після|posle|setelah|بعد|از)(?!\w)", re.I)
ENDED = re.compile(r"(?<!\w)(?:contained|extinguished|put\s+out|stopped|halted|sealed|plugged|ended|brought\s+under\s+control|"
                   r"éteint\w*|maîtrisé\w*|stoppé\w*|colmaté\w*|spent\w|domat\w|fermat\w|contenut\w|bloccat\w|"
                   r"extinguid\w*|controlad\w*|detenid\w*|contenid\w*|gelöscht|gestoppt|eingedämmt|"
                   r"потуш\w*|локализ\w*|останов(?:или|лен[аоы]?|ила|ил)|перекрыл\w*|устранил\w*|загас\w*|локаліз\w*|"
                   r"зупин(?:или|ено|ила|ив)|ліквідува\w*|"
                   r"ugaš\w*|угаш\w*|zaustav\w*|заустав\w*|lokalizovan\w*|локализован\w*|изгаснат\w*|запрен\w*|"
                   r"ugaszon\w*|zatrzyman\w*|opanowan\w*|dihentikan|dipadamkan|berhasil\s+dikendalikan|"
                   r"söndürül\w*|durdurul\w*|kontrol\s+altına|مهار\s+شد|خاموش\s+شد|متوقف\s+شد|"
                   r"մարվել|կասեցվել|դադարեցվել|σβήστηκε|έσβησε|τέθηκε\s+υπό\s+έλεγχο|σταμάτησε)", re.I)
# an hour or half an hour written without a number, in the languages that say so most
AN_HOUR = {
    "en": (r"(?:an|one)\s+hour", r"half\s+an\s+hour"), "fr": (r"une\s+heure", r"une\s+demi-heure"),
    "it": (r"un'ora", r"mezz'ora"), "es": (r"una\s+hora", r"media\s+hora"), "de": (r"einer?\s+Stunde", r"einer?\s+halben\s+Stunde"),
    "ru": (r"(?<!полу)час(?:а)?", r"полчаса"), "uk": (r"годин[иу]", r"півгодини"), "sr": (r"(?:jedan\s+)?sat|(?:један\s+)?сат", r"pola\s+sata|пола\s+сата"),
    "mk": (r"(?:еден\s+)?час", r"половина\s+час"), "pl": (r"godzin[yę]", r"pół\s+godziny"), "tr": (r"bir\s+saat", r"yarım\s+saat"),
    "id": (r"satu\s+jam|sejam", r"setengah\s+jam"), "fa": (r"یک\s+ساعت", r"نیم\s+ساعت"),
    "hy": (r"մեկ\s+ժամ", r"կես\s+ժամ"), "el": (r"μία\s+ώρα|μια\s+ώρα", r"μισή\s+ώρα"),
}
# the languages whose hour written without a number is a bare noun ("более часа", "понад годину", "više od sat"): read
# only after a bound, since alone it is as often a curfew ("комендантский час", "policijski sat") or "an hour before"
BARE_HOUR = {"ru", "uk", "sr", "mk", "pl"}
# before a duration, a bound: more than, at least (the lower end), less than, nearly (the upper end), about
MORE = (r"more\s+than|over|at\s+least|plus\s+de|au\s+moins|più\s+di|oltre|almeno|más\s+de|mehr\s+als|"
        r"über|mindestens|более|больше|свыше|не\s+менее|понад|більше|щонайменше|više\s+od|preko|више\s+од|"
        r"преко|повеќе\s+од|ponad|en\s+az|lebih\s+dari|بیش\s+از|بیشتر\s+از|ավելի\s+քան|"
        r"πάνω\s+από|περισσότερ\w+\s+από|peste|több\s+mint|mais\s+de|meer\s+dan|ruim|gut")
LESS = (r"less\s+than|under|up\s+to|moins\s+de|meno\s+di|menos\s+de|weniger\s+als|менее|меньше|менше|"
        r"manje\s+od|мање\s+од|помалку\s+од|mniej\s+niż|kurang\s+dari|کمتر\s+از|պակաս|λιγότερ\w+\s+από|"
        r"kevesebb\s+mint|minder\s+dan|menos\s+de")
# nearly: just under the figure, not anywhere below it
NEARLY = (r"nearly|almost|près\s+de|presque|quasi|casi|fast|knapp|почти|майже|skoro|gotovo|скоро|готово|речиси|"
          r"prawie|hampir|نزدیک\s+به|գրեթե|σχεδόν|aproape|majdnem|quase|bijna|közel|csaknem")
ABOUT = (r"about|around|some|roughly|approximately|environ|quelque|circa|intorno\s+a|unos|unas|alrededor\s+de|"
         r"etwa|rund|около|примерно|порядка|близько|приблизно|oko|око|okolo|около|około|yaklaşık|sekitar|حدود|"
         r"حدودا|մոտ|շուրջ|περίπου|aproximativ|circa|körülbelül|mintegy|cerca\s+de|ongeveer|zo'n|околу")
# a half beside a duration ("an hour and a half", "полтора часа", "сат и по", "satu setengah jam"): a figure this
# reading does not take apart, so the duration is left unread rather than read as the hour alone
HALF = re.compile(r"(?<!\w)(?:half|quarter|demie?|quart|e\s+mezz[ao]|y\s+media|halb\w*|anderthalb|viertel\w*|"
                  r"полтор\w*|половин\w*|четверт\w*|півтор\w*|пів(?:години)?|[иі]\s+по(?=\s*[,.;)]|$)|пола|"
                  r"i\s+po(?=\s*[,.;)]|$)|pola|pół\w*|półtor\w*|kwadrans\w*|setengah|seperempat|نیم|ربع|կես|\w*ուկես|"
                  r"μισ[ήη]|τέταρτο|jumătate|sfert|fél|negyed|buçuk|çeyrek|cuarto|quarto)(?!\w)", re.I)
# hours and a half, in the forms each language writes them: "an hour and a half", "two and a half hours", "полтора
# часа", "два с половиной часа", "sat i po", "մեկուկես ժամ", "یک ساعت و نیم", "bir buçuk saat". ``N`` stands for a
# count (digits or a word, ``_reading``) and is read as its value and a half; a pattern without it is an hour and a
# half. What matches is read as that many hours written in digits ("1.5 hours"), so its bound and the words around
# it are judged as any count's.
HOURS_AND_A_HALF = {
    "en": (r"(?:an|one)\s+hour\s+and\s+a\s+half", r"N\s+hours\s+and\s+a\s+half",
           r"(?:N|one)\s+and\s+a\s+half\s+hours?"),
    "fr": (r"une\s+heure\s+et\s+demie", r"N\s+heures\s+et\s+demie"),
    "it": (r"un['’]ora\s+e\s+mezz[ao]", r"N\s+ore\s+e\s+mezz[ao]"),
    "es": (r"(?:una\s+)?hora\s+y\s+media", r"N\s+horas\s+y\s+media"),
    "pt": (r"(?:uma\s+)?hora\s+e\s+meia", r"N\s+horas\s+e\s+meia"),
    "de": (r"(?:ein|an)derthalb\s+Stunden|eineinhalb\s+Stunden", r"Neinhalb\s+Stunden"),
    "nl": (r"anderhalf\s+uur",),
    "ru": (r"полтора\s+часа", r"N\s+с\s+половиной\s+час(?:а|ов)"),
    "uk": (r"півтори\s+години", r"N\s+з\s+половиною\s+годин\w*"),
    "sr": (r"(?:(?:jedan\s+)?sat|N\s+sata)\s+i\s+po(?=\s*[,.;:)]|\s*$)",  # not "i po dolasku" (after arriving)
           r"(?:(?:један\s+)?сат|N\s+сата)\s+и\s+по(?=\s*[,.;:)]|\s*$)",
           r"N\s+i\s+po\s+sat[ai]?", r"N\s+и\s+по\s+сат[аи]?"),
    "hr": (r"(?:(?:jedan\s+)?sat|N\s+sata)\s+i\s+pol?(?=\s*[,.;:)]|\s*$)", r"N\s+i\s+pol?\s+sat[ai]?"),
    "mk": (r"(?:еден\s+)?час\s+и\s+(?:пол|половина)", r"N\s+часа\s+и\s+(?:пол|половина)",
           r"N\s+и\s+(?:пол|половина)\s+часа"),
    "pl": (r"półtorej\s+godziny", r"N\s+i\s+pół\s+godziny"),
    "tr": (r"bir\s+buçuk\s+saat", r"N\s+buçuk\s+saat"),
    "id": (r"(?:satu|se)\s*jam\s+setengah", r"N\s+setengah\s+jam"),
    "fa": (r"یک\s+ساعت\s+و\s+نیم", r"N\s+ساعت\s+و\s+نیم", r"N\s+و\s+نیم\s+ساعت"),
    "hy": (r"մեկուկես\s+ժամ", r"N\s+ու\s+կես\s+ժամ"),
    "el": (r"μιάμιση\s+ώρα", r"N\s+ώρες\s+και\s+μισή"),
    "ro": (r"o\s+oră\s+și\s+jumătate", r"N\s+ore\s+și\s+jumătate"),
    "hu": (r"másfél\s+ór[aá]\w*",),
}
# ... and the word for hours that stands after the digits it is read as
HOURS_WORD = {"en": "hours", "fr": "heures", "it": "ore", "es": "horas", "pt": "horas", "de": "Stunden", "nl": "uur",
              "ru": "часа", "uk": "години", "sr": "sata", "hr": "sata", "mk": "часа", "pl": "godziny", "tr": "saat",
              "id": "jam", "fa": "ساعت", "hy": "ժամ", "el": "ώρες", "ro": "ore", "hu": "óra"}
# before a count of hours, a clock time ("at eight o'clock", "u osam časova", "во 8 часот", "в 8 часов", "ساعت ۸")
CLOCK_BEFORE = re.compile(r"(?<!\w)(?:at|à|vers|dès|de|jusqu'à|from|until|till|alle|all'|fino\s+alle|a\s+las?|hasta(?:\s+las?)?|"
                          r"às|om|um|bis|в|во|о|об|около|до|с|від|u|у|o|oko|око|od|do|pukul|ساعت|ժամը)\s*$", re.I)
CLOCK_AFTER = re.compile(r"^\s*(?:local\s+time|heure\s+locale|ora\s+locale|hora\s+local|Ortszeit|по\s+местному|"
                         r"за\s+місцевим|po\s+lokalnom|по\s+локално|waktu\s+setempat|به\s+وقت|տեղական|"
                         r"утра|вечера|ночи|дня|ранку|вечора|ujutru|uveče|увече|ујутру|наутро|du\s+matin|du\s+soir|"
                         r"del\s+mattino|di\s+mattina|della\s+sera|de\s+la\s+(?:mañana|tarde|noche)|morgens|abends|"
                         r"[ap]\.?m\.?(?!\w)|in\s+the\s+(?:morning|evening|afternoon)|pagi|sore|malam|صبح|عصر|"
                         r"بامداد|شب|առավոտյան|երեկոյան)", re.I)
# before an hour, what makes it a rate: "150 kilometres an hour", "1,000 litres per hour"
RATE_BEFORE = re.compile(r"(?:kilomet\w*|km|miles?|litres?|liters?|tonnes?|tons?|metres?|meters?|m³|кубометр\w*|"
                         r"километр\w*|литр\w*|тонн\w*|км)\s*(?:per|a|an|в|за|на|u|po|по)?\s*$", re.I)
ONE = re.compile(r"(?<!\w)(?:one|an?|un[ae]?|ein\w*|один|одна|jedan|један|еден|jeden|bir|satu|یک|մեկ|ένα|μία|\d+)\s*$", re.I)
# a range's link ("two to three hours", "2 or 3 hours", "between 40 and 50 minutes"): neither end is the figure
RANGE_LINK = r"(?:to|or|and|[-–]|до|или|і|и|або|ili|i|a|o|y|e|et|und|oder|ve|veya|atau|dan|و|կամ)"
# a number word right before the count: "forty-five minutes", "сорок пять минут" are not five
NUMBER_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                           r"двадцать|тридцать|сорок|пятьдесят|шестьдесят|двадцять|тридцять|п'ятдесят|шістдесят|"
                           r"dvadeset|trideset|četrdeset|pedeset|двадесет|тридесет|четрдесет|педесет|"
                           r"vingt|trente|quarante|cinquante|soixante|venti|trenta|quaranta|cinquanta|sessanta|"
                           r"veinte|treinta|cuarenta|cincuenta|sesenta|zwanzig|dreißig|vierzig|fünfzig|sechzig|"
                           r"vinte|trinta|quarenta|cinquenta|sessenta|yirmi|otuz|kırk|elli|altmış)(?:\s+e)?)[\s-]*$",
                           re.I)
# before minutes, hours and "and": the minutes of "an hour and ten minutes", "uma hora e dez minutos", "bir saat on
# dakika", which this reading does not add up
HOURS_BEFORE = re.compile(r"(?<!\w)(?:hours?|heures?|or[ae]|horas?|Stunden?|час\w*|годин\w*|sat[ai]?|сат[аи]?|saat|jam|"
                          r"ساعت|ժամ)\s+(?:(?:and|et|e|y|und|и|і|i|ve|dan|و|և|ու)\s+)?$", re.I)
LATER = re.compile(r"\s*(?:later|earlier|ago|before|after|from|away|left|remaining|to\s+go|dan\s+|den\s+|fazla|spät|plus\s+tard|dopo|después|позже|спустя|назад|"
                   r"пізніше|тому|kasnije|ranije|kemudian|sebelum|setelah|sesudah|terakhir|lalu|sonra|önce|"
                   r"بعد|قبل|پیش|پس|հետո|առաջ)(?!\w)", re.I)
PERSIAN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
NEAR = 1.25  # "about 40 minutes" spans 32 to 50; two exact figures this close are one figure, rounded
APART = 1.3  # ... and two figures a conflict only this far apart: "about 40 minutes" against "55 minutes"
ABOUTS_APART = 1.5  # ... and two figures each said to be about so long: "about 40 minutes" against "about an hour"
FAR = 30  # ... and no further: "about 40 minutes" and "within 48 hours" tell how long two things took
ENDED_BEFORE = 40  # characters before a span after "within" where the word that ends what lasted stands


def durations(text: str, language: str | None) -> list[tuple[float, float]]:
    """The durations a sentence gives of what lasted, in minutes, each as (at least, at most): "more than an hour"
    is (60, inf), "about 40 minutes" (32, 50), "less than an hour" (0, 60), "70 minutes" (70, 70). Only where the
    sentence says something lasted, or the span is one's ("for 40 minutes"; ``LASTED``) or the talks' that came
    before ("after seven hours of talks"), or something was brought to an end within it ("contained within about 40
    minutes"; ``ENDED``)."""
    base = (language or "en").split("-")[0].lower()
    reading = _reading(base)
    if reading is None:
        return []
    out = []
    text = text.translate(PERSIAN_DIGITS)
    if reading.and_a_half is not None:
        text = reading.and_a_half.sub(lambda m: _and_a_half(m, reading.values, base), text)
    said = bool(reading.lasted and reading.lasted.search(text))
    for m in reading.pattern.finditer(text):
        before, after = text[max(m.start() - 16, 0):m.start()], text[m.end():m.end() + 24]
        alone = m.groupdict()  # a language that writes no hour without a number has no such groups
        if _left_unread(m, alone, before, after, reading, said, base in BARE_HOUR, text):
            continue
        if alone.get("half"):
            minutes = 30.0
        elif alone.get("hour"):
            minutes = 60.0
        else:
            count = m.group("count").lower()
            number = float(count.replace(",", ".")) if count[0].isdigit() \
                else reading.values.get(" ".join(count.split()))
            if number is None:
                continue
            minutes = number * (60.0 if m.group("hours") else 1.0)
        bound = (m.group("bound") or "").lower()
        if not bound:
            out.append((minutes, minutes))
        elif re.fullmatch(MORE, bound, re.I):
            out.append((minutes, math.inf))
        elif re.fullmatch(LESS, bound, re.I):
            out.append((0.0, minutes))
        elif re.fullmatch(NEARLY, bound, re.I):
            out.append((minutes / NEAR, minutes))
        else:
            out.append((minutes / NEAR, minutes * NEAR))
    return out


def _and_a_half(m: re.Match, values: dict[str, float], base: str) -> str:
    "Hours and a half (``HOURS_AND_A_HALF``) written as digits: \"two and a half hours\" as \"2.5 hours\"."
    count = next((c for c in m.groups() if c), None)
    whole = 1.0 if count is None else float(count) if count.isdigit() else values.get(" ".join(count.lower().split()))
    return m.group() if whole is None else f"{whole + 0.5:g} {HOURS_WORD[base]}"


def _ended(text: str, m: re.Match) -> bool:
    """Right before a span, in its clause, a word that says what lasted was brought to an end (``ENDED``): "the fire
    was extinguished within about 50 minutes"; not "troops must leave within 48 hours" in a report that "contained
    new figures", nor "police stopped the convoy and ordered it to turn back within two hours"."""
    start = max(max((text.rfind(c, 0, m.start()) for c in ",;:"), default=-1) + 1, m.start() - ENDED_BEFORE)
    return ENDED.search(text, start, m.start()) is not None


def _left_unread(m: re.Match, alone: dict, before: str, after: str, reading: _Reading, said: bool,
                 bare_hour: bool, text: str) -> bool:
    """A span that tells no one thing's length: none where the sentence says nothing lasted and no "for" or
    "within" stands by it; a bare "час" without a bound; a compound but before what lasted (``COMPOUND_OF``: "a
    40-minute drive", "a 48-hour ultimatum", not "a 40-minute call"), a range ("two to three
    hours"), hours with minutes or a half ("два часа сорок минут", "an hour and a half"), the end of a number
    ("forty-five"); a clock time, a time after or before, a rate ("at eight o'clock", "two hours later", "150 km an
    hour"), though "for" makes a span before something one ("for more than three hours before it was put out")."""
    hours = m.group("hours") or alone.get("hour")
    compound = "-" in m.group()
    of_what_lasted = compound and COMPOUND_OF.match(after) is not None  # "a three-hour visit"
    lasting = bool(FOR_BEFORE.search(before) or FOR_AFTER.match(after)  # "for three hours before it was put out"
                   or AFTER_BEFORE.search(before) and TALKS_AFTER.match(after) or of_what_lasted)
    within = bool(WITHIN_BEFORE.search(before) or WITHIN_AFTER.match(after)) and not FROM_ELSE.match(after) \
        and _ended(text, m)
    return not (said or lasting or within) \
        or bool(bare_hour and alone.get("hour") and not m.group("bound")) \
        or compound and not of_what_lasted or bool(reading.range_before.search(before)) \
        or bool(hours and reading.minute_after.search(after)) or bool(HOURS_BEFORE.search(before)) \
        or bool(HALF.search(before) or HALF.search(after) or NUMBER_BEFORE.search(before)) \
        or bool(alone.get("half") and ONE.search(before)) \
        or bool(CLOCK_BEFORE.search(before) or CLOCK_AFTER.search(after) or LATER.match(after) and not lasting
                or RATE_BEFORE.search(before))


def durations_differ(x: tuple[float, float], y: tuple[float, float]) -> bool:
    """Two durations that cannot be one: their spans do not meet, and their middles are ``APART`` ("about 40
    minutes" and "70 minutes"; "about 40 minutes" and "more than an hour") but not ``FAR`` apart. Two figures each
    said to be "about" so long are two where one is half as long again as the other (``ABOUTS_APART``), though their
    spans meet at the edges: "about 40 minutes" and "about an hour"; not "about 45 minutes" and "about an hour"."""
    abouts = _about(x) and _about(y)
    if x[1] >= y[0] and y[1] >= x[0] and not abouts:
        return False
    low, high = sorted((_middle(x), _middle(y)))
    return (ABOUTS_APART if abouts else APART) * low <= high < FAR * low


def _about(span: tuple[float, float]) -> bool:
    "A figure said to be about so long: the span ``durations`` gives it, ``NEAR`` either side."
    lo, hi = span
    return 0 < lo < hi < math.inf and math.isclose(hi / lo, NEAR * NEAR)


def one_duration(spans: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The one duration a sentence gives: its only one, or where it gives it twice, the span both allow ("more than
    an hour — 70 minutes"); None where it gives none, or two that cannot be one (two things lasted)."""
    if not spans:
        return None
    lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
    return (lo, hi) if lo <= hi else None


def _middle(span: tuple[float, float]) -> float:
    lo, hi = span
    return lo if hi == math.inf else hi if lo == 0 else math.sqrt(lo * hi)


def told(span: tuple[float, float]) -> str:
    "A duration as a reader says it: \"40 min\", \"at least 60 min\", \"about 12 h\"."
    lo, hi = span
    if hi == math.inf:
        return f"at least {_in_units(lo)}"
    if lo == hi:
        return _in_units(lo)
    if lo == 0:
        return f"under {_in_units(hi)}"
    if math.isclose(hi / lo, NEAR):  # "nearly two hours", as said: not "about 107 min"
        return f"almost {_in_units(hi)}"
    return f"about {_in_units(round(_middle(span)))}" if hi / lo < NEAR ** 2 + 0.01 else f"up to {_in_units(hi)}"


def _in_units(minutes: float) -> str:
    "Minutes, or whole hours from two hours on: \"540 min\" is read as \"9 h\"."
    return f"{minutes / 60:g} h" if minutes >= 120 and minutes % 60 == 0 else f"{minutes:g} min"


class _Reading(NamedTuple):
    "What reads one language's durations (``_reading``)."

    pattern: re.Pattern  # a bound, then a count and its unit, or an hour or a half written alone
    values: dict[str, float]  # the counts written in words
    minute_after: re.Pattern  # the word for minutes: after hours, "два часа сорок минут"
    range_before: re.Pattern  # a count and a range's link before the span: "two to three hours"
    lasted: re.Pattern | None  # the verbs that say something lasted (``LASTED``)
    and_a_half: re.Pattern | None  # hours and a half (``HOURS_AND_A_HALF``), a count in the group of its form


@cache
def _reading(base: str) -> _Reading | None:
    "The patterns of one language (its code without a region), built once."
    if base not in UNITS:
        return None
    minute, hour = UNITS[base]
    words = TOLL_NUMBER_WORDS.get(SAME_AS.get(base, base), "")  # Croatian counts in Serbian's words
    forms = [form for group in words.split() for form in group.split("|")]  # some are patterns: "dua\\s+belas"
    values = {form.replace("\\s+", " "): float(n)
              for n, group in enumerate(words.split(), 1) for form in group.split("|")}
    spelled = "|".join(sorted(forms, key=len, reverse=True))
    count = r"\d+(?:[.,]\d{1,2}(?![\d.,]))?" + (f"|{spelled}" if spelled else "")  # "1,5", never "1,000"
    an_hour, half = AN_HOUR.get(base, (None, None))
    alone = "".join(f"|(?P<{name}>{p})" for name, p in (("half", half), ("hour", an_hour)) if p)
    number = rf"(?:(?P<count>{count})(?:\s*-\s*|\s+)(?:de\s+)?(?:(?P<hours>{hour})|{minute}))"  # "40 de minute"
    bound = rf"(?:(?P<bound>{MORE}|{LESS}|{NEARLY}|{ABOUT})\s+)?"
    lasted = LASTED.get(base)
    counts = iter(range(100))  # a group for each count a form of hours and a half holds
    halves = "|".join(re.sub("N", lambda _: rf"(?P<n{next(counts)}>\d+{'|' + spelled if spelled else ''})", form)
                      for form in HOURS_AND_A_HALF.get(base, ()))
    return _Reading(pattern=re.compile(rf"(?<![\w.,]){bound}(?:{number}{alone})(?!\w)", re.I), values=values,
                    minute_after=re.compile(rf"(?<!\w)(?:{minute})(?!\w)", re.I),
                    range_before=re.compile(rf"(?<![\w.,])(?:{count})\s*{RANGE_LINK}\s+$", re.I),
                    lasted=re.compile(rf"(?<!\w)(?:{lasted})(?!\w)", re.I) if lasted else None,
                    and_a_half=re.compile(rf"(?<![\w.,])(?:{halves})(?![\w-])", re.I) if halves else None)

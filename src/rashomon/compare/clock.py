"""When in the day it happened, in any language: "at about 5:40 a.m.", "о 05:40", "в 7:30 утра", "à 5 h 40",
"pukul 05.30", "ժամը 7:30-ին", "ساعت ۴:۴۰ بامداد".

Each side may give its own time for when the shooting began or the gates were opened, and outlets in other
languages carry one or the other. A time of day is written in digits in every script, so two reports of one event
compare whatever their language (``verdicts.unmatched_clock_times``). Only a sentence that gives one time is read:
two are a span ("from 6:00 to 22:00"), a conversion ("05:40 local time, 02:40 GMT") or two things that happened.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .durations import PERSIAN_DIGITS

# "5:40", "05:40", "10 h 30", "5h40", "4 a.m.", "6:20 p.m."; not a map's scale or a ratio ("1:50,000")
COLON = r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:]|[.,]\d)"
FRENCH = r"(?P<fh>[01]?\d|2[0-3])\s?h\s?(?P<fm>[0-5]\d)(?!\d)"
MERIDIEM = r"(?P<ah>1[0-2]|0?[1-9])(?:[:.](?P<am>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
# "4.40", "05.30" as a time only after a word that opens one in the languages that write it so ("u 4.40", "pukul
# 05.30", "око 3.15", "alle 4.10", "a las 5.40", "saat 05.40'ta"), and not before what makes it an amount ("в 2.15
# раза", "alle 9.45%"); in English only with a.m. or p.m. ("at 9.45 a.m."; "at 9.45%" is a rate, "at 1.10" a price)
DOT_BEFORE = (r"(?:à|vers|alle|verso\s+le|ore|a\s+las|hacia\s+las|u|у|во|в|о|об|около|близько|близу|око|oko|pukul|"
              r"jam|sekitar|saat|ساعت|حدود|ժամը|om|um|gegen|kl)")
AMOUNT_AFTER = (r"\s*(?:%|‰|€|\$|(?:per\s*cent|percent|persen|posto|odsto|отсто|посто|prozent|procent\w*|процент\w*|відсот\w*|"
                r"раза?|times|volte|fois|veces|euros?|евро|євро|evra|dollars?|доллар\w*|долар\w*|гривн\w*|гривен\w*|"
                r"рубл\w*|млрд|млн|тыс\w*|billion|million|milion\w*|milliard\w*|miliar|juta)(?!\w))")
DOT = (rf"(?<!\w){DOT_BEFORE}\s+(?P<dh>[01]?\d|2[0-3])\.(?P<dm>[0-5]\d)(?!\d|[.,]\d|{AMOUNT_AFTER})"
       r"(?:\s*(?P<dap>[ap])\.?\s?m\b\.?)?")
DOT_EN = r"(?<!\w)(?:at|about|around|by)\s+(?P<eh>1[0-2]|0?[1-9])\.(?P<em>[0-5]\d)\s*(?P<eap>[ap])\.?\s?m\b\.?"
# a whole hour, as the languages that name it write it: "à 18 heures", "во 18 часот", "околу 18 часот", "u 18
# časova", "в 18 часов", "о 18-й годині", "alle ore 10", "saat 18'de", "ժամը 18-ին", "ساعت ۱۸"; after a word that
# opens a time and before the word for the hour (without them, "18 часов" is how long something lasted). Italian "alle
# 10" is one only where a comma or a part of the day follows it ("martedì mattina, alle 10, durante ..."): "alle 10
# famiglie" is to ten families
HOUR = (r"(?<!\w)(?:(?:à|vers|u|у|во|в|к|о|об|saat|pukul|jam|ժամը)\s+(?P<oh>[01]?\d|2[0-3])"
        r"(?:\s*(?:heures?|h(?!\w)|часот|часа|часов|časova|часова|sati|сати|sata|сата|-?й\s+годин[іи]|годин[іи])"
        r"|['’](?:de|da|te|ta|e|a)|-ին)(?!\w)(?!\s+de\s|\s+d['’])"  # "à 2 heures de Paris" is how far
        # "about" only before an hour of the afternoon or a word only the clock takes: "около 18 часов", "околу 8
        # часот"; "около 5 часов", "oko 3 sata" are as often how long
        r"|(?:oko|око|околу|около|близько)\s+(?:(?P<ah24>1[3-9]|2[0-3])\s*(?:часа|часов|časova|часова|sati|сати|"
        r"часот|годин[іи])|(?P<ahc>[01]?\d|2[0-3])\s*(?:часот|-?й\s+годин[іи]))(?!\w)"
        r"|(?:alle|verso\s+le)(?:\s+ore)?\s+(?P<ih>[01]?\d|2[0-3])(?=\s*[,;)]|\s+(?:del|di|della)\s+"
        r"(?:mattin|sera|pomeriggio|notte)|\.?$)"
        r"|alle\s+ore\s+(?P<iho>[01]?\d|2[0-3])(?![\d.,:])"
        r"|ساعت\s+(?P<ph>[01]?\d|2[0-3])(?![\d.,:]))"
        # not before its minutes or a half ("à 18 h 30", "в 18 часов 30 минут", "à 3 heures et demie", "ساعت ۱۰ و نیم"),
        # which other patterns read or none does, nor a rate ("4 heures par jour")
        r"(?!\s*(?:\d|et\s+(?:demie|quart)|[иі]\s+(?:по|пол)|i\s+po|و\s+نیم|par\s+jour|в\s+сутки|на\s+день|per\s+day|"
        r"a\s+day|al\s+giorno|dnevno|дневно))")
TIME = re.compile(rf"(?<![\w.,:/]){MERIDIEM}|(?<![\w.,:/]){COLON}|(?<![\w.,:/]){FRENCH}|{DOT_EN}|{DOT}|{HOUR}", re.I)
# after a time, a word that puts it in the afternoon (from one o'clock) or the evening (from five): "в 8:30 вечера",
# "à 9 h 30 du soir", "a las 3.30 de la tarde", "pukul 3.00 sore"; "в 2:40 ночи", "pukul 02.00 malam" stay at night
AFTERNOON = re.compile(r"\s*(?:дня|пополудні|de\s+la\s+tarde|del\s+pomeriggio|de\s+l'après-midi|in\s+the\s+afternoon|"
                       r"sore|siang|عصر|բ\.?\s?կ\.?)(?!\w)", re.I)
EVENING = re.compile(r"\s*(?:вечера|вечора|увече|uveče|uvečer|навечер|du\s+soir|de\s+la\s+noche|di\s+sera|"
                     r"della\s+sera|in\s+the\s+evening|malam|شب|երեկոյան)(?!\w)", re.I)
# a live page's stamp opening a line, the time it was written, not what it tells: "06:10 – ...", "Updated 10:30 — ..."
STAMP = re.compile(r"^\W*(?:[^\W\d]+\s+)?\d{1,2}[:.]\d\d\s*(?:[—–-]|$)")
# a time in a zone named after it: a conversion ("05:40 local time (02:40 GMT)"), or a capital's time that another
# outlet gives in its own ("в 6:40 по московскому времени", "о 5:40 за київським часом"); WIB is Jakarta's own
ZONE_AFTER = re.compile(r"\W{0,3}(?:GMT|UTC|Zulu|CET|CEST|EET|EEST|MSK|Moscow\s+time|Kyiv\s+time|по\s+московскому|"
                        r"по\s+киевскому|за\s+київським|за\s+московським|по\s+Гринвичу|за\s+Гринвічем|"
                        r"heure\s+de\s+(?:Paris|Moscou)|ora\s+(?:italiana|di\s+Mosca))(?!\w)", re.I)


# a time that only bounds when it happened, by the words right before it: "shortly after 2 a.m.", "just past 2:30",
# "после 22:00", "après 5 h 40", "dopo le 4:10", "después de las 6:00", "setelah pukul 05.30"; "before 6 a.m.", "by
# 9.45 a.m.", "as of 3 p.m." (when a toll was counted), "entro le 18:00". Not "since 6 a.m.", "з 6:00", "à partir de
# 5 h 40" nor "until 7:30", "до 7:30": when a state began or ended is when it happened
AFTER = r"after|past|после|після|après|dopo|nach|posle|nakon|након|setelah|después\s+de|پس\s+از|بعد\s+از"
BEFORE = r"before|by|as\s+of|перед|avant|prima\s+delle|entro|vor|pre|пред|sebelum|antes\s+de|قبل\s+از"
APPROXIMATELY = (r"(?:about|around|approximately|около|околу|приблизно|близько|vers|circa|verso|gegen|oko|око|"
                 r"sekitar|حدود)")
BOUND = re.compile(rf"(?<!\w)(?:(?P<after>{AFTER})|(?P<before>{BEFORE}))\s+(?:{APPROXIMATELY}\s+)?(?:the\s+|le\s+|las?\s+|"
                   rf"pukul\s+|ساعت\s+)?$", re.I)
ZONE = r"[A-Z]{2,5}"  # a zone's letters: "EDT", "BST"
ZONE_LETTERS = re.compile(rf"\s?\(?{ZONE}\b")  # "EDT", "(BST)" after a time
# a time of day alone, as a time expression's whole text: "7 p.m.", "19:00", "5 h 40", "06:00 BST", "7 p.m. local time"
BARE = re.compile(rf"\d[\d\s:.h]*(?:[ap]\.?\s?m\.?|o['’]clock|hours?)?(?:\s*(?:local\s+time|(?-i:{ZONE})))?", re.I)
APART = 30  # minutes between two times of day that cannot be one told roughly ("about 5:40", "6:15")
REACH = 180  # minutes past a bound that a time on its side may still be: "after 2 a.m." is no "9:00"


class Reading(NamedTuple):
    """A time of day as a sentence gives it: minutes after midnight; 1 for a time it happened after ("shortly after
    2 a.m."), -1 before ("before 6 a.m."), 0 at (about) that time; and whether it may be read on a twelve-hour
    dial ("4:10", never "04:10", "16:10" or "4:10 a.m."); and whether a zone's letters follow it."""

    minutes: int
    bound: int = 0
    twelve: bool = False
    zoned: bool = False  # followed by a zone's letters ("9:12 a.m. EDT", "06:00 BST"): maybe a moment told elsewhere


def clock_readings(text: str) -> list[Reading]:
    """The times of day a sentence gives, in the order it gives them, each with how it bounds when it happened and
    its dial; a live page's stamp, and a time given in a zone named after it, are left out."""
    text = text.translate(PERSIAN_DIGITS)
    stamp = STAMP.match(text)
    out = []
    for m in TIME.finditer(text):
        if stamp and m.start() < stamp.end() or ZONE_AFTER.match(text, m.end()):
            continue
        twelve = False
        if m["ah"] or m["eh"]:
            hour = int(m["ah"] or m["eh"]) % 12 + (12 if (m["ap"] or m["eap"]).lower() == "p" else 0)
            minute = int(m["am"] or m["em"] or 0)
        else:
            written, minute = next(((m[h], int(m[mm]) if mm else 0) for h, mm in (
                ("h", "m"), ("fh", "fm"), ("dh", "dm"), ("oh", None), ("ih", None), ("iho", None), ("ph", None),
                ("ah24", None), ("ahc", None))
                if m[h]))
            hour = int(written)
            if m["dap"] is not None and 1 <= hour <= 12:
                hour = hour % 12 + (12 if m["dap"].lower() == "p" else 0)
            elif 1 <= hour < 12 and AFTERNOON.match(text, m.end()) or 5 <= hour < 12 and EVENING.match(text, m.end()):
                hour += 12
            else:
                twelve = 1 <= hour <= 12 and not written.startswith("0")
        # "by 9.45 a.m.": the English time with a point takes its opening word in
        opening = re.match(r"\w+\s+", m[0]) if m["eh"] else None
        bound = BOUND.search(text[max(m.start() - 40, 0):m.start()] + (opening[0] if opening else ""))
        out.append(Reading(hour * 60 + minute, 0 if not bound else 1 if bound["after"] is not None else -1, twelve,
                           ZONE_LETTERS.match(text, m.end()) is not None))
    return out


def bare_time(text: str) -> bool:
    "Whether a time expression's text is a time of day alone, with no day: \"7 p.m.\", not \"7:01 p.m. on Friday\"."
    return BARE.fullmatch(text) is not None


def told(minutes: int) -> str:
    "A time of day as a reader writes it: \"05:40\"."
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def readings_differ(x: Reading, y: Reading, apart: int) -> bool:
    """Two times of day (``clock_readings``) that cannot tell one moment: at least ``apart`` minutes from each other
    (on a twelve-hour dial where either may be read on one), unless one only bounds it and the other falls on its
    side within ``REACH``: "shortly after 2 a.m." and "at 2:30" agree, so do two times it happened after; "after 3
    a.m." and "at 2:00" do not, nor "after 2 a.m." and "at 9:00"."""
    dial = 12 if x.twelve or y.twelve else 24
    if not times_differ(x.minutes, y.minutes, apart, dial):
        return False
    if x.bound and x.bound == y.bound:
        return False
    later = (y.minutes - x.minutes) % (dial * 60) < dial * 30  # y after x
    if x.bound and y.bound:  # after one and before the other: agree where the first bound comes first
        return (x.bound == 1) != later
    if not (x.bound or y.bound):
        return True
    # a time on the bound's side, and not hours past it
    side = later != (x.bound == 1) if x.bound else later == (y.bound == 1)
    return side or times_differ(x.minutes, y.minutes, REACH, dial)


def times_differ(x: int, y: int, apart: int, dial: int = 12) -> bool:
    """Two times of day at least ``apart`` minutes from each other, read on a twelve-hour dial unless told: "4:10"
    and "16:10" may be one time written two ways."""
    gap = abs(x - y) % (dial * 60)
    return min(gap, dial * 60 - gap) >= apart

"""What the time and amount stages read in a language they have no rules for: dates and digits.

Those stages parse English. An article in another language still writes "6 février 2023",
"Senin (20/2/2023)", "۱۱ بهمن ۱۴۰۱", "31 января" and "2 000 morts", "7,8", "41.000": evidence
that needs no grammar, and that grouping compares across languages (the same day, the
same toll). Day-first numeric dates and decimal commas are the convention outside English;
a year written alone ("2000") may be a count, so it is read as neither.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..ingest import months
from ..model import Quantity, TimeExpression

# Persian and Arabic separators as the Latin ones of a decimal-comma language: ٬ groups, ٫ is the comma
SEPARATORS = str.maketrans({"٬": " ", "٫": ","})
DAY_FIRST = re.compile(r"(?<![\d/.:-])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})"
                       r"(?![\d/:]|[.,]\d)")
# Indonesian and Malay news date an event by its weekday and the day and month in brackets: "Selasa (27/5)";
# a bracketed fraction elsewhere ("(3/4)") is no date, so the weekday must come first
WEEKDAY_DAY_MONTH = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Isnin|Khamis|Ahad)\s*"
                               r"\((?P<day>[0-3]?\d)/(?P<month>[01]?\d)\)")
YEAR_FIRST = re.compile(r"(?<![\d/.:-])(?P<year>(?:1[34]|19|20)\d{2})(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)"
                        r"(?P<day>[0-3]?\d)(?![\d/:]|[.,]\d)")
# Languages that write 1,234.5 as English does; the others write 1 234,5 or 1.234,5
DECIMAL_POINT = {"en", "zh", "ja", "ko", "he", "hi", "th", "ms", "tl"}
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![\w.,:/-])", r"(?![\w:/]|[.,]\d)"
GROUPED_COMMA = re.compile(rf"{_EDGE_BEFORE}\d{{1,3}}(?:[ \u00a0\u202f.]\d{{3}})+(?:,\d+)?{_EDGE_AFTER}")
GROUPED_POINT = re.compile(rf"{_EDGE_BEFORE}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?{_EDGE_AFTER}")
PLAIN = re.compile(rf"{_EDGE_BEFORE}\d+(?:[.,]\d+)?{_EDGE_AFTER}")
PERCENT = re.compile(r"\s?%")
# a time of day is no amount: "у 6 часова", "à 5 h 40", "pukul 14.20", "о 6 годині", "ساعت ۶"; a number after "at"
# is one only with its minutes or a word for the hour after it ("a 5 km" is a distance)
CLOCK_TIME = re.compile(r"(?<!\w)(?:(?:у|u|во|в|о|об|à|a|alle|ore|at|um|o|jam)\s+(?P<h>[012]?\d)(?:[:.][0-5]\d|\s?h\s?[0-5]\d"
                        r"|\s+(?:часова|часа|часот|часов|часу|годині|години|sati|časova|sata|heures?|h|ore|uhr|o'clock)"
                        r"(?!\w))|(?:pukul|ساعت|ժամը)\s+[012]?\d(?:[:.][0-5]\d)?|[012]?\d\s?h\s?[0-5]\d)(?!\w)", re.I)
YEAR = re.compile(r"(?:19|20)\d{2}")
# "2 млн", "1,5 milliards", "20 de milioane", "3 Mio.": the word after the digits that scales them, by its
# first letters (case endings and plurals follow); "mil" is Spanish and Portuguese for a thousand only alone.
# Named as in ``quantities`` (``SCALES``, ``SCALE_AFTER``), which reads the English ones
SCALES = {"млрд": 1e9, "миллиард": 1e9, "мільярд": 1e9, "милијард": 1e9, "milliard": 1e9, "miliard": 1e9,
         "miliar": 1e9, "milyar": 1e9, "mrd": 1e9, "mld": 1e9, "billion": 1e9,
         "млн": 1e6, "миллион": 1e6, "мільйон": 1e6, "милион": 1e6, "million": 1e6, "millón": 1e6, "millon": 1e6,
         "milion": 1e6, "milioan": 1e6, "milyon": 1e6, "mln": 1e6, "mio": 1e6, "juta": 1e6,
         "тыс": 1e3, "тисяч": 1e3, "хиљад": 1e3, "hiljad": 1e3, "tausend": 1e3, "mila": 1e3, "mille": 1e3,
         "tys": 1e3, "bin": 1e3, "ribu": 1e3, "میلیارد": 1e9, "میلیون": 1e6, "هزار": 1e3, "միլիարդ": 1e9,
         "միլիոն": 1e6, "հազար": 1e3}
# ... but not the word some scales open: "milles" are the French miles ("à 14 milles nautiques"), "هزاره" the Hazara
NOT_AFTER = {"mille": "s", "هزار": "ه"}
SCALE_WORDS = "|".join(w + (f"(?!{NOT_AFTER[w]})" if w in NOT_AFTER else "")
                       for w in sorted(SCALES, key=len, reverse=True))
SCALE_AFTER = re.compile(rf"\s?(?:de\s+)?(?:(?P<word>{SCALE_WORDS})[^\W\d_]*\.?|(?P<mil>mil))(?!\w)", re.I)
# cubic metres, as gas is counted: "m³", "м3", "кубометров", "кубических метров", "metri cubi", "Kubikmeter",
# "meter kubik", "kubnih metara", "متر مکعب"
CUBIC = re.compile(r"\s?(?:d[ei]\s+)?(?:m³|m3|м³|м3|куб(?:ометр|ических\s+метр|ічних\s+метр)\w*|metri\s+cubi\w*|"
                   r"metros\s+c[úu]bicos|m[eè]tres\s+cubes|Kubikmeter\w*|metr(?:ów|y)\s+sześciennych|"
                   r"metrik\s+kubik|meter\s+kubik|kubn\w+\s+metar\w*|кубн\w+\s+метар\w*|кубни\s+метри|"
                   r"խորանարդ\s+մետր\w*|متر\s+مکعب|metreküp)(?!\w)", re.I)
# an earthquake's magnitude, named before the number ("magnitudo 5.8", "магнитудой 5,8", "بزرگی ۵٫۸") or
# after it ("5,8 балла", "6.1 on the Richter scale", "5,8 büyüklüğünde"): one measure in any language
MAGNITUDE_BEFORE = re.compile(r"(?:magnitud\w*|магнитуд\w*|магнітуд\w*|Stärke|jačin\w*|"
                              r"јачин\w*|kekuatan|մագնիտուդ\w*|بزرگی)\s*(?:de\s+|di\s+|od\s+|од\s+)?$", re.I)
MAGNITUDE_AFTER = re.compile(r"\s?(?:-?magnitude|магнитуд\w*|балл\w*|бал(?:и|ів)?\b|on\s+the\s+Richter|"
                             r"по\s+шкале\s+Рихтера|за\s+шкалою\s+Ріхтера|(?:sur\s+l['’]échelle\s+de\s+)?Richter|"
                             r"ریشتر|büyüklüğünde|բալ\w*)(?!\w)", re.I)
CURRENCY_BEFORE = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "֏": "AMD", "₼": "AZN", "₺": "TRY"}
# the word right after an amount, in lower case, is what it counts, in the case the number asks for ("40
# грузовиков", "12 mineurs", "۴۰ کامیون"): no grammar tells more, and it is compared as such (compare.verdicts)
COUNTED = re.compile(r"\s(?=[^\W\d_A-ZА-ЯЁІЇЄҐЈЉЊЋЂЏԱ-Ֆ])([^\W\d_]{3,})(?![\w\u200c])")
MAGNITUDE_REACH = 20  # characters before an amount that may name it a magnitude
RECENT = timedelta(days=1)  # a solar day and month without a year is the latest one up to this after the article's date


def dates(text: str, anchor: date | None = None) -> list[TimeExpression]:
    """Dates written out with a month name (in the languages of ``data/months.tsv``) or in digits,
    day first; a day and month without a year take the year nearest ``anchor`` (the publication date),
    a year ahead counted twice as far as one before, and without an anchor stay "XXXX-02-06" (TIMEX3)."""
    plain = text.translate(months.DIGITS)
    found: list[tuple[int, int, date | str]] = []

    def add(start: int, end: int, day: date | str | None) -> None:
        if day and not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, day))

    for f in months.full_dates(plain):
        add(*f.span, f.day)
    for pattern in (YEAR_FIRST, DAY_FIRST):
        for m in pattern.finditer(plain):
            year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
            add(m.start(), m.end(), months.solar_to_gregorian(year, month, day) if year < 1900
                else months.calendar_date(year, month, day))
    for m in WEEKDAY_DAY_MONTH.finditer(plain):
        month_day = int(m["month"]), int(m["day"])
        if months.valid_month_day(*month_day):
            add(m.start("day"), m.end("month"), _nearest(month_day, anchor) if anchor
                else "XXXX-{:02d}-{:02d}".format(*month_day))
    for f in months.month_days(plain):  # without an anchor, the day and month alone: XXXX-02-06
        add(*f.span, _nearest(f.month_day, anchor) if anchor else "XXXX-{:02d}-{:02d}".format(*f.month_day))
    for f in months.solar_month_days(plain):  # "۱۱ بهمن": a solar day and month, placed as the Gregorian ones
        add(*f.span, months.solar_latest(f.month_day, anchor + RECENT) if anchor
            else "XXXX-{:02d}-{:02d}".format(*months.solar_month_day(f.month_day)))
    return [TimeExpression(s, s + len(text[s:e].rstrip(".")), text[s:e].rstrip("."), "DATE",
                           d if isinstance(d, str) else d.isoformat()) for s, e, d in sorted(found)]


def _nearest(month_day: tuple[int, int], anchor: date) -> date | None:
    "The day and month in the year nearest the article's date, the future counted twice as far as the past."
    month, day = month_day
    return months.calendar_date(months.nearest_year(anchor, month, day, day), month, day)


def amounts(text: str, language: str | None) -> list[Quantity]:
    """Amounts written in digits, outside dates: their value, and a unit where a sign gives one
    ("5 %", "$25"), or else what they count: the word in lower case right after them (``COUNTED``), as written."""
    plain = text.translate(months.DIGITS).translate(SEPARATORS)
    taken = [(t.start, t.end) for t in dates(text)]  # without an anchor, day-months too ("6 февраля")
    taken += [m.span() for m in CLOCK_TIME.finditer(plain)]
    point = (language or "en").split("-")[0] in DECIMAL_POINT
    out = []
    for pattern in (GROUPED_POINT if point else GROUPED_COMMA, PLAIN):
        for m in pattern.finditer(plain):
            start, end = m.span()
            if YEAR.fullmatch(m.group()) or any(s < end and start < e for s, e in taken):
                continue  # a year, or a count: no telling without the grammar
            unit, value = None, _value(m.group(), point, pattern is not PLAIN)
            if scale := SCALE_AFTER.match(plain, end):
                end, value = scale.end(), value * (SCALES[scale["word"].lower()] if scale["word"] else 1e3)
            if pct := PERCENT.match(plain, end):
                end, unit = pct.end(), "percent"
            elif cubic := CUBIC.match(plain, end):
                end, unit = cubic.end(), "m3"
            elif (magnitude := magnitude_end(plain, start, end)) is not None:
                end, unit = magnitude, "magnitude"
            elif start and plain[start - 1] in CURRENCY_BEFORE:
                start, unit = start - 1, CURRENCY_BEFORE[plain[start - 1]]
            counted = COUNTED.match(plain, end) if unit is None and value == int(value) else None  # not "7,8 унесло"
            taken.append((start, end))
            out.append(Quantity(start, end, text[start:end], value, unit=unit,
                                counts=counted[1] if counted and counted[1].lower() not in months.month_names()
                                else None))
    return sorted(out, key=lambda q: q.start)


def magnitude_end(text: str, start: int, end: int) -> int | None:
    """Where the words that make the amount ``text[start:end]`` an earthquake's magnitude end: past the words
    after it or inside it ("5,8 балла", "a 6.1-magnitude"), or at its own end where they come before it
    ("magnitudo 5.8"); None for an amount of anything else."""
    after = MAGNITUDE_AFTER.match(text, end) or MAGNITUDE_AFTER.search(text, start, end)
    if after is not None:
        return max(end, after.end())
    return end if MAGNITUDE_BEFORE.search(text, max(0, start - MAGNITUDE_REACH), start) else None


def _value(digits: str, point: bool, grouped: bool) -> float:
    "'1,234.5' where a point is the decimal mark; '1 234,5', '1.234,5' and '7,8' where a comma is."
    if point:
        return float(re.sub(r"[ \u00a0\u202f,]", "", digits))
    if grouped:
        digits = re.sub(r"[ \u00a0\u202f.]", "", digits)
    return float(digits.replace(",", "."))

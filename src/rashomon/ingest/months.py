"""Dates written with month names in other languages, and in the Persian solar calendar.

"31 января 2023 г.", "31 de enero de 2023", "2023 թ. հունվարի 31", "۱۱ بهمن ۱۴۰۱": a date
line or a wire dateline ("ЕРЕВАН, 31 января. /ТАСС/.") in the language of the outlet dates
a bare file as well as an English one does. The month names are data
(``data/months.tsv``); English ones stay in ``dates``, which reads them first. Iranian
outlets date by the solar Hijri calendar, converted here to the Gregorian date.

A name means one month whatever the language: where two languages give one word to two months,
one is left out (Croatian "listopada" is October, Polish November: the Croatian October is not read).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ..resources import split_list, table

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")  # Persian and Arabic-Indic digits
# words that may stand between a year and its month, or after a day: "2023 թ.", "2023 года", "31-го"
YEAR_WORD = r"(?:г\.?|года|год|р\.?|року|рік|թ\.?|թվականի|god\.?|godine|године|yil|il|sal|سال|de)"
SOLAR_NEW_YEAR = date(2023, 3, 21)  # 1 Farvardin 1402, the anchor of the conversion
SOLAR_REFERENCE = 1402  # the year a solar day and month without one is read in
# a solar date in figures, year first, as Iranian sites print their date lines: "۱۴۰۱/۱۱/۱۱ - ۱۴:۰۵"; no Gregorian
# date of the news has a year 1300 to 1499
SOLAR_FIGURES = re.compile(r"(?<![\d/.-])(?P<year>1[34]\d{2})(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
                           r"(?![\d/]|[.-]\d)")


@dataclass(frozen=True, slots=True)
class Found:
    """One date a text writes out: the date (None when the day does not exist), or a month and
    day with no year, and where it stands."""

    day: date | None
    month_day: tuple[int, int] | None
    span: tuple[int, int]
    month_name: str = ""  # as written


@cache
def month_names() -> dict[str, tuple[str, int]]:
    """Lower-case month name -> (calendar, month number): 'января' -> ('gregorian', 1), 'بهمن' -> ('jalali', 11)."""
    out: dict[str, tuple[str, int]] = {}
    for row in table("months.tsv"):
        for name in split_list(row["names"]):
            out[name.casefold()] = (row["calendar"], int(row["month"]))
    return out


def _month(calendars: tuple[str, ...]) -> str:
    "A pattern's month group: the names of these calendars, longest first."
    names = sorted((n for n, (calendar, _) in month_names().items() if calendar in calendars), key=len, reverse=True)
    return rf"(?<!\w)(?P<month>{'|'.join(map(re.escape, names))})(?!\w)\.?"


@cache
def _patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], list[re.Pattern[str]], re.Pattern[str]]:
    """Full dates, Gregorian days and months, datelines, solar days and months.

    Persian writes the day before the month ("۳ تیر"), and a solar month name is also a word ("تیر", shot;
    "مهر", seal): a number after one is not its day, so the month-first forms take Gregorian names only,
    and a solar day and month has a pattern of its own, so that one scan finds them (two scans did)."""
    month, gregorian, solar = _month(("gregorian", "jalali")), _month(("gregorian",)), _month(("jalali",))
    day = r"(?<![\d.])(?P<day>[0-3]?\d)(?:\.|-?(?:го|ին|er|º))?"
    year = r"(?P<year>(?:1[34]|19|20)\d{2})(?![\d])"
    full = [
        re.compile(rf"{day}\s*(?:de\s+)?{month}\s*(?:de\s+|,\s*)?{year}", re.I),  # 31 января 2023, 31 de enero de 2023
        re.compile(rf"{gregorian}\s+{day},?\s+{year}", re.I),  # Januari 31, 2023
        # 2023 թ. հունվարի 31, 2023. május 29.
        # (the year's full stop only before a month in lower case, as Hungarian writes it: "in 2008. May 5" is no date)
        re.compile(rf"(?<!\d){year}(?:\.(?=\s*(?-i:[a-zà-ÿőű])))?\s*(?:{YEAR_WORD}\s*)?,?\s*{gregorian}\s+{day}(?!\d)",
                   re.I),
    ]
    partial = [re.compile(rf"{day}\s*(?:de\s+)?{gregorian}(?!\s*\d)", re.I),
               re.compile(rf"{gregorian}\s+{day}(?!\d)", re.I)]
    # "ЕРЕВАН, 31 января. /ТАСС/.", "МОСКВА, 31 янв - РИА Новости", "ԵՐԵՎԱՆ, ՀՈՒՆՎԱՐԻ 31, ԱՐՄԵՆՊՐԵՍ:",
    # "Abuja, 30 jul (EFE).-", "(ANSA) - ROMA, 31 LUG -", "L'AIA, 16 MARZO -", "Москва. 22 февраля. INTERFAX.RU -":
    # a capitalised place, a day, an agency
    place = (r"^(?:\((?P<first>[^)\n]{1,30})\)\s*[-—–]\s*)?"
             r"(?P<place>[^\W\d_](?:[^\W\d_'’.-]|['’](?=[^\W\d_]))*(?:[ -][^\W\d_][^\W\d_'’.-]*){0,2})"
             r"(?:,|\.(?=\s+\d{1,2}\s+[^\W\d_]+\.\s+(?-i:[^\W\d_a-zа-я]{3,})))\s+")
    after = (rf"(?:\s+{year}\s*(?:{YEAR_WORD})?)?\s*(?:\.?\s*/(?P<slash>[^/\n]{{1,30}})/\.?|\((?P<agency>[^)\n]{{1,30}})\)|"
             r",\s*(?P<named>[^\W\d_][^\W\d_.-]{1,30})(?=\s*[:։])|"
             r"\.?\s*(?P<caps>(?-i:[^\W\d_a-zа-я](?:[^\W\d_a-zа-я]|\.(?=\w)){2,30}))(?=\s+[-—–]))?"
             r"\s*(?P<sep>\.?[-—–]+|\.|[:։])?(?=\s|$)")
    dateline = [re.compile(place + rf"{day}\s+{month}" + after, re.I),
                re.compile(place + rf"{gregorian}\s+{day}" + after, re.I)]
    # a number on the line before is not next to the month: "۱۲\nمهر" is no date
    solar_day_month = re.compile(rf"{day}[^\S\n]*{solar}(?![^\S\n]*\d)")
    return full, partial, dateline, solar_day_month


def full_dates(text: str) -> list[Found]:
    """Every date written out in full with a month name in another language, or a solar one in figures, in order."""
    text = text.translate(DIGITS)
    found = []
    for pattern in _patterns()[0]:
        for m in pattern.finditer(text):
            if not any(f.span[0] <= m.start() < f.span[1] for f in found):
                found.append(Found(_date(m.group("month"), int(m.group("day")), int(m.group("year"))), None, m.span(),
                                   m.group("month")))
    for m in SOLAR_FIGURES.finditer(text):
        if not any(f.span[0] <= m.start() < f.span[1] for f in found):
            found.append(Found(solar_to_gregorian(int(m["year"]), int(m["m"]), int(m["day"])), None, m.span()))
    return sorted(found, key=lambda f: f.span)


def month_day(text: str) -> Found | None:
    """The first Gregorian day and month written without a year ("31 января"): the year comes from elsewhere."""
    return next(iter(month_days(text)), None)


def month_days(text: str) -> list[Found]:
    """Every Gregorian day and month written without a year, in order."""
    text = text.translate(DIGITS)
    found: list[Found] = []
    for pattern in _patterns()[1]:
        for m in pattern.finditer(text):
            calendar, month = month_names()[m.group("month").casefold()]
            if (calendar == "gregorian" and valid_month_day(month, int(m.group("day")))
                    and not any(f.span[0] < m.end() and m.start() < f.span[1] for f in found)):
                found.append(Found(None, (month, int(m.group("day"))), m.span(), m.group("month")))
    return sorted(found, key=lambda f: f.span)


# solar months whose names are also words ("تیر", a shot; "مهر", a seal): a number before one is a date only where
# a word of days or "on", "from", "to" comes first ("روز ۳ تیر", "سه‌شنبه ۳ تیر", "در ۳ تیر")
SOLAR_WORDS = {"تیر", "مهر"}
SOLAR_DAY_BEFORE = re.compile(r"(?:روز|تاریخ|شنبه|جمعه|در|از|تا)[\s\u200c]*(?:[،,]\s*)?$")


def solar_month_days(text: str) -> list[Found]:
    """Every solar Hijri day and month written without a year ("۱۱ بهمن"), in order; their
    ``month_day`` is the solar month and day (``solar_latest`` places them)."""
    found: list[Found] = []
    text = text.translate(DIGITS)
    for m in _patterns()[3].finditer(text):
        month, day = month_names()[m.group("month").casefold()][1], int(m.group("day"))
        if m.group("month") in SOLAR_WORDS and not SOLAR_DAY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "۳ تیر هوایی شلیک کرد": three shots, not 3 Tir, unless "روز" or a weekday says a day
        if valid_solar_month_day(month, day):
            found.append(Found(None, (month, day), m.span(), m.group("month")))
    return found


def nearest_year(anchor: date, month: int, first: int, last: int) -> int:
    """The year of a month (its days ``first`` to ``last``) written without one: the nearest to
    ``anchor``, with the future counted twice as far as the past, so "10 November" read in January is
    last November, but read on 2 November is next week ("from Monday, 28 April")."""
    def cost(year: int) -> int:
        days = calendar.monthrange(year, month)[1]
        begin, end = date(year, month, min(first, days)), date(year, month, min(last, days))
        return (begin - anchor).days * 2 if begin > anchor else max(0, (anchor - end).days)
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)


def solar_latest(month_day: tuple[int, int], before: date) -> date | None:
    """The latest Gregorian date of a solar day and month on or before ``before``: "۱۱ بهمن" in an
    article of 2 February 2023 is 31 January 2023."""
    year = before.year - 621  # the solar year that began in March of ``before``'s year
    for y in (year, year - 1, year - 2):
        if (d := solar_to_gregorian(y, *month_day)) is not None and d <= before:
            return d
    return None


def solar_month_day(month_day: tuple[int, int]) -> tuple[int, int]:
    """The Gregorian day and month of a solar one with no year known, as in the reference year: a day off
    in some years, close enough to tell events apart, never used as a date of its own. 30 Esfand, which
    the reference year lacks, is the day after its 29 Esfand, where a leap year has it."""
    month, day = month_day
    extra = int(month_day == (12, 30))
    d = solar_to_gregorian(SOLAR_REFERENCE, month, day - extra)
    if d is None:
        return (3, 21)
    d += timedelta(days=extra)
    return (d.month, d.day)


def dateline(paragraph: str) -> tuple[re.Match[str], Found] | None:
    """A wire dateline in another language opening a paragraph, with the date it gives; the agency
    is the match's ``agency``, ``slash``, ``named`` or ``first`` group."""
    text = paragraph.translate(DIGITS)
    m = next((m for pattern in _patterns()[2] if (m := pattern.match(text))), None)
    if m is None or not (m.group("place").isupper() or m.group("agency") or m.group("slash") or m.group("named")
                         or m.group("first") or m.group("caps")):
        return None
    calendar, month = month_names()[m.group("month").casefold()]
    day = int(m.group("day"))
    if m.group("year"):
        return m, Found(_date(m.group("month"), day, int(m.group("year"))), None, m.span())
    if calendar != "gregorian" or not valid_month_day(month, day):
        return None
    return m, Found(None, (month, day), m.span())


def _date(name: str, day: int, year: int) -> date | None:
    calendar, month = month_names()[name.casefold()]
    if calendar == "jalali":
        return solar_to_gregorian(year, month, day) if 1300 <= year < 1500 else None
    return calendar_date(year, month, day) if 1900 <= year < 2100 else None


def calendar_date(year: int, month: int, day: int) -> date | None:
    "The day, if the calendar has it: no 31 April, no 29 February 2023."
    try:
        return date(year, month, day)
    except ValueError:
        return None


def valid_month_day(month: int | None, day: int) -> bool:
    "A day and month some year has: 2000 is a leap year, so 29 February passes until a year is known."
    return bool(month) and calendar_date(2000, month, day) is not None


def valid_solar_month_day(month: int, day: int) -> bool:
    "A solar day and month some year has: 30 Esfand passes, as leap years have it, until a year is known."
    return 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """A solar Hijri (Persian) date as a Gregorian one: '11 Bahman 1401' -> 2023-01-31.

    Months 1-6 have 31 days, 7-11 have 30, Esfand 29 (30 in a leap year). Leap years follow
    the 33-year arithmetic rule, which agrees with the astronomical calendar in the years news is dated in.
    """
    if not valid_solar_month_day(month, day):
        return None
    if month == 12 and day == 30 and not _solar_leap(year):
        return None
    return _new_year(year) + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def _new_year(year: int) -> date:
    "1 Farvardin of a solar year, counted in whole years from 1402."
    day = SOLAR_NEW_YEAR
    step = 1 if year >= 1402 else -1
    for y in range(1402, year, step):
        length = 366 if _solar_leap(y if step == 1 else y - 1) else 365
        day += timedelta(days=step * length)
    return day


def _solar_leap(year: int) -> bool:
    "Esfand has 30 days: eight years in every 33 (1399, 1403, 1408, ...)."
    return year % 33 in (1, 5, 9, 13, 17, 22, 26, 30)

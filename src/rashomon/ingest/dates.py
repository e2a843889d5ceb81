"""Dates as an article prints them: date lines, wire datelines, metadata fields and URLs.

Each reader returns what one piece of text says and no more. A date line such as
"Jul. 7 5:59 PM EDT" gives a day and month without a year, and "05/02/2013" gives two
readings (May 2 or 5 February); deciding between them, or finding the year, takes
other evidence from the same article (see published.py). A line such as "Tuesday"
says too little to read at all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from urllib.parse import urlsplit

from ..vocabulary import alternatives, weekday_names, words
from . import months
from .months import calendar_date, valid_month_day

MONTHS = {m: i for i, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
WEEKDAYS = {w: i for i, names in enumerate([
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
    ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday")]) for w in names}


def _month(name: str = "month", dot: str = r"\.?") -> str:
    return (rf"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            rf"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b{dot}")


_MONTH = _month()
_ORD = r"(?:st|nd|rd|th)?"
PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),  # not a solar "1401-11-11"
    re.compile(rf"\b{_MONTH}\s*(?P<day>\d{{1,2}}){_ORD},?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
]
# "05/02/2013", "8/2/13", "02.29.12": which number is the month depends on the outlet; "05.02.2013" is day first
NUMERIC = re.compile(r"(?<![\d/.:-])(?P<a>\d{1,2})(?P<sep>[/-]|\.\s?)(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})"
                     r"(?![\d/:]|\.\d)")
# a newspaper edition's number after its date, ending the line: "- No. 3218", "№ 218", "- شماره ۳۲۱۸", "Broj 42"
ISSUE = re.compile(r"\s*(?:[-–—|,]\s*)?(?<![\w'’])(?:No\.|Nr\.|№|Issue|Edition|Выпуск|Номер|Број|Broj|Numéro|Numero|N°|"
                   r"شماره|Թիվ|Nomor)\s*(?:№\s*)?\d+\s*$", re.I)
# the label of a page's update beside its publication date, in the languages of "date-line-words"
UPDATED = re.compile(r"(?<![\w'’])(?:updated?|modified|edited|modifié|modifiée|mis à jour|aggiornat\w*|actualizad\w*|"
                     r"atualizad\w*|aktualisiert|обновлен\w*|оновлен\w*|ажурирано|ažurirano|ažuriran|güncelleme|"
                     r"güncellendi|diperbarui|zaktualizowano|aktualizacja|actualizat|actualizare|actualizării|"
                     r"به‌روزرسانی|թարմացված|bijgewerkt|aktualizováno|ενημερώθηκε|ενημέρωση|обновено|uppdaterad)(?![\w'’])",
                     re.I)
# a print edition's reference line, the paper's name in quotes before its number, date and page: 'Газета
# "Коммерсантъ" №224 от 02.12.2023, стр. 6', 'Газета «Коммерсантъ» №224 (7669) от 02.12.2023'
EDITION = re.compile(r"\s*(?:газета|журнал|newspaper)?\s*[«\"“„][^«»\"“”„\n]{1,40}[»\"”“]\s*(?:№|No\.?)\s*\d+\s*"
                     r"(?:\(\d+\)\s*)?(?:от|of|from|du|vom)?(?P<date>.+?)(?:,?\s*(?:стр|с|p|pp|page|s)\.?\s*\d+)?\s*",
                     re.I)
# how long the page takes to read, after its date: "· Temps de Lecture 4 min.", "| 3 min read", "Lesezeit: 4 Min."
READING_TIME = re.compile(r"\s*[|·•,-]?\s*(?:(?:temps\s+de\s+lecture|reading\s+time|read\s+time|lesezeit|время\s+чтения|"
                          r"час\s+читання|tempo\s+di\s+lettura|tiempo\s+de\s+lectura|okuma\s+süresi|czas\s+czytania)"
                          r"\s*:?\s*\d+\s*(?:min\w*|мин\w*|хв\w*|dk|dakika)\.?|\d+\s*(?:min|minute)s?\s+read)\s*$", re.I)
# year first, with slashes or dots: "2023/05/29", Hungarian "2023.05.29."
YMD_SLASH = re.compile(r"(?<![\d/.])(?P<year>(?:19|20)\d{2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
                       r"(?![\d/]|\.\d)")
# "Jul. 7", "7 July", "Tuesday 31 January": no year
MONTH_DAY = [
    re.compile(rf"\b{_MONTH}\s*(?P<day>\d{{1,2}}){_ORD}\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}", re.I),
]
WEEKDAY = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b\.?", re.I)
# What may stand around a date on a line that holds nothing else.
# between a section's label or a byline and the date: "Markets | 24 Feb 2023", "Ahmet Gencer |24.11.2023"
SEPARATOR = re.compile(r"\s+[|·•]\s*|\s*[|·•]\s+")
LABEL_WORDS = 6  # words a label, or the date with its time, beside the other may have
# the longest line read as a date line: "Publié le 25 juin 2026 à 06h12, modifié le 25 juin 2026 à 10h40 · Temps de
# lecture 4 min."
DATE_LINE_CHARS = 160
# where the story was written, before a date line's day and time: "Estambul - 19 sept 2023 - 18:37 CEST" (not "Budget
# Vote - 19 March 2023", a headline, nor a weekday); a place in capitals, as wires write it, also before a weekday and
# its whole date without the time: "KORVAN — Wednesday, September 16, 2026" (not "SREBRENICA — 11 JULY 1995", a title)
PLACE_FIRST = re.compile(r"^\s*(?P<place>(?:[A-ZÀ-ÞĀ-Ž][^\W\d_]+[ -]?){1,3})\s[-–—]\s+")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# the author after a post's date: "Posted 18 September 2024 by Tamar Velik", "Pubblicato il 18/09/2024 di Lorenzo
# Bassani"; not a publisher's ("Published 7 March 2024 by Fitzcarraldo Editions", a book's)
_NAME = r"(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-ÞĀ-Ž][\w'’.-]+)){0,3}"
# ... or several ("by Tamar Velik and Ana Petrov", "by Tamar Velik, Karsk Herald"), or a site's user name ("by admin")
_AUTHORS = rf"(?:{_NAME}(?:\s*(?:,|and|&|et|e|y|und|i|dan)\s+{_NAME}){{0,3}}|(?-i:[a-z][\w.-]*))"
BYLINE_AFTER = re.compile(rf"^(?P<line>\W*(?:posted|publié|pubblicato|publicado|veröffentlicht|diterbitkan|objavljeno)"
                          rf"\b.*?)\s+(?:by|par|di|por|von|oleh|od)\s+{_AUTHORS}\s*$", re.I)
TIME_OF_DAY = r"\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:[ap]m\b)?"  # 14:05, 08.23, 18h42, 9:05pm
CLOCK = re.compile(TIME_OF_DAY)
DATE_LINE_NOISE = re.compile(
    # ISO's time after its date: "2023-01-31T14:05:00Z"
    r"(?<![^\W\d_])T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?!\w)|"
    r"\b(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{1,2})?|"  # GMT+05:00, before the zone alone
    r"\b(first|originally|last|published|updated?|posted|modified|released|issued|created|edited|story|time|"
    r"for immediate release|date[d]?|on|at|am|pm|a\.m|p\.m|hrs|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"gmt|utc|[ecmp][sd]?t|bst|ist|msk|w?cet|cest|eest|eet|aest|aedt|jst|hkt|sgt|akdt|akst|wib|wita|trt|irst|"
    r"uhr)\b|"  # time zones, and German's "14:05 Uhr"
    r"\b(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b|"  # "Updated 2 years ago"
    rf"{TIME_OF_DAY}|[|,.:·•—–@()\[\]/-]", re.I)  # times: 14:05, 08.23 BST, 18h42, [19:22]

# Wire datelines: "YEREVAN, Jan 31 (Reuters) -", "MOSCOW, January 31. /TASS/.", "LONDON, 31 January (AFP) -"
_PLACE = r"(?P<place>(?-i:[A-Z][\w'’.-]*(?:,?\s[A-Z][\w'’.-]*){0,3}))"
_DATELINE_DAY = (rf"(?:(?P<wd>{WEEKDAY.pattern}),?\s+)?(?:{_month('month')}\s*(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})"
                 rf"{_ORD}\s+{_month('month2')}){_ORD}(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?")
# (Reuters), /TASS/, and an agency in capitals after a comma: "Baku, January 17, AZERTAC"
_AGENCY = (r"(?:\((?P<agency>[A-Za-z][\w .&-]{0,30})\)|\.?\s*/(?P<slash>[A-Za-z][\w .-]{0,30})/|"
           r",\s*(?P<caps>(?-i:[A-Z](?:[A-Z&-]|\.(?=\w)){2,30}))(?=\s*[.:—–-]|[ \t]*(?:\n|$)))")
# the comma may be missing after a place in capitals, before a whole date and a dash: "ISTANBUL Feb 21, 2023 - 11:32"
DATELINE = re.compile(rf"^{_PLACE}(?:(?P<comma>,)|(?-i:(?<=[A-Z][A-Z])))\s+{_DATELINE_DAY}\s*{_AGENCY}?\s*"
                      rf"(?P<sep>\.?[-—–]+|\.|:)?(?=\s|$)", re.I)
PLACE_DATELINE = re.compile(r"(?P<place>[^\W\d_][^\W\d_'’.]*(?:[ -][^\W\d_][^\W\d_'’.]*){0,2})"
                            r"(?:,\s+[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2})?\s*(?:\([^)\n]{1,30}\)\s*)?"
                            r"[-—–]{1,2}\s+")
URL_DATES = [  # in the order they are trusted: the path's own folders first
    re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<day>\d{1,2})(?=/|$)"),
    re.compile(rf"/(?P<year>(?:19|20)\d{{2}})/{_month(dot='')}/(?P<day>\d{{1,2}})(?=/|$)"),
    re.compile(r"(?<![\d])(?P<year>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    re.compile(r"(?<![\d])(?P<year>(?:19|20)\d{2})(?P<m>[01]\d)(?P<day>[0-3]\d)(?!\d)"),
]
URL_MONTH = re.compile(rf"/(?P<year>(?:19|20)\d{{2}})/(?:(?P<m>\d{{1,2}})|{_month(dot='')})(?=/|$)")
URL_YEAR = re.compile(r"^/(?P<year>(?:19|20)\d{2})(?=/)")  # only as the first folder: /elections/2024/ is a topic
# a day of the Persian solar calendar as folders, as Iranian sites date their paths: /fa/news/1401/11/11/
PERSIAN_SITE = re.compile(r"^(?:https?://)?[^/]*\.(?:ir|af|tj)(?:[:/]|$)|/fa(?:/|$)", re.I)  # where solar dates are
URL_SOLAR = re.compile(r"/(?P<year>1[34]\d{2})/(?P<m>\d{1,2})/(?P<day>\d{1,2})(?=/|$)")


@dataclass(frozen=True, slots=True)
class DateReading:
    """What one line says about a date: a full date, both readings of "05/02/2013", or a day and month alone."""

    dates: tuple[date, ...] = ()  # one date, or the two readings of an ambiguous numeric one
    month_day: tuple[int, int] | None = None  # (month, day) of "Jul. 7": the year must come from elsewhere
    weekday: int | None = None  # the weekday the line names (0 = Monday), to test the readings against


@dataclass(frozen=True, slots=True)
class Dateline:
    reading: DateReading
    agency: str | None
    end: int  # where the story starts


def parse_date(text: str, today: date | None = None) -> str | None:
    """ISO date of a line that is only one unambiguous date ("January 31, 2023", "Updated: 31 Jan 2023 10:05")."""
    reading = read_date_line(text, today)
    if reading and len(reading.dates) == 1:
        return reading.dates[0].isoformat()
    return None


def read_date_line(text: str, today: date | None = None) -> DateReading | None:
    """What a line that holds only a date says, else None ("Talks ended Jan. 31, 2023" is a sentence).
    A section's label may stand beside it: "Markets | 24 Feb 2023, 16:55 GMT", and an edition's number
    after it: "سه‌شنبه ۲۶ آبان ۱۴۰۵ - شماره ۳۲۱۸", "16 ноября 2026 г. № 218"."""
    text = ISSUE.sub(" ", edition["date"] if (edition := EDITION.fullmatch(text)) else text)
    text = READING_TIME.sub(" ", _without_place(BYLINE_AFTER.sub(r"\g<line>", text)))
    parts = SEPARATOR.split(text)
    if len(parts) > 1 and all(len(p.split()) <= LABEL_WORDS and not re.search(r"[.!?]\s", p) for p in parts):
        found = [(p, r) for p in parts if p.strip() and (r := _date_line(p, today) or _published_and_updated(p, today))]
        if len(found) > 1:  # "Published: 21 January 2026 · Updated: 22 January 2026": the part no update's label marks
            found = [(p, r) for p, r in found if not UPDATED.search(p)]
        if len(found) == 1:
            return found[0][1]
    return _date_line(text, today) or (_published_and_updated(text, today) if len(parts) == 1 else None)


def _without_place(text: str) -> str:
    """A date line without the place it was written in (``PLACE_FIRST``): before a day and its time, or, where the
    place is in capitals, before a weekday and its whole date."""
    m = PLACE_FIRST.match(text)
    if m is None or _foreign_noise().search(m["place"]) or WEEKDAY.search(m["place"]):
        return text
    rest = text[m.end():]
    if rest[:1].isdigit() and CLOCK.search(text):
        return rest
    letters = re.sub(r"[\s-]", "", m["place"])
    wire = letters.isupper() and len(letters) >= 3
    return rest if wire and WEEKDAY.match(rest) and YEAR.search(rest) else text


def _published_and_updated(text: str, today: date | None) -> DateReading | None:
    """A line of two whole dates and nothing else but their labels and times: "Published: 31 January 2023 14:05
    Updated: 1 February 2023", "Publié le 01 décembre 2023 à 08h12, modifié le 01 décembre 2023 à 20h47",
    "Published On 24 Nov 2023 24 Nov 2023". The earlier is the publication."""
    found, rest = [], text
    for _ in range(3):
        hit = _full(rest) or _numeric(rest, today or date.today())
        if hit is None and (foreign := next(iter(months.full_dates(rest)), None)) is not None and foreign.day:
            hit = _reading(foreign), foreign.span
        if hit is None:
            break
        found.append(hit[0])
        start, end = hit[1]
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if len(found) < 2 or re.search(r"[^\W_]", _without_noise(rest)):
        return None
    if len({r.dates for r in found}) > 1 and not UPDATED.search(rest):
        return None  # two days and no word that one is an update: a span ("27 May 1923 – 29 November 2023")
    return min(found, key=lambda r: min(r.dates))


def _date_line(text: str, today: date | None = None) -> DateReading | None:
    for find in (_full, lambda t: _numeric(t, today or date.today()), _month_day):
        if found := find(text):
            reading, span = found
            rest = _without_noise(NUMERIC.sub(" ", text[: span[0]] + " " + text[span[1]:]))  # "| Updated: 02.08.2023"
            if rest.strip():
                break  # more than a date, unless the words around it are another language's
            weekday = _weekday(text)
            return replace(reading, dates=tuple(d for d in reading.dates if weekday in (None, d.weekday())),
                           weekday=weekday)
    return _foreign_date_line(text)


def _foreign_date_line(text: str) -> DateReading | None:
    """A date line with a month name in another language ("Опубликовано: 31 января 2023, 14:05"):
    besides the date, times and punctuation, at most two words ("published", a weekday) and the
    words that follow a year ("г.", "года")."""
    found = next(iter(months.full_dates(text)), None) or months.month_day(text)
    if found is None:
        return None
    rest = _without_noise(text[: found.span[0]] + " " + text[found.span[1]:])
    words = [w for w in re.findall(r"[^\W_]+", rest) if not re.fullmatch(months.YEAR_WORD, w, re.I)]
    # a month spelled as in English keeps the English rule: "Talks ended Jan 31, 2023" is a sentence
    most = 0 if found.month_name.casefold().rstrip(".") in MONTHS else 2
    if any(w.isdigit() for w in words) or len([w for w in words if len(w) >= 3]) > most:
        return None
    return _reading(found)


def _without_noise(text: str) -> str:
    "What a line holds besides times, zones, punctuation and the labels and weekdays of date lines in any language."
    return _foreign_noise().sub(" ", DATE_LINE_NOISE.sub(" ", text))


@cache
def _foreign_noise() -> re.Pattern:
    """Words of date lines in other languages (``words.tsv``, "date-line-words") and every weekday of
    ``weekdays.tsv``: "Опубліковано: 05.09.2023", "12 Kasım 2023 Pazar"."""
    found = words("date-line-words") | weekday_names()
    alternatives = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w'’])", re.I)


def _reading(found: months.Found) -> DateReading:
    "What a date in another language says: a whole date, or a day and month alone."
    return DateReading(dates=(found.day,)) if found.day else DateReading(month_day=found.month_day)


def time_stamp(text: str) -> bool:
    """A line that says when the page changed by a time alone, in any language: "Updated 19:42", "Last
    updated 21:35", "Обновлено 14:05"; no date, so no date of the page, and no sentence of its text."""
    return len(text) <= 40 and CLOCK.search(text) is not None and not _without_noise(text).strip()


def past_dateline(text: str, start: int, end: int) -> int:
    """``start``, or where the story begins when a wire dateline opening the paragraph ("BRUSSELS,
    Feb 27 (Reuters) - ", or one without a date: "BELGORAV - ", "CLEVELAND (UPI) — ") reaches into the
    span up to ``end``: a name's phrase or a speaker the parse ran into the dateline starts after it."""
    paragraph = text.rfind("\n", 0, start) + 1
    if start - paragraph >= 200:
        return start
    story = _story_start(text[paragraph:paragraph + 200])
    if story is not None and start < paragraph + story < end:
        return paragraph + story
    return start


@lru_cache(maxsize=4096)
def _story_start(head: str) -> int | None:
    "Where the story begins after the dateline that opens a paragraph (its first 200 characters), if one does."
    dateline = read_dateline(head)
    return dateline.end if dateline is not None else place_dateline_end(head)


def place_dateline_end(paragraph: str) -> int | None:
    """Where a dateline of a place alone ends: "BELGORAV - ", "CLEVELAND (UPI) — ", "VARNO, Karvenia -".
    The place is in capitals, as wires write it, so that "Russia - a country ..." is none."""
    m = PLACE_DATELINE.match(paragraph)
    place = m.group("place") if m else ""
    return m.end() if m and place.isupper() and sum(c.isalpha() for c in place) >= 3 else None


def read_dateline(paragraph: str) -> Dateline | None:
    """The date of a wire dateline that opens a paragraph: "YEREVAN, Jan 31 (Reuters) - ..."."""
    m = DATELINE.match(paragraph)
    if m is None:
        return _foreign_dateline(paragraph)
    # a wire writes the place in capitals, and the country after it as a name: "BAKU, Azerbaijan, Jan. 31."
    if not m.group("comma") and not (m.group("place").isupper() and sum(c.isalpha() for c in m.group("place")) >= 3
                                     and m.group("year") and (m.group("sep") or "").startswith(("-", "—", "–"))):
        return None  # "US Jan 6 committee subpoenas ...", "NATO May 10 summit ...": a headline, no dateline
    if not (m.group("place").split(",")[0].isupper() or m.group("agency") or m.group("slash") or m.group("caps")
            or (m.group("sep") or "").startswith(("-", "—", "–"))):
        return None
    if not DATE_LINE_NOISE.sub(" ", m.group("place")).strip():
        return None  # "PUBLISHED FRIDAY, MARCH 8, 2013": a date line, not a place
    month = MONTHS.get((m.group("month") or m.group("month2")).lower().rstrip("."))
    day = int(m.group("day") or m.group("day2"))
    if not valid_month_day(month, day):
        return None
    weekday = _weekday(m.group("wd") or "")
    if m.group("year"):
        full = calendar_date(int(m.group("year")), month, day)
        reading = DateReading(dates=(full,) if full and weekday in (None, full.weekday()) else ())
    else:
        reading = DateReading(month_day=(month, day), weekday=weekday)
    return Dateline(reading, (m.group("agency") or m.group("slash") or m.group("caps") or "").strip() or None, m.end())


def _foreign_dateline(paragraph: str) -> Dateline | None:
    "'ЕРЕВАН, 31 января. /ТАСС/.': the same, with a month name in another language."
    if (found := months.dateline(paragraph)) is None:
        return None
    m, when = found
    agency = m.group("agency") or m.group("slash") or m.group("named") or m.group("first") or m.group("caps") or ""
    return Dateline(_reading(when), agency.strip() or None, m.end())


def month_days(text: str) -> list[tuple[int, int]]:
    "Every (month, day) a text names, in English or another language, with its year or without."
    found = [(month, int(m["day"])) for pattern in MONTH_DAY for m in pattern.finditer(text)
             if (month := MONTHS.get(m["month"].lower().rstrip(".")))]
    found += [(f.day.month, f.day.day) if f.day else f.month_day
              for f in [*months.full_dates(text), *months.month_days(text)] if f.day or f.month_day]
    return [md for md in dict.fromkeys(found) if valid_month_day(*md)]


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """First complete date anywhere in text, as (ISO date, span)."""
    for pattern in PATTERNS:
        if m := pattern.search(text):
            if iso := _iso(m):
                return iso, m.span()
    found = next((f for f in months.full_dates(text) if f.day), None)
    return (found.day.isoformat(), found.span) if found else None


def full_dates(text: str) -> list[date]:
    """Every complete date written out in text ("January 30, 2023", "30 Jan 2023", "2023-01-30", "31 января 2023")."""
    found = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if iso := _iso(m):
                found.append(date.fromisoformat(iso))
    return found + [f.day for f in months.full_dates(text) if f.day]


def date_from_url(url: str | None) -> str | None:
    """'/2023/01/31/', '/2023/jan/31/', 'slug-2023-01-31', '/20230131/' in a URL's path -> ISO date."""
    period = url_period(url)
    return period[0].isoformat() if period and period[0] == period[1] else None


def url_period(url: str | None, today: date | None = None) -> tuple[date, date] | None:
    """The days a URL's path dates the article to: one day, a month (/2023/01/slug) or a year (/2023/...)."""
    if not url:
        return None
    path = urlsplit(url if "//" in url else f"//{url}").path.lower()
    last_year = (today or date.today()).year
    for pattern in URL_DATES:
        for m in pattern.finditer(path):
            if 1990 <= int(m.group("year")) <= last_year and (iso := _iso(m)):
                return date.fromisoformat(iso), date.fromisoformat(iso)
    if PERSIAN_SITE.search(url) and (m := URL_SOLAR.search(path)) and \
            (day := months.solar_to_gregorian(int(m.group("year")), int(m.group("m")), int(m.group("day")))) and \
            1990 <= day.year <= last_year:
        return day, day
    if m := URL_MONTH.search(path):
        year, month = int(m.group("year")), int(m.group("m") or 0) or MONTHS.get(m.group("month") or "", 0)
        if 1990 <= year <= last_year and 1 <= month <= 12:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if (m := URL_YEAR.search(path)) and 1990 <= (year := int(m.group("year"))) <= last_year:
        return date(year, 1, 1), date(year, 12, 31)
    return None


def normalise_date(value: object) -> str | None:
    """A date field of any common shape ("2023-01-31T10:00Z", "Jan 31, 2023") -> ISO date."""
    if not isinstance(value, str):
        return None
    found = find_date(value)
    return found[0] if found else None


def _full(text: str) -> tuple[DateReading, tuple[int, int]] | None:
    for pattern in [*PATTERNS, YMD_SLASH]:
        if m := pattern.search(text):
            iso = _iso(m)
            return (DateReading(dates=(date.fromisoformat(iso),)) if iso else DateReading()), m.span()
    return None


def _numeric(text: str, today: date) -> tuple[DateReading, tuple[int, int]] | None:
    if not (m := NUMERIC.search(text)):
        return None
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) <= today.year % 100 else 1900 + int(y)
    readings = {d for d in (calendar_date(year, a, b), calendar_date(year, b, a)) if d}
    if (m.group("sep").startswith(".") or _day_first_label().search(text)) and (day_first := calendar_date(year, b, a)):
        # dots are day first wherever they are written: 05.09.2023, "8. 10. 2013."; so is a date under a label in
        # another language than English, the only one that writes the month first: "Publié le 05/10/2026"
        readings = {day_first}
    return DateReading(dates=tuple(sorted(readings))), m.span()


@cache
def _day_first_label() -> re.Pattern:
    """A word of four letters or more of the date lines of other languages (``words.tsv``, "date-line-words":
    "publié", "pubblicato", "опубликовано"), not one English uses too ("stand", "data")."""
    found = {w for w in words("date-line-words") if len(w) >= 4} - {"stand", "data"}
    return re.compile(rf"(?<![\w'’])(?:{alternatives(found)})(?![\w'’])", re.I)


def _month_day(text: str) -> tuple[DateReading, tuple[int, int]] | None:
    for pattern in MONTH_DAY:
        if m := pattern.search(text):
            month, day = MONTHS.get(m.group("month").lower().rstrip("."), 0), int(m.group("day"))
            return DateReading(month_day=(month, day) if valid_month_day(month, day) else None), m.span()
    return None


def _weekday(text: str) -> int | None:
    names = {WEEKDAYS[m.group(1).lower()] for m in WEEKDAY.finditer(text)}
    return names.pop() if len(names) == 1 else None


def _iso(m: re.Match) -> str | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else MONTHS.get(groups["month"].lower().rstrip("."))
    d = calendar_date(int(groups["year"]), month or 0, int(groups["day"]))
    return d.isoformat() if d else None

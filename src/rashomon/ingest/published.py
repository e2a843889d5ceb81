"""The publication date, read from the article itself when its metadata gives none.

Many real files are bare text, yet say when they were published: a date line under the
headline ("Published: 31 January 2023 14:05"), a wire dateline ("YEREVAN, Jan 31
(Reuters) -"), a URL such as /2023/01/31/. Each piece of evidence is a clue; the clues
are checked against each other and the most direct one is kept, with its source:

- "date line": a line that holds only a date, above the text or, labelled ("Published ..."), below it
- "metadata": the web page's own date (a record's date field is taken before any of this)
- "dateline": the wire opening
- "url": the URL's path

Nothing is invented. A day and month without a year ("Jan 31") take the year only from
other evidence in the same article: a full date from another clue, the URL, a full date
written in the lead paragraph a few days before it (unless the article names a later
year), a copyright line. A numeric date whose day and month could swap ("05/02/2013")
needs other evidence to choose. A date more than two days after the earliest other
evidence is an update or a download date and is left out, as is one after the days the
URL allows and one after today. Dates the text reports ("signed on November 9, 2020")
are never taken for the publication date itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .dates import (CLOCK, DATE_LINE_CHARS, DateReading, full_dates, month_days, normalise_date, read_date_line,
                    read_dateline, url_period)

SOURCES = ("date line", "metadata", "dateline", "url")  # most direct first: the order a tie is broken in
NEAR = timedelta(days=10)  # a full date from another clue this close to "Jan 31" tells its year
RECENT = (timedelta(days=-7), timedelta(days=3))  # a lead's date this close to "Jan 31": the news, not history
FAR = timedelta(days=2)  # later than the earliest other evidence by more: not the publication (time zones allow a day)
HEAD, TAIL = 3, 3  # paragraphs where a date line or dateline can stand; the first is the lead
# ... or further down the page's head, among short lines (a breadcrumb, a byline, "Skip links"), with at most a
# standfirst and a lead above it
HEAD_LINES, SHORT_WORDS = 8, 12
LIST_REACH = 3  # paragraphs after a date line deep in the head where another would make it a list's
SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*\s*$")
LABELLED = re.compile(r"^\W*(?:first\s+|originally\s+)?(?:published|posted|released|date[d]?)\b", re.I)
YEAR = re.compile(r"(?<![\d.,$€£-])\b(?:19|20)\d{2}\b(?![.,]?\d)")
# "© 2023 Reuters" dates a wire story; a site's "© 2000-2026" footer dates only the scrape
COPYRIGHT = re.compile(r"(?:©|\(c\)|\bcopyright\b)\s*(?P<range>(?:19|20)\d{2}\s*[-–]\s*)?(?P<year>(?:19|20)\d{2})\b",
                       re.I)


@dataclass(frozen=True, slots=True)
class Published:
    date: str | None  # ISO date, or None when the article gives no evidence that holds
    source: str | None  # one of SOURCES ("metadata" also for a record's date field)


@dataclass(frozen=True, slots=True)
class _Clue:
    source: str
    reading: DateReading


@dataclass(frozen=True, slots=True)
class _Context:
    """What can date a clue that says too little on its own."""

    period: tuple[date, date] | None  # the days the URL allows: one day, a month or a year
    lead_dates: tuple[date, ...]  # full dates written in the lead paragraph, where the news is
    latest_year: int  # the latest year the text names: an article is not older than what it reports
    copyright_years: frozenset[int]
    today: date
    caption_dates: tuple[date, ...] = ()  # full dates of the photos' captions: when the photo was taken
    lead_month_days: tuple[tuple[int, int], ...] = ()  # (month, day) the lead names, with or without its year
    head_dates: tuple[date, ...] = ()  # full dates of the page's head lines above the lead, with their times


def publication_date(url: str | None, paragraphs: Sequence[str], date_line: str | None = None,
                     page_date: str | None = None, furniture: Iterable[str] = (),
                     today: date | None = None) -> Published:
    """The article's publication date from its own date lines, dateline and URL.

    Args:
        url: the article's URL, if known.
        paragraphs: the body, paragraph by paragraph.
        date_line: the ISO date of the date line found above the text, if any.
        page_date: the date the web page's metadata gives, if any.
        furniture: lines taken out of the body (a copyright line is one).
        today: the latest date that can be a publication date (default: today).

    Example:
        >>> publication_date("https://example.org/2023/world/armenia", ["YEREVAN, Jan 31 (Reuters) - Talks ..."])
        Published(date='2023-01-31', source='dateline')
    """
    today = today or date.today()
    clues = list(_clues(paragraphs, date_line, page_date, url, today))
    furniture = list(furniture)
    years = [int(y) for y in YEAR.findall("\n".join([*paragraphs, *furniture])) if int(y) <= today.year]
    lead = _lead(paragraphs)
    # the page's head above the lead: its short lines that give a time of day, as a date line does, not a standfirst
    head = [p for p in (paragraphs[:paragraphs.index(lead)][:HEAD_LINES] if lead in paragraphs else [])
            if len(p) <= DATE_LINE_CHARS and CLOCK.search(p) and not SENTENCE_END.search(p)]
    context = _Context(url_period(url, today), tuple(full_dates(lead)), max(years, default=0),
                       frozenset(_copyright_years([*paragraphs, *furniture])), today,
                       tuple(full_dates("\n".join(line for line in [*paragraphs, *furniture] if _caption(line)))),
                       tuple(month_days(lead)), tuple(full_dates("\n".join(head))))
    return choose(clues, context)


def choose(clues: list[_Clue], context: _Context) -> Published:
    """The most direct clue among those that agree with the rest of the evidence."""
    fixed = [(c.source, c.reading.dates[0]) for c in clues if len(c.reading.dates) == 1]
    for clue in clues:
        others = [d for s, d in fixed if s != clue.source]
        if len(clue.reading.dates) > 1:
            day = _pick_reading(clue.reading, others, context)
        elif clue.reading.month_day:
            day = _place_year(clue.reading, others, context)
        else:
            continue
        if day:
            fixed.append((clue.source, day))
    fixed = [(s, d) for s, d in fixed if d <= context.today and (not context.period or d <= context.period[1] + FAR)]
    if not fixed:
        return Published(None, None)
    earliest = min(d for _, d in fixed)
    agreeing = [(s, d) for s, d in fixed if d <= earliest + FAR]
    source, day = min(agreeing, key=lambda sd: (SOURCES.index(sd[0]), sd[1]))
    return Published(day.isoformat(), source)


def _clues(paragraphs: Sequence[str], date_line: str | None, page_date: str | None, url: str | None,
           today: date) -> Iterable[_Clue]:
    if date_line:
        yield _Clue("date line", DateReading(dates=(date.fromisoformat(date_line),)))

    @cache
    def date_line_at(k: int) -> DateReading | None:  # read once, whether for its own clue or for a list's (``_listed``)
        return read_date_line(paragraphs[k], today) if len(paragraphs[k]) <= DATE_LINE_CHARS else None

    prose = 0  # paragraphs of text before this one: a page's breadcrumb, byline or standfirst may stand above its date
    for i, p in enumerate(paragraphs):
        head = i < HEAD or prose < HEAD - 1 and i < HEAD_LINES and not _listed(date_line_at, i, len(paragraphs))
        tail = i >= len(paragraphs) - TAIL
        prose += len(p.split()) > SHORT_WORDS or SENTENCE_END.search(p) is not None
        if (head or (tail and LABELLED.match(p))) and (reading := date_line_at(i)):
            yield _Clue("date line", reading)
        elif head and (dateline := read_dateline(p)):
            yield _Clue("dateline", dateline.reading)
    if page_date and (iso := normalise_date(page_date)):
        yield _Clue("metadata", DateReading(dates=(date.fromisoformat(iso),)))
    if (period := url_period(url, today)) and period[0] == period[1]:
        yield _Clue("url", DateReading(dates=(period[0],)))


def _listed(date_line_at: Callable[[int], DateReading | None], i: int, count: int) -> bool:
    """Whether another date line follows paragraph ``i`` within a few of the ``count``: a timeline's or a list's
    entries, not a page's date."""
    return any(date_line_at(k) for k in range(i + 1, min(count, i + 1 + LIST_REACH)))


def _pick_reading(reading: DateReading, others: list[date], context: _Context) -> date | None:
    """Of "05/02/2013" read both ways, the one other evidence points to; None if nothing tells them apart."""
    tests = [lambda d: any(abs(d - o) <= FAR for o in others),
             lambda d: context.period is not None and context.period[1] - context.period[0] < timedelta(days=31)
             and _within(d, context.period),
             lambda d: any(RECENT[0] <= t - d <= RECENT[1] for t in context.lead_dates),
             # "09/03/2023 - 10:22" over "said on March 9 ...": the very day the lead names ("elezioni il 4 maggio"
             # under "05/03/2025" names another day, and tells nothing)
             lambda d: (d.month, d.day) in context.lead_month_days]
    for test in tests:
        passing = [d for d in reading.dates if test(d)]
        if len(passing) == 1:
            return passing[0]
    return None


def _place_year(reading: DateReading, others: list[date], context: _Context) -> date | None:
    """The year of "Jan 31": from the nearest other full date, the URL, the lead, a copyright line, a photo's
    caption of that very day ("ZVECAN, Kosovo, May 29 (Reuters)" over "..., May 29, 2023. REUTERS/Ana Petrov"), or the
    page's head above the lead ("Redazione ANSA IL CAIRO 13 febbraio 2024 18:34" over "(ANSA) - IL CAIRO, 13 FEB -"),
    in that order, in the latest year the text names.

    Evidence that allows two years, or none, leaves the date without one.
    """
    month, day = reading.month_day
    levels = [
        {_nearest(month, day, o) for o in others} - {None},
        {d for y in _period_years(context.period) if (d := _on(y, month, day)) and _within(d, context.period)},
        {d for t in context.lead_dates if (d := _nearest(month, day, t)) and RECENT[0] <= t - d <= RECENT[1]
         and d.year >= context.latest_year},
        {d for y in context.copyright_years if (d := _on(y, month, day)) and y >= context.latest_year},
        {t for t in context.caption_dates if (t.month, t.day) == (month, day) and t.year >= context.latest_year},
        {t for t in context.head_dates if (t.month, t.day) == (month, day) and t.year >= context.latest_year},
    ]
    for candidates in levels:
        candidates = {d for d in candidates if reading.weekday in (None, d.weekday())}
        if len(candidates) == 1:
            return candidates.pop()
        if candidates:
            return None  # the evidence disagrees
    return None


# a photo's caption by its credit, which dates the photo; not one from the archive ("FILE PHOTO: ...")
CAPTION = re.compile(r"REUTERS/|\bAP\s+Photo\b|\bAFP\b|Getty\s+Images|\bEPA\b|\b(?:Photo|Фото|Foto|Credit)\s*:", re.I)
ARCHIVE = re.compile(r"file\s+photo|archive|архив", re.I)


def _caption(line: str) -> bool:
    return CAPTION.search(line) is not None and ARCHIVE.search(line) is None


def _lead(paragraphs: Sequence[str]) -> str:
    "The paragraph that opens with the dateline, else the first that is not a date line."
    if dateline := next((p for p in paragraphs[:HEAD] if read_dateline(p)), None):
        return dateline
    return next((p for p in paragraphs if len(p) > DATE_LINE_CHARS or not read_date_line(p)), "")


def _nearest(month: int, day: int, anchor: date) -> date | None:
    "The (month, day) closest to anchor, within NEAR of it: Dec 31 next to 2023-01-02 is 2022-12-31."
    options = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _on(y, month, day))]
    best = min(options, key=lambda d: abs(d - anchor), default=None)
    return best if best and abs(best - anchor) <= NEAR else None


def _period_years(period: tuple[date, date] | None) -> range:
    return range(period[0].year, period[1].year + 1) if period else range(0)


def _within(d: date, period: tuple[date, date] | None) -> bool:
    return period is None or period[0] - FAR <= d <= period[1] + FAR


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _copyright_years(lines: Iterable[str]) -> set[int]:
    return {int(m.group("year")) for line in lines for m in COPYRIGHT.finditer(line) if not m.group("range")}

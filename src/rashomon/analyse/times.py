"""Stage times.v1: time expressions (TIMEX3) found and normalised against the article's date.

Comparing coverage needs dates that can be compared: "on Tuesday" in one outlet and
"Jan. 31" in another are the same day once both are anchored on the publication
date. Rules, not a model, in the spirit of HeidelTime and SUTime: each rule is a
compiled pattern and a normaliser; the longest match wins where rules overlap.

News conventions: a weekday, a month or a month-day without a year means the most
recent past one unless the sentence speaks of the future ("will meet on Friday");
"N days later" counts from the last date mentioned; "the quarter" is the last complete
one (the one results are reported for) and "the year" the current one. In an undated article, deictic
expressions ("yesterday", "last week") keep value None instead of a guess; dates
that name their year are still normalised, and a bare "October" becomes "XXXX-10".
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..ingest import months
from ..model import Article, TimeExpression
from . import neutral
from .registry import Context, stage

Date = dt.date
Value = str | Callable[[str | None], str | None] | None  # a callable resolves against the last date mentioned

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
          "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "a couple of": 2, "a couple": 2,
        "a dozen": 12, "a hundred": 100, "a half": 0.5, "half a": 0.5, "half an": 0.5}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "dozens of", "the few")
UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "2W", "weekend": "WE",
         "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
POSITION = {"early": "START", "earlier": "START", "beginning": "START", "start": "START", "mid": "MID",
            "middle": "MID", "late": "END", "later": "END", "end": "END", "close": "END"}
HEDGES = {"about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
          "nearly": "APPROX", "almost": "APPROX", "more than": "MORE_THAN",
          "less than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
          "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS"}
SETS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
        "nightly": "P1D"}  # not "quarterly": in news it is the dividend, rarely a schedule

_MONTH = r"(?:(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)\b|" \
         r"(?P<abbr>jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|\b))"
_WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUM = (r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
        r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|eleven|twelve|thirteen|fourteen|fifteen|"
        r"sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a hundred|"
        r"a dozen|a couple(?: of)?|a few|the few|dozens of|several|few|many|some|half an?|an?)")
_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))(?P<pl>s)?"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"

# Full dates: "Sept. 27, 2020", "Tuesday, Jan. 31", "27 September 2020", "Jan 31st".
DATE_MDY = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\.\d))"
                      rf"(?:,?\s+(?P<year>{_YEAR})\b)?", re.I)
DATE_DMY = re.compile(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
                      rf"(?:,?\s+(?P<year>{_YEAR})\b)?", re.I)
DATE_NUMERIC = re.compile(r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b|\b(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>\d{4})\b")
# Months: "October", "mid-December", "last April", "March 2021", "June last year".
MONTH = re.compile(rf"\b(?:(?P<rel>last|this|next|past)\s+)?{_MONTH}(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b|"
                   r"\s+(?P<ry>last|this|next)\s+year\b)?", re.I)
YEAR = re.compile(rf"(?<![$€£#\d.,/-])\b(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<year>{_YEAR})\b(?![.,]\d|\s*%|-\d|s\b|'s\b)", re.I)
DECADE = re.compile(r"\b(?:the\s+)?(?:(?P<pos>early|mid|late)[- ]?)?(?:(?P<dec>1[6-9]\d0|20[0-9]0)'?s|'(?P<short>\d0)s|"
                    r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", re.I)
CENTURY = re.compile(r"\b(?:the\s+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[- ]century\b", re.I)
WEEKDAY = re.compile(rf"\b(?:(?P<rel>last|this|next|this\s+coming|this\s+past|on)\s+)?{_WEEKDAY}(?P<pl>s)?\b{_PART}",
                     re.I)
DEICTIC = re.compile(r"\b(?:the\s+day\s+(?P<around>before\s+yesterday|after\s+tomorrow)|(?P<d>yesterday|today|tomorrow|"
                     r"tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?|(?P<this>this|last|tomorrow)\s+"
                     r"(?P<part2>morning|afternoon|evening|night)|(?P<now>now|currently|nowadays|presently|"
                     r"at\s+present|at\s+the\s+moment|right\s+now|recently|lately|more\s+recently|"
                     r"the\s+(?:near\s+|distant\s+)?future|the\s+past(?!\s+(?:\d|\w+\s+(?:day|week|month|year|decade)s?\b)))"
                     r"|(?P<vague>recent|coming|past)\s+(?P<vunit>days|weeks|months|years|decades))\b", re.I)
# "last week", "this year", "next month", "the weekend", "earlier this year"
RELATIVE = re.compile(r"\b(?:(?P<rel>last|this|next|past|previous|current|coming)\s+|(?P<the>the)\s+)"
                      r"(?P<unit>week|weekend|month|year|quarter|decade|century)\b(?!-)", re.I)
QUARTER = re.compile(rf"\b(?:the\s+)?(?:(?P<y1>{_YEAR})\s+|(?P<rel>last|this|next)\s+year's\s+|(?P<rel2>last|this|next)"
                     r"\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]"
                     rf"(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:(?P<y2>{_YEAR})|(?P<ry>last|this|next)\s+year))?"
                     rf"|\bQ(?P<q>[1-4])(?:\s+(?P<y3>{_YEAR}))?\b", re.I)
SEASON = re.compile(rf"\b(?:(?P<rel>last|this|next|past|coming)\s+|(?P<the>the|in)\s+)?(?P<s>spring|summer|fall|autumn|"
                    rf"winter)\b(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b)?", re.I)
AGO = re.compile(rf"\b(?P<num>{_NUM})\s+{_UNIT}\s+(?:or\s+so\s+)?(?P<dir>ago|from\s+now|hence|earlier)\b", re.I)
DURATION = re.compile(rf"\b(?:(?P<the>the)\s+(?:(?P<rel>past|last|next|first|coming|previous|following|final|"
                      rf"remaining)\s+)?)?(?P<num>{_NUM})(?P<sep>[- ]|\s+)(?:(?:more|additional|straight|"
                      rf"consecutive|full)\s+)?{_UNIT}\b(?P<adj>-(?:long|old))?", re.I)
BARE_DURATION = re.compile(rf"\b(?P<rel>the\s+(?:past|last|next|coming|previous|following))\s+{_UNIT}\b(?![-'])"
                           rf"|(?<=\bfor )(?P<unit2>days|weeks|months|years|decades|centuries)\b", re.I)
SET = re.compile(rf"\b(?:(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)\b|"
                 rf"(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{_NUM})\s+)?(?:{_UNIT}\b|"
                 rf"{_WEEKDAY}|{_MONTH})|(?P<times>once|twice|\d+\s+times|two\s+times|three\s+times)\s+(?:a|per)\s+"
                 r"(?P<unit2>day|week|month|year))", re.I)
CLOCK = re.compile(rf"\b(?:(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?P<noon>noon|midnight)"
                   rf"|(?P<h24>[012]\d):(?P<m24>[0-5]\d)\b)(?:\s+(?-i:(?P<tz>[A-Z]{{2,4}}T?))\b)?(?:\s+(?:on\s+)?"
                   rf"(?:{_WEEKDAY}|(?P<dd>today|yesterday|tomorrow)))?", re.I)

LEFT_POSITION = re.compile(r"(?:\b(?:the\s+)?(?P<pos>early|mid|late|earlier|later)(?:-|\s+)|\b(?:the\s+)?"
                           r"(?P<of>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)$", re.I)
LEFT_HEDGE = re.compile(r"\b(?P<hedge>about|around|roughly|approximately|some|nearly|almost|more\s+than|less\s+than|"
                        r"under|at\s+least|up\s+to|no\s+more\s+than|at\s+most)\s+$", re.I)
FUTURE = re.compile(r"\b(?:will|won['’]t|shall|going\s+to|plans?\s+to|planned|is\s+to|are\s+to|expects?\s+to|expected|"
                    r"scheduled|due\s+to|set\s+to|next|upcoming|would|as\s+soon\s+as|as\s+early\s+as)\b|['’]ll\b|"
                    # what is to be shown or aired: "an interview to be shown on Tuesday", "to air Tuesday morning"
                    r"\b(?:interview|programme|program|show|episode|segment|broadcast|documentary|film|speech|"
                    r"address)\b"
                    r"[^.;]{0,40}?\bto\s+(?:be\s+(?:shown|aired|broadcast|screened|televised|released)|air)\b", re.I)
# looking ahead from a time past, which may be past now too: "was expected to refer to the March incident"
FUTURE_IN_PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:expected|scheduled|due|set|going|supposed|"
                            r"planned)\b", re.I)
PAST = re.compile(r"\b(?:was|were|had|did|said|says|told|ago|last|since|(?!expected\b|scheduled\b)\w{3,}ed)\b", re.I)
# a participle after "be" is no past: "are to be freed before Monday", "will be partly lifted from Monday"
PASSIVE = re.compile(r"\b(be|been)\s+(?:\w+ly\s+)?\w{3,}ed\b", re.I)
ORDINAL_AFTER = re.compile(r"\s+(?!(?:later|ago|or|and|to|before|after|earlier|of|in|for|longer|more)\b)[a-z]")
THAT_BEFORE = re.compile(r"(?P<before>[\w'’]*)\W+that\s+$", re.I)  # "that October": the one the text spoke of
# ... not after a verb that "that" opens the words of: "said that October saw a record"
SAID_THAT = re.compile(r"(?:said|says|say|told|tells|announced|reported|stated|added|noted|wrote|claimed|insisted|"
                       r"argued|warned|suggested|showed|shows|found|finds|believes?|believed|thinks?|thought)", re.I)
# a year the text tells as one, after a month or a preposition ("an October 2012 interview", "in 2012"): not
# "2000 troops"
YEAR_TOLD = re.compile(r"\b(?:in|of|since|by|until|from|to|before|after|during|january|february|march|april|may|june|"
                       r"july|august|september|october|november|december)\s+((?:19|20)\d\d)\b(?!\s+\w+s\b)", re.I)
TARGET_DAY = re.compile(r"\b(?:for|until|till)\s+$", re.I)
POSSESSIVE = re.compile(r"['’]s\b")  # "Sunday's attack": the day of an event, not a date of its own
YEAR_MODIFIER = re.compile(r"(?:\b(?:the|its|his|her|their|our|these|those)|'s|’s)\s+$", re.I)  # "the 1992 protests"
# "in the quarter", "for the year"; not "person of the year", "the year 2000", "the year to March"
THE_PERIOD_BEFORE = re.compile(r"\b(?:in|for|during|over|throughout|through|earlier\s+in|later\s+in)\s+$", re.I)
THE_PERIOD_AFTER = re.compile(r"\s*(?:ago|before|earlier|after|later|prior|since|to|through|ended|ending|that|when|"
                              r"which|of|century|\d{4})\b", re.I)
COUNTED = re.compile(r"\s*(?:people|troops|soldiers|residents|votes|members|cars|tons|km|miles|dollars|euros)\b")
MAY_CONTEXT = re.compile(r"\b(?:in|since|until|by|of|from|through|to|during|early|late|mid|last|this|next|before|after)"
                         r"[\s-]+$", re.I)


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    type: str
    value: Value
    mod: str | None = None
    begin: str | None = None
    end_date: str | None = None


@stage("times.v1", assigns=["times"])
def times(article: Article, ctx: Context) -> Article:
    anchor = _parse_date(article.published)
    if not article.english:  # no rules for its words: the dates it writes out (analyse.neutral)
        return article.replace(times=tuple(neutral.dates(article.body, anchor)))
    return article.replace(times=tuple(find_times(article.body, anchor)))


def find_times(text: str, anchor: Date | None) -> list[TimeExpression]:
    """Time expressions in ``text`` with TIMEX3 values anchored on ``anchor`` (the publication date).

    Example:
        >>> [t.value for t in find_times("He left on Tuesday, after nearly 30 years.", dt.date(2023, 2, 2))]
        ['2023-01-31', 'P30Y']
    """
    doc = _Doc(text, anchor)
    found = []
    for pattern, rule in RULES:
        for m in pattern.finditer(text):
            hit = rule(m, doc)
            if hit is not None:
                found.append(hit)
    return [_finish(doc, hit, ref) for hit, ref in _resolve(doc, _longest(found))]


def _longest(found: list[_Match]) -> list[_Match]:
    "Keep the longest of overlapping matches: 'Tuesday, Jan. 31, 2023' over 'Tuesday' and '2023'."
    kept: list[_Match] = []  # disjoint, in text order
    starts: list[int] = []
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        # Only the last kept match starting before this one ends can overlap it (they are disjoint),
        # so a long article costs a search per match rather than a scan.
        i = bisect.bisect_left(starts, hit.end) - 1
        if i < 0 or kept[i].end <= hit.start:
            j = bisect.bisect_left(starts, hit.start)
            kept.insert(j, hit)
            starts.insert(j, hit.start)
    return kept


def _resolve(doc: _Doc, hits: list[_Match]):
    "Resolve 'two days later' against the last date mentioned before it, in text order."
    ref = _format(doc.anchor, "D") if doc.anchor else None
    for hit in hits:
        if callable(hit.value):
            hit.value = hit.value(ref)
        yield hit, ref
        if hit.type in ("DATE", "TIME") and hit.value and hit.value[:1].isdigit() and "X" not in hit.value:
            ref = hit.value


def _finish(doc: _Doc, hit: _Match, ref: str | None) -> TimeExpression:
    "Take in a left modifier ('mid-', 'the end of', 'nearly') and fill in the date range."
    start, mod = hit.start, hit.mod
    before = doc.text[max(0, start - 30):start]
    if hit.type in ("DATE", "TIME") and (m := LEFT_POSITION.search(before)):
        start, mod = start - len(m.group()), POSITION[(m.group("pos") or m.group("of")).lower()]
    elif hit.type == "DURATION" or (hit.type == "DATE" and mod == "AGO"):
        if m := LEFT_HEDGE.search(before):
            start, mod = start - len(m.group()), HEDGES[" ".join(m.group("hedge").lower().split())]
    mod = None if mod == "AGO" else mod
    begin, end = (hit.begin, hit.end_date) if hit.begin else _range(hit.value) if hit.type != "DURATION" else (None, None)
    return TimeExpression(start=start, end=hit.end, text=doc.text[start:hit.end], type=hit.type, value=hit.value,
                          mod=mod, begin=begin, end_date=end)


class _Doc:
    """The text being read, its anchor, and the tense around a position."""

    def __init__(self, text: str, anchor: Date | None):
        self.text, self.anchor = text, anchor

    def future(self, start: int, end: int, from_then: bool = True) -> bool:
        """Whether the nearest tense marker in the sentence points forward ('will meet Friday'). Without
        ``from_then``, a look ahead from a time past is none: a month "was expected" to come may be past now."""
        lo = max(self.text.rfind(".", 0, start - 1), self.text.rfind("\n", 0, start), start - 120)
        before = PASSIVE.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), self.text[lo + 1:start])
        ahead_of_then = [] if from_then else [m.span() for m in FUTURE_IN_PAST.finditer(before)]
        fut = [m.end() for m in FUTURE.finditer(before) if not any(a <= m.start() < b for a, b in ahead_of_then)]
        past = [m.end() for m in PAST.finditer(before)]
        if fut or past:
            return max(fut, default=-1) >= max(past, default=-1)
        after = self.text[end:end + 80].split(".")[0]
        f, p = FUTURE.search(after), PAST.search(after)
        return bool(f) and (not p or f.start() < p.start())


# --- date arithmetic --------------------------------------------------------------------------------------------

def _parse_date(text: str | None) -> Date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    return d.replace(year=year, month=m + 1, day=min(d.day, calendar.monthrange(year, m + 1)[1]))


def _shift(d: Date, unit: str, n: int) -> Date:
    "Move a date by n units: 'D', 'W', '2W' (a fortnight), 'M', 'Q', 'Y', 'DE', 'CE'."
    if unit in ("D", "TH", "TM", "TS"):
        return d + dt.timedelta(days=n if unit == "D" else 0)
    if unit in ("W", "WE", "2W"):
        return d + dt.timedelta(weeks=2 * n if unit == "2W" else n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return _add_months(d, n * months)


def _format(d: Date, gran: str) -> str:
    "TIMEX3 value of the unit ``gran`` that holds date ``d``."
    if gran in ("W", "WE"):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if gran == "WE" else "")
    return {"D": f"{d:%Y-%m-%d}", "M": f"{d:%Y-%m}", "Q": f"{d.year}-Q{(d.month - 1) // 3 + 1}", "Y": f"{d.year}",
            "DE": f"{d.year // 10}", "CE": f"{d.year // 100}"}.get(gran, f"{d:%Y-%m-%d}")


def _range(value: str | None) -> tuple[str | None, str | None]:
    "First and last ISO day covered by a DATE value: '2022-W05' -> ('2022-01-31', '2022-02-06')."
    if not value or not value[:1].isdigit():
        return None, None
    try:
        first, last = _bounds(value)
    except ValueError:
        return None, None
    return (first.isoformat(), last.isoformat()) if first else (None, None)


def _bounds(value: str) -> tuple[Date | None, Date | None]:
    if m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        day = dt.date(*map(int, m.groups()))
        return day, day
    if m := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)) if m[3] else (monday, monday + dt.timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        return first, _add_months(first, 1) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        return first, _add_months(first, 3) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):  # meteorological seasons; winter runs into the next year
        first = dt.date(int(m[1]), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]], 1)
        return first, _add_months(first, 3) - dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{2,4})", value):
        size = 10 ** (4 - len(value))
        return dt.date(int(value) * size, 1, 1), dt.date(int(value) * size + size - 1, 12, 31)
    return None, None


def _number(text: str) -> float | None:
    "'twenty-four' -> 24; '2 1/2' -> 2.5; 'several' -> None (vague)."
    low = " ".join(text.lower().replace("-", " ").split())
    if low in VAGUE_NUMBERS:
        return None
    if low[:1].isdigit():
        whole, _, half = low.partition(" ")
        return float(whole) + (0.5 if half == "1/2" else 0)
    if low in ONES:
        return ONES[low]
    tens, _, one = low.partition(" ")
    return TENS.get(tens, 0) + ONES.get(one, 0)


def _period(n: float | None, unit: str) -> str:
    "ISO duration: (30, 'Y') -> 'P30Y'; (None, 'M') -> 'PXM'; (2, 'DE') -> 'P20Y'."
    if unit in ("DE", "CE", "Q", "2W", "WE"):
        factor, unit = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "2W": (2, "W"), "WE": (2, "D")}[unit]
        n = None if n is None else n * factor
    prefix = "PT" if unit.startswith("T") else "P"
    unit = unit[-1]
    if n is None:
        return f"{prefix}X{unit}"
    if n != int(n):
        smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M")}.get(unit)
        if smaller and unit == "Y":
            return f"P{int(n)}Y{int((n % 1) * 12)}M" if int(n) else f"P{int(n * 12)}M"
        if smaller:
            return f"{prefix}{int(n * smaller[0])}{smaller[1]}" if unit != "D" else f"PT{int(n * 24)}H"
    return f"{prefix}{int(n)}{unit}"


def _unit(m: re.Match, group: str = "unit") -> str:
    return UNITS[m.group(group).lower()]


def _weekday(anchor: Date, weekday: int, rel: str, future: bool) -> Date:
    "The weekday in the seven days up to the anchor, or the next seven with 'next'/future tense."
    back = (anchor.isoweekday() - weekday) % 7
    if rel == "last":
        return anchor - dt.timedelta(days=back or 7)
    if rel == "next":
        return anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7 or 7)
    if future or rel == "this coming":
        return anchor + dt.timedelta(days=(weekday - anchor.isoweekday()) % 7)
    return anchor - dt.timedelta(days=back)


# --- rules ------------------------------------------------------------------------------------------------------

def _capitalised(m: re.Match, *groups: str) -> bool:
    return all(m.group(g) is None or m.group(g)[0].isupper() for g in groups)


def _month_of(m: re.Match) -> str:
    return (m["mon"] or m["abbr"]).lower()


def _full_date(m: re.Match, doc: _Doc) -> _Match | None:
    if not _capitalised(m, "mon", "abbr", "wd") or not 1 <= int(m["day"]) <= 31:
        return None
    month, day = MONTHS[_month_of(m)], int(m["day"])
    if _month_of(m) == "may" and not (m["year"] or m["wd"]) and not MAY_CONTEXT.search(doc.text[:m.start()][-20:]):
        return None  # "May 5" after "in" is a date; "Theresa May 5 ..." is not
    if m["year"]:
        try:
            return _Match(m.start(), m.end(), "DATE", dt.date(int(m["year"]), month, day).isoformat())
        except ValueError:
            return None
    if doc.anchor is None:
        return _Match(m.start(), m.end(), "DATE", f"XXXX-{month:02d}-{day:02d}")
    year = _year_for(doc.anchor, month, day, day, doc.future(m.start(), m.end()))
    try:
        return _Match(m.start(), m.end(), "DATE", dt.date(year, month, day).isoformat())
    except ValueError:
        return None


def _year_for(anchor: Date, month: int, first: int, last: int, future: bool) -> int:
    """The year of a month (days first..last) given without one.

    Looking ahead: the next one. Otherwise the nearest, with the past counted as half as far,
    so "Nov. 10" read in January is last November but read on Nov. 2 is next week.
    """
    if future:
        return next(y for y in (anchor.year, anchor.year + 1)
                    if (y, month, last) >= (anchor.year, anchor.month, min(last, anchor.day)))
    return months.nearest_year(anchor, month, first, last)


def _numeric_date(m: re.Match, doc: _Doc) -> _Match | None:
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    try:
        return _Match(m.start(), m.end(), "DATE", dt.date(int(y), int(mo), int(d)).isoformat())
    except ValueError:
        return None


def _month(m: re.Match, doc: _Doc) -> _Match | None:
    name = _month_of(m)
    if not _capitalised(m, "mon", "abbr") or (m["abbr"] and not m["year"]):
        return None  # a bare "Jan" or "Mar" is too often something else
    if name == "may" and not (m["year"] or m["rel"] or m["ry"]) and not MAY_CONTEXT.search(doc.text[:m.start()][-20:]):
        return None
    month = MONTHS[name]
    if m["year"]:
        return _Match(m.start(), m.end(), "DATE", f"{m['year']}-{month:02d}")
    if not m["rel"] and not m["ry"] and (that := THAT_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())) \
            and not SAID_THAT.fullmatch(that["before"]):
        # "In an October 2012 interview ... Instead, he was seen that October praising": the year told before, if any;
        # not "said that October saw a record", where "that" opens what was said
        told = YEAR_TOLD.findall(doc.text, 0, m.start())
        return _Match(m.start(), m.end(), "DATE", f"{told[-1]}-{month:02d}" if told else None)
    if doc.anchor is None:
        return _Match(m.start(), m.end(), "DATE", None if m["ry"] or m["rel"] else f"XXXX-{month:02d}")
    a, rel = doc.anchor, (m["rel"] or "").lower()
    if m["ry"]:
        year = a.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()]
    elif rel in ("last", "past"):
        year = a.year if month < a.month else a.year - 1
    elif rel == "next":
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    else:
        year = _year_for(a, month, 1, 31, doc.future(m.start(), m.end(), from_then=False))
    return _Match(m.start(), m.end(), "DATE", f"{year}-{month:02d}")


def _year(m: re.Match, doc: _Doc) -> _Match | None:
    after = doc.text[m.end():m.end() + 12].lower()
    before = doc.text[max(0, m.start() - 12):m.start()]
    if not m["fiscal"] and not re.search(r"\b(?:in|since|of|by|until|from|to|before|after)\s+$", before):
        if COUNTED.match(after):
            return None  # "1500 people", "the 2000 troops"
        if re.match(r"\s*\w+s\b(?! ago)", after) and not (YEAR_MODIFIER.search(before) and m["year"][:2] in ("19", "20")):
            return None  # "2000 cars", but "the 1992 protests"
    return _Match(m.start(), m.end(), "DATE", m["year"])


def _decade(m: re.Match, doc: _Doc) -> _Match | None:
    if m["dec"]:
        value = m["dec"][:3]
    elif m["short"]:
        value = ("19" if int(m["short"]) > 20 else "20") + m["short"][0]
    else:
        if not m.group().lower().startswith("the"):
            return None  # "in his forties" is an age
        value = "19" + str(list(TENS).index(m["word"].lower()[:-3] + "y") + 2)
    return _Match(m.start(), m.end(), "DATE", value, POSITION.get((m["pos"] or "").lower()))


def _century(m: re.Match, doc: _Doc) -> _Match | None:
    return _Match(m.start(), m.end(), "DATE", f"{int(m['n']) - 1:02d}")


def _weekday_rule(m: re.Match, doc: _Doc) -> _Match | None:
    if not _capitalised(m, "wd"):
        return None
    wd, part = WEEKDAYS[m["wd"].lower()], m["part"]
    start = m.start() if (m["rel"] or "").lower() != "on" else m.start("wd")
    if m["pl"]:
        suffix = f"T{DAY_PARTS[part.lower()]}" if part else ""
        return _Match(start, m.end(), "SET", f"XXXX-WXX-{wd}{suffix}")
    suffix, kind = (f"T{DAY_PARTS[part.lower()]}", "TIME") if part else ("", "DATE")
    if doc.anchor is None:
        return _Match(start, m.end(), kind, None)
    rel = " ".join((m["rel"] or "").lower().split())
    # "a day of mourning for Thursday", "closed until Monday": a day set ahead, whatever tense came before
    ahead = TARGET_DAY.search(doc.text, max(0, m.start() - 8), m.start()) and not POSSESSIVE.match(doc.text, m.end())
    day = _weekday(doc.anchor, wd, rel, bool(ahead) or doc.future(m.start(), m.end()))
    return _Match(start, m.end(), kind, day.isoformat() + suffix)


def _deictic(m: re.Match, doc: _Doc) -> _Match | None:
    if m["now"]:
        word = " ".join(m["now"].lower().split())
        value = ("PAST_REF" if word in ("recently", "lately", "more recently", "the past")
                 else "FUTURE_REF" if "future" in word else "PRESENT_REF")
        start = m.start()
        return _Match(start, m.end(), "DATE", value)
    if m["vague"]:
        value = {"recent": "PAST_REF", "past": "PAST_REF", "coming": "FUTURE_REF"}[m["vague"].lower()]
        return _Match(m.start(), m.end(), "DATE", value)
    word = (m["d"] or m["this"] or "").lower()
    part = (m["part"] or m["part2"] or ("night" if word == "tonight" else "")).lower()
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1}.get(word, 0)
    if m["around"]:
        offset = -2 if "yesterday" in m["around"].lower() else 2
    if word == "last" and part != "night":
        return None  # "last morning" is not a phrase; "last evening" rarely means a date
    kind, suffix = ("TIME", f"T{DAY_PARTS[part]}") if part else ("DATE", "")
    value = (doc.anchor + dt.timedelta(days=offset)).isoformat() + suffix if doc.anchor else None
    return _Match(m.start(), m.end(), kind, value)


def _relative(m: re.Match, doc: _Doc) -> _Match | None:
    unit, rel = _unit(m) if m["unit"].lower() != "weekend" else "WE", (m["rel"] or "").lower()
    if m["the"]:
        if (unit in ("Y", "Q") and doc.anchor is not None
                and THE_PERIOD_BEFORE.search(doc.text[max(0, m.start() - 20):m.start()])
                and not THE_PERIOD_AFTER.match(doc.text[m.end():m.end() + 14])):
            # business news: "the quarter" is the one reported on, the last complete one; "the year" this one
            q = (doc.anchor.month - 1) // 3  # last complete quarter, 0 = the fourth of last year
            value = str(doc.anchor.year) if unit == "Y" else (
                f"{doc.anchor.year}-Q{q}" if q else f"{doc.anchor.year - 1}-Q4")
            return _Match(m.start(), m.end(), "DATE", value)
        if unit != "WE":
            return None  # "the month", "the decade": anaphoric, left to the duration rules
        rel = "this"
    if rel == "past":
        return None  # "past year" without "the" is a duration, see BARE_DURATION
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if doc.anchor is None:
        return _Match(m.start(), m.end(), "DATE", None)
    if unit == "WE" and rel in ("this", "") and not doc.future(m.start(), m.end()) and doc.anchor.isoweekday() < 6:
        step = -1  # "the weekend" read on a Tuesday is the one just gone
    return _Match(m.start(), m.end(), "DATE", _format(_shift(doc.anchor, unit, step), unit))


def _quarter(m: re.Match, doc: _Doc) -> _Match | None:
    q = ORDINALS[m["ord"].lower()] if m["ord"] else int(m["q"])
    start = m.start()
    if m.group().lower().startswith("the ") and re.search(r"-(?:fiscal\s+)?quarter$", m.group(), re.I):
        start += 4  # "the third-quarter loss": the article belongs to "loss"
    year = m["y1"] or m["y2"] or m["y3"]
    rel = (m["rel"] or m["ry"] or "").lower()
    if year:
        return _Match(start, m.end(), "DATE", f"{year}-Q{q}")
    if doc.anchor is None:
        return _Match(start, m.end(), "DATE", None)
    a, current = doc.anchor, (doc.anchor.month - 1) // 3 + 1
    if rel:
        y = a.year + {"last": -1, "this": 0, "next": 1}[rel]
    else:  # "third-quarter results" read in October: this year's, however the verb looks
        y = a.year if q <= current or doc.future(m.start(), m.end()) else a.year - 1
    return _Match(start, m.end(), "DATE", f"{y}-Q{q}")


def _season(m: re.Match, doc: _Doc) -> _Match | None:
    code, rel = SEASONS[m["s"].lower()], (m["rel"] or "").lower()
    the = (m["the"] or "").lower()
    if not (rel or m["year"] or the) or (code == "FA" and not (rel or m["year"])):
        return None  # "fall" alone is a verb far more often than a season
    start = m.start("s") if the == "in" else m.start()
    if m["year"]:
        return _Match(start, m.end(), "DATE", f"{m['year']}-{code}")
    if doc.anchor is None:
        return _Match(start, m.end(), "DATE", None)
    if rel == "this":  # this year's; "this winter" in January is the one that began in December
        return _Match(start, m.end(), "DATE", f"{doc.anchor.year - (code == 'WI' and doc.anchor.month < 3)}-{code}")
    order = ["WI", "SP", "SU", "FA"]
    a = doc.anchor
    index = a.year * 4 + (a.month % 12) // 3  # seasons counted from winter 0000; December opens the next year's slot
    target = order.index(code)
    step = -1 if rel in ("last", "past") else 1 if rel in ("next", "coming") else 0
    if step == 0:
        step = 1 if doc.future(m.start(), m.end()) and index % 4 != target else 0
        back = (index % 4 - target) % 4
        chosen = index + ((target - index % 4) % 4 if step else -back)
    else:
        chosen = index + step
        while chosen % 4 != target:
            chosen += step
    year, slot = divmod(chosen, 4)
    return _Match(start, m.end(), "DATE", f"{year - 1 if slot == 0 else year}-{order[slot]}")


def _ago(m: re.Match, doc: _Doc) -> _Match | None:
    n, unit, direction = _number(m["num"]), _unit(m), " ".join(m["dir"].lower().split())
    sign = -1 if direction in ("ago", "earlier") else 1
    if n is None:
        return _Match(m.start(), m.end(), "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    steps = int(round(n * sign))
    if direction == "earlier":
        return _Match(m.start(), m.end(), "DATE", lambda ref: _from_reference(ref, unit, steps), "AGO")
    if doc.anchor is None:
        return _Match(m.start(), m.end(), "DATE", None, "AGO")
    value = _format(_shift(doc.anchor, unit, steps), {"TH": "D", "TM": "D", "TS": "D"}.get(unit, unit))
    if unit == "Y" and steps == -1:  # "profit of $5 million a year ago" after "the third quarter": that quarter
        return _Match(m.start(), m.end(), "DATE", lambda ref: _from_reference(ref, unit, steps, quarter_only=True) or value, "AGO")
    return _Match(m.start(), m.end(), "DATE", value, "AGO")


def _from_reference(ref: str | None, unit: str, steps: int, quarter_only: bool = False) -> str | None:
    "'a year earlier' after 'the third quarter': shift the last date mentioned, kept at its own granularity."
    if not ref or (quarter_only and "-Q" not in ref):
        return None
    gran = ("D" if re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", ref) else "W" if "-W" in ref else "Q" if "-Q" in ref
            else "M" if re.fullmatch(r"\d{4}-\d\d", ref) else "Y" if re.fullmatch(r"\d{4}", ref) else None)
    begin = _range(ref)[0]
    if gran is None or begin is None or (unit in ("D", "W") and gran in ("M", "Q", "Y")):
        return None
    return _format(_shift(dt.date.fromisoformat(begin), unit, steps), gran)


def _duration(m: re.Match, doc: _Doc) -> _Match | None:
    unit, num = _unit(m), m["num"].lower()
    if m["adj"] and m["adj"].lower() == "-old":
        return None  # ages: "a 35-year-old man"
    if num in ("a", "an", "some", "many", "the few") and not m["the"]:
        before = doc.text[max(0, m.start() - 12):m.start()].lower()
        if not re.search(r"\b(?:for|in|within|over|than|about|nearly|almost|after|only|just|half|least|of)\s+$", before):
            return None  # "a year" after a sum is a rate; elsewhere too often not a time
    if m["pl"] and num in ("a", "an", "one"):
        return None
    if num in ("a", "an") and m["unit"].lower() == "second" and ORDINAL_AFTER.match(doc.text, m.end()):
        return None  # "after a second telephone conversation": the ordinal, not a second of time
    n = _number(num)
    value = _period(n, unit)
    rel = (m["rel"] or "").lower()
    begin = end = None
    if rel in ("past", "last", "previous") and doc.anchor and n is not None and n == int(n):
        begin, end = _shift(doc.anchor, unit, -int(n)).isoformat(), doc.anchor.isoformat()
    elif rel in ("next", "coming") and doc.anchor and n is not None and n == int(n):
        begin, end = doc.anchor.isoformat(), _shift(doc.anchor, unit, int(n)).isoformat()
    start = m.start() if m["the"] and m["sep"] != "-" else m.start("num")  # "the 44-day war": only "44-day"
    return _Match(start, m.end("unit") + (1 if m["pl"] else 0) + (len(m["adj"]) if m["adj"] else 0), "DURATION",
                  value, begin=begin, end_date=end)


def _bare_duration(m: re.Match, doc: _Doc) -> _Match | None:
    if m["unit2"]:
        return _Match(m.start(), m.end(), "DURATION", _period(None, UNITS[m["unit2"].lower().rstrip("s")]))
    unit, rel = _unit(m), m["rel"].split()[-1].lower()
    if m["pl"]:
        return _Match(m.start(), m.end(), "DURATION", _period(None, unit))
    begin = end = None
    if doc.anchor and rel in ("past", "last", "previous"):
        begin, end = _shift(doc.anchor, unit, -1).isoformat(), doc.anchor.isoformat()
    elif doc.anchor and rel in ("next", "coming"):
        begin, end = doc.anchor.isoformat(), _shift(doc.anchor, unit, 1).isoformat()
    return _Match(m.start(), m.end(), "DURATION", _period(1, unit), begin=begin, end_date=end)


def _set(m: re.Match, doc: _Doc) -> _Match | None:
    if m["adv"]:
        return _Match(m.start(), m.end(), "SET", SETS[m["adv"].lower()])
    if m["times"]:
        return _Match(m.start(), m.end(), "SET", _period(1, UNITS[m["unit2"].lower()]))
    if m["wd"]:
        return _Match(m.start(), m.end(), "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}")
    if m["mon"] or m["abbr"]:
        return _Match(m.start(), m.end(), "SET", f"XXXX-{MONTHS[_month_of(m)]:02d}") if _capitalised(m, "mon", "abbr") else None
    n = _number(m["num"]) if m["num"] else 1
    return _Match(m.start(), m.end(), "SET", _period((n or 1) * (2 if m["other"] else 1), _unit(m)))


def _clock(m: re.Match, doc: _Doc) -> _Match | None:
    if m["noon"]:
        hour, minute = (12 if m["noon"].lower() == "noon" else 24), 0
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["m24"])
        if hour > 23:
            return None
    else:
        hour, minute = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0), int(m["m"] or 0)
        if not 1 <= int(m["h"]) <= 12:
            return None
    if m["noon"] and not (m["wd"] or m["dd"]):
        return None  # "at noon" alone: the day is only implied
    day = doc.anchor
    if doc.anchor and m["wd"] and _capitalised(m, "wd"):
        day = _weekday(doc.anchor, WEEKDAYS[m["wd"].lower()], "", doc.future(m.start(), m.end()))
    elif doc.anchor and m["dd"]:
        day = doc.anchor + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[m["dd"].lower()])
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}" if day else None
    return _Match(m.start(), m.end(), "TIME", value)


RULES: list[tuple[re.Pattern, Callable[[re.Match, _Doc], _Match | None]]] = [
    (DATE_MDY, _full_date), (DATE_DMY, _full_date), (DATE_NUMERIC, _numeric_date), (MONTH, _month), (YEAR, _year),
    (DECADE, _decade), (CENTURY, _century), (WEEKDAY, _weekday_rule), (DEICTIC, _deictic), (RELATIVE, _relative),
    (QUARTER, _quarter), (SEASON, _season), (AGO, _ago), (DURATION, _duration), (BARE_DURATION, _bare_duration),
    (SET, _set), (CLOCK, _clock),
]

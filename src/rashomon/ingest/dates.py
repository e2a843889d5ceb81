"""Publication dates from date lines, metadata fields and URLs.

Only complete dates are taken (day, month and year). A line such as "Tuesday" or
"March 4" says too little to date an article, and a guessed year would be worse
than none.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, names in enumerate([
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")], 1) for m in names}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
]
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<day>\d{1,2})(?:/|-|$)")
# What may stand around a date on a line that holds nothing else.
DATE_LINE_NOISE = re.compile(
    r"\b(first|originally|last|published|updated|posted|modified|date[d]?|on|at|am|pm|a\.m|p\.m|hrs|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"gmt|utc|[ecmp][sd]?t|bst|ist|msk|w?cet|cest|eest|eet|aest|aedt|jst|hkt|sgt)\b|"  # time zones
    r"\b\d{1,2}:\d{2}(:\d{2})?([ap]m\b)?|[|,.:·•—–@()-]", re.I)


def parse_date(text: str) -> str | None:
    """ISO date of a line that is only a date ("January 31, 2023", "Updated: 31 Jan 2023 10:05")."""
    found = find_date(text)
    if found is None:
        return None
    iso, span = found
    rest = DATE_LINE_NOISE.sub(" ", text[: span[0]] + " " + text[span[1]:])
    return iso if not rest.strip() else None


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """First complete date anywhere in text, as (ISO date, span)."""
    for pattern in PATTERNS:
        if m := pattern.search(text):
            if iso := _iso(m):
                return iso, m.span()
    return None


def date_from_url(url: str | None) -> str | None:
    if url and (m := URL_DATE.search(url)):
        return _iso(m)
    return None


def normalise_date(value: object) -> str | None:
    """A date field of any common shape ("2023-01-31T10:00Z", "Jan 31, 2023") -> ISO date."""
    if not isinstance(value, str):
        return None
    found = find_date(value)
    return found[0] if found else None


def _iso(m: re.Match) -> str | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else MONTHS.get(groups["month"].lower().rstrip("."))
    try:
        return date(int(groups["year"]), month or 0, int(groups["day"])).isoformat()
    except (TypeError, ValueError):
        return None

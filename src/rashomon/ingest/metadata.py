"""RawDocument -> Article: clean body plus the metadata a careful reader would note.

Sources of each field, best first:
- title: record field, HTML metadata, "# heading", a plain-text headline line
- outlet: record field, HTML site name, known domain of the URL, the name a site's menu gives before its sections, the byline
  ("By Jane Doe, Karsk Herald"), else the URL's domain
- date: record field, else the article's own evidence (published.py): a date line, HTML
  metadata, a wire dateline ("YEREVAN, Jan 31 (Reuters) -"), the URL path; its source is kept
- authors and agency credits: bylines ("By AFP"), caption credits ("... / TASS"),
  agencies the text cites ("citing Interfax", "cited by Russia's Interfax news agency")
Anything not found stays None or empty: nothing is guessed.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article, Caption, Credit, Problem, RawDocument
from ..resources import split_list, table
from .dates import normalise_date, read_dateline
from .markup import Sorted, extract_html, sort_blocks
from .published import Published, publication_date

OUTLET_WORDS = re.compile(
    r"\b(times|herald|news|post|today|daily|journal|tribune|gazette|telegraph|guardian|observer|chronicle|"
    r"review|monitor|express|mail|star|sun|radio|tv|television|network|media|magazine|weekly|standard|"
    r"courier|independent|dispatch|bulletin|record|report|insider|voice|world|online|\.com|\.org|\.net)\b", re.I)
TEAM = re.compile(r"\s+(?:(?:live|news|foreign|politics|online|digital)\s+)?(?:team|staff|desk)$", re.I)
AGENCY_WORDS = re.compile(r"\b(agency|wire|news service|press|presse|press association)\b", re.I)
PERSON_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|van|von|de|der|da|di|del|la|le|bin|al|el)){1,4}$")
CITED = re.compile(
    r"\b(?:citing|cited by|according to|quoted by|told|reported by|said to)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:state(?:-run)?\s+|official\s+)?(?:news agency\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")
REPORTED = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:news agency\s+)?(?:reported|said|quoted)\b")
DATELINE_AGENCY = re.compile(r"^[A-Z][A-Z .,'-]{1,60}\(([A-Za-z][\w .-]{0,30})\)\s*[-—–]")
MIN_BODY_CHARS = 40
# Parsing takes about a minute per million characters, and no news article is that long: a
# body this size is a book, a log or a feed dump, better split into articles first.
MAX_BODY_CHARS = 1_000_000
# The record fields to_article reads as text (a {"name": ...} object also does), as it reads them.
STRING_FIELDS = ("url", "link", "canonical_url", "source_url", "title", "headline", "outlet", "source_name",
                 "site_name", "sitename", "publisher", "source", "date", "published", "publish_date", "date_publish",
                 "pubdate", "language", "lang")
LIST_FIELDS = ("authors", "author", "byline")  # a string or a list of names


def to_article(raw: RawDocument, min_chars: int = MIN_BODY_CHARS, max_chars: int = MAX_BODY_CHARS) -> Article:
    """Clean one document; raise InputError when it holds no article text, or far too much."""
    fields = raw.fields
    if raw.format == "html":
        parts = extract_html(raw.text)
        if parts is None:
            raise InputError(raw.source, "no article text found in the HTML page")
        sorted_ = sort_blocks(parts.text, markdown=False)
        sorted_.captions = parts.captions + sorted_.captions
        title, author, date, site, url = parts.title, parts.author, parts.date, parts.sitename, parts.url
    else:
        sorted_ = sort_blocks(raw.text, markdown=True)
        title = author = date = site = url = None
    body = "\n\n".join(sorted_.paragraphs)
    if len(body) < min_chars:
        raise InputError(raw.source, f"too little article text ({len(body)} characters; at least {min_chars} needed)")
    if len(body) > max_chars:
        raise InputError(raw.source, f"article text too long ({len(body):,} characters; at most {max_chars:,} "
                                     "per article: split it into several files)")

    # the record's own, else a web page's (its canonical address), else one its text gives
    url = _str(fields, "url", "link", "canonical_url", "source_url") or url or sorted_.url
    authors, byline_outlet, credits = read_bylines(sorted_.bylines + ([author] if author else []))
    authors = _authors_field(fields) or authors
    credits += photo_credits(sorted_.captions) + dateline_credits(body) + cited_agencies(body)
    published = _published(fields, url, sorted_, date)
    return Article(
        id=article_id(body, url),
        source=raw.source,
        body=body,
        format=raw.format,
        title=_str(fields, "title", "headline") or sorted_.title or title,
        outlet=_str(fields, "outlet", "source_name", "site_name", "sitename", "publisher", "source")
        or site or outlet_from_url(url, known_only=True) or sorted_.site or byline_outlet or outlet_from_url(url),
        url=url,
        published=published.date,
        date_source=published.source,
        authors=tuple(dict.fromkeys(authors)),
        credits=tuple(dict.fromkeys(credits)),
        language=_str(fields, "language", "lang"),
        captions=tuple(sorted_.captions),
        furniture=tuple(sorted_.furniture),
        encoding=raw.encoding,
        problems=tuple(Problem("ingest", w) for w in (*raw.warnings, *field_warnings(fields))),
    )


def article_id(body: str, url: str | None) -> str:
    "Content hash: the same text from the same URL is the same article, however often it is ingested."
    canonical = " ".join(body.split()) + "\n" + (url or "")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _published(fields, url: str | None, sorted_: Sorted, page_date: str | None) -> Published:
    "A record's date field, else what the article itself shows."
    if iso := normalise_date(_str(fields, "date", "published", "publish_date", "date_publish", "pubdate")):
        return Published(iso, "metadata")
    return publication_date(url, sorted_.paragraphs, sorted_.date, page_date, sorted_.furniture)


def read_bylines(bylines: list[str]) -> tuple[list[str], str | None, list[Credit]]:
    """'By Jane Doe and John Roe, Karsk Herald' -> (authors, outlet, agency credits)."""
    authors: list[str] = []
    outlet = None
    credits: list[Credit] = []
    for line in bylines:
        line = re.sub(r"\s+(?:in|reporting from)\s+[A-Z][\w\s-]*$", "", line.strip())
        for part in re.split(r"\s*(?:,|;|&|\band\b|\bfor\b|\bwith\b|\|)\s*", line):
            part = part.strip(" .")
            if not part:
                continue
            if agency := agency_name(part):
                credits.append(Credit(agency, "byline"))
            elif AGENCY_WORDS.search(part):
                credits.append(Credit(part, "byline"))
            elif OUTLET_WORDS.search(part):  # "the Observer live team": the outlet, not its team
                outlet = outlet or TEAM.sub("", part)
            elif PERSON_NAME.match(part):
                authors.append(part)
    return authors, outlet, credits


def photo_credits(captions: list[Caption]) -> list[Credit]:
    credits = []
    for caption in captions:
        for part in re.split(r"\s*[/,;]\s*|\s+via\s+", caption.credit or ""):
            if agency := agency_name(part.strip(" .()")):
                credits.append(Credit(agency, "photo"))
    return credits


def dateline_credits(body: str) -> list[Credit]:
    "'MOSCOW (Reuters) -' or 'YEREVAN, Jan 31 (Reuters) -' opens a wire story (under a headline the text kept)."
    for lead in body.split("\n\n")[:2]:
        name = m.group(1) if (m := DATELINE_AGENCY.match(lead)) else (d.agency if (d := read_dateline(lead)) else None)
        if name and (agency := agency_name(name)):
            return [Credit(agency, "byline")]
    return []


def cited_agencies(body: str) -> list[Credit]:
    found: dict[str, int] = {}
    for pattern in (CITED, REPORTED):
        for m in pattern.finditer(body):
            words = m.group("name").rstrip(".").split()
            # "Russia's Interfax news agency", "the TASS agency": try each leading run of words
            for n in range(len(words), 0, -1):
                if agency := agency_name(" ".join(words[:n])):
                    found[agency] = min(found.get(agency, m.start()), m.start())
                    break
    return [Credit(name, "cited") for name in sorted(found, key=found.get)]


@cache
def _agency_index() -> dict[str, str]:
    index = {}
    for row in table("agencies.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            index[alias.lower()] = row["name"]
    return index


def agency_name(text: str) -> str | None:
    """Canonical name of a news agency, or None. Short aliases must match case ("AP", not "ap")."""
    name = _agency_index().get(text.lower())
    if name and (len(text) > 3 or text.isupper() or text == name):
        return name
    return None


@cache
def _outlet_index() -> dict[str, str]:
    return {row["domain"]: row["name"] for row in table("outlets.tsv")}


@cache
def outlet_names() -> frozenset[str]:
    "The lower-case names of the outlets the data knows."
    return frozenset(name.lower() for name in _outlet_index().values())


def news_source(text: str) -> bool:
    "A news agency's or a known outlet's name: 'Reuters', 'Interfax', 'The Moscow Times'."
    return agency_name(text) is not None or text.lower() in outlet_names()


def outlet_from_url(url: str | None, known_only: bool = False) -> str | None:
    """'https://www.themoscowtimes.com/2023/...' -> 'The Moscow Times' (or the bare domain)."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(www\d?|m|amp|mobile)\.", "", host.lower())
    if not host or "." not in host:
        return None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        if name := _outlet_index().get(".".join(labels[i:])):
            return name
    return None if known_only else host


def _str(fields, *names: str) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, dict):
            value = value.get("name") or value.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def field_warnings(fields) -> list[str]:
    "Record fields of a type they cannot have (a title as a list, a date as a number): ignored, and said so."
    out = []
    for name in STRING_FIELDS + LIST_FIELDS:
        value = fields.get(name)
        if value is None or isinstance(value, str) or (isinstance(value, dict) and _str(value, "name", "title")):
            continue
        if name in LIST_FIELDS and isinstance(value, list):
            continue
        kind = "a list" if isinstance(value, list) else "an object without a name" if isinstance(value, dict) else \
            f"{'true/false' if isinstance(value, bool) else 'a number'} ({value})"
        out.append(f"field {name!r} is {kind}; expected {'a string or a list of names' if name in LIST_FIELDS else 'a string'}: ignored")
    return out


def _authors_field(fields) -> list[str]:
    value = fields.get("authors") or fields.get("author") or fields.get("byline")
    if isinstance(value, str):
        return [a.strip() for a in re.split(r",|\band\b|;", value) if a.strip()]
    if isinstance(value, list):
        return [str(a.get("name") if isinstance(a, dict) else a).strip() for a in value if a]
    return []


__all__ = ["to_article", "article_id", "outlet_from_url", "agency_name", "Sorted"]

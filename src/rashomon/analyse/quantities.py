"""Stage quantities.v1: amounts with their value, unit and what they count.

Comparing coverage needs numbers that can be compared: "120,000 people" in one
outlet and "some 120 000 residents" in another are the same claim, "$25 billion"
and "25bn dollars" too. The amounts themselves come from the entity stage
(CARDINAL, MONEY, PERCENT, QUANTITY); vague ones ("dozens of cars") from a
short word list. What an amount counts is the noun it modifies in the parse.
"""

from __future__ import annotations

import re
from itertools import takewhile

from ..model import Article, Quantity
from ..vocabulary import words
from . import neutral
from .registry import Context, stage

AMOUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
         "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12,
         "dozen": 12, "half": 0.5}
SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}
CURRENCIES = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR",
              "euros": "EUR", "£": "GBP", "pound": "GBP", "pounds": "GBP", "¥": "JPY", "yen": "JPY",
              "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "manat": "AZN", "dram": "AMD",
              "drams": "AMD", "yuan": "CNY", "hryvnia": "UAH", "lira": "TRY", "rupees": "INR"}
UNITS = {"%": "percent", "percent": "percent", "per cent": "percent", "km": "km", "kilometre": "km",
         "kilometer": "km", "mile": "mile", "metre": "m", "meter": "m", "foot": "ft", "feet": "ft", "inch": "in",
         "inches": "in", "yard": "yd", "acre": "acre", "tonne": "t", "ton": "t", "kg": "kg", "kilogram": "kg",
         "barrel": "barrel", "hectare": "ha", "megawatt": "MW", "mw": "MW", "litre": "l", "liter": "l"}
# "square" and "cubic" before a length make an area and a volume: "170,000-square-foot" is ft2, not a
# count of buildings, and never the same amount as "15,800 square metres"
POWERS = {"square": "2", "sq": "2", "cubic": "3"}
UNIT_WORDS = re.compile(r"(?:per|square|sq|cubic)\.?[\s-]+[a-z]+|[a-z%€$£¥]+")
HEDGES = words("quantity-hedges")
VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions|"
                   r"a handful|several)\s+of\b|\b(?:dozens|hundreds|thousands)\b", re.I)
# "about a third", "two-thirds", "half": a share, compared as a percentage ("40 percent" against "a third")
FRACTION = re.compile(r"^(?:(?:about|around|nearly|almost|roughly|some|over|under|just|barely|only|more\s+than|"
                      r"less\s+than|at\s+least)\s+)*(?:(?P<one>a|an|one)[\s-]+(?P<d1>half|third|quarter|fifth)|"
                      r"(?P<n>two|three|four)[\s-]+(?P<d2>thirds|quarters|fifths)|(?P<d3>half))$")
DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
ONE_OF = re.compile(r"\s+of\b")
SCALE_AFTER = re.compile(r"\s*(?:billion|million|trillion|thousand|bn|mn)\b", re.I)
UNIT_AFTER = re.compile(r"-((?:square-|cubic-)?[a-z]+)\b", re.I)  # "73" and "-yard", "-square-foot"
COMPOUND = re.compile(r"\d-[a-z]", re.I)  # "17-inch", "170,000-square-foot"
PERCENT_SIGN = re.compile(r"%|\bper\s?cent|\bpct\b|\bpercentage", re.I)  # what a share the tagger finds must say
NUMBER = re.compile(r"\d+(?:[,\u202f\u00a0 ]\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")


@stage("quantities.v1", requires=["mentions"], assigns=["quantities"])
def quantities(article: Article, ctx: Context) -> Article:
    if not article.english:  # no parse to read amounts with: the digits (analyse.neutral)
        return article.replace(quantities=tuple(neutral.amounts(article.body, article.language)))
    doc = ctx.parse(article)
    found = [_from_mention(doc, article.body, m.start, m.end, m.label if m.label in AMOUNT_LABELS else "CARDINAL")
             for m in article.mentions if m.label in AMOUNT_LABELS or m.label == "DATE" and _spelled(m.text)]
    named = [(m.start, m.end) for m in article.mentions]
    for t in doc:  # "VARNO (Wire) - Twelve people were killed": a count opening a sentence the model did not tag
        if t.text[:1].isupper() and t.pos_ == "NUM" and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and \
                t.like_num and not any(s < t.idx + len(t) and t.idx < e for s, e in named):
            found.append(_from_mention(doc, article.body, t.idx, t.idx + len(t), "CARDINAL"))
    taken = [(q.start, q.end) for q in found]
    for m in VAGUE.finditer(article.body):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(_vague(doc, article.body, m.start(), m.end()))
    return article.replace(quantities=tuple(sorted(found, key=lambda q: q.start)))


def _spelled(text: str) -> bool:
    "A number in words alone, which the tagger may take for a date: 'Seventy-five' (soldiers returned)."
    words = re.split(r"[\s-]+", text.lower())
    return all(w in WORDS for w in words) and any(WORDS[w] >= 1 for w in words)


def _from_mention(doc, body: str, start: int, end: int, label: str) -> Quantity:
    if label == "PERCENT" and not PERCENT_SIGN.search(body, start, end):
        # the tagger's "Sixty-eight Varnesian prisoners" is a count of prisoners, not a share: its number alone
        span = doc.char_span(start, end, alignment_mode="expand")
        number = list(takewhile(lambda t: t.like_num or t.text == "-", span)) if span is not None else []
        if number:
            end, label = number[-1].idx + len(number[-1]), "CARDINAL"
    if scale := SCALE_AFTER.match(body, end):
        end = scale.end()  # "$40 billion--": the tagger stopped at "$40"
    elif (unit := UNIT_AFTER.match(body, end)) and unit_of(unit.group(1)):
        end = unit.end()  # "a 73-yard drive": the tagger stopped at "73"
    text = body[start:end]  # not doc.text: spaCy rebuilds that string on every access
    if text.lower() == "one" and ONE_OF.match(body, end):
        return Quantity(start=start, end=end, text=text, value=None, approximate=True)  # "one of the largest": a member
    span = doc.char_span(start, end, alignment_mode="expand")
    value, unit = parse_amount(text)
    if label == "PERCENT":
        unit = "percent"
    elif unit is None and neutral.magnitude_end(body, start, end) is not None:
        unit = "magnitude"  # "a magnitude 6.1 earthquake", "a 6.1-magnitude quake": as every language names it
    # "a 17-inch notebook", "a 73-yard drive": a measure written into an adjective measures its noun
    measures = unit not in (None, "percent") and unit not in CURRENCIES.values() and COMPOUND.search(text)
    return Quantity(start=start, end=end, text=text, value=value, unit=unit,
                    counts=_counted(span) if unit is None or measures else None,
                    approximate=value is None or _hedged(span, text))


def _vague(doc, body: str, start: int, end: int) -> Quantity:
    span = doc.char_span(start, end, alignment_mode="expand")
    return Quantity(start=start, end=end, text=body[start:end], value=None, counts=_counted(span),
                    approximate=True)


def parse_amount(text: str) -> tuple[float | None, str | None]:
    """'$25 billion' -> (25e9, 'USD'); '120,000' -> (120000.0, None); 'two' -> (2.0, None);
    'about a third' -> (33.3, 'percent'), while 'half a million' stays 500,000."""
    low = " ".join(text.lower().replace("\u2009", " ").split())
    if m := FRACTION.match(low):
        share = {"two": 2, "three": 3, "four": 4}.get(m["n"], 1)
        return round(100 * share / DENOMINATORS[m["d1"] or m["d2"] or m["d3"]], 1), "percent"
    unit = next((code for sign, code in CURRENCIES.items() if sign in ("$", "€", "£", "¥", "us$") and sign in low), None)
    unit = unit or next(filter(None, map(unit_of, UNIT_WORDS.findall(low))), None)
    number = NUMBER.search(low)
    if number:
        value = float(re.sub(r"[,\u202f\u00a0 ]", "", number.group()))
    else:
        known = [WORDS[w] for w in re.findall(r"[a-z]+", low) if w in WORDS]
        if not known:
            return None, unit
        value = float(known[0] * known[1]) if len(known) == 2 and known[1] == 100 else float(sum(known))
    for word in re.findall(r"[a-z]+", low[number.end():] if number else low):
        if word in SCALES:
            value *= SCALES[word]
            break
    return value, unit


def unit_of(word: str) -> str | None:
    """The unit a word (or "square metres", "per cent") names, singular or plural."""
    first, _, rest = re.sub(r"[.\s-]+", " ", word).partition(" ")
    if first in POWERS:
        length = unit_of(rest)
        return length + POWERS[first] if length in ("km", "mile", "m", "ft", "in", "yd") else None
    if rest:
        return UNITS.get(f"{first} {rest}")
    return CURRENCIES.get(word) or UNITS.get(word) or UNITS.get(word[:-1] if word.endswith("s") else word)


def _counted(span) -> str | None:
    """The noun an amount counts: '120,000 people', 'dozens of cars', 'two of the soldiers'."""
    if span is None:
        return None
    root = span.root
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.text
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj.text
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN":
        return nxt.text
    return None


def _hedged(span, text: str) -> bool:
    if span is None:
        return False
    before = [t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]]
    inside = [t.lower_ for t in span[:2]]
    return any(w in HEDGES for w in before + inside) and not text[:1].isdigit() or any(w in HEDGES for w in before)

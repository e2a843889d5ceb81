"""What grouping knows of one article: its words, names, numbers and dates.

A signature is a pure function of one analysed article, so it can be computed
wherever the article is analysed and stored beside it; grouping then never needs
the full text again. Words are raw counts (1 + log): their weights come from the
corpus's document frequencies at the time two articles are compared.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import lru_cache

from ..analyse.entities import fold, known_name
from ..analyse.names import (ARABIC, GEORGIAN, GEORGIAN_FUNCTION_WORDS, GEORGIAN_SURNAME, GEORGIAN_VERB, LATIN_LETTER,
                              UNCASED, ZWNJ, base_forms, name_keys, skeleton)
from ..analyse.times import POSSESSIVE
from ..entity_classes import NAMED_CLASSES, label_class
from ..ingest.dates import MONTHS, past_dateline, read_dateline
from ..ingest.months import month_names
from ..model import Article
from ..resources import language_stopwords, stopwords, table
from ..vocabulary import alternatives, weekday_names, words
from .names import WORD as NAME_WORD, common_word, name_parts, starts_sentence

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# a word of ``names.WORD`` that may be a name: not one that opens in a lowercase Latin or Cyrillic letter, unless a
# zero-width non-joiner joins it to more (``name_words`` also skips the other lowercase ones, one at a time)
NAME_CANDIDATE = re.compile(r"(?<![^\W\d_])(?![a-z\u00df-\u00f6\u00f8-\u00ffа-яёіїєґ](?>[^\W\d_]*)(?!\u200c))"
                            + NAME_WORD.pattern)
# the same words in a text without a non-joiner, twice as fast: the pattern opens with the letter a name's
# word opens with, which the scan skips to, where the one above tries its lookarounds at every character
NAME_CANDIDATE_PLAIN = re.compile(r"[^\W\d_a-z\u00df-\u00f6\u00f8-\u00ffа-яёіїєґ](?<![^\W\d_]{2})[^\W\d_]*")


# a Slavic adjective of a place: its name, -sk-, and an adjective's ending in Russian, Ukrainian, Serbian or Macedonian
PLACE_ADJECTIVE = re.compile(r"(?P<stem>[^\W\d_]{3,}?)(?:ск|ськ|sk|šk)(?:ий|ый|ой|ая|ое|ие|ого|ому|ым|им|ом|ую|их|ими|"
                             r"ій|а|е|і|у|ої|ою|ему|и|ата|ото|ите|иот|ог|ој|ih|im|iot|i|a|e|o|og|om|oj|u)")


def _phrases(*names: str) -> str:
    "The phrases of ``words.tsv`` lists as one pattern's alternatives, each as written, longest first."
    return _written({w for name in names for w in words(name)})


def _written(phrases) -> str:
    "Phrases as one pattern's alternatives, each as written, longest first."
    return "|".join(re.escape(w) for w in sorted(set(phrases), key=len, reverse=True))


TODAY, YESTERDAY = (re.compile(rf"(?<![\w'’])(?:{_phrases(name)})(?![\w'’])", re.I) for name in ("today", "yesterday"))
HIER_IS_HERE = frozenset({"de", "nl", "af", "lb"})  # languages whose "hier" is "here", not French "yesterday"
COMING_BEFORE = re.compile(rf"(?<![\w'’])(?:{_phrases('coming-day')})\s+(?:(?:next|this|the|le|el|il)\s+)?$", re.I)
COMING_AFTER = re.compile(rf"\s*\w*\s+(?:{_phrases('coming-day-after')})(?!\w)", re.I)
KIND_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u200c'’](?=[^\W\d_]))*")  # Persian joins with a ZWNJ: "رأی‌گیری"
# a part of the day, a weekday or "today" between a weekday and its date says the same day: "Tuesday night, Aug. 10"
DAY_WORDS = re.compile(rf"(?<![\w'’])(?:{_written([*words('day-parts'), *words('today'), *weekday_names()])})(?![\w'’])",
                       re.I)
# "yesterday", "јуче", "دیروز": the event dated by the day it was reported, so a date elsewhere is one recalled
NEAR_DAY = re.compile(rf"(?<![\w'’])(?:{_phrases('days-near', 'today')})(?![\w'’])", re.I)
# a date that something has lasted since, or will until: "on the bridge since 9 February", "од 9. фебруара"
SINCE = re.compile(r"(?<![\w'’])(?:since|until|till|depuis|jusqu['’]au|dal|dall['’]|fino\s+al|seit|bis|desde|hasta|"
                   r"с|со|до|з|із|від|od|do|од|sejak|hingga|sampai|از|تا)\s*$", re.I)
# a date that names a thing of its day, not the day of the event reported: "the trilateral statement of 9
# November 2020", "заявления от 9 ноября", "la déclaration du 9 novembre", "della dichiarazione del 9 novembre";
# Armenian puts the date in the genitive ("նոյեմբերի 9-ի հայտարարության") and "on" in the dative ("31-ին"). Not a
# part of the day ("on the night of 9 November", "dans la nuit du 9", "նոյեմբերի 9-ի գիշերը"): that is the day
OF_DAY = re.compile(r"(?P<thing>[^\W\d_]+)\s+(?:of|от|du|del|dell['’]|vom)\s*$", re.I)
OF_DAY_AFTER = re.compile(r"-?ի\s+(?P<thing>[^\W\d_]+)")
# Persian and Arabic join a noun to its date with no word for "of" ("بیانیه سه‌جانبه ۱۹ آبان ۱۳۹۹", the trilateral
# statement of 19 Aban 1399); a date of the event follows a preposition or the word for day ("در ۳ اسفند", "روز ۳ اسفند")
ABJAD_LETTER = r"\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
ABJAD_THING = re.compile(rf"(?P<thing>[{ABJAD_LETTER}][{ABJAD_LETTER}\u200c]*)\s+$")
ABJAD_BEFORE_DAY = frozenset({"در", "به", "با", "و", "که", "را", "روز", "شب", "تاریخ", "صبح", "عصر", "ظهر", "بامداد",
                              "ساعت", "سال", "ماه", "اوایل", "اواسط", "اواخر", "نیمه", "في", "يوم", "ليلة", "صباح",
                              "مساء", "فجر", "بتاريخ", "تاريخ", "أمس", "امس", "اليوم", "عام", "سنة", "شهر", "مطلع",
                              "أوائل", "منتصف", "أواخر", "الموافق", "فى", "ليل", "دیروز", "گذشته",
                              # the Arabic weekdays, which weekdays.tsv does not list: "يوم الأحد 24 نوفمبر"
                              *(f"{a}{d}" for a in ("", "ال") for d in ("أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء",
                                                                        "خميس", "جمعة", "سبت"))})
# A date as a modifier: "the 2020 ceasefire", "its November 9, 2020 statement" ("the 2020 and 2021 talks" say when)
DETERMINER_BEFORE = re.compile(r"(?:(?<![\w'’])(?:the|a|an|its|their|his|her|this|that)|\w['’]s)\s+$", re.I)
LIST_BETWEEN = re.compile(r"(?:\s*(?:г\.|гг\.|года|р\.|року)?\s*(?:[,;]|\s(?:and|et|e|y|und|и|і|та|i|dan)\s))+\s*",
                          re.I)  # "9 ноября 2020 г., 11 января"
WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DAY_OF_DATE = re.compile(r"^(?:\d{4}|XXXX)-(\d{2}-\d{2})$")
SENTENCE_END = re.compile(r"[.!?。]\s")
RECALL_REACH = 100  # characters before a date where "the previous (round of talks)" may stand
PREVIOUS_REACH = 3  # words after "previous" where its noun may stand: "Предыдущий такой «двойной» звонок"
MONTH_DAY = re.compile(r"^XXXX-\d{2}-\d{2}$")
COMPOUNDS = {"de": "morgen|vormittag|mittag|nachmittag|abend|nacht"}  # a weekday's part: "Donnerstagmorgen"
# the word of the day or its part that a weekday written in lower case must stand before ("pazartesi
# gününden", "pazartesi sabahı"), where the lower-case name is also a common word ("pazar", a market)
WEEKDAY_PART = {"tr": r"\s+(?:gün|sabah|akşam|öğle|gece)"}
WEEKDAY_NEAR = 12  # characters between a weekday and the date it names: "Thursday, Aug. 10", "jeudi 10 août"
OF_DAY_REACH = 40  # characters before a date where the thing it names may stand: "the trilateral statement of"
# the day itself, in the languages whose "of" a date follows, beside the parts of the day ``DAY_WORDS`` knows
# ("the night of 9 November"): "the day of", "dans la nuit du", "the date of February 11" (a launch's)
DAY_NOUNS = frozenset({"date", "dates", "data", "datum", "дата", "дату", "датой", "day", "jour", "nuit", "journée",
                       "matinée", "soirée", "giorno", "mattino", "tag", "день", "ночь", "գիշերը", "գիշեր",
                       "առավոտյան", "երեկոյան", "ցերեկը", "օրը"})
# the words that stand before a date of the event itself, not a thing of its day
BEFORE_DAY = DAY_NOUNS | ABJAD_BEFORE_DAY
LEAD_WORDS = 400  # past the lead, background paragraphs blur events together
LEAD_CHARS = 1500  # where an event's participants and places are named
DATELINE_CHARS = 200  # where a wire dateline ends, if a line opens with one
# a wire dateline may open a later line of a page's head, under its breadcrumb, title and standfirst: "(ANSA) - ROMA,
# 29 MAG - ..." as the fourth line; the head's lines, and the characters they are read from
HEAD_LINES, HEAD_CHARS = 6, 1500
OPENING_CHARS = 400  # the opening of a text whose sentences are not known: a dateline and a sentence or two
HEADING_WORDS = 4  # a line this short heading a text, without a full stop, names no event: a channel, a section
TITLE_WEIGHT = 2.0
LEAD_TERMS, BODY_TERMS, OPENING_TERMS = 100, 150, 40
PLACES = {"GPE", "LOC", "FAC"}
SMALL_NUMBERS = {0.0, 1.0, 2.0, 3.0}  # too common to tell events apart


@dataclass(frozen=True, slots=True)
class Signature:
    article_id: str
    language: str
    lead: dict[str, float]  # title and first 400 words: word -> 1 + log(count)
    body: dict[str, float]  # the whole text
    opening: dict[str, float]  # title and first two sentences: what happened
    people: tuple[str, ...]  # surnames of the people the lead names: the participants
    places: tuple[str, ...]
    orgs: tuple[str, ...]
    people_all: tuple[str, ...]  # anywhere in the text
    names: tuple[str, ...]  # Latin keys of capitalised words: what names share across languages
    years: tuple[str, ...]  # years the text names
    numbers: tuple[str, ...]  # amounts it gives
    days: tuple[str, ...]  # published, and the day its lead says the event happened
    recent_years: tuple[str, ...] = ()  # years named in the title and first three sentences: when it happened
    month_days: tuple[str, ...] = ()  # without days, the day and month its lead gives with no year ("02-06")
    name_count: int = 0  # how many names ``names`` spells: a Russian word brings five case forms, an English one two
    weekdays: int = 0  # the weekdays the opening names ("on Monday": the day of the event), as bits: Monday 1, Tuesday 2, ...
    kinds: int = 0  # the kinds of event the title and first sentence name ("a phone call", "the court"), as bits
    named_day: str = ""  # the day the text names for its event ("on Monday", "this morning", a date), not only published
    instance: int = 0  # which of its kind the title and first sentence say the event is: "the second call" 2, "the 50th
    # exchange" 50, else 0
    recalled: tuple[str, ...] = ()  # days and months of earlier instances of its kind: "the previous call on 17 January"

    @property
    def name_skeletons(self) -> tuple[str, ...]:
        "The consonant skeletons among the names ('~brgtrsn'): how Persian and Latin spellings meet."
        return tuple(k for k in self.names if k[:1] == "~")

    @property
    def known_names(self) -> tuple[str, ...]:
        "The known places and bodies and the named entities among the names ('@rusia'), one key each."
        return tuple(k for k in self.names if k[:1] == "@")

    def to_json(self) -> str:
        # the fields as they are: asdict would deep-copy every dict first, most of the cost at scale
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)}, separators=(",", ":"),
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Signature:
        d = json.loads(text)
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})


def _first_sentence_end(article: Article) -> int:
    """Where the opening sentence ends, past a line of a few words without a full stop that heads the text: a post's
    channel ("Новини Кордону ✔️") or a section's name, saved with the page, tells no event's kind."""
    sentences = article.sentences
    if not sentences:
        return OPENING_CHARS
    first = article.body[sentences[0].start:sentences[0].end]
    if len(sentences) > 1 and len(first.split()) <= HEADING_WORDS and not first.rstrip().endswith((".", "!", "?")) \
            and "\n" in article.body[sentences[0].end:sentences[1].start]:
        return sentences[1].end
    return sentences[0].end


def signature(article: Article) -> Signature:
    """The signature of one analysed article (sentences, mentions, quantities and times filled)."""
    words = article.body.split()
    lead = " ".join(words[:LEAD_WORDS])
    title = article.title or ""
    opening_end = _opening_end(article)
    actors_end = article.sentences[2].end if len(article.sentences) > 2 else min(len(article.body), 600)
    first_sentence = title + "\n" + article.body[:_first_sentence_end(article)]
    lead_end = min(len(lead), LEAD_CHARS)
    mentions = [m for m in article.mentions if m.label not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                                                                  "PERCENT", "QUANTITY")]

    def keys(labels: set[str], end: int | None = None, multiword: bool = False) -> tuple[str, ...]:
        return tuple(sorted({m.key or m.text.lower() for m in mentions if m.label in labels
                             and (end is None or m.start < end) and (not multiword or " " in (m.key or m.text))}))

    def surnames(end: int | None = None) -> tuple[str, ...]:
        "People by surname, so that 'Reid' and 'Tara Reid' are one participant."
        return tuple(sorted({(m.key or m.text.lower()).split()[-1] for m in mentions
                             if m.label == "PERSON" and (end is None or m.start < end) and (m.key or m.text).strip()}))

    when_years = [t for t in _when(article) if t.type == "DATE" and t.value and t.value[:4].isdigit()]
    opening_years = [t for t in when_years if t.start < actors_end and not _modifies(article.body, t)]
    title_words, body_words = _words(title), _words(article.body)
    lead_words = body_words if len(words) <= LEAD_WORDS else _words(lead)  # the lead is the whole body
    return Signature(
        article_id=article.id,
        language=article.language or "en",
        lead=_terms([(title_words, TITLE_WEIGHT), (lead_words, 1.0)], LEAD_TERMS, article.language),
        body=_terms([(body_words, 1.0)], BODY_TERMS, article.language),
        opening=_terms([(title_words, 1.0), (_words(article.body[:opening_end]), 1.0)], OPENING_TERMS,
                       article.language),
        people=surnames(lead_end),
        places=keys(PLACES, lead_end),
        orgs=keys({"ORG"}, lead_end),
        people_all=surnames(),
        names=(names := _names(title + "\n" + article.body[:lead_end], article.language, mentions))[0],
        name_count=names[1],
        years=tuple(sorted({t.value[:4] for t in when_years})),
        numbers=tuple(sorted({f"{q.value:g}" for q in article.quantities
                              if q.value is not None and q.value not in SMALL_NUMBERS})),
        days=(days := _day_evidence(article, lead_end))[0],
        month_days=days[1],
        named_day=days[2],
        recent_years=tuple(sorted({t.value[:4] for t in opening_years})),
        weekdays=weekday_bits(article.body[:opening_end], article.language),
        kinds=kind_bits(first_sentence, article.language),
        instance=instance(first_sentence),
        recalled=recalled_days(article),
    )


def weekday_bits(text: str, language: str | None) -> int:
    """The weekdays a text names, in English or its own language (``data/weekdays.tsv``), as bits:
    Monday 1, Tuesday 2, ... Sunday 64; 0 for none. Bits meet across languages: "lunedì" is Monday.
    A day to come ("to reopen from Monday", ``words.tsv`` coming-day) is not the day of the event."""
    pattern, day = _weekday_pattern(language or "en")
    return sum({1 << (day[m.group("day").lower()] - 1) for m in pattern.finditer(text)
                if not COMING_BEFORE.search(text, max(m.start() - 30, 0), m.start())
                and not COMING_AFTER.match(text, m.end())})


def instance(text: str) -> int:
    """Which instance of its kind a text says its event is, by an ordinal beside a word for an event or a time
    ("the second call in two weeks", «второй разговор», "percakapan pertama", "for the first time since",
    "удруге", "said on Tuesday after a second round of talks"): 1, 2 or 3, or a count in figures ("the 50th exchange",
    "49-й обмен"); 0 where it says none. An ordinal after
    "after" or "since" is an earlier event's ("after the first round", "two weeks after their first call", "three
    days after a second derailment"), unless an indefinite article alone stands before it: "after a second round"."""
    ordinals, nouns, stems, after, alone = _instance_words()
    span, indefinite = words("instance-span"), words("instance-indefinite")
    found = [w.lower() for w in KIND_WORD.findall(text)]
    adverb = 0  # "впервые", "удруге": only where no ordinal stands beside a noun ("впервые признала" is no event's)
    for k, word in enumerate(found):
        number = ordinals.get(word)
        # "after the first round", "weeks after a first round": an earlier one; "after a second round": this one
        if number is None or any(found[j] in after and (found[k - 1] not in indefinite or j > 0 and found[j - 1] in span)
                                 for j in range(max(0, k - 3), k)):
            continue
        # "за", "in": a span of time may stand between an ordinal and its noun ("второй за десять дней встречи")
        following = found[k + 1:k + (5 if found[k + 1:k + 2] and found[k + 1] in words("instance-within") else 3)]
        near = found[max(0, k - 1):k] + following  # "percakapan pertama", "second phone call", "второй за десять дней встречи"
        if any(w in nouns or len(w) > 4 and w.startswith(stems) for w in near):
            return number
        if word in alone and not adverb:
            adverb = number
    if (round_ := _round_number().search(text)) is not None:  # "Tolvin, round 2"
        return int(round_["number"])
    for m in NUMBERED.finditer(text):  # "the 50th exchange", "50-й обмін", "il 50° scambio"; not "Dec 5th talks"
        month = re.search(r"([^\W\d_]+)\.?\s*$", text[:m.start()])
        if month is not None and (month[1].lower() in MONTHS or month[1].lower() in month_names()):
            continue
        if any(w.lower() in nouns or len(w) > 4 and w.lower().startswith(stems) for w in KIND_WORD.findall(m["words"])):
            return int(m["n"])
    return adverb


# an ordinal in figures and the two words after it: "50th prisoner exchange", "49-й обмен", "50e échange", "50. razmena"
# (not Russian "2-х", a cardinal's case; not Armenian "9-ին", a date's dative; not "12. Talks", a sentence's end)
NUMBERED = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})(?:-?(?:й|ий|ый|ой|я|е|го|му|м|ї|ій|та)|st|nd|rd|th|e|ème|°|º|"
                      r"\.(?=\s+[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ])|-րդ)(?![\w.])(?P<words>(?:\s+[^\W\d_]+){1,2})")


@lru_cache(maxsize=1)
def _round_number() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternatives(words('instance-rounds'))})\s*(?:no\.?\s*|№\s*|#)?(?P<number>[1-3])(?![\d.,])",
                      re.I)


@lru_cache(maxsize=1)
def _instance_words() -> tuple[dict[str, int], frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    "The ordinals with their numbers, the words for an event or a time (whole, and as stems), 'after' and 'since'."
    ordinals = {w: n for n in (1, 2, 3) for w in words(f"instance-{n}")}
    nouns = words("instance-nouns")
    return ordinals, nouns, tuple(n for n in nouns if len(n) > 3), words("instance-after"), words("instance-alone")


def kind_bits(text: str, language: str | None) -> int:
    """The kinds of event a text names in its language (``data/kinds.tsv``), as bits in the table's
    order of kinds; 0 for none. Bits meet across languages: "телефонный разговор" and "phone call" are one.
    A kind right after "after" or "since" is an earlier event's, the one this report goes back to, where the
    text names another kind too: "miners went on strike a week after the explosion", "страйк через тиждень
    після вибуху", "պայթյունից հետո գործադուլ" are a strike's reports. Not after "after a" ("two died after an
    explosion" is this one), nor across a comma ("After the talks, strike action began")."""
    language = language or "en"
    lower = text.lower()
    found = [(m.start(), m.group()) for m in KIND_WORD.finditer(lower)]
    starts = [start for start, _ in found]
    kinds_at = [_kinds_of(word, language) for _, word in found]  # each word's, once
    named = kept = 0
    for literal, phrase, bit in _kind_words(language)[2]:
        if literal in lower:
            for m in phrase.finditer(lower):
                named |= bit
                if not _earlier_event(lower, found, kinds_at, bisect_left(starts, m.start()),
                                      bisect_left(starts, m.end()), bit):
                    kept |= bit
    for k, kinds in enumerate(kinds_at):
        if kinds:
            named |= kinds
            if not _earlier_event(lower, found, kinds_at, k, k + 1, kinds):
                kept |= kinds
    return kept or named


def _kinds_of(word: str, language: str) -> int:
    "The kinds a word names, or a part an apostrophe sets off: the French and Italian \"l'explosion\", \"dell'esplosione\"."
    if (kinds := _word_kinds(word, language)) or not APOSTROPHE.search(word):
        return kinds
    return next((bits for part in APOSTROPHE.split(word) if len(part) > 2 and (bits := _word_kinds(part, language))), 0)


def _earlier_event(text: str, found: list[tuple[int, str]], kinds_at: list[int], k: int, after: int, kinds: int
                   ) -> bool:
    """Whether the kind ``kinds`` named from word ``found[k]`` to the word before ``found[after]`` is another
    event's (``kinds_at``: the kinds each word names): one of the three words before it is "after" or "since", or
    two are "پس از" (``words.tsv`` kind-after), with no indefinite article, stop or kind of another event between
    them ("after the court verdict" is one kind), or one of the two words after it a postposition that says so
    ("patlamadan sonra", "patlamadan günler sonra")."""
    words_after, postpositions, indefinite = _kind_after()
    start = found[k][0] if k < len(found) else len(text)
    for j in range(k - 1, max(-1, k - 4), -1):
        word = found[j][1]
        if APOSTROPHE.split(word)[-1] in indefinite or kinds_at[j] & ~kinds or \
                CLAUSE_BREAK.search(text, found[j][0], start):
            break
        if word in words_after or j + 1 < k and f"{word} {found[j + 1][1]}" in words_after:
            return True
    end = found[after - 1][0] + len(found[after - 1][1])
    for j in range(after, min(after + 2, len(found))):
        if CLAUSE_BREAK.search(text, end, found[j][0]) or kinds_at[j] & ~kinds:
            break
        if found[j][1] in postpositions:
            return True
    return False


APOSTROPHE = re.compile(r"['’]")
CLAUSE_BREAK = re.compile(r"[,.;:!?،؛؟։…\n()\[\]«»„\"“”—–]")


@lru_cache(maxsize=1)
def _kind_after() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return words("kind-after"), words("kind-after-postpositions"), words("instance-indefinite")


@lru_cache(maxsize=200_000)
def _word_kinds(word: str, language: str) -> int:
    "The kinds one word names, whole or by a stem: an opening's words repeat from article to article."
    whole, stems, _ = _kind_words(language)
    bits = whole.get(word, 0)
    for stem, bit in stems:
        if word.startswith(stem):
            bits |= bit
    return bits


@lru_cache(maxsize=64)
def _kind_words(language: str) -> tuple[dict[str, int], tuple[tuple[str, int], ...], tuple[tuple[str, re.Pattern, int], ...]]:
    """The words of ``kinds.tsv`` rows for this language: whole words, stems and phrases ("video call"),
    each with its kind's bit."""
    rows = table("kinds.tsv")
    bit = {kind: 1 << i for i, kind in enumerate(dict.fromkeys(row["kind"] for row in rows))}
    whole: dict[str, int] = {}
    stems: list[tuple[str, int]] = []
    phrases: list[tuple[str, re.Pattern, int]] = []
    for row in rows:
        if language in row["language"].split():
            for word in row["words"].split("|"):
                if " " in word:
                    literal = word.rstrip("*")  # found as a substring first: most openings name no phrase
                    phrases.append((literal, re.compile(rf"(?<!\w){re.escape(literal)}" + ("" if word.endswith("*")
                                                                                          else r"(?!\w)")), bit[row["kind"]]))
                elif word.endswith("*"):
                    stems.append((word[:-1], bit[row["kind"]]))
                else:
                    whole[word] = whole.get(word, 0) | bit[row["kind"]]
    return whole, tuple(stems), tuple(phrases)


@lru_cache(maxsize=64)
def _weekday_pattern(language: str) -> tuple[re.Pattern, dict[str, int]]:
    """The names of the weekdays in English and the language, longest first ("Cumartesi" before
    "Cuma"), each a whole word, or before an apostrophe ("Thursday's order", "Cuma'yı"); capitalised
    ones as written ("Pazar", Sunday, not "pazar", a market)."""
    written = {name: int(row["day"]) for row in table("weekdays.tsv") if row["language"] in ("en", language)
               for name in row["names"].split("|")}
    part = f"(?={WEEKDAY_PART[language]})" if language in WEEKDAY_PART else ""
    alternatives = "|".join(re.escape(n) if n[:1].isupper() else f"(?i:{re.escape(n)}){part}"
                            for n in sorted(written, key=len, reverse=True))
    compound = f"(?:{COMPOUNDS[language]})?" if language in COMPOUNDS else ""
    return (re.compile(rf"(?<![\w'’])(?P<day>{alternatives}){compound}(?!\w)"),
            {n.lower(): d for n, d in written.items()})


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _terms(parts: list[tuple[list[str], float]], limit: int, lang: str | None = None) -> dict[str, float]:
    """The ``limit`` most frequent words of the weighted parts (ties alphabetically), 1 + log(count)."""
    counts: Counter = Counter()
    for words, weight in parts:
        if weight == 1:
            counts.update(words)
        else:
            for w, n in Counter(words).items():
                counts[w] = counts.get(w, 0) + weight * n
    for w in _stopwords(lang).intersection(counts):  # the function words of the article's language too:
        del counts[w]  # Armenian "համար", Persian "برای"
    top = sorted(sorted(counts), key=counts.__getitem__, reverse=True)[:limit]  # stable: ties stay alphabetical
    return {w: _log_count(counts[w]) for w in top if counts[w] >= 1}


@lru_cache(maxsize=4096)
def _log_count(count: float) -> float:
    return round(1 + math.log(count), 3)


def _names(text: str, lang: str | None, mentions) -> tuple[tuple[str, ...], int]:
    """The names of the title and lead as Latin keys that meet across scripts and case forms:
    every key a word may have (Лаврову -> lavrovu, lavrov), the English name of a place or body
    known in any language (Россия -> @russia), the consonant skeleton that Persian and Latin
    spellings share (لاوروف and Lavrov), and the keys of the article's named entities. Words
    capitalised only because a sentence starts with them are left out. With the keys, how many
    names they spell: each word's keys, and each entity, count once."""
    entities = {"@" + m.key for m in mentions if m.key and label_class(m.label) in NAMED_CLASSES}
    words = {frozenset(keys) for keys in name_words(text, lang)}
    out = entities.union(*words)
    return tuple(sorted(out)), len(words) + len(entities - set().union(*words))


def name_words(text: str, lang: str | None) -> list[tuple[str, ...]]:
    "The keys of each word of a text that may be a name (see ``_names``), one tuple per word."
    out = []
    for match in (NAME_CANDIDATE if ZWNJ in text else NAME_CANDIDATE_PLAIN).finditer(text):
        if match.group()[0].islower() and ZWNJ not in match.group() and not GEORGIAN.match(match.group()):
            continue  # most words: no name, and not worth the cached calls below (Georgian has no capitals)
        for word in name_parts(match.group(), lang):
            if word[0].islower() and not GEORGIAN.match(word):
                continue
            at = match.start() + match.group().find(word)
            if _may_name(word, lang) and (keys := _word_keys(word, lang, starts_sentence(text, at))):
                out.append(keys)
    return out


@lru_cache(maxsize=200_000)
def _may_name(word: str, lang: str | None) -> bool:
    "Capitalised (or in a script without capitals) and not a function word: a name's candidate."
    return word.lower() not in _stopwords(lang) and bool(word[0].isupper() or UNCASED.search(word)
                                                         or GEORGIAN.search(word))


@lru_cache(maxsize=64)
def _stopwords(lang: str | None) -> frozenset[str]:
    return stopwords() | language_stopwords(lang or "") | (GEORGIAN_FUNCTION_WORDS if lang == "ka" else frozenset())


@lru_cache(maxsize=200_000)
def _word_keys(word: str, lang: str | None, sentence_start: bool) -> tuple[str, ...]:
    """The keys of one capitalised word (names recur from article to article: computed once)."""
    known = next((k for k in map(lambda f: known_name(f, lang), base_forms(word, lang, strict=True)) if k), None)
    if known is None and (adjective := PLACE_ADJECTIVE.fullmatch(word)) is not None:
        # "Лачинскому (коридору)", "Лачинського", "Lačinski": the adjective of a place names the place
        known = known_name(adjective["stem"], lang)
        known = known if known is not None and known[1] in ("GPE", "LOC") else None
    if known:
        return ("@" + fold(known[0]),)
    if GEORGIAN.search(word) and (GEORGIAN_VERB.search(word) or not any(GEORGIAN_SURNAME.search(f.removesuffix("ი"))
                                                                         for f in base_forms(word, lang))):
        return ()  # no capitals and no list of common words: only known places and the shapes of surnames
    if common_word(word, lang, sentence_start):
        return ()
    keys = [k for k in name_keys(word, lang) if len(k) >= 3]
    if ARABIC.search(word) or LATIN_LETTER.match(word):
        keys.append("~" + skeleton(word))
    else:  # Cyrillic, Armenian, Greek: each case form's, as Persian spells Стрельник استرلنیک, Բայրամովի بایراموف
        keys += dict.fromkeys("~" + s for f in base_forms(word, lang) if len(s := skeleton(f)) >= 3)
    return tuple(keys)


def event_days(article: Article, lead_end: int | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The days an article's own evidence puts it on (``Signature.days``) and, without them, the day
    and month its opening gives with no year (``Signature.month_days``).

    Only the opening (a dateline, the first two sentences) dates the event: a later paragraph's date
    is as often an earlier event it recalls ("the swap of 31 May")."""
    days, month_days, _ = _day_evidence(article, _lead_end(article) if lead_end is None else lead_end)
    return days, month_days


def named_day(article: Article) -> str:
    "The day the text names for its event (``Signature.named_day``: \"adopté jeudi\", a date in its opening), or \"\"."
    return _day_evidence(article, _lead_end(article))[2]


def _lead_end(article: Article) -> int:
    return min(len(" ".join(article.body.split()[:LEAD_WORDS])), LEAD_CHARS)


def _day_evidence(article: Article, lead_end: int) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    "``event_days`` and the day the text names for its event, or \"\"."
    opening_end = min(lead_end, _opening_end(article))
    days, named = _days(article, opening_end)
    return days, () if days else _month_days(article, opening_end), named


def _opening_end(article: Article) -> int:
    "Where the opening ends: after the second sentence, or ``OPENING_CHARS`` into a text not split into them."
    return article.sentences[1].end if len(article.sentences) > 1 else min(len(article.body), OPENING_CHARS)


def _days(article: Article, opening_end: int) -> tuple[tuple[str, ...], str]:
    """The published day and, when the opening dates what happened within the week before it, that day;
    undated, the full date the opening gives. A date further on is as often an event the report recalls
    ("the court had ruled on 19 March", five days before the swap it reports). Dated, a weekday the
    opening names before any date it gives is the event's day ("adopté jeudi", "в субботу").
    Second, the day the text itself names for its event, where it names one ("" if not)."""
    out = []
    published = article.published[:10] if article.published and FULL_DATE.match(article.published[:10]) else None
    if published:
        out.append(published)
    named = _weekday_day(article, opening_end, published) if published else None
    dated = ""
    for t in sorted(article.times, key=lambda t: t.start):
        if t.start >= opening_end or t.type != "DATE" or not t.value \
                or not FULL_DATE.match(t.value) or published and POSSESSIVE.match(article.body, t.end):
            continue
        if published is None and _names_another_day(article.body, t):
            continue  # "the statement of 9 November 2020": an old document, not the day of the event reported
        if named is not None and named[0] < t.start:
            break  # the weekday came first
        named = None  # a date read where the weekday is ("on Tuesday, 4 March") or before it says more
        if published is None or _within(t.value, published, 7):
            dated = t.value
            if t.value not in out:
                out.append(t.value)
            break
    if named is not None and named[1] not in out:
        out.append(named[1])
    return tuple(out), named[1] if named is not None else dated


def _weekday_day(article: Article, opening_end: int, published: str) -> tuple[int, str] | None:
    """Where the opening first names a weekday, and its day: the last such day up to the publication date.
    News names an event of the week before it by its weekday and an older one by its date ("adopté jeudi ...
    la manifestation du 1er mars"). A possessive weekday ("after Sunday's attack") names an earlier event.
    "Today" or "this morning" in any language (``words.tsv``) names the publication day as a weekday would, and
    "yesterday" the day before."""
    pattern, day = _weekday_pattern(article.language or "en")
    start = past_dateline(article.body, 0, opening_end)
    m = next((m for m in pattern.finditer(article.body, start, opening_end)
              if not POSSESSIVE.match(article.body, m.end())), None)
    p = date.fromisoformat(published)
    named = []  # (where, day) of each way the opening names a day; the first one named is the event's
    if (today := TODAY.search(article.body, start, opening_end)) is not None:
        named.append((today.start(), published))  # "crossed the bridge this morning": the day it was published
    yesterday = next((y for y in YESTERDAY.finditer(article.body, start, opening_end)
                      if not POSSESSIVE.match(article.body, y.end())  # not "yesterday's attack"
                      and not (y.group().lower().startswith("hier") and article.language in HIER_IS_HERE)), None)
    if yesterday is not None:
        named.append((yesterday.start(), (p - timedelta(days=1)).isoformat()))
    if m is not None:
        named.append((m.start(), (p - timedelta(days=(p.isoweekday() - day[m.group("day").lower()]) % 7)).isoformat()))
    return min(named, default=None)


def _month_days(article: Article, opening_end: int) -> tuple[str, ...]:
    """The first day and month the opening gives without a year ("ANKARA, Feb 6 (Wire)" in an undated
    file): no year is invented, yet "Feb 6" and "Feb 20" are at least two weeks apart.

    News names the day of an event within the week by its weekday and an older one by its date: where
    the opening names a weekday apart from the date ("ordered on Thursday ... the coup of 26 July"), the
    date is likely one recalled and is not used, unless a wire dateline gives it (the day of filing); so is
    one where the opening says "yesterday", and one that something has lasted since ("since 9 February")."""
    lines = [line for line in article.body[:HEAD_CHARS].splitlines() if line.strip()][:HEAD_LINES]
    dateline = next((d for line in lines if (d := read_dateline(line[:DATELINE_CHARS])) is not None), None)
    if dateline is not None and dateline.reading.month_day and not dateline.reading.dates:
        month, day = dateline.reading.month_day  # read here, not from the times: the parse can miss "Kosovo, May 29"
        return (f"{month:02d}-{day:02d}",)
    first = next((t for t in sorted(article.times, key=lambda t: t.start) if t.start < opening_end
                  and t.type == "DATE" and t.value and MONTH_DAY.match(t.value)
                  and not _names_another_day(article.body, t)), None)
    if first is None or _weekday_apart(article, first, opening_end):
        return ()
    return (first.value[5:],)


def _names_another_day(body: str, t) -> bool:
    """Whether a date is one something has lasted since, one that names a thing ("the statement of 9 November"),
    or an earlier instance's ("the previous call, on 17 January")."""
    before = body[max(0, t.start - OF_DAY_REACH):t.start]
    thing = OF_DAY.search(before) or OF_DAY_AFTER.match(body, t.end) or ABJAD_THING.search(before)
    return bool(SINCE.search(before[-WEEKDAY_NEAR:]) or thing and not DAY_WORDS.fullmatch(thing["thing"])
                and thing["thing"].lower() not in BEFORE_DAY or _recalled(body, t))


def _recalled(body: str, t) -> bool:
    """Whether the sentence gives the date for an earlier instance of its kind: a word for "previous" before a word
    for a call, round or meeting ("Предыдущий раунд ... провел 17 января", "the previous call, on 17 January"),
    or "previously" with no comma before the date ("prethodno su se sastali 27. februara"); not "the previous
    government", "на прошлой неделе", "sans précédent" nor "Kako je prethodno objavljeno, ... 17. novembra"."""
    before = SENTENCE_END.split(body[max(0, t.start - RECALL_REACH):t.start])[-1]
    _, nouns, stems, _, _ = _instance_words()
    times, previously = _time_words(), words("instance-previously")
    for m in _previous().finditer(before):
        if m.group().lower() in previously:  # "prethodno su se sastali 27. februara": a day before this event's;
            # not "previously scheduled events were cancelled Wednesday", a weekday of this week's
            if not re.search(r"[,;:]", before[m.end():]) and re.search(r"\d", t.text):
                return True
            continue
        following = [w.lower() for w in KIND_WORD.findall(before, m.end())][:PREVIOUS_REACH]
        if any(w not in times and (w in nouns or len(w) > 4 and w.startswith(stems)) for w in following):
            return True
    return False


def recalled_days(article: Article) -> tuple[str, ...]:
    """The days and months ("01-17") of the dates a text gives for earlier instances of its event's kind
    (``Signature.recalled``): its own event is another."""
    return tuple(sorted({m[1] for t in article.times if t.type == "DATE" and t.value
                         and (m := DAY_OF_DATE.match(t.value)) and _recalled(article.body, t)}))


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    "The words for a span or a time among the words for an instance: after \"previous\", no call or meeting."
    return words("instance-span") | words("instance-times")


@lru_cache(maxsize=1)
def _previous() -> re.Pattern[str]:
    found = words("instance-previous") | words("instance-previously")
    return re.compile(rf"(?<![\w'’-])(?:{alternatives(found)})(?!\w)", re.I)


def _when(article: Article) -> list:
    """The article's times that may say when its event happened: without those that name a thing of their
    time ("the statement of 9 November 2020", "the war of 2020", "since 2020"), nor the dates listed after one
    ("заявлений от 9 ноября 2020 г., 11 января и 26 ноября 2021 г."). Background names such things in every
    report of a story, whatever year it was written in."""
    out, thing_end = [], -1
    for t in sorted(article.times, key=lambda t: t.start):
        if thing_end >= 0 and LIST_BETWEEN.fullmatch(article.body[thing_end:t.start]) \
                or _names_another_day(article.body, t):
            thing_end = t.end
        else:
            thing_end = -1
            out.append(t)
    return out


def _modifies(body: str, t) -> bool:
    """Whether a date stands before a noun as its modifier: "the 2020 ceasefire agreement", "the November 9, 2020
    trilateral statement". In an opening, which says what happened now, such a date is background; further on
    it may name the event itself ("the 2008 quake"): ECB+ train+dev event B3 goes from 0.909 to 0.906 when such
    years are left out of a whole text's years too."""
    before = body[max(0, t.start - OF_DAY_REACH):t.start]
    return bool(DETERMINER_BEFORE.search(before) and (after := WORD_AFTER.match(body, t.end)) is not None
                and after["word"].lower() not in words("year-followers"))


def _weekday_apart(article: Article, t, opening_end: int) -> bool:
    "Whether the opening names a weekday or a near day (\"yesterday\") that is not beside the date, past its dateline."
    if t.start < past_dateline(article.body, 0, opening_end):
        return False
    pattern, _ = _weekday_pattern(article.language or "en")
    return any(not _beside(article.body, m.start(), m.end(), t.start, t.end)
               for m in [*pattern.finditer(article.body, 0, opening_end),
                         *NEAR_DAY.finditer(article.body, 0, opening_end)])


def _beside(text: str, start: int, end: int, date_start: int, date_end: int) -> bool:
    """Whether a weekday or "today" names the date beside it ("Thursday, Aug. 10", "jeudi 10 août", "в четверг,
    10 августа"): a few characters apart, with no word between longer than a preposition. "попушти на 11 јули,
    соопшти денеска" (gave way on 11 July, announced today) names two days."""
    between = text[end:date_start] if end <= date_start else text[date_end:start]
    return len(between) <= WEEKDAY_NEAR and not re.search(r"\w{4,}", DAY_WORDS.sub(" ", between))


def _within(day: str, published: str, days: int) -> bool:
    try:
        d, p = date.fromisoformat(day), date.fromisoformat(published)
    except ValueError:
        return False
    return p - timedelta(days=days) <= d <= p

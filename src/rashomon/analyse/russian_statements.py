"""Who said what in Russian news, read from the few phrasings it reports speech in.

Russian agencies attribute speech in fixed forms, so rules over the sentence and the
names natasha found (``analyse.russian``) read most of it without a parser:

- "Сергей Лавров заявил, что ..." and "Лавров подчеркнул: «...»": the name, the verb, the content;
- "«...», — заявил Лавров." and "..., сообщили в МИД": the content, the verb, the name;
- "По словам Лаврова, ...": the content after the name;
- "Он отметил, что ...": the last speaker of that gender, else the last person of it named.

The verb's past tense says the speaker's gender: "заявила" is not Lavrov.
"""

from __future__ import annotations

import re

from ..model import Article, Mention, Span, Statement
from ..vocabulary import words
from . import russian

# the verbs of saying, by the stem their past tense adds -л, -ла, -ли or -ло to, with their infinitives
VERBS = {"заяви": "заявить", "сообщи": "сообщить", "отмети": "отметить", "подчеркну": "подчеркнуть",
         "сказа": "сказать", "добави": "добавить", "указа": "указать", "поясни": "пояснить",
         "призва": "призвать", "опроверг": "опровергнуть", "отверг": "отвергнуть", "отрица": "отрицать",
         "назва": "назвать", "предупреди": "предупредить", "призна": "признать", "напомни": "напомнить",
         "констатирова": "констатировать", "уточни": "уточнить", "вырази": "выразить", "завери": "заверить",
         "обвини": "обвинить", "подтверди": "подтвердить", "потребова": "потребовать", "переда": "передать",
         "отклони": "отклонить", "оспори": "оспорить"}
PAST = re.compile(r"(?<![\w-])(?P<stem>" + "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
                  + r")(?P<end>л|ла|ли|ло|)(?:\s+(?:об\s+этом|это))?(?![\w-])", re.I)
ACCORDING = re.compile(r"(?:^|(?<=[\s,(]))(?:[Пп]о\s+словам|[Пп]о\s+данным|[Сс]огласно\s+заявлению)\s+", re.I)
PRONOUNS = {"он": "masc", "она": "femn"}
# "по словам Джейхуна Байрамова": a man's name in the genitive, which a dictionary may not know
MASCULINE_GENITIVE = re.compile(r"(?:ов|ев|ёв|ин|ын)а$")
MASCULINE_ENDING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$|(?<=[ае])я$")
QUOTES = "«»\"“”„"
SPEAKERS = ("PERSON", "ORG")
NEAR = 80  # characters between a name and its verb: titles and a day may stand between ("в среду")


def statements(article: Article) -> list[Statement]:
    """The statements of a Russian article whose entities were found (``analyse.russian``)."""
    people = [m for m in article.mentions if m.label == "PERSON"]
    out = []
    for sentence in article.sentences:
        text = article.body[sentence.start:sentence.end]
        names = [m for m in article.mentions if sentence.start <= m.start < sentence.end and m.label in SPEAKERS]
        found = _according(article, sentence.start, text, names)
        for verb in PAST.finditer(text):
            if found:
                break
            found = _said(article, sentence.start, text, verb, names, people, out)
        if found:
            out.append(found)
    return out


def _said(article: Article, offset: int, text: str, verb: re.Match, names: list[Mention],
          people: list[Mention], earlier: list[Statement]) -> Statement | None:
    start, end = offset + verb.start(), offset + verb.end()
    gender = "femn" if verb["end"] == "ла" else "masc" if verb["end"] == "л" else None
    cue = Span(start, start + len(verb["stem"]) + len(verb["end"]))
    base = VERBS[verb["stem"].lower()]
    # the one speaking is named in the nominative: "Байрамов в разговоре с Сергеем Лавровым заявил" is Bayramov
    before = [m for m in names if m.end <= start and start - m.end <= NEAR and _fits(m, gender) and _nominative(m)]
    after = [m for m in names if m.start >= end and m.start - end <= NEAR and _fits(m, gender)
             and m.text.split()[0].lower() not in words("ru-agencies")]  # "сообщил ТАСС": a channel
    rest = text[verb.end():]
    if before and not _clause_break(article.body[before[-1].end:start]):  # "Лавров заявил, что ..."
        speaker = before[-1]
        content = _content_after(offset + verb.end(), rest)
    elif after and _before_is_content(text[:verb.start()]):  # "«...», — заявил Лавров."
        speaker = next((m for m in after if m.label == "PERSON"), after[0])  # "заявил глава МИД Сергей Лавров"
        content = _content_before(offset, text[:verb.start()])
    elif pronoun := re.search(r"(?:^|\s)(он|она)\s*$", text[:verb.start()], re.I):
        who = _antecedent(PRONOUNS[pronoun[1].lower()], offset + pronoun.start(1), people, earlier)
        content = _content_after(offset + verb.end(), rest)
        if who is None or content is None:
            return None
        return _statement(article, content, cue, base, Span(offset + pronoun.start(1), offset + pronoun.end(1)), *who)
    else:
        return None
    if content is None:
        return None
    return _statement(article, content, cue, base, Span(speaker.start, speaker.end), speaker)


def _antecedent(gender: str, before: int, people: list[Mention],
                earlier: list[Statement]) -> tuple[Mention, str | None] | None:
    """Whom "он" or "она" stands for: the last speaker of that gender (by the name in the nominative,
    where the case form cannot tell: "Байрамова" may be a woman's name or a man's genitive), else the
    last person of that gender the article named."""
    for s in reversed(earlier):
        if s.speaker_kind == "person" and s.speaker_name and russian.name_gender(s.speaker_name) == gender:
            return next(((m, s.speaker_name) for m in people if m.start >= s.speaker.start and m.end <= s.speaker.end),
                        None) or (Mention(s.speaker.start, s.speaker.end, s.speaker_name, "PERSON"), s.speaker_name)
    last = next((m for m in reversed(people) if m.end <= before and _fits(m, gender)), None)
    return (last, None) if last else None


def _according(article: Article, offset: int, text: str, names: list[Mention]) -> Statement | None:
    "'По словам Лаврова, ...': what follows the name is what was said."
    m = ACCORDING.search(text)
    if m is None:
        return None
    speaker = next((n for n in names if n.start == offset + m.end()), None)
    comma = text.find(",", (speaker.end - offset) if speaker else m.end())
    if speaker is None or comma < 0:
        return None
    content = _content_after(offset + comma + 1, text[comma + 1:])
    if content is None:
        return None
    cue = Span(offset + m.start(), offset + m.start() + len(m.group().rstrip()))
    return _statement(article, content, cue, "по словам", Span(speaker.start, speaker.end), speaker, genitive=True)


def _statement(article: Article, content: Span, cue: Span, base: str, speaker: Span, who: Mention,
               name: str | None = None, genitive: bool = False) -> Statement:
    """The statement, its speaker named in the nominative (``name`` where already known)."""
    quoted = article.body[content.start] in QUOTES and article.body[content.end - 1] in QUOTES
    words = who.text.split()
    if genitive and who.label == "PERSON" and MASCULINE_GENITIVE.search(words[-1]):
        words = [MASCULINE_ENDING.sub(lambda e: "й" if e[0] == "я" else "", w) for w in words]
    name = name or russian.nominative(words, person=who.label == "PERSON")
    return Statement(content=content, cue=cue, kind="direct" if quoted else "indirect", cue_word=base,
                     speaker=speaker, speaker_name=name, speaker_kind="person" if who.label == "PERSON" else "body")


def _content_after(start: int, rest: str) -> Span | None:
    "What follows the verb: after 'что', a colon or a comma, to the end of the sentence."
    m = re.match(r"\s*(?:[,:]\s*)?(?:что\s+)?(?:—\s*)?", rest)
    body = rest[m.end():].rstrip(" .!?…")
    if len(body.split()) < 3:
        return None
    return Span(start + m.end(), start + m.end() + len(body))


def _content_before(offset: int, before: str) -> Span | None:
    "What precedes '..., — заявил X': the sentence up to the comma and dash."
    body = re.sub(r"[\s,—–-]+$", "", before)
    lead = len(body) - len(body.lstrip())
    if len(body.split()) < 3:
        return None
    return Span(offset + lead, offset + len(body))


def _before_is_content(before: str) -> bool:
    "The verb comes after what was said: '«...», — заявил' or '..., сообщил'."
    return bool(re.search(r"[,»\"”]\s*[—–-]?\s*(?:об\s+этом\s+)?$", before)) and len(before.split()) >= 3


def _clause_break(between: str) -> bool:
    "A name and a verb in different clauses: 'Лавров прибыл в Баку, где МИД сообщил ...'."
    return bool(re.search(r"[.;!?]|,\s*(?:где|который|которая|когда|а|но)\b", between))


def _nominative(m: Mention) -> bool:
    "Named in the nominative, as a subject is: 'Сергей Лавров', not 'Сергеем Лавровым'."
    return m.label != "PERSON" or russian.nominative(m.text.split(), person=True) == m.text


def _fits(m: Mention, gender: str | None) -> bool:
    """A speaker the verb's gender allows: "заявила" is said by a woman or a body, never by "Лавров"."""
    if gender is None or m.label != "PERSON":
        return True
    found = russian.name_gender(m.text)
    return found is None or found == gender

"""Who speaks in a transcript: lines opened by a speaker's label ("Вопрос:", "С.В.Лавров:", "Q:"); and who speaks a
quotation a label on the line before gives ("Минобороны Зелвании:" then "«Огонь вёлся ...»"), as channels post.

A ministry's transcript of a press conference, or an interview printed as questions and answers,
names its speaker once per turn, by a label before a colon, and then speaks in the first person:
"С.В.Лавров: Мы ожидаем, что ...". Sentence rules read such a turn as "Мы" speaking, or nobody,
and read the label "QUESTION" as a person. Here a document is a transcript when a line opens with
a question's label before a question and another line with a speaker's. A question asserts nothing,
so what was read in it is dropped unless it reports what someone named said; a turn opened by a
name is that person's: its first-person statements are theirs, and a turn no statement was read in
is one statement of theirs as a whole.
"""

from __future__ import annotations

import dataclasses
import re
import string
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..model import Mention, Span, Statement
from ..resources import language_stopwords, table
from ..vocabulary import listed_gender, words
from .entities import HONORIFIC, known_name
from .phrasings import trimmed
from .speakers import known_body

QUESTION_LABELS = words("question-labels")
ANSWER_LABELS = words("answer-labels")
FIRST_PERSON = words("first-person-pronouns")
# a line's own label, which names nobody: "Note:", "Photo:", "Source:", "Tags:"
LINE_LABELS = frozenset().union(*(words(k) for k in ("headline-labels", "source-labels", "tag-labels", "photo-words",
                                                      "date-line-words", "address-labels")))
# a line's label: up to four words or initials (a name, "QUESTION", "С.В.Лавров"), a colon, then what is said;
# Markdown may bold the label ("**Q:**")
LABEL = re.compile(r"^[ \t]*[*_]{0,2}[ \t]*(?P<label>[^\W\d_][\w.’'-]*(?:[ \t]+[^\W\d_][\w.’'-]*){0,3})"
                   r"[ \t]*[*_]{0,2}[ \t]*(?P<colon>[:：])[ \t]*[*_]{0,2}[ \t]*(?=\S)", re.M)
SENTENCE_END = re.compile(r"[.!?？]")
PARAGRAPH_END = re.compile(r"\n\s*\n")
INITIALS = re.compile(r"^(?:[^\W\d_]\.\s*)+")  # "С.В." of "С.В.Лавров", "M. " of "M. Zakharova"


class Turn(NamedTuple):
    "One speaker's turn: where its label and its words are, and who the label names (None for a question)."
    label: Span
    colon: int
    start: int  # the words after the label
    end: int  # where the next turn begins
    speaker: str | None
    question: bool


def turns(text: str, people: Sequence[str] = (), lang: str | None = None) -> list[Turn]:
    """The turns of a transcript, in order; none where the text is no transcript: no line opens with a question's
    label before a question ("QUESTION: ... ?"), or none with an answer's label or a name. A turn runs over the lines
    after it up to the next label, and the last one to the end of its paragraph: the text may go on in the reporter's
    words. ``people``: the names of people the text holds, in full."""
    found = []
    for m in LABEL.finditer(text):
        label = m.group("label")
        low = label.lower().rstrip(".")
        kind = "question" if low in QUESTION_LABELS else "answer" if low in ANSWER_LABELS else (
            "name" if _a_name(label, people, lang) else None)
        if kind is not None:
            found.append((m, kind))
    asked = any(k == "question" and "?" in text[m.end():_line_end(text, m.end())] for m, k in found)
    if not asked or all(k == "question" for _, k in found):
        return []  # "Reporter: Jana Novak / Editor: Petr Holub": credits, not a transcript
    out = []
    for i, (m, kind) in enumerate(found):
        if i + 1 < len(found):
            end = found[i + 1][0].start()
        else:
            paragraph = PARAGRAPH_END.search(text, m.end())
            end = paragraph.start() if paragraph else len(text)
        out.append(Turn(Span(m.start("label"), m.end("label")), m.start("colon"), m.end(), end,
                        _speaker(m.group("label"), people, text, m.start()) if kind == "name" else None,
                        kind == "question"))
    return out


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _a_name(label: str, people: Sequence[str], lang: str | None) -> bool:
    """Words that may name a person: each capitalised or initials, in a script with capitals, and no function word
    ("What Next"); one word only in capitals ("LAVROV"), after initials or an honorific ("С.В.Лавров", "Mr Miller") or
    as the surname of one the text names ("Miller"): "Editor" and "Kamera" are roles."""
    bare = INITIALS.sub("", label)
    parts = bare.split()
    if not parts or parts[0].lower().rstrip("s") in LINE_LABELS or parts[0].lower() in LINE_LABELS or \
            not all(p[:1].isupper() for p in parts) or not any(len(p.strip(".")) > 2 for p in parts) or \
            any(p.lower() in language_stopwords(lang or "en") for p in parts):
        return False
    named = HONORIFIC.sub("", bare.title() if bare.isupper() else bare)
    return len(parts) > 1 or bare != label or bare.isupper() or named != bare or \
        any(p.split()[-1] == parts[0] for p in people)


def _speaker(label: str, people: Sequence[str], text: str, at: int) -> str:
    """The name a label gives: without initials or an honorific ('С.В.Лавров' is 'Лавров', 'MR MILLER' 'Miller'),
    in full where the text names a person so, among ``people`` or after a given name ('Matthew Miller,
    Department Spokesperson'): the one named last before the label, else first after it."""
    name = INITIALS.sub("", label).strip() or label
    name = HONORIFIC.sub("", name.title() if name.isupper() else name)
    if " " in name:
        return name
    full = max((p for p in people if p.split()[-1] == name), key=len, default=None)
    if full is None:
        given = [g for g in re.finditer(rf"(?<!\w)([^\W\d_][\w'-]+)\s+{re.escape(name)}(?!\w)", text)
                 if listed_gender(g.group(1).lower())]  # "Matthew Miller"
        chosen = next((g for g in reversed(given) if g.start() < at), given[0] if given else None)
        full = f"{chosen.group(1)} {name}" if chosen else None
    return full or name


def in_transcript(text: str, found: Sequence[Statement], mentions: Sequence[Mention] = (),
                  lang: str | None = None) -> list[Statement]:
    """The statements read, as a transcript's turns say who spoke them: none in a question; in a named turn a
    first-person speaker, or the label itself, is the person named, and a turn without a statement of its own is one
    statement of theirs. Outside a transcript, the statements as they were."""
    all_turns = turns(text, [m.text for m in mentions if m.label == "PERSON"], lang)
    if not all_turns:
        return list(found)
    out: list[Statement] = []
    for s in found:
        turn = next((t for t in all_turns if t.label.start <= s.content.start < t.end), None)
        if turn is None:
            out.append(s)
        elif turn.question:  # a question asserts nothing, though it may report what another said
            if s.speaker_name and not (_labelled(s, all_turns) or s.speaker_name.lower() in FIRST_PERSON
                                       or _asked(text, s)):
                out.append(s)
        elif _labelled(s, all_turns) or turn.speaker and (s.speaker_name or "").lower() in FIRST_PERSON:
            if turn.speaker is None:
                continue  # "Answer:" names nobody, and a label read as the speaker is no one
            out.append(dataclasses.replace(s, speaker=turn.label, speaker_name=turn.speaker, speaker_kind="person",
                                           content=_after_label(s.content, turn)))
        else:
            out.append(dataclasses.replace(s, content=_after_label(s.content, turn)))
    for turn in all_turns:
        if turn.speaker and not any(turn.start <= s.content.start < turn.end for s in out):
            content = trimmed(text, turn.start, turn.end, lead="", tail=string.whitespace, least=1)
            if content is not None:
                out.append(Statement(content=content, cue=Span(turn.colon, turn.colon + 1), kind="direct",
                                     cue_word=":", speaker=turn.label, speaker_name=turn.speaker,
                                     speaker_kind="person"))
    return sorted(out, key=lambda s: s.content.start)


def _labelled(s: Statement, all_turns: list[Turn]) -> bool:
    """A statement whose speaker was read from a turn's label: 'QUESTION' speaking, 'A' as a name, or 'he' taken for
    the 'QUESTION' before it."""
    return (s.speaker_name or "").lower() in QUESTION_LABELS | ANSWER_LABELS or s.speaker is not None and any(
        t.label.start <= s.speaker.start < t.start for t in all_turns)


def _asked(text: str, s: Statement) -> bool:
    "A statement that a question asks about ('Does Moscow think the road will open?') rather than reports."
    end = SENTENCE_END.search(text, s.content.end - 1)
    return end is not None and end.group() == "?"


def _after_label(content: Span, turn: Turn) -> Span:
    "Content that opened with the turn's own label ('A: The talks will go on') starts after it."
    return Span(max(content.start, turn.start), content.end) if content.start < turn.start < content.end else content


# a line that is a label alone, and the quotation that opens the next paragraph: "Минобороны Зелвании:\n\n«...»",
# as channels post a statement; or a quotation after the label on its line ("Глава села Павел Дроздин: «...»")
LABELLED_QUOTE = re.compile(r"^[ \t]*[*_]{0,2}(?P<label>[^\W\d_][\w.’'-]*(?:[ \t]+[^\W\d_][\w.’'-]*){0,5})[*_]{0,2}"
                            r"[ \t]*[:：][ \t]*[*_]{0,2}[ \t]*(?:\n\s*)?(?P<quote>[«“„\"][^\n]+)$", re.M)


def labelled_quotes(text: str, found: Sequence[Statement], lang: str | None = None) -> list[Statement]:
    """The statements read, and a quotation no statement with a speaker holds that a label gives its speaker: on the
    line before it, alone, or before it on its line in two words or more; capitalised, no line's own label ("Photo:")
    nor a place ("Rostov: „...“"). A person where a word of the label is a given name the lists know, a body the data
    knows; no other label: a section's ("Background:") or a day's ("Ponedeljak:") is no speaker."""
    out = list(found)
    for m in LABELLED_QUOTE.finditer(text):
        label = m.group("label")
        words_ = label.split()
        alone = "\n" in text[m.end("label"):m.start("quote")]
        if words_[0].lower() in LINE_LABELS or any(w.lower() in language_stopwords(lang or "en") for w in words_) or \
                not words_[-1][:1].isupper() or not alone and len(words_) < 2 or _a_place(label):
            continue  # "Rostov: „Grad je bez struje“": a town heads the line
        quote = trimmed(text, m.start("quote"), m.end("quote"), lead="", tail=string.whitespace, least=2)
        if quote is None:
            continue
        held = [k for k, s in enumerate(out) if s.content.start < quote.end and quote.start < s.content.end]
        if any(out[k].speaker_name for k in held):
            continue
        kind = "person" if any(listed_gender(w.lower()) for w in words_) else "body" if _a_body(label) else None
        if kind is None:
            continue  # "Background:", "Eyewitness Accounts:", "Ponedeljak:": a section's or a day's label
        colon = re.search(r"[:：]", text[m.end("label"):m.start("quote")]).start() + m.end("label")
        said = Statement(content=quote, cue=Span(colon, colon + 1), kind="direct", cue_word=":",
                         speaker=Span(m.start("label"), m.end("label")), speaker_name=label, speaker_kind=kind)
        out = [s for k, s in enumerate(out) if k not in held] + [said]  # a speaker for a quotation read without one
    return sorted(out, key=lambda s: s.content.start)


def _a_place(label: str) -> bool:
    known = known_name(label)
    return known is not None and known[1] in ("GPE", "LOC", "FAC")


def _a_body(label: str) -> bool:
    "A label that names a body: a place or body the gazetteer knows, or a form of ``bodies.tsv`` (\"Минобороны\")."
    return known_body(label) or any(p.search(label) for p in _body_forms())


@cache
def _body_forms() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rf"(?<!\w)(?:{row['forms']})(?!\w)", re.I) for row in table("bodies.tsv"))

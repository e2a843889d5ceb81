"""An article's body cut into marked-up pieces: paragraphs, sentences, and within them the
statements, entities, amounts, times and marked words the analysis found.

Annotations are offsets into the body (STYLE practice 2) and may overlap, so the body is cut at
every boundary and each piece lists every annotation it is inside. The template escapes each
piece's text; nothing here builds markup.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from ..entity_classes import is_value

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
ENTITY_CLASS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    cls: str  # CSS class: quote, cue, speaker, entity person, amount, time, marked loaded
    title: str = ""  # what a reader sees on hover
    entity_id: int | None = None  # links the piece to the entity's page


def marks(article: dict, statements: list[dict], marked: list[dict]) -> list[Mark]:
    "Every annotation of the article (the export's fields) as a Mark."
    out = []
    for s in statements:
        who = s.get("entity_name") or s.get("speaker_name") or "unattributed"
        out.append(Mark(s["content"]["start"], s["content"]["end"], f"quote {s['kind']}", f"{s['kind']} statement: {who}"))
        for part, cls in (("cue", "cue"), ("speaker", "speaker")):
            if s.get(part):
                out.append(Mark(s[part]["start"], s[part]["end"], cls, f"{cls}: {who}"))
    for m in article["mentions"]:
        if not is_value(m["label"]):
            out.append(Mark(m["start"], m["end"], f"entity {ENTITY_CLASS.get(m['label'], 'other')}", m["label"],
                            m["entity_id"]))
    for q in article["quantities"]:
        what = " ".join(str(x) for x in (q["value"], q["unit"], q["counts"]) if x is not None)
        out.append(Mark(q["start"], q["end"], "amount", f"amount: {what}" + (" (approximate)" if q["approximate"] else "")))
    for t in article["times"]:
        out.append(Mark(t["start"], t["end"], "time", f"{t['type'].lower()}: {t['value'] or 'not resolved'}"))
    for w in marked:
        out.append(Mark(w["start"], w["end"], f"marked {w['kind']}", f"{w['kind']} word"))
    return out


class Overlaps:
    """The marks that overlap each span, for spans asked in text order: one sweep over the marks,
    not a scan of them all per sentence (a long article has thousands of each)."""

    def __init__(self, found: list[Mark]):
        self.marks = sorted((m for m in found if m.start < m.end), key=lambda m: m.start)
        self.next = 0
        self.active: list[Mark] = []

    def over(self, start: int, end: int) -> list[Mark]:
        while self.next < len(self.marks) and self.marks[self.next].start < end:
            self.active.append(self.marks[self.next])
            self.next += 1
        self.active = [m for m in self.active if m.end > start]
        return [m for m in self.active if m.start < end]


def pieces(text: str, offset: int, found: list[Mark]) -> list[dict]:
    """``text`` (the body from ``offset``) cut at every mark's boundary; each piece with the classes,
    titles and entity of the marks it is inside."""
    end = offset + len(text)
    inside = [m for m in found if m.start < end and m.end > offset and m.start < m.end]
    cuts = sorted({offset, end, *(max(m.start, offset) for m in inside), *(min(m.end, end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        over = [m for m in inside if m.start <= a and m.end >= b]
        entity = next((m.entity_id for m in over if m.entity_id is not None), None)
        out.append({"text": text[a - offset:b - offset], "classes": " ".join(dict.fromkeys(m.cls for m in over)),
                    "title": "; ".join(dict.fromkeys(m.title for m in over if m.title)), "entity_id": entity})
    return out


def paragraphs(article: dict, found: list[Mark]) -> list[list[dict]]:
    """Paragraphs of the body, each a list of blocks: a sentence (``n``, its index, to link to) or
    the text between sentences; each block holds its pieces."""
    body, sentences = article["body"], article["sentences"]
    overlaps = Overlaps(found)
    cut = lambda a, b: pieces(body[a:b], a, overlaps.over(a, b))  # noqa: E731
    breaks = [m.span() for m in PARAGRAPH_BREAK.finditer(body)]
    out: list[list[dict]] = [[]]
    cursor, spans = 0, [(s["start"], s["end"], i) for i, s in enumerate(sentences)] + [(len(body), len(body), None)]
    for start, end, n in spans:
        for gap_start, gap_end in _split(cursor, start, breaks):
            if gap_start is None:
                out.append([])
            elif gap_end > gap_start:
                out[-1].append({"n": None, "pieces": cut(gap_start, gap_end)})
        if n is not None:
            out[-1].append({"n": n, "pieces": cut(start, end)})
        cursor = max(cursor, end)
    return [p for p in out if p]


def _split(start: int, end: int, breaks: list[tuple[int, int]]) -> list[tuple[int | None, int | None]]:
    "The text between two sentences, cut at paragraph breaks (left out); (None, None) stands for a break."
    out, cursor = [], start
    for b_start, b_end in breaks[bisect_left(breaks, (start,)):bisect_left(breaks, (end,))]:
        out += [(cursor, b_start), (None, None)]
        cursor = min(b_end, end)
    out.append((cursor, end))
    return out

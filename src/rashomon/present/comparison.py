"""A comparison as a page: JSON (the documented schema), Markdown and one self-contained HTML file."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Callable
from dataclasses import asdict

from markupsafe import Markup, escape

from ..version import __version__
from ..compare import Comparison, Evidence
from ..compare.align import WORD
from ..model import Article
from ..safe import markdown_text, visible
from .charts import timeline_chart
from .html import environment

FORMATS = ("html", "md", "json")
ABOUT_CHARS = 200  # a dispute's label in a report; the JSON gives all of it
ENTITY_OR_WORD = re.compile(rf"(?P<entity>&#?\w+;)|(?P<word>{WORD.pattern})")
EMPTY = {  # what a section with nothing in it says, in the HTML page and in Markdown alike
    "conflicts": "No conflicting numbers, dates, degrees, actors or negations found between sentences of one event.",
    "disputes": "No denial found that answers what another sentence asserts.",
    "agreed": "No claim is made by two independent sources.",
    "single": "Every claim is made by more than one source.",
    "wording": "No shared claims to compare the wording of.",
    "contrasts": "No action or thing named in different words by two sources.",
    "marked": "No loaded, evaluative, scare-quoted or hedging words found.",
    "timeline": "No dated events found.",
}
SECTIONS = {"## Contested": "conflicts", "## Disputes between parties": "disputes", "## Agreed (worded differently)": "agreed",
            "## Only one source": "single", "## Wording": "wording", "## Same thing, other words": "contrasts",
            "## Marked words": "marked", "## Timeline": "timeline"}  # the Markdown headings of EMPTY's sections


def comparison_dict(c: Comparison, label: str) -> dict:
    """The comparison as the JSON export documents it (docs/schema.md, 'comparison')."""
    return {"label": label, **asdict(c)}


def comparison_json(c: Comparison, label: str) -> str:
    return json.dumps({"generator": f"rashomon {__version__}", **comparison_dict(c, label)}, ensure_ascii=False,
                      indent=1)


def page_data(c: Comparison, articles: list[Article], label: str) -> dict:
    """Everything the HTML template shows, with each finding linked to its sentence."""
    by_id = {a.id: a for a in articles}
    letters = {a["id"]: string.ascii_uppercase[i % 26] + ("" if i < 26 else str(i // 26)) for i, a in enumerate(c.articles)}
    status: dict[tuple[str, int], str] = {}
    for claim in c.claims:
        for e in claim.evidence:
            status[(e.article_id, e.sentence)] = claim.verdict
    texts = []
    for a in c.articles:
        art = by_id[a["id"]]
        paragraphs, current, last_end = [], [], 0
        for i, s in enumerate(art.sentences):
            if "\n\n" in art.body[last_end:s.start] and current:
                paragraphs.append(current)
                current = []
            current.append({"n": i, "text": art.body[s.start:s.end], "status": status.get((a["id"], i), "")})
            last_end = s.end
        if current:
            paragraphs.append(current)
        texts.append({**a, "letter": letters[a["id"]], "paragraphs": paragraphs})
    single: dict[str, list] = {}
    for claim in c.claims:
        if claim.verdict == "single-source":
            single.setdefault(claim.evidence[0].article_id, []).append(claim)
    marked: dict[str, dict[str, list[str]]] = {}
    for m in c.marked:
        marked.setdefault(m.evidence.article_id, {}).setdefault(m.kind, []).append(m.word)
    return {
        "label": label, "generator": f"rashomon {__version__}", "seconds": c.seconds, "sources": texts,
        "letters": letters, "groups": [g for g in c.source_groups if len(g) > 1],
        "contested": [cl for cl in c.claims if cl.verdict == "contested" and cl.independent_sources > 1],
        "corroborated": sorted((cl for cl in c.claims if cl.verdict == "corroborated"),
                               key=lambda cl: -cl.independent_sources),
        "single": single, "conflicts": c.conflicts, "disputes": c.disputes,
        "uncertain": _hidden_html(c.uncertain) if c.uncertain else "",
        "wordings": c.wordings, "contrasts": c.contrasts,
        "marked": {aid: {k: sorted(set(v)) for k, v in kinds.items()} for aid, kinds in marked.items()},
        "names": c.names, "voices": c.voices, "timeline": timeline_picture(c), "empty": EMPTY, "counts": {
            "corroborated": sum(cl.verdict == "corroborated" for cl in c.claims),
            "single": sum(cl.verdict == "single-source" for cl in c.claims),
            "contested": sum(cl.verdict == "contested" for cl in c.claims),
            "independent": len(c.source_groups)},
    }


def mark(text: str, word: str) -> Markup:
    """The text, escaped and with controls shown, with the first whole-word occurrence of ``word`` in <mark>."""
    text = visible(text)
    m = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
    if m is None:
        return escape(text)
    return escape(text[:m.start()]) + Markup("<mark>") + escape(m.group()) + Markup("</mark>") + escape(text[m.end():])


def anchor(e: Evidence) -> str:
    return sentence_anchor(e.article_id, e.sentence)


def sentence_anchor(article_id: str, sentence: int) -> str:
    "The id of a sentence on a comparison page."
    return f"s-{article_id[:8]}-{sentence}"


def timeline_picture(c: Comparison, width: int = 1000) -> dict:
    """The timeline as the web app draws it (``charts.timeline_chart``), each entry linked to its
    sentence on this page."""
    chart = timeline_chart([asdict(t) for t in c.timeline], width)
    for e in chart["entries"]:
        e["anchor"] = sentence_anchor(e["article_id"], e["sentence"])
    return chart


def _in_bold(text: str, only: tuple[str, ...], md: Callable[[str], str]) -> str:
    """The sentence as Markdown, the words only it uses (``Wording.only_a``) in bold; every other character
    escaped as ``md`` escapes it. An entity ("&lt;") is read whole, as ``md`` reads it in a whole sentence."""
    bold, out, at = {w.lower() for w in only}, [], 0
    text = " ".join(text.split())
    for m in ENTITY_OR_WORD.finditer(text):
        out.append(_escaped(text[at:m.start()], md))
        word = md(m.group())
        out.append(f"**{word}**" if m.group("word") and m.group().lower() in bold else word)
        at = m.end()
    return "".join(out) + _escaped(text[at:], md)


def _escaped(text: str, md: Callable[[str], str]) -> str:
    "``md`` of each run of non-space characters: it would drop the spaces at the ends of a piece."
    return re.sub(r"\S+", lambda m: md(m.group()), text)


def hidden(n: int) -> str:
    "What a report says of the uncertain findings it leaves out, and how to see them."
    if n == 1:
        return "1 uncertain conflict or dispute is not shown; `rashomon compare --all` shows it."
    return f"{n} uncertain conflicts or disputes are not shown; `rashomon compare --all` shows them."


def _hidden_html(n: int) -> Markup:
    "``hidden`` with its command as code."
    before, command, after = hidden(n).split("`")
    return Markup("{}<code>{}</code>{}").format(before, command, after)


def shortened(text: str, limit: int = ABOUT_CHARS) -> str:
    "A label cut at a word before ``limit`` characters: what a long quote a denial answers is about, at a glance."
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"


def _confidence(finding) -> str:
    return f"confidence {finding.score:.2f}" + ("" if finding.confident else ", uncertain")


def render_html(c: Comparison, articles: list[Article], label: str) -> str:
    env = environment()
    env.globals["anchor"] = anchor
    env.filters["mark"] = mark
    env.filters["shortened"] = shortened
    return env.get_template("compare.html").render(**page_data(c, articles, label))


def render_markdown(c: Comparison, label: str) -> str:
    md = markdown_text  # every value from the articles goes through it: no HTML, links or broken lines
    letters = {a["id"]: string.ascii_uppercase[i % 26] for i, a in enumerate(c.articles)}
    # "**A** (Reuters)"; "**B** (unknown outlet)" is in brackets already
    cite = lambda e: f"**{letters[e.article_id]}** " + (  # noqa: E731
        md(e.outlet) if (e.outlet or "").startswith("(") else f"({md(e.outlet or '?')})")
    words = lambda ws: md(", ".join(ws))  # noqa: E731
    nothing_else = "_(no word the other lacks)_"
    out = [f"# {md(label)}", "", "## Sources", ""]
    for a in c.articles:
        out.append(f"- **{letters[a['id']]}** {md(a['outlet'] or '?')}, {md(a['published'] or 'undated')}: "
                   f"{md(a['title'] or '(no title)')} `{a['id'][:8]}`")
    copies = [g for g in c.source_groups if len(g) > 1]
    for g in copies:
        out.append(f"- {', '.join(letters[i] for i in g)} share most of their text and count as one source")
    out += ["", "## Contested", ""]
    for conflict in c.conflicts:
        out += [f"- **{md(conflict.kind)}**: {md(conflict.detail)} ({_confidence(conflict)})",
                f"  - {cite(conflict.a)}: {md(conflict.a.text)}", f"  - {cite(conflict.b)}: {md(conflict.b.text)}"]
    out += ["", "## Disputes between parties", ""]
    for d in c.disputes:
        out.append(f"- **Denied**: {md(shortened(d.about))} ({_confidence(d)})")
        for side, positions in (("denies", d.denials), ("asserts", d.claims)):
            for p in positions:
                out.append(f"  - {side}: {md(p.holder or 'the outlet itself')} in {cite(p.evidence)}: {md(p.evidence.text)}")
    if c.uncertain:
        out += ["", hidden(c.uncertain)]
    shared = [claim for claim in c.claims if claim.verdict == "contested" and claim.independent_sources > 1]
    if shared:
        out += ["", "Contested claims that several sources make:", ""]
        for claim in shared:
            out.append(f"- {claim.independent_sources} independent sources:")
            out += [f"  - {cite(e)}: {md(e.text)}" for e in claim.evidence]
    out += ["", "## Agreed (worded differently)", ""]
    for claim in c.claims:
        if claim.verdict == "corroborated":
            out.append(f"- {claim.independent_sources} independent sources:")
            out += [f"  - {cite(e)}: {md(e.text)}" for e in claim.evidence]
    out += ["", "## Only one source", ""]
    for claim in c.claims:
        if claim.verdict == "single-source":
            out.append(f"- {cite(claim.evidence[0])}: {md(claim.evidence[0].text)}")
    out += ["", "## Wording", ""]
    if c.wordings:
        out += ["One claim as two sources word it; in bold, the words only that source uses.", ""]
    for w in c.wordings:
        out.append(f"- {cite(w.a)} and {cite(w.b)}:")
        out += [f"  - **{letters[e.article_id]}**: {_in_bold(e.text, only, md)}" + ("" if only else f" {nothing_else}")
                for e, only in ((w.a, w.only_a), (w.b, w.only_b))]
        if w.agent_a or w.agent_b:
            out.append(f"  - who acts: {md(w.agent_a or '?')} / {md(w.agent_b or '?')}")
    out += ["", "## Same thing, other words", ""]
    for x in c.contrasts:
        out += [f"- “{md(x.word_a)}” ({letters[x.a.article_id]}) against “{md(x.word_b)}” ({letters[x.b.article_id]})",
                f"  - {cite(x.a)}: {md(x.a.text)}", f"  - {cite(x.b)}: {md(x.b.text)}"]
    out += ["", "## Marked words", ""]
    for m in c.marked:
        out.append(f"- {cite(m.evidence)} {md(m.kind)}: “{md(m.word)}”")
    out += ["", "## Timeline", ""]
    for t in c.timeline:
        disputed = f" (disputed: {words(t.disputed_by)})" if t.disputed_by else ""
        out.append(f"- **{md(t.value)}**{disputed}: {md(t.label)} — {words(sorted({e.outlet or '?' for e in t.evidence}))}")
    return "\n".join(_say_when_empty(out)) + "\n"


def _say_when_empty(lines: list[str]) -> list[str]:
    "A section with nothing in it says so (``EMPTY``), rather than leave a heading over a gap."
    out: list[str] = []
    pending = None  # the section whose heading nothing has followed yet
    for line in [*lines, "## "]:  # the last heading closes the last section
        if line.startswith("## "):
            if pending:
                out += ["", f"_{EMPTY[pending]}_", ""]
            pending = SECTIONS.get(line)
        elif line:
            pending = None
        out.append(line)
    out.pop()
    return [x for i, x in enumerate(out) if x or not (i and not out[i - 1])]  # one blank line between parts

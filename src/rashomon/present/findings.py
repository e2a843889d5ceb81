"""A comparison (the export's dict) as sections of findings for a page.

One generic view serves every kind of finding: whatever cites sentences (``a``/``b`` evidence, an
``evidence`` list) is shown as links to those sentences, and its other fields as facts, so a new
kind of finding or a new field (a confidence, the features behind it) appears on the page
without a template change. Titles and the order of sections are kept here, in one place.
"""

from __future__ import annotations

import string
from collections import defaultdict

# comparison field -> section title and what the page says when the section is empty
TITLES = {
    "conflicts": ("Where sources contradict each other", "No conflicting numbers, dates, actors or denials found."),
    "disputes": ("Where the parties dispute each other", "No party disputes what another says."),
    "contested": ("Contested claims that several sources make", "No claim that several sources make is contested."),
    "corroborated": ("What several sources say", "No claim is made by two independent sources."),
    "contrasts": ("The same thing in other words", "No action or thing named in different words by two sources."),
    "wordings": ("How each source words what they share", "No shared claims to compare the wording of."),
}
ORDER = ("conflicts", "disputes", "contested", "corroborated", "contrasts", "wordings")
SHOWN_APART = {"articles", "source_groups", "claims", "marked", "names", "voices", "timeline"}  # own sections
HEADLINE = ("kind", "concept", "detail")  # fields that name a finding, in this order
HIDDEN = {"id", "claim_id", "verdict"}
LABELS = {
    "confidence": "confidence", "score": "match score", "independent_sources": "independent sources",
    "only_a": "only in the first", "only_b": "only in the second", "agent_a": "who acts in the first",
    "agent_b": "who acts in the second", "word_a": "first says", "word_b": "second says",
    "conflicts": "contested over", "disputed_by": "disputed by",
}
MAX_SHOWN = {"corroborated": 40, "wordings": 40}  # the rest are in the JSON
MAX_SINGLE = 25  # single-source claims listed per article


def letters(c: dict) -> dict[str, str]:
    "Article id -> A, B, ... Z, A1, ...: how the page names each source."
    return {a["id"]: string.ascii_uppercase[i % 26] + ("" if i < 26 else str(i // 26))
            for i, a in enumerate(c.get("articles", []))}


def is_evidence(value) -> bool:
    return isinstance(value, dict) and {"article_id", "sentence", "text"} <= value.keys()


def is_findings(value) -> bool:
    "A list of findings: dicts each citing at least one sentence."
    return isinstance(value, list) and all(isinstance(f, dict) and any(
        is_evidence(v) or (isinstance(v, list) and v and all(is_evidence(x) for x in v)) for v in f.values())
        for f in value)


def finding(f: dict, names: dict[str, str]) -> dict:
    """One finding for a page: its headline, its confidence, its other fields as facts, and the
    sentences it cites (each with its source's letter)."""
    evidence, facts = [], []
    for key, value in f.items():
        if is_evidence(value):
            evidence.append({**value, "letter": names.get(value["article_id"], "?")})
        elif isinstance(value, list) and value and all(is_evidence(x) for x in value):
            evidence += [{**x, "letter": names.get(x["article_id"], "?")} for x in value]
        elif key not in HEADLINE and key not in HIDDEN and key != "confidence":
            shown = fact(value)
            if shown:
                facts.append({"key": key, "label": LABELS.get(key, key.replace("_", " ")), "value": shown})
    return {"headline": " · ".join(str(f[k]) for k in HEADLINE if f.get(k)), "verdict": f.get("verdict"),
            "confidence": f.get("confidence"), "facts": facts, "evidence": evidence}


def fact(value) -> str:
    "A field's value as a short text: numbers rounded, lists joined, a dict as name=value pairs."
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {fact(v)}" for k, v in value.items() if fact(v))
    if isinstance(value, list):
        items = [(v.get("kind") or v.get("detail") or "") if isinstance(v, dict) else fact(v) for v in value]
        return ", ".join(dict.fromkeys(i for i in items if i))
    return str(value)


def sections(c: dict) -> list[dict]:
    """The comparison's findings, section by section: the known ones in ORDER, then any other list
    of findings the comparison holds, under its field name."""
    names = letters(c)
    claims = c.get("claims", [])
    picked = {"contested": [cl for cl in claims if cl["verdict"] == "contested" and cl["independent_sources"] > 1],
              "corroborated": sorted((cl for cl in claims if cl["verdict"] == "corroborated"),
                                     key=lambda cl: (-cl["independent_sources"], -(cl.get("confidence") or cl["score"])))}
    keys = [k for k in ORDER if k in picked or k in c]
    keys += [k for k, v in c.items() if k not in ORDER and k not in SHOWN_APART and v and is_findings(v)]
    out = []
    for key in keys:
        items = picked[key] if key in picked else c[key]
        title, empty = TITLES.get(key, (key.replace("_", " ").capitalize(), "None found."))
        limit = MAX_SHOWN.get(key, len(items))
        out.append({"key": key, "title": title, "empty": empty, "total": len(items),
                    "findings": [finding(f, names) for f in items[:limit]]})
    return out


def single_source(c: dict) -> dict[str, dict]:
    """Article id -> the claims only it makes: a total and the first MAX_SINGLE, as findings."""
    names = letters(c)
    found: dict[str, list] = defaultdict(list)
    for cl in c.get("claims", []):
        if cl["verdict"] == "single-source":
            found[cl["evidence"][0]["article_id"]].append(cl)
    return {aid: {"total": len(cls), "findings": [finding(cl, names) for cl in cls[:MAX_SINGLE]]}
            for aid, cls in found.items()}


def marked_by_article(c: dict) -> dict[str, dict[str, list[str]]]:
    "Article id -> kind -> the marked words it uses, each once."
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in c.get("marked", []):
        words = out[m["evidence"]["article_id"]][m["kind"]]
        if m["word"] not in words:
            words.append(m["word"])
    return {aid: dict(kinds) for aid, kinds in out.items()}


def counts(c: dict) -> dict[str, int]:
    claims = c.get("claims", [])
    out = {verdict: sum(cl["verdict"] == verdict for cl in claims)
           for verdict in ("corroborated", "single-source", "contested")}
    out["independent sources"] = len(c.get("source_groups", []))
    for key in ("conflicts", "disputes"):
        if key in c:
            out[key] = len(c[key])
    return out


def story_view(c: dict) -> dict:
    "Everything the story page shows of a comparison, derived from its dict."
    return {"letters": letters(c), "sections": sections(c), "single": single_source(c),
            "marked": marked_by_article(c), "counts": counts(c),
            "groups": [g for g in c.get("source_groups", []) if len(g) > 1]}

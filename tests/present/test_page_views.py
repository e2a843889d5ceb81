"""What the web pages derive from their data: findings of any kind, highlighted bodies, charts."""

from __future__ import annotations

from rashomon.present import charts, findings, highlight
from rashomon.present.pages import snippet_parts


def ev(article_id: str, sentence: int, text: str = "It fell by 40 percent.") -> dict:
    return {"article_id": article_id, "outlet": article_id.title(), "sentence": sentence, "start": 0, "end": len(text),
            "text": text}


COMPARISON = {
    "articles": [{"id": "herald", "outlet": "Herald"}, {"id": "ledger", "outlet": "Ledger"}],
    "source_groups": [["herald"], ["ledger"]],
    "claims": [{"id": 0, "evidence": [ev("herald", 1), ev("ledger", 2)], "verdict": "contested", "independent_sources": 2,
                "score": 0.61, "conflicts": [{"kind": "number"}]},
               {"id": 1, "evidence": [ev("ledger", 3)], "verdict": "single-source", "independent_sources": 1, "score": 1.0,
                "conflicts": []}],
    "conflicts": [{"kind": "number", "detail": "40 percent vs a third", "a": ev("herald", 1), "b": ev("ledger", 2)}],
    "marked": [{"word": "blockade", "kind": "loaded", "evidence": ev("herald", 1)}],
    "timeline": [], "names": {}, "voices": {},
}


def test_a_new_kind_of_finding_and_new_fields_show_without_a_template_change():
    c = {**COMPARISON,
         "disputes": [{"parties": ["Veldra", "Durmania"], "confidence": 0.83, "features": {"negation": 1.0, "overlap": 0.4},
                       "a": ev("herald", 1), "b": ev("ledger", 2)}],
         "rumours": [{"detail": "unconfirmed", "evidence": [ev("ledger", 3)]}]}
    c["claims"] = [{**cl, "confidence": 0.7} for cl in c["claims"]]
    shown = {s["key"]: s for s in findings.sections(c)}
    assert list(shown) == ["conflicts", "disputes", "contested", "corroborated", "rumours"]
    dispute = shown["disputes"]["findings"][0]
    assert shown["disputes"]["title"] == "Where the parties dispute each other" and dispute["confidence"] == 0.83
    assert {"label": "parties", "key": "parties", "value": "Veldra, Durmania"} in dispute["facts"]
    assert {"label": "features", "key": "features", "value": "negation 1.00, overlap 0.40"} in dispute["facts"]
    assert [e["letter"] for e in dispute["evidence"]] == ["A", "B"]
    assert shown["rumours"]["title"] == "Rumours" and shown["rumours"]["findings"][0]["headline"] == "unconfirmed"
    assert shown["contested"]["findings"][0]["confidence"] == 0.7


def test_sections_absent_from_the_comparison_are_not_shown_and_claims_are_split_by_verdict():
    view = findings.story_view(COMPARISON)
    assert [s["key"] for s in view["sections"]] == ["conflicts", "contested", "corroborated"]
    assert view["single"]["ledger"]["total"] == 1 and view["marked"] == {"herald": {"loaded": ["blockade"]}}
    assert view["counts"] == {"corroborated": 0, "single-source": 1, "contested": 1, "independent sources": 2,
                              "conflicts": 1}


def test_highlighted_pieces_cover_the_body_once_and_carry_every_overlapping_mark():
    body = "Marrek said 120,000 people left on Tuesday.\n\nThe dam stayed shut."
    article = {"body": body, "sentences": [{"start": 0, "end": 43}, {"start": 45, "end": len(body)}],
               "mentions": [{"start": 0, "end": 6, "label": "PERSON", "entity_id": 7},
                            {"start": 12, "end": 19, "label": "CARDINAL", "entity_id": 9}],
               "quantities": [{"start": 12, "end": 26, "value": 120000.0, "unit": None, "counts": "people",
                               "approximate": False}],
               "times": [{"start": 35, "end": 42, "type": "DATE", "value": "2025-03-04"}]}
    statements = [{"kind": "indirect", "content": {"start": 12, "end": 42}, "cue": {"start": 7, "end": 11},
                   "speaker": {"start": 0, "end": 6}, "entity_name": "Ilse Marrek"}]
    marks = highlight.marks(article, statements, [{"start": 49, "end": 52, "word": "dam", "kind": "loaded"}])
    paragraphs = highlight.paragraphs(article, marks)
    assert len(paragraphs) == 2 and [b["n"] for b in paragraphs[1]] == [1]
    text = "".join(p["text"] for para in paragraphs for block in para for p in block["pieces"])
    assert text == body.replace("\n\n", "")
    pieces = {p["text"]: p for para in paragraphs for block in para for p in block["pieces"]}
    assert pieces["Marrek"]["entity_id"] == 7 and "speaker" in pieces["Marrek"]["classes"]
    assert pieces["120,000 people"]["classes"] == "quote indirect amount"  # the CARDINAL mention is no entity
    assert "time" in pieces["Tuesday"]["classes"] and "2025-03-04" in pieces["Tuesday"]["title"]
    assert pieces["dam"]["classes"] == "marked loaded"


def test_coverage_bars_stack_per_day_and_the_timeline_places_dates_in_order():
    chart = charts.coverage_chart({"days": ["2025-03-04", "2025-03-05"], "series": [
        {"outlet": "Herald", "counts": [2, 0]}, {"outlet": "Ledger", "counts": [1, 1]}], "undated": 0})
    assert [b["title"] for b in chart["bars"]] == ["2025-03-04: 2 from Herald", "2025-03-04: 1 from Ledger",
                                                  "2025-03-05: 1 from Ledger"]
    first_day = [b for b in chart["bars"] if b["title"].startswith("2025-03-04")]
    assert first_day[1]["y"] + first_day[1]["h"] == first_day[0]["y"]  # stacked
    line = charts.timeline_chart([{"value": "2025-03", "label": "x", "evidence": [ev("herald", 1)]},
                                  {"value": "1998", "label": "y", "evidence": [ev("ledger", 2)]},
                                  {"value": "PRESENT_REF", "label": "z", "evidence": [ev("ledger", 3)]},
                                  {"value": "197", "label": "the 1970s", "evidence": [ev("ledger", 4)]}])
    assert [e["value"] for e in line["entries"]] == ["1998", "2025-03"] and line["entries"][0]["x"] < line["entries"][1]["x"]


def test_search_snippets_come_as_parts():
    assert snippet_parts("…the \ue000dam\ue001 gates…") == [
        {"text": "…the ", "match": False}, {"text": "dam", "match": True}, {"text": " gates…", "match": False}]

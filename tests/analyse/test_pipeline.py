"""The pipeline: a failing stage never loses an article; long texts are parsed in pieces."""

from __future__ import annotations

import pytest

from rashomon import Options, analyze
from rashomon.analyse import pipeline
from rashomon.analyse.nlp import chunks, parse_in_chunks
from rashomon.analyse.pipeline import Pipeline, record_error, stage
from rashomon.errors import StageError
from rashomon.model import Article, Problem
from rashomon.runner import Events

BODY = "The minister said on Monday that the talks about the dam on the river would resume soon."


@stage("failing.test", requires=["language"], assigns=["nothing"])
def _failing(article: Article, ctx) -> Article:
    raise KeyError("2W")


def test_by_default_a_failing_stage_raises_naming_itself():
    with pytest.raises(StageError, match="stage failing.test failed: KeyError: '2W'"):
        Pipeline(["language.v1", "failing.test"])(Article("a", "a.txt", BODY, "text"), pipeline.Context())


def test_recorded_failure_keeps_the_article_and_what_the_earlier_stages_found():
    a = Pipeline(["language.v1", "failing.test"], on_error=record_error)(Article("a", "a.txt", BODY, "text"),
                                                                           pipeline.Context())
    assert a.language == "en" and a.problems == (Problem("failing.test", "KeyError: '2W'"),)


def test_a_run_stores_an_article_whose_stage_failed_and_says_so(tmp_path, store):
    # issue 15, case 15: a failing stage lost the whole article
    (tmp_path / "a.txt").write_text(BODY)
    warned = []
    summary = analyze([tmp_path], store, Options(workers=0), Events(warn=warned.append),
                      stages=["language.v1", "failing.test"])
    assert summary.added == 1 and summary.ok
    assert warned == [f"{tmp_path / 'a.txt'}: stage failing.test failed (KeyError: '2W'); stored without its results"]
    (stored,) = store.articles(with_annotations=True)
    assert stored.problems == (Problem("failing.test", "KeyError: '2W'"),)


def test_chunks_join_back_and_cut_at_the_strongest_break():
    text = "First paragraph here.\n\nSecond one, a little longer.\nA line.\n\n" + "word " * 40
    for size in (10, 30, 64):
        parts = chunks(text, size)
        assert "".join(parts) == text and all(len(p) <= size for p in parts)
    assert chunks(text, 30)[0] == "First paragraph here.\n\n"


@pytest.mark.slow
def test_a_text_longer_than_spacy_allows_is_parsed_in_pieces(ctx, monkeypatch):
    # issue 15, case 8: over nlp.max_length spaCy refused with E088; under it memory grew with the text
    paragraph = "The minister said on Monday that the talks would resume. Anna Berg told Reuters in Korlin."
    body = "\n\n".join([paragraph] * 40)
    monkeypatch.setattr(ctx.nlp, "max_length", 1000)
    doc = pipeline.Context(ctx.spacy_model).parse(Article("long", "long.txt", body, "text"))
    assert doc.text == body
    monkeypatch.setattr(ctx.nlp, "max_length", 10**6)
    whole = ctx.nlp(body)
    assert [(s.start_char, s.end_char) for s in doc.sents] == [(s.start_char, s.end_char) for s in whole.sents]
    assert [(e.start_char, e.label_) for e in doc.ents] == [(e.start_char, e.label_) for e in whole.ents]


@pytest.mark.slow
def test_parse_in_chunks_never_gives_spacy_more_than_a_piece(ctx):
    sizes = []

    class Counting:
        def __call__(self, text):
            sizes.append(len(text))
            return ctx.nlp(text)

        max_length = 10**6

        def pipe(self, texts):
            for t in texts:
                yield self(t)

    body = "\n\n".join(["The talks resumed on Monday in Korlin, officials said."] * 100)
    doc = parse_in_chunks(Counting(), body, size=500)
    assert doc.text == body and len(sizes) > 10 and max(sizes) <= 500

"""The loaded pipeline: only part-of-speech rules are kept, with no change to any part of speech."""

from __future__ import annotations

import spacy

from rashomon.analyse.nlp import EXCLUDE, verify_model

from ..conftest import ROOT

# Auxiliaries, "that" as pronoun and conjunction, "There is", "but" as adverb, "have" as a main verb.
TRICKY = ("There is no blockade, the minister said, but he had said that before. Those who have seen the road "
          "say it has been closed for weeks, which is what the convoy had feared. \"We have nothing,\" one driver "
          "said. Did they know? They did, but only after the talks that failed.")


def test_trimmed_ruler_gives_the_same_parts_of_speech(ctx):
    full_ruler = spacy.load(verify_model(ctx.spacy_model), exclude=EXCLUDE).get_pipe("attribute_ruler")
    trimmed_ruler = ctx.nlp.get_pipe("attribute_ruler")
    assert len(trimmed_ruler.patterns) < len(full_ruler.patterns)
    texts = [TRICKY, *(p.read_bytes().decode("utf-8", "replace") for p in sorted((ROOT / "examples" / "corpus").iterdir()))]
    with ctx.nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(ctx.nlp.pipe(texts))
    expected = [(t.text, t.pos_) for doc in docs for t in full_ruler(doc.copy())]
    assert len(expected) > 1000
    assert [(t.text, t.pos_) for doc in docs for t in trimmed_ruler(doc.copy())] == expected

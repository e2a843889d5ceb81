"""Articles for the comparison's tests: built by hand, for tests that need no parser, or analysed in full."""

from rashomon.analyse.pipeline import Pipeline
from rashomon.model import Article, Sentence


def one_sentence(aid: str, body: str, mentions=(), times=(), outlet: str | None = None) -> Article:
    "An article whose body is one sentence, with the mentions and times given."
    return Article(id=aid, source=aid, format="text", body=body, language="en", outlet=outlet,
                   sentences=(Sentence(0, len(body)),), mentions=tuple(mentions), times=tuple(times))


def one_day(ctx, aid, body, published="2025-03-05", language="en"):
    "An analysed article of one day (5 March 2025 unless told), its outlet named after its id."
    return Pipeline()(Article(id=aid, source=aid, format="text", outlet=aid.title(), published=published,
                              language=language, body=body), ctx)

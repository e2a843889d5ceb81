"""Analysed articles built by hand, for tests that need no parser."""

from rashomon.model import Article, Sentence


def one_sentence(aid: str, body: str, mentions=(), times=(), outlet: str | None = None) -> Article:
    "An article whose body is one sentence, with the mentions and times given."
    return Article(id=aid, source=aid, format="text", body=body, language="en", outlet=outlet,
                   sentences=(Sentence(0, len(body)),), mentions=tuple(mentions), times=tuple(times))

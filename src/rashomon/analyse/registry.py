"""The stage registry and the context stages share: what every stage module imports.

Kept apart from ``pipeline`` so that stage modules and the pipeline that runs
them do not import each other: stages register here, the pipeline reads here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..model import Article
from .nlp import DEFAULT_MODEL

DEFAULT_STAGES = ("language.v1", "sentences.v1", "entities.v1", "quantities.v1", "times.v1", "statements.v1")
StageFn = Callable[[Article, "Context"], Article]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}


def stage(name: str, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register a stage function under a versioned name such as 'entities.v1'."""

    def register(fn: StageFn) -> StageFn:
        REGISTRY[name] = Stage(name, fn, tuple(requires), tuple(assigns))
        return fn

    return register


@dataclass
class Context:
    """What stages share within one process (or thread): the loaded model and a parse cache."""

    spacy_model: str = DEFAULT_MODEL
    _last: tuple[str, object] | None = field(default=None, repr=False)

    @property
    def nlp(self):
        from .nlp import load_nlp

        return load_nlp(self.spacy_model)

    def parse(self, article: Article):
        "The spaCy Doc of the body, parsed once however many stages ask."
        if self._last is None or self._last[0] != article.body:
            from .nlp import parse_in_chunks

            self._last = None  # let the previous Doc go before the next is built
            self._last = (article.body, parse_in_chunks(self.nlp, article.body))
        return self._last[1]

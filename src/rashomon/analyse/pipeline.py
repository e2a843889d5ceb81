"""Per-article analysis: named, versioned stages run in order.

A stage is a plain function ``(Article, Context) -> Article`` registered under a
versioned name with what it needs and what it adds; ``Pipeline`` checks the order
when it is built and names the failing stage when one raises. Analysis of one
article depends on that article alone, so any engine can map it over partitions.

Third-party stages register through the ``rashomon.stages`` entry-point group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib.metadata import entry_points

from ..errors import ConfigError, RashomonError, StageError
from ..model import Article, Problem
from . import entities, language, quantities, sentences, statements, times  # noqa: F401 - registers built-in stages
from .registry import DEFAULT_STAGES, REGISTRY, Context, Stage, StageFn, stage  # noqa: F401 - public names

__all__ = ["DEFAULT_STAGES", "Context", "Pipeline", "Stage", "StageFn", "analyse_batch", "raise_error", "stage"]



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
        _load_plugin_stages()
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


def analyse_batch(batch: list[Article], pipeline: Pipeline, ctx: Context) -> list[Article | str]:
    """Each article analysed, or the one-line reason it could not be: a batch survives a bad article."""
    out: list[Article | str] = []
    for article in batch:
        try:
            out.append(pipeline(article, ctx))
        except RashomonError as exc:
            out.append(str(exc))
    return out


_loaded = False


def _load_plugin_stages() -> None:
    "Third-party stages, from the rashomon.stages entry-point group; once per process."
    global _loaded
    if _loaded:
        return
    for ep in entry_points(group="rashomon.stages"):
        ep.load()
    _loaded = True

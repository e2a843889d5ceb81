"""Rashomon: compare how news outlets cover the same story.

Data flows one way: ingest -> analyse -> group -> store -> present.
"""

from .version import __version__  # noqa: E402
from .config import Options  # noqa: E402
from .errors import RashomonError  # noqa: E402
from .ingest.metadata import to_article  # noqa: E402
from .ingest.readers import read_inputs  # noqa: E402
from .model import Article, Caption, Credit, Entity, Mention, RawDocument, Sentence  # noqa: E402
from .runner import RunSummary, analyze  # noqa: E402
from .store.db import Store  # noqa: E402

__all__ = sorted([
    "Article", "Caption", "Credit", "Entity", "Mention", "Options", "RashomonError", "RawDocument",
    "RunSummary", "Sentence", "Store", "__version__", "analyze", "read_inputs", "to_article",
])

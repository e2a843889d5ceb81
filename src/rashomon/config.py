"""One options tree for a run, built once (from a TOML file and CLI flags) and copied before changing.

    Options                        db: a SQLite file or a postgresql:// URL
     ├── ingest:  IngestOptions     max_mb, min_chars
     ├── analyse: AnalyseOptions    spacy_model, stages, workers, batch_size, scheduler
     ├── group:   GroupOptions      stories (story and event Settings), copy thresholds
     └── compare: CompareOptions    match_threshold, denial_threshold

Each stage owns its section (``group.options``, ``compare.options``); this module
puts them together. docs/config.md lists every key.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .analyse.nlp import DEFAULT_MODEL
from .analyse.registry import DEFAULT_STAGES
from .compare.options import CompareOptions
from .errors import ConfigError
from .group.options import GroupOptions

DEFAULT_DB = "rashomon.db"
MB = 1024 * 1024
SECTIONS = ("ingest", "analyse", "group", "compare")


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """``max_mb`` guards memory: a file larger than this is refused with a message rather than read."""

    max_mb: float = 50.0
    min_chars: int = 40

    def __post_init__(self) -> None:
        if self.max_mb <= 0:
            raise ConfigError(f"ingest.max_mb={self.max_mb}; expected a positive number")

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * MB)


@dataclass(frozen=True, slots=True)
class AnalyseOptions:
    """``workers`` is the number of local analysis processes (0: in the calling process); with a
    ``scheduler`` address (tcp://host:8786) articles are analysed on that Dask cluster instead."""

    spacy_model: str = DEFAULT_MODEL
    stages: tuple[str, ...] = DEFAULT_STAGES
    workers: int = 0
    batch_size: int = 16
    scheduler: str | None = None

    def __post_init__(self) -> None:
        if self.workers < 0:
            raise ConfigError(f"analyse.workers={self.workers}; expected 0 or more")
        if self.batch_size < 1:
            raise ConfigError(f"analyse.batch_size={self.batch_size}; expected 1 or more")


SECTION_TYPES = {"ingest": IngestOptions, "analyse": AnalyseOptions, "group": GroupOptions, "compare": CompareOptions}


@dataclass(frozen=True, init=False)
class Options:
    """Every setting of a run, by stage. Flat keywords name a field of a section:
    ``Options(workers=4)`` is ``Options(analyse=AnalyseOptions(workers=4))``, and
    ``opts.workers`` reads ``opts.analyse.workers``.

    Example:
        >>> opts = Options.from_config("rashomon.toml", workers=2)  # doctest: +SKIP
        >>> strict = opts.replace(min_chars=800)  # a copy; never mutate the shared one
    """

    db: Path | str
    ingest: IngestOptions
    analyse: AnalyseOptions
    group: GroupOptions
    compare: CompareOptions

    def __init__(self, db: Path | str = Path(DEFAULT_DB), ingest: IngestOptions | None = None,
                 analyse: AnalyseOptions | None = None, group: GroupOptions | None = None,
                 compare: CompareOptions | None = None, **flat: Any):
        given = {"ingest": ingest, "analyse": analyse, "group": group, "compare": compare}
        sections = {name: value if value is not None else SECTION_TYPES[name]() for name, value in given.items()}
        for key, value in flat.items():
            name = _section_of(key)
            sections[name] = dataclasses.replace(sections[name], **{key: value})
        object.__setattr__(self, "db", db)
        for name, value in sections.items():
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name in SECTIONS:
            raise AttributeError(name)
        for section in SECTIONS:
            value = object.__getattribute__(self, section)
            if name in _names(type(value)) or isinstance(getattr(type(value), name, None), property):
                return getattr(value, name)
        raise AttributeError(f"Options has no field {name!r}")

    def replace(self, **changes: Any) -> Options:
        "A copy with some fields changed: ``db``, whole sections, or any section's field by its own name."
        return Options(**{"db": self.db, **{name: getattr(self, name) for name in SECTIONS}, **changes})

    @classmethod
    def from_config(cls, path: str | Path | None = None, **flags: Any) -> Options:
        """Defaults, overridden by the TOML file at ``path`` (if any), overridden by ``flags``
        (flat field names; a flag of None counts as not given, as the CLI passes them).

        Example:
            >>> Options.from_config("rashomon.toml", db="blockade.db", workers=None)  # doctest: +SKIP
        """
        opts = cls()
        if path is not None:
            opts = _from_toml(Path(path))
        given = {k: v for k, v in flags.items() if v is not None}
        return opts.replace(**given)


def declares(path: str | Path | None, section: str, key: str) -> bool:
    "Whether the config file sets this key itself (the CLI picks some defaults, such as workers, by the input)."
    if path is None:
        return False
    return key in _read_toml(Path(path)).get(section, {})


def _names(cls) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)}


def _section_of(key: str) -> str:
    for name in SECTIONS:
        if key in _names(SECTION_TYPES[name]):
            return name
    known = sorted(k for name in SECTIONS for k in _names(SECTION_TYPES[name]))
    raise ConfigError(f"unknown option {key!r}; expected one of {known}")


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc


def _from_toml(path: Path) -> Options:
    data = _read_toml(path)
    unknown = set(data) - {"db", *SECTIONS}
    if unknown:
        raise ConfigError(f"{path}: unknown key {sorted(unknown)[0]!r}; expected db or a section {list(SECTIONS)}")
    sections = {name: _build(SECTION_TYPES[name], data.get(name, {}), f"{path}: [{name}]") for name in SECTIONS}
    db = data.get("db", DEFAULT_DB)
    if not isinstance(db, str):
        raise ConfigError(f"{path}: db={db!r}; expected a file name or a postgresql:// URL")
    return Options(db=db, **sections)


def _build(cls, table: Any, where: str):
    """A section (or nested settings) dataclass from its TOML table, checking every key and type."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table, got {table!r}")
    defaults = cls()
    known = _names(cls)
    values = {}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown key {key!r}; expected one of {sorted(known)}")
        default = getattr(defaults, key)
        if dataclasses.is_dataclass(default):
            values[key] = _build(type(default), value, f"{where[:-1]}.{key}]")
        else:
            values[key] = _coerce(value, default, key, where)
    return cls(**values)


def _coerce(value: Any, default: Any, key: str, where: str) -> Any:
    "The value in the type of the field's default: ints are floats where a float is expected, lists tuples."
    if isinstance(default, bool) or isinstance(value, bool):
        ok = isinstance(value, bool) and isinstance(default, bool)
    elif isinstance(default, float):
        ok, value = isinstance(value, (int, float)), float(value) if isinstance(value, (int, float)) else value
    elif isinstance(default, tuple):
        ok = isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value)
        value = tuple(value) if ok else value
    elif default is None:  # optional: a name, or a number such as a threshold that overrides a learned one
        ok = isinstance(value, (str, int, float))
        value = float(value) if isinstance(value, int) else value
    else:
        ok = isinstance(value, type(default))
    if not ok:
        raise ConfigError(f"{where}: {key}={value!r}; expected {type(default).__name__ if default is not None else 'a string or a number'}")
    return value

"""Data tables shipped with the package (src/rashomon/data), loaded once."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path
from importlib.resources import files
from typing import Any


def data_path(name: str):
    return files("rashomon") / "data" / name


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line."""
    with data_path(name).open(encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return tuple({k: (v or "").strip() for k, v in row.items()} for row in rows)


@cache
def json_data(name: str) -> Any:
    return json.loads(data_path(name).read_text(encoding="utf-8"))


def split_list(value: str) -> list[str]:
    """'a|b|c' -> ['a', 'b', 'c'], dropping empties."""
    return [v.strip() for v in value.split("|") if v.strip()]


@cache
def stopwords() -> frozenset[str]:
    """Function words of the languages the corpus is most likely in, lower case.

    spaCy's lists are read by path: importing ``spacy.lang.fr`` would build the
    whole French tokenizer first, seconds of work for a word list.
    """
    import importlib.util

    import spacy

    words: set[str] = {"said", "says", "told", "according", "also", "would", "could",
                       "near", "despite", "amid", "inside", "outside", "including"}  # missing from spaCy's English list
    for lang in ("en", "de", "fr", "ru"):
        path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
        spec = importlib.util.spec_from_file_location(f"_rashomon_stop_{lang}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words |= module.STOP_WORDS
    return frozenset(words)


@cache
def language_stopwords(lang: str) -> frozenset[str]:
    """spaCy's function words of one language, lower case; empty for a language it has none for."""
    import importlib.util

    import spacy

    path = Path(spacy.__file__).parent / "lang" / lang / "stop_words.py"
    if not lang.isalpha() or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_rashomon_stop_{lang}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS)

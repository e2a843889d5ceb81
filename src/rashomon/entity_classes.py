"""Entity labels and classes: the one place that says which spaCy label is which kind of name.

A mention carries spaCy's label (PERSON, GPE, ...); the corpus merges mentions by
class (person, place, ...), since the small model calls one capital GPE in one
sentence and LOC in the next. Every stage that asks "is this a name?" or "a
number?" reads the sets below rather than writing its own list.
"""

from __future__ import annotations

LABEL_CLASSES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place",
                 "NORP": "group", "EVENT": "event", "LAW": "law", "PRODUCT": "other", "WORK_OF_ART": "other",
                 "LANGUAGE": "other", "DATE": "time", "TIME": "time", "MONEY": "number", "PERCENT": "number",
                 "QUANTITY": "number", "CARDINAL": "number"}
NAMED_CLASSES = ("person", "org", "place", "group", "event", "law")  # classes that name someone or something
LABEL_CLASSES_SHOWN = ("person", "org", "place", "group", "event")  # what a story's label is made of
CONFUSED_CLASSES = ("place", "org", "person")  # the ones the small model confuses with each other
VALUE_CLASSES = ("time", "number")  # classes of values: keyed by their words, never merged as names
VALUE_LABELS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY")  # mentions of values, not names


def label_class(label: str) -> str:
    "The class of a spaCy label: 'GPE' -> 'place'; unknown labels are 'other'."
    return LABEL_CLASSES.get(label, "other")


def is_value(label: str) -> bool:
    "A date, time or amount rather than a name."
    return label in VALUE_LABELS

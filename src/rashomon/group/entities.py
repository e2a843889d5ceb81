"""Mentions across the corpus -> one canonical entity per real-world entity.

Resolution order for a mention of class c with key k:
1. within its article, a lone surname resolves to the full name the article used
   ("Lavrov" after "Sergei Lavrov");
2. (c, k) already known in the corpus;
3. people only: a lone surname resolves to the one person in the corpus with that
   surname, and a full name adopts an entity so far known by its surname alone;
4. the same key under another name class (the small model calls an unknown country
   a person in one sentence and a place in the next): one entity, not two.
Otherwise a new entity opens. The resolver is a pure in-memory index; the store
persists what it returns, so the same input always gives the same entities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..analyse.entities import label_class
from ..model import Article, Mention


NAME_CLASSES = ("place", "org", "person")  # the ones the small model confuses with each other


@dataclass
class EntityRecord:
    id: int
    name: str
    cls: str
    label: str


@dataclass
class Resolution:
    """What resolving one article changed: mention -> entity id, and entity rows to write."""

    entity_ids: list[int]
    new_entities: list[EntityRecord] = field(default_factory=list)
    renamed: list[EntityRecord] = field(default_factory=list)
    new_aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (cls, key, entity id)


class EntityResolver:
    def __init__(self, entities: list[EntityRecord] = (), aliases: list[tuple[str, str, int]] = ()):
        self.entities: dict[int, EntityRecord] = {e.id: e for e in entities}
        self.aliases: dict[tuple[str, str], int] = {(c, k): i for c, k, i in aliases}
        self.surnames: dict[str, set[int]] = defaultdict(set)
        for (cls, key), eid in self.aliases.items():
            if cls == "person":
                self.surnames[key.split()[-1]].add(eid)
        self.next_id = max(self.entities, default=0) + 1

    def resolve(self, article: Article) -> Resolution:
        result = Resolution(entity_ids=[])
        local = _article_full_names(article.mentions)
        for mention in article.mentions:
            cls = label_class(mention.label)
            key = local.get(mention.key, mention.key) if cls == "person" else mention.key
            eid = self.aliases.get((cls, key))
            if eid is None and cls == "person":
                eid = self._by_surname(key, mention, result)
            if eid is None and cls in NAME_CLASSES:
                eid = next((self.aliases[(c, key)] for c in NAME_CLASSES if (c, key) in self.aliases), None)
            if eid is None:
                eid = self._new(mention, cls, result)
            if (cls, key) not in self.aliases:
                self._alias(cls, key, eid, result)
            if (cls, mention.key) not in self.aliases:
                self._alias(cls, mention.key, eid, result)
            result.entity_ids.append(eid)
        return result

    def _by_surname(self, key: str, mention: Mention, result: Resolution) -> int | None:
        words = key.split()
        candidates = self.surnames.get(words[-1], set())
        if len(words) == 1:
            return next(iter(candidates)) if len(candidates) == 1 else None
        # A full name adopts an entity known so far only by this surname.
        bare = [eid for eid in candidates if len(fold_name(self.entities[eid].name).split()) == 1]
        if len(bare) == 1:
            entity = self.entities[bare[0]]
            entity.name = mention.text
            result.renamed.append(entity)
            return entity.id
        return None

    def _new(self, mention: Mention, cls: str, result: Resolution) -> int:
        entity = EntityRecord(self.next_id, _display_name(mention), cls, mention.label)
        self.entities[entity.id] = entity
        self.next_id += 1
        result.new_entities.append(entity)
        return entity.id

    def _alias(self, cls: str, key: str, eid: int, result: Resolution) -> None:
        self.aliases[(cls, key)] = eid
        if cls == "person":
            self.surnames[key.split()[-1]].add(eid)
        result.new_aliases.append((cls, key, eid))


def fold_name(name: str) -> str:
    from ..analyse.entities import fold

    return fold(name)


def _display_name(mention: Mention) -> str:
    from ..analyse.entities import gazetteer_index

    known = gazetteer_index().get(mention.key)
    if known and label_class(known[1]) == label_class(mention.label):
        return known[0]
    return re.sub(r"['’]s$", "", mention.text)


def _article_full_names(mentions: tuple[Mention, ...]) -> dict[str, str]:
    """surname key -> full-name key, for surnames that one full name in the article explains."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if label_class(m.label) == "person" and len(words) > 1:
            by_surname[words[-1]].add(m.key)
    return {s: next(iter(keys)) for s, keys in by_surname.items() if len(keys) == 1}

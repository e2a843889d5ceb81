"""Stories and events: which articles report the same thing, found one article at a time.

News has two levels: a story that runs for weeks (a blockade) and the events in it
(a phone call, a court order). A new article is compared with the events of the
stories it shares rare terms with: it joins the most similar event if that is close
enough, else the most similar story (as a new event in it), else it opens a story.

Similarity is the cosine of TF-IDF vectors of the article's title, lead and named
entities (a group sums its members' vectors, each weighted by the IDF of its day,
so the saved state alone fixes every later score), discounted by the days between
the article and the group: slowly for stories, fast for events, so two phone calls
between the same leaders a week apart stay two events. An event is also marked
down when the article's lead names people and the event's leads named none of
them (Lavrov and Bayramov rather than Pashinyan and Putin), and in proportion to
the article's names the event never used. When only one side has a date, time
cannot separate two events of one story, so the article must match more closely.
An article in another language is compared by the share of its names
(capitalised words, entity keys) the group uses, each spelled as the corpus spells it
whatever its script (Байрамовым -> bayramov, see group.names).

Decisions are made once, in arrival order, and never revisited: the same input
gives the same groups, and adding unrelated articles later cannot reshuffle
existing ones. Nothing needs the whole corpus in memory except one centroid per
group, and a new article is compared with a bounded number of groups, so a store of
a million articles adds its next thousand in seconds.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..analyse.entities import label_class
from ..model import Article
from ..resources import stopwords
from .names import NameIndex, foreign_names, weighted

WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAMED = ("person", "org", "place", "group", "event", "law")
NAME, PERSON = "@", "^"  # centroid key prefixes: a named entity; a person in the lead (not in the cosine)
ARTICLE_TERMS = 80  # an article is its 80 heaviest terms
CENTROID_TERMS = 150  # a group remembers its 150 heaviest terms (up to twice as many between prunings)
INDEX_TERMS = 12  # terms under which a story is found
QUERY_TERMS = 12  # terms an article looks stories up by
POSTINGS = 200  # a term remembers the 200 stories that used it last
MAX_CANDIDATES = 12  # stories compared in full
EVENT_STORIES = 3  # best stories whose events are compared
RECENT_EVENTS = 12  # events of a story compared: its latest


@dataclass(frozen=True)
class Settings:
    """Thresholds and weights, tuned on ECB+ train/dev (see bench/ecbplus.py)."""

    story_threshold: float = 0.22
    event_threshold: float = 0.15
    foreign_threshold: float = 0.30  # share of a non-English article's known names a group must use
    story_days: float = 45.0  # similarity halves every 45 days between article and story
    event_days: float = 3.0  # ... and every 3 days between article and event
    lead_words: int = 400  # beyond the lead, background paragraphs blur events together
    title_weight: float = 2.0
    name_weight: float = 3.0
    stranger_penalty: float = 0.8  # event similarity kept when the leads name different people
    lead_sentences: int = 4  # where participants are looked for
    name_floor: float = 0.7  # event similarity kept when the group used none of the article's names
    date_from_text: bool = False  # date an undated article's event by the first full date in its lead
    prior_docs: float = 300.0  # background articles (word frequencies) smoothing a young corpus's idf; ECB+ train/dev
    undated_threshold: float = 0.35  # event bar when only one of article and event has a date (see _match)


@dataclass
class Group:
    """A story or an event: its members' summed term weights and date range."""

    id: int
    centroid: Counter
    size: int = 0
    first: str | None = None
    last: str | None = None
    story_id: int | None = None  # events only
    norm: float = 0.0

    def add(self, terms: Counter, day: str | None) -> None:
        self.centroid.update(terms)
        if len(self.centroid) > CENTROID_TERMS * 2:
            self.centroid = Counter(dict(self.centroid.most_common(CENTROID_TERMS)))
        self.size += 1
        if day:
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)
        self.norm = 0.0  # recomputed on next use


@dataclass(frozen=True, slots=True)
class Assignment:
    article_id: str
    story_id: int
    event_id: int
    story_score: float  # similarity to the story joined; 0 for a new story
    event_score: float  # similarity to the event joined; 0 for a new event


@dataclass
class _Query:
    """One article as the matcher sees it."""

    vec: dict[str, float]  # idf-weighted, unit length
    idf: dict[str, float]
    people: frozenset[str]
    day: str | None  # published
    when: str | None  # published, else a date the lead gives: for events only, a lead may recall an old date
    foreign: bool


@dataclass
class StoryGrouper:
    """The grouping state: document frequencies and the groups' centroids."""

    settings: Settings = field(default_factory=Settings)
    df: Counter = field(default_factory=Counter)
    docs: int = 0
    stories: dict[int, Group] = field(default_factory=dict)
    events: dict[int, Group] = field(default_factory=dict)
    story_index: dict[str, dict[int, None]] = field(default_factory=dict)
    story_events: dict[int, list[int]] = field(default_factory=dict)
    next_story: int = 1
    next_event: int = 1
    _people: dict[int, tuple[int, list[str]]] = field(default_factory=dict, repr=False)  # event id -> (size, people)
    _name_index: NameIndex = field(default_factory=NameIndex, repr=False)  # the corpus's spellings of names

    @classmethod
    def restore(cls, df: Counter, docs: int, stories: list[Group], events: list[Group],
                settings: Settings | None = None) -> StoryGrouper:
        """Rebuild the state a store saved.

        The story index is rebuilt from the centroids under today's document
        frequencies; the live index also remembers terms a story was found by
        earlier, so lookups can differ in rare cases where that older term is the only link.
        """
        grouper = cls(settings=settings or Settings(), df=df, docs=docs)
        grouper.stories = {g.id: g for g in stories}
        grouper.events = {g.id: g for g in events}
        for e in sorted(events, key=lambda g: g.id):
            grouper.story_events.setdefault(e.story_id, []).append(e.id)
        for story in sorted(stories, key=lambda g: g.id):
            grouper._index(story)
        grouper.next_story = max(grouper.stories, default=0) + 1
        grouper.next_event = max(grouper.events, default=0) + 1
        return grouper

    # -- the one public step ------------------------------------------------

    def add(self, article: Article) -> Assignment:
        """Place one article; returns the story and event it joined or opened."""
        foreign = article.language not in (None, "en")
        terms = self.names(article) if foreign else self.terms(article)
        self.df.update(t for t in terms if t[0] != PERSON)
        self.docs += 1
        q = self._query(article, terms, foreign)
        story, s_score, event, e_score = self._match(q)
        # groups keep idf-weighted terms as of the day each member came, so the saved state alone
        # fixes every later score: a restored grouper scores exactly as the live one
        terms = Counter({t: w if t[0] == PERSON else w * q.idf[t] for t, w in terms.items()})
        if story is None:
            story = self._open(self.stories, "next_story")
        if event is None:
            event = self._open(self.events, "next_event")
            event.story_id = story.id
            self.story_events.setdefault(story.id, []).append(event.id)
        for group in (story, event):
            group.add(terms, q.day if group is story else q.when)
        if story.size & (story.size - 1) == 0 or story.size % 32 == 0:  # sizes 1, 2, 4, ... 32, 64, 96: cheap and enough
            self._index(story)
        return Assignment(article.id, story.id, event.id, s_score, e_score)

    # -- features -----------------------------------------------------------

    def terms(self, article: Article) -> Counter:
        """Raw term weights: words of the title and lead, named entities, people in the lead."""
        st = self.settings
        stop = stopwords()
        counts: Counter = Counter()
        lead = " ".join(article.body.split()[: st.lead_words])
        for text, weight in ((article.title or "", st.title_weight), (lead, 1.0)):
            for w in WORD.findall(text.lower()):
                if w not in stop:
                    counts[w] += weight
        for m in article.mentions:
            if label_class(m.label) in NAMED and m.start < len(lead) + 200:
                counts[NAME + (m.key or m.text.lower())] += st.name_weight
        out = Counter({t: 1 + math.log(c) for t, c in counts.most_common(ARTICLE_TERMS * 2)})
        out.update({PERSON + p: 1.0 for p in self.people(article)})
        return out

    def names(self, article: Article) -> Counter:
        """For articles in other languages: their names as the corpus spells them (Лаврову -> lavrov,
        see group.names) and their entities' keys, which are Latin in every script."""
        counts = foreign_names(article, self._name_index, self.df)
        for m in article.mentions:
            if label_class(m.label) in NAMED and m.key:
                counts[NAME + m.key] += 1.0
        return weighted(counts, ARTICLE_TERMS)

    def people(self, article: Article) -> set[str]:
        """Keys of the people named in full in the first sentences: the event's participants.

        Single words are left out: the small model takes many a place or outlet for a person.
        """
        n = self.settings.lead_sentences
        end = article.sentences[n - 1].end if len(article.sentences) >= n else min(len(article.body), 300)
        return {m.key or m.text.lower() for m in article.mentions
                if m.label == "PERSON" and m.start < end and " " in (m.key or m.text)}

    def _day(self, article: Article) -> str | None:
        """The published date, else the first full date the lead gives."""
        if article.published or not self.settings.date_from_text:
            return article.published[:10] if article.published else None
        limit = len(" ".join(article.body.split()[: self.settings.lead_words]))
        for t in sorted(article.times, key=lambda t: t.start):
            if t.start < limit and t.type == "DATE" and t.value and FULL_DATE.match(t.value):
                return t.value
        return None

    def _query(self, article: Article, terms: Counter, foreign: bool) -> _Query:
        prior = self.settings.prior_docs
        idf = {t: math.log((self.docs + prior + 1) / (self.df.get(t, 0) + prior * _background(t) + 1)) + 1
               for t in terms if t[0] != PERSON}
        vec = {t: terms[t] * w for t, w in idf.items()}
        top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:ARTICLE_TERMS]
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        people = frozenset(t[1:] for t in terms if t[0] == PERSON)
        day = article.published[:10] if article.published else None
        return _Query({t: w / norm for t, w in top}, idf, people, day, self._day(article), foreign)

    @staticmethod
    def _norm(group: Group) -> float:
        return math.sqrt(sum(w * w for t, w in group.centroid.items() if t[0] != PERSON)) or 1.0

    # -- matching -------------------------------------------------------------

    def _match(self, q: _Query) -> tuple[Group | None, float, Group | None, float]:
        """The best event (and its story) above the event bar, else the best story above the story bar."""
        st = self.settings
        story_bar = st.foreign_threshold if q.foreign else st.story_threshold
        event_bar = st.foreign_threshold if q.foreign else st.event_threshold
        scored = []
        for story in self._story_candidates(q.vec):
            scored.append((self._similar(q, story) * _decay(q.day, story, st.story_days), -story.id, story))
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        best_event, e_score, best_story, s_score = None, 0.0, None, 0.0
        story_scores = {}
        for s, _, story in scored[:EVENT_STORIES]:
            for event in self._events_of(story)[-RECENT_EVENTS:]:
                e = self._similar(q, event) * _decay(q.when, event, st.event_days)
                # an event seen under other people's names is not this one unless the words agree strongly
                if q.people and not q.foreign and self._strangers(q.people, event):
                    e *= st.stranger_penalty
                if not q.foreign and st.name_floor < 1:
                    e *= st.name_floor + (1 - st.name_floor) * self._names_shared(q, event)
                s = max(s, e)
                # without a date on one side the decay cannot keep two events of one story apart, so the
                # words must agree more; as high as ECB+ train/dev allows without loss
                if not q.foreign and bool(q.when) != bool(event.first) and e < st.undated_threshold:
                    continue
                if e > e_score:
                    best_event, e_score = event, e
            story_scores[story.id] = s
            if s > s_score:
                best_story, s_score = story, s
        if best_event is not None and e_score >= event_bar:
            story = self.stories[best_event.story_id]
            return story, round(story_scores[story.id], 4), best_event, round(e_score, 4)
        if best_story is not None and s_score >= story_bar:
            return best_story, round(s_score, 4), None, 0.0
        return None, 0.0, None, 0.0

    def _similar(self, q: _Query, group: Group) -> float:
        return self._containment(q, group) if q.foreign else self._cosine(q, group)

    def _story_candidates(self, vec: dict[str, float]) -> list[Group]:
        hits: Counter = Counter()
        for term in sorted(vec, key=lambda t: (-vec[t], t))[:QUERY_TERMS]:
            hits.update(list(self.story_index.get(term, ())))
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], -kv[0]))[:MAX_CANDIDATES]
        return [self.stories[i] for i, _ in ranked]

    def _cosine(self, q: _Query, group: Group) -> float:
        if not group.norm:
            group.norm = self._norm(group)
        c = group.centroid
        return sum(w * c[t] for t, w in q.vec.items() if t in c) / group.norm

    def _containment(self, q: _Query, group: Group) -> float:
        """Share of the article's (idf-weighted) terms known to the corpus that the group uses."""
        known = {t: w for t, w in q.vec.items() if self.df.get(t, 0) > 1}
        total = sum(known.values())
        if total == 0 or sum(t in group.centroid for t in known) < 3:
            return 0.0
        return sum(w for t, w in known.items() if t in group.centroid) / total

    def _names_shared(self, q: _Query, group: Group) -> float:
        """Share of the article's (weighted) names the group has used; 1 for an article without names."""
        names = [(t, w) for t, w in q.vec.items() if t[0] == NAME]
        total = sum(w for _, w in names)
        return sum(w for t, w in names if t in group.centroid) / total if total else 1.0

    def _strangers(self, people: frozenset[str], event: Group) -> bool:
        """True when the event's leads named people and none of this article's."""
        size, named = self._people.get(event.id, (-1, ()))
        if size != event.size:
            named = [t[1:] for t in event.centroid if t[0] == PERSON]
            self._people[event.id] = (event.size, named)
        return bool(named) and not any(p in people for p in named)

    def _events_of(self, story: Group) -> list[Group]:
        return [self.events[i] for i in self.story_events.get(story.id, ())]

    def _open(self, groups: dict[int, Group], counter: str) -> Group:
        gid = getattr(self, counter)
        setattr(self, counter, gid + 1)
        groups[gid] = Group(gid, Counter())
        return groups[gid]

    def _index(self, story: Group) -> None:
        weighted = sorted((t for t in story.centroid if t[0] != PERSON),
                          key=lambda t: (-story.centroid[t], t))  # weights already carry idf
        for term in weighted[:INDEX_TERMS]:
            posting = self.story_index.setdefault(term, {})
            posting.pop(story.id, None)
            posting[story.id] = None  # most recently extended last
            if len(posting) > POSTINGS:
                del posting[next(iter(posting))]


@cache
def _background(term: str) -> float:
    """Share of ordinary English news leads that hold this word (0 for names): a prior for idf,
    so that "said" or "talks" are common from the first article on, not after the thousandth."""
    if not term[:1].isalpha():
        return 0.0
    from wordfreq import word_frequency

    return 1 - math.exp(-word_frequency(term, "en") * 400)


def _decay(day: str | None, group: Group, half_life: float) -> float:
    """1 inside the group's date range, halving every ``half_life`` days outside it; 1 if undated."""
    if not day or not group.first:
        return 1.0
    gap = max(_days(group.first, day), _days(day, group.last), 0)
    return 0.5 ** (gap / half_life)


def _days(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b[:10]) - date.fromisoformat(a[:10])).days
    except ValueError:
        return 0

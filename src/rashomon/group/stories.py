"""Stories and events: which articles report the same thing, revised while the news is recent.

News has two levels: a story that runs for weeks (a blockade) and the events in it
(a phone call, a court order). Articles arrive in batches. Each batch is clustered
together with the recent articles of the stories it resembles (the window): every
pair gets a story and an event probability from a learned scorer (``scorer``), and
average-link clustering forms stories, then events inside each story, where lone
articles and pairs then join the event they match best (``cluster``).
Earlier decisions inside the window may change: two events that turn out to be one
merge, an event that held two splits, a story of one article that a later report
bridges to another story joins it, and a new report of an event that an earlier batch
put in another story goes to that event, so that one event is never split over two
stories, and an event whose reports two batches placed in two stories becomes one
event in the story its reports resemble. This is how production news clusterers work,
and it is what lets a late article fix an early mistake.

What leaves the window stays as it is. An event is open while articles keep coming:
within ``open_days`` of its days when both sides have dates, or among the last
``open_articles`` articles added when either lacks one. A story whose events have
all closed is still found by its latest articles (its anchors), so a new event of
an old story joins it, but closed events never change.

Identifiers stay stable: a new cluster takes the id of the existing event (or
story) most of its articles came from, so an event that gains articles keeps its
id, and only a real split or merge creates or retires one.

Grouping holds in memory the events and stories (ids, days, members) and the
signatures of the articles in open events and of each story's anchors; everything
else can be fetched again from the store (``fetch``) or is never needed again.
"""

from __future__ import annotations

import math
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import chain

import numpy as np

from ..model import Article
from .cluster import average_link, events_of
from .scorer import (CLOSE_DAYS, Encoder, Models, days_apart, days_close, fragment_thresholds, idf_function,
                     probabilities, shipped_models)
from .signature import Signature, signature

INDEX_TERMS = 16  # terms an article is found by: its rarest words and names
CANDIDATE_SHARE = 0.34  # a third of the best story's lookup hits, for another story to be looked at too
POSTINGS = 200  # a term remembers the last 200 stories that used it
SCORED_ROWS = 32  # new articles scored at once against the anchors of the stories they found
PACKED_ROWS = 64  # most articles of the event windows of several stories scored in one call (``_regroup_stories``)
TWIN_MEMBERS = 4  # latest dated articles of an event that tell whether another story holds it too
# a story of at most this many articles may hold a twin of an event of another story: at 30 rather than 12, ECB+
# train+dev story B3 0.932 to 0.935 (event 0.906 to 0.907, test the same), the multilingual sets 22 to 25 event B3
# from bare files 0.762 to 0.769 and from JSONL 0.907 to 0.913, where stories of 20 to 28 reports hold a twin
TWIN_STORY = 30
LONE = 1  # a story of this many articles that a new cluster matches may join the story the cluster joins


@dataclass(frozen=True)
class Settings:
    """How long decisions stay open, and how much is re-clustered at once."""

    open_days: float = 7.0  # an event may change while articles come within a week of its days
    open_articles: int = 2000  # ... or, when dates are missing, within the next 2,000 articles
    window: int = 400  # most articles clustered at once (the newest are kept)
    anchors: int = 10  # latest articles that stand for a story once its events are closed
    candidates: int = 10  # stories looked at per new article
    merge_threshold: float = 0.5  # average story probability between two stories' anchors that merges them
    prior_docs: float = 300.0  # ordinary news smoothing the document frequencies of a young corpus
    story_threshold: float | None = None  # None: the learned model's
    event_threshold: float | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    article_id: str
    story_id: int
    event_id: int
    story_score: float  # average story probability to the other articles of its story in the window
    event_score: float  # ... and of its event


@dataclass
class Event:
    id: int
    story_id: int
    members: list[str] = field(default_factory=list)
    first: str | None = None
    last: str | None = None
    last_seq: int = 0

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass
class Story:
    id: int
    events: set[int] = field(default_factory=set)
    anchors: list[str] = field(default_factory=list)  # latest articles, oldest first


@dataclass
class Changes:
    """What one batch changed, for the store to write."""

    assignments: list[Assignment] = field(default_factory=list)  # new articles and those that moved
    events: set[int] = field(default_factory=set)  # created or changed
    stories: set[int] = field(default_factory=set)
    removed_events: set[int] = field(default_factory=set)
    removed_stories: set[int] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)  # document frequencies that changed


@dataclass
class StoryGrouper:
    """The grouping state, and the one public step: ``add_batch`` (or ``add`` for one article)."""

    settings: Settings = field(default_factory=Settings)
    models: Models = field(default_factory=shipped_models)
    df: Counter = field(default_factory=Counter)
    docs: int = 0
    seq: int = 0
    events: dict[int, Event] = field(default_factory=dict)
    stories: dict[int, Story] = field(default_factory=dict)
    where: dict[str, int] = field(default_factory=dict)  # article id -> event id
    seqs: dict[str, int] = field(default_factory=dict)  # article id -> order of arrival
    days: dict[str, tuple[str, ...]] = field(default_factory=dict)  # article id -> its days
    sigs: dict[str, Signature] = field(default_factory=dict)
    fetch: Callable[[list[str]], list[Signature]] | None = None  # signatures evicted from memory
    next_story: int = 1
    next_event: int = 1
    _index: dict[str, OrderedDict] = field(default_factory=dict, repr=False)
    _idf_fn: Callable[[str], float] | None = field(default=None, repr=False)
    _idf_at: int = field(default=-1, repr=False)
    _encoder: Encoder | None = field(default=None, repr=False)
    _kept: int = field(default=0, repr=False)  # signatures kept by the last eviction
    _apart: dict = field(default_factory=dict, repr=False)  # anchors of two stories -> their average story probability
    _lookup: dict[str, list[str]] = field(default_factory=dict, repr=False)  # article id -> its lookup terms ...
    _lookup_at: int = field(default=-1, repr=False)  # ... at this many documents

    @classmethod
    def restore(cls, state, fetch: Callable[[list[str]], list[Signature]],
                settings: Settings | None = None) -> StoryGrouper:
        """Rebuild the state a store saved (a ``group.corpus.GroupingState``): every article's event,
        and the signatures of the articles the next batches may regroup (open events, anchors);
        older signatures are fetched on demand."""
        grouper = cls(settings=settings or Settings(), df=Counter(state.df), next_story=state.next_story,
                      next_event=state.next_event, fetch=fetch)
        for event_id, story_id, first, last, last_seq in state.events:
            grouper.events[event_id] = Event(event_id, story_id, first=first, last=last, last_seq=last_seq)
            grouper.stories.setdefault(story_id, Story(story_id)).events.add(event_id)
        for article_id, event_id, seq, days in sorted(state.articles, key=lambda r: r[2]):
            grouper.events[event_id].members.append(article_id)
            grouper.where[article_id] = event_id
            grouper.seqs[article_id] = seq
            grouper.days[article_id] = tuple(d for d in days.split(",") if d)
        grouper.docs = len(grouper.where)
        grouper.seq = max(grouper.seqs.values(), default=0)
        for story in grouper.stories.values():
            members = [a for e in story.events for a in grouper.events[e].members]
            story.anchors = sorted(members, key=grouper.seqs.__getitem__)[-grouper.settings.anchors:]
        horizon = grouper.seq - grouper.settings.open_articles
        wanted = {a for a, n in grouper.seqs.items() if n > horizon}
        wanted |= {a for st in grouper.stories.values() for a in st.anchors}
        for s in fetch(sorted(wanted, key=grouper.seqs.__getitem__)):
            grouper.sigs[s.article_id] = s
        for a in sorted(grouper.sigs, key=grouper.seqs.__getitem__):
            grouper._index_article(grouper.sigs[a], grouper.story_of(a))
        return grouper

    def story_rows(self, story_ids: Iterable[int]) -> list[tuple[int, int, str | None, str | None]]:
        """(id, size, first day, last day) of stories, as the store keeps them."""
        out = []
        for story_id in story_ids:
            events = [self.events[e] for e in self.stories[story_id].events]
            days = [d for e in events for d in (e.first, e.last) if d]
            out.append((story_id, sum(e.size for e in events), min(days, default=None), max(days, default=None)))
        return out

    # -- the public steps -----------------------------------------------------

    def add(self, article: Article) -> Assignment:
        """Place one article; returns where it went (earlier articles may move: see ``add_batch``)."""
        changes = self.add_batch([article])
        return next(a for a in changes.assignments if a.article_id == article.id)

    def add_batch(self, articles: Sequence[Article] | Sequence[Signature]) -> Changes:
        """Place new articles, revising the open events they touch; returns every change."""
        new = [a if isinstance(a, Signature) else signature(a) for a in articles]
        new = [s for s in new if s.article_id not in self.where]
        changes = Changes()
        if not new:
            return changes
        for s in new:
            terms = set(s.lead) | set(s.body) | set(s.opening)
            self.df.update(terms)
            if self._encoder is not None and self._encoder.df is self.df:
                self._encoder.count(terms)
            changes.terms |= terms
            self.docs += 1
            self.seq += 1
            self.seqs[s.article_id] = self.seq
            self.days[s.article_id] = s.days
            self.sigs[s.article_id] = s
        self._place(new, changes)
        self._tidy(changes)
        for s in new:
            self._index_article(s, self.events[self.where[s.article_id]].story_id)
        self._evict()
        return changes

    def idf(self, term: str) -> float:
        return self._idf()(term)

    def _scoring(self) -> Encoder:
        """What the scorer weighs terms with: signatures encoded once, idf from this corpus's counts."""
        if self._encoder is None or self._encoder.df is not self.df:
            self._encoder = Encoder(df=self.df, prior=self.settings.prior_docs)
        self._encoder.docs = self.docs
        return self._encoder

    def _idf(self) -> Callable[[str], float]:
        """One cached idf per corpus state: ``docs`` changes with every batch, and so the function."""
        if self._idf_at != self.docs:
            self._idf_fn, self._idf_at = idf_function(self.df, self.docs, self.settings.prior_docs), self.docs
        return self._idf_fn

    def story_of(self, article_id: str) -> int:
        return self.events[self.where[article_id]].story_id

    # -- stories ---------------------------------------------------------------

    def _place(self, new: list[Signature], changes: Changes) -> None:
        """Stories first. The new articles are clustered among themselves by average link; each
        cluster then joins the story, among those its articles find in the index, whose anchors it
        matches best on average, if that reaches the story threshold, else opens a story. A cluster
        that matches two stories whose anchors also match each other (``merge_threshold``) merges
        them; an article of it that reports an event of the other story goes there (``_event_homes``).
        Then the events of each story touched, and an event that another story holds too becomes one
        (``_join_twins``)."""
        found, weak = self._candidates(new)
        candidates = dict.fromkeys(sid for f in found for sid in f)  # each story once, however many found it
        self._fetch([a for sid in candidates for a in self.stories[sid].anchors])
        anchors = {sid: [a for a in self.stories[sid].anchors if a in self.sigs] for sid in candidates}
        threshold = self.settings.story_threshold or self.models.story.threshold
        among, _ = probabilities(new, self._scoring(), self.models, events=False)
        labels = average_link(among, threshold)
        groups = [np.flatnonzero(labels == label) for label in range(labels.max() + 1)]
        touched: dict[int, list[str]] = {}
        into: dict[int, int] = {}  # stories merged in this batch -> the story they went into

        def live(sid: int) -> int:
            while sid in into:
                sid = into[sid]
            return sid

        def merge(source: int, target: int) -> None:
            self._merge_stories(source, target, changes)
            into[source] = target
            anchors[target] = anchors[target] + anchors[source]

        for chunk in _chunks(groups, SCORED_ROWS):
            for group, found_scores in zip(chunk, self._story_scores(new, chunk, found, anchors)):
                score: dict[int, float] = {}  # a story merged since the chunk was scored is the one it went into
                for sid, v in found_scores.items():
                    score[live(sid)] = max(v, score.get(live(sid), 0.0))
                matching = sorted((sid for sid, v in score.items() if v >= threshold),
                                  key=lambda sid: (sid in weak, -score[sid], sid))
                if matching:
                    target = matching[0]
                    cluster = [new[i].article_id for i in group]
                    for other in matching[1:]:
                        if self._same_story(anchors[other], anchors[target]):
                            merge(other, target)
                            continue
                        # a story of one article and the other the cluster matches: the lone one joins the
                        # other when it matches that story and the cluster on average
                        small, large = sorted((other, target), key=self._story_size)
                        if self._story_size(small) <= LONE < self._story_size(large) and \
                                self._lone_joins(anchors[small], anchors[large] + cluster, threshold):
                            merge(small, large)
                            target = large
                    others = [live(sid) for sid in matching[1:]]
                    homes = self._event_homes(cluster, {sid: anchors[sid] for sid in dict.fromkeys([target] + others)})
                    for a, sid in homes.items():
                        if sid != target:
                            touched.setdefault(sid, []).append(a)
                    group = [i for i in group if homes.get(new[i].article_id, target) == target]
                else:
                    target = self.next_story
                    self.next_story += 1
                    self.stories[target] = Story(target)
                    anchors[target] = []
                touched.setdefault(target, []).extend(new[i].article_id for i in group)
        merged: dict[int, list[str]] = {}
        for story_id, fresh in touched.items():
            merged.setdefault(live(story_id), []).extend(fresh)
        # not a story whose cluster's articles all went to the events they report
        self._regroup_stories({sid: [self.sigs[a] for a in fresh] for sid, fresh in merged.items() if fresh}, changes)
        fresh = {sid: articles for sid, articles in merged.items() if articles}  # merged's ids are live
        self._join_twins(fresh, [live(sid) for sid in candidates], changes)

    def _story_scores(self, new: list[Signature], groups: list[np.ndarray], found: list[list[int]],
                      anchors: dict[int, list[str]]) -> list[dict[int, float]]:
        """For each cluster of new articles, its average story probability to the anchors of each
        story its articles found: the clusters' articles against those anchors, scored at once."""
        own = [[sid for sid in dict.fromkeys(sid for i in group for sid in found[i]) if anchors[sid]] for group in groups]
        stories = list(dict.fromkeys(sid for o in own for sid in o))
        if not stories:
            return [{} for _ in groups]
        rows = np.concatenate(groups)
        cols, at = [], {}
        for sid in stories:
            at[sid] = np.arange(len(cols), len(cols) + len(anchors[sid]))
            cols += anchors[sid]
        story_p, _ = probabilities([new[i] for i in rows], self._scoring(), self.models,
                                   others=[self.sigs[a] for a in cols], events=False)
        out, start = [], 0
        for group, o in zip(groups, own):
            block = story_p[start:start + len(group)]
            start += len(group)
            out.append({sid: float(block[:, at[sid]].mean()) for sid in o})
        return out

    def _candidates(self, new: list[Signature]) -> tuple[list[list[int]], set[int]]:
        """The stories each new article finds by its lookup terms: those sharing the most terms with it;
        and the lone stories found by a few terms only, which take a cluster in only where no other story it
        matches does."""
        out, weak, sure = [], set(), set()
        for s in new:
            found = np.fromiter(chain.from_iterable(self._index.get(term, ()) for term in self._lookup_terms(s)),
                                np.int64)  # the stories in each term's posting, counted at once
            stories, hits = np.unique(found, return_counts=True)
            top = np.lexsort((stories, hits))[::-1][:self.settings.candidates]  # most hits first, the newer story on a tie
            ranked = list(zip(stories[top].tolist(), hits[top].tolist()))
            best = ranked[0][1] if ranked else 0
            # a story found by a few common terms where another shares many is not a candidate, unless it is
            # a lone article (``LONE``), which then joins the story the cluster joins (``_lone_joins``): a
            # report in another script shares few terms with anyone, yet reports the event all the same
            strong = [sid for sid, n in ranked if sid in self.stories and n >= CANDIDATE_SHARE * best]
            lone = [sid for sid, n in ranked if sid in self.stories and sid not in strong
                    and self._story_within(sid, LONE)]
            out.append(strong + lone)
            weak |= set(lone)
            sure |= set(strong)
        return out, weak - sure

    def _same_story(self, xs: list[str], ys: list[str]) -> bool:
        """Two existing stories are one when their anchors match on average as well as the
        articles of one story do (``merge_threshold``), not merely through a new article."""
        if not (xs and ys):
            return False
        key = (tuple(xs), tuple(ys))
        if key not in self._apart:  # the same two stories meet batch after batch until they change
            if len(self._apart) > 10_000:
                self._apart.clear()
            self._apart[key] = self._story_match(xs, ys)
        return self._apart[key] >= self.settings.merge_threshold

    def _event_homes(self, cluster: list[str], stories: dict[int, list[str]]) -> dict[str, int]:
        """The story whose event each article of a cluster reports, where that is not the story the cluster
        joins (the first): its anchors of one event match the article on average at the event threshold,
        and no event of the cluster's story does. One event is never split over two stories: the first
        reports of a story may have made two, each around its own events (the convoys, the shootings),
        and a later batch's cluster that holds reports of both follows them there article by article."""
        cols = [(sid, self.where[a], a) for sid, xs in stories.items() for a in xs]
        if len(stories) < 2 or not cols:
            return {}
        _, event_p = probabilities([self.sigs[a] for a in cluster], self._scoring(), self.models,
                                   others=[self.sigs[a] for _, _, a in cols])
        by_event: dict[tuple[int, int], list[int]] = {}
        for j, (sid, event_id, _) in enumerate(cols):
            by_event.setdefault((sid, event_id), []).append(j)
        keys = list(by_event)
        means = np.stack([event_p[:, by_event[k]].mean(axis=1) for k in keys], axis=1)
        threshold = self.settings.event_threshold or self.models.event.threshold
        target = next(iter(stories))
        own = np.array([k[0] == target for k in keys])
        out = {}
        for row, a in enumerate(cluster):
            best = int(means[row].argmax())
            if means[row, best] >= threshold and not own[best] and not (means[row, own] >= threshold).any():
                out[a] = keys[best][0]
        return out

    def _join_twins(self, fresh: dict[int, list[str]], found: list[int], changes: Changes) -> None:
        """An event of the new articles that another story holds too (``_twins``) becomes one event: one twin leaves
        its event and is clustered again with the other, in the story their reports resemble (``_twins_home``). The
        first reports of an event may open a story of their own, or join another, when they match
        one event of a story but not its others on average, as early reports in other languages do."""
        # one of the two stories is young: a report that opened a story of its own, or one of a few; two large
        # stories that share reports are one story or not by their anchors (``_same_story``)
        young = dict.fromkeys(sid for sid in found + list(fresh) if sid in self.stories
                              and self._story_within(sid, TWIN_STORY))
        stories = found + list(fresh) if young.keys() & fresh.keys() else list(young)
        pairs = self._twins([a for articles in fresh.values() for a in articles], stories)
        for mine, theirs in sorted(pairs, key=lambda p: -self._story_size(self.events[p[1]].story_id)):
            a, b = self.events.get(mine), self.events.get(theirs)
            if not (a and b and a.members and b.members) or a.story_id == b.story_id:
                continue  # joined with an earlier twin
            # an undated twin goes to the dated reports of its event; else the two go where their reports resemble
            home = a.story_id if self._undated_twin(b) else self._twins_home(a, b)
            source, target = (a, b.story_id) if home == b.story_id else (b, a.story_id)
            if not all(x in self.sigs for x in source.members):
                continue  # evicted, without a store to fetch them from
            moved = list(source.members)
            changes.stories.add(source.story_id)
            changes.events.add(source.id)
            for x in moved:  # out of their event, to be placed again with the twin
                source.members.remove(x)
                del self.where[x]
            self._regroup_events(target, [self.sigs[x] for x in moved], changes)
            for x in moved:  # found by their terms in the story they went to
                self._index_article(self.sigs[x], self.story_of(x))

    def _twins_home(self, a: Event, b: Event) -> int:
        """The story two twin events become one event in: the one whose other anchors, as the story stood before this
        batch, their latest reports match better on average, so that a report of two stories (a weekly round-up) that
        sits in the wrong one does not draw the other story's events after it; the larger story where one holds no
        other anchor, as a story this batch opened holds none."""
        larger = b.story_id if self._story_size(b.story_id) > self._story_size(a.story_id) else a.story_id
        twins = [x for x in a.members[-TWIN_MEMBERS:] + b.members[-TWIN_MEMBERS:] if x in self.sigs]
        taken = set(a.members) | set(b.members)
        others = {sid: [x for x in self.stories[sid].anchors if x in self.sigs and x not in taken]
                  for sid in (a.story_id, b.story_id)}
        if not twins or not all(others.values()):
            return larger
        match = {sid: self._story_match(twins, xs) for sid, xs in others.items()}
        if abs(match[a.story_id] - match[b.story_id]) < 1e-9:
            return larger
        return max(match, key=match.__getitem__)

    def _twins(self, fresh: list[str], stories: list[int]) -> list[tuple[int, int]]:
        """(event of the new articles, event of another story) for each event of the ``stories`` that an event of
        the new articles reports too: their latest dated reports match on average at the event threshold, all
        within a news cycle (``scorer.days_close``). Scored for the whole batch at once, and only against the
        events earlier batches placed within a news cycle of ours: the batch's own clustering already weighed
        its new events against each other (letting them twin lowers event B3 from bare files on the
        multilingual sets). An earlier event of a few reports none of which is dated (a Telegram post, an excerpt
        that opened a story of its own or sat in another: ``_undated_twin``) is told by its latest reports,
        whatever their days, and the dated reports of its event, when they come, take it into their story; with no
        day to tell, they must also match as two stories that merge do (``merge_threshold``): a report in another
        script may meet another event of the cast by its names alone."""
        mine = list(dict.fromkeys(self.where[a] for a in fresh if a in self.where))
        rows = [a for e in mine for a in self._dated(e)]
        if not rows:
            return []
        try:
            days = sorted(date.fromisoformat(self.days[a][0][:10]) for a in rows)
        except ValueError:
            return []
        lo, hi = ((d + timedelta(days=k)).isoformat() for d, k in ((days[0], -CLOSE_DAYS), (days[-1], CLOSE_DAYS)))
        candidates = [e for o in dict.fromkeys(stories) if o in self.stories for e in sorted(self.stories[o].events)]
        undated = {e for e in candidates if self._undated_twin(self.events[e])}
        theirs = [e for e in candidates if e in undated or (ev := self.events[e]).first and ev.first[:10] <= hi
                  and (ev.last or ev.first)[:10] >= lo]
        self._fetch([a for e in theirs for a in self.events[e].members[-TWIN_MEMBERS:]])
        near = {e: told for e in theirs if (told := self._latest(e) if e in undated else self._dated(e))}
        cols = [a for told in near.values() for a in told]
        if not cols:
            return []
        row_sigs, col_sigs = [self.sigs[a] for a in rows], [self.sigs[a] for a in cols]
        story_p, event_p = probabilities(row_sigs, self._scoring(), self.models, others=col_sigs)
        no_day = np.array([not self.days.get(a) for a in cols])
        close = days_close(row_sigs, col_sigs) | no_day[None, :]
        threshold = self.settings.event_threshold or self.models.event.threshold
        row_event, col_event = np.array([self.where[a] for a in rows]), np.array([self.where[a] for a in cols])
        out = []
        for e in near:
            c = col_event == e
            for m in mine:
                r = row_event == m
                if self.events[m].story_id != self.events[e].story_id and r.any() and c.any() \
                        and close[np.ix_(r, c)].all() and event_p[np.ix_(r, c)].mean() >= threshold \
                        and not (e in undated and story_p[np.ix_(r, c)].mean() < self.settings.merge_threshold):
                    out.append((m, e))
                    break
        return out

    def _undated_twin(self, event: Event) -> bool:
        """An event that may be the twin of a dated event without a day to tell: none of its reports is dated, it holds
        a few (an excerpt placed on its own, not an event of its own story's), and it is open (``_open``)."""
        members = event.members  # asked mid-batch, before ``_tidy`` sets the days of the events it changed
        return 0 < len(members) <= TWIN_MEMBERS and not any(self.days.get(a) for a in members) \
            and self.seq - max(self.seqs.get(a, 0) for a in members) <= self.settings.open_articles

    def _latest(self, event_id: int) -> list[str]:
        "An event's latest ``TWIN_MEMBERS`` members, dated or not: what an undated twin is told by."
        return [a for a in self.events[event_id].members[-TWIN_MEMBERS:] if a in self.sigs]

    def _dated(self, event_id: int) -> list[str]:
        "The dated ones among an event's latest ``TWIN_MEMBERS`` members: what a twin is told by."
        return [a for a in self._latest(event_id) if self.days.get(a)]

    def _lone_joins(self, lone: list[str], others: list[str], threshold: float) -> bool:
        """A story of one article, which a new cluster also matches, joins the story the cluster joins when
        it matches that story's anchors and the cluster on average at the story threshold: as average link
        would have put it, had it arrived with them, not in a batch of its own."""
        return bool(lone and others) and self._story_match(lone, others) >= threshold

    def _story_match(self, xs: list[str], ys: list[str]) -> float:
        "The average story probability of the articles ``xs`` against the articles ``ys``."
        story_p, _ = probabilities([self.sigs[a] for a in xs], self._scoring(), self.models,
                                   others=[self.sigs[a] for a in ys], events=False)
        return float(story_p.mean())

    def _merge_stories(self, source: int, target: int, changes: Changes) -> None:
        """Two stories turned out to be one: the source's events move under the target."""
        if source not in self.stories or target not in self.stories:
            return
        for event_id in sorted(self.stories[source].events):
            event = self.events[event_id]
            event.story_id = target
            self.stories[target].events.add(event_id)
            changes.events.add(event_id)
            changes.assignments += [Assignment(a, target, event_id, 0.0, 0.0) for a in event.members]
        self.stories[source].events.clear()
        for a in self.stories[source].anchors:
            if a in self.sigs:
                self._index_article(self.sigs[a], target)
        changes.stories |= {source, target}

    def _story_size(self, story_id: int) -> int:
        return sum(self.events[e].size for e in self.stories[story_id].events)

    def _story_within(self, story_id: int, most: int) -> bool:
        """Whether a story holds at most ``most`` articles, counted only until it holds more: a new article finds
        stories of thousands, and asks of each whether it is small."""
        size = 0
        for e in self.stories[story_id].events:
            size += len(self.events[e].members)
            if size > most:
                return False
        return True

    # -- events inside one story -------------------------------------------------

    def _regroup_stories(self, fresh: dict[int, list[Signature]], changes: Changes) -> None:
        """``_regroup_events`` in each story, the small windows of several stories scored in one call
        (``PACKED_ROWS``): a call costs as much as the pairs of a few dozen articles, and most windows hold
        fewer. A story's regrouping moves only its own articles, so the others' windows stay as they were."""
        windows = {sid: self._event_window(sid, articles) for sid, articles in fresh.items()}
        packs: list[list[int]] = []
        size = 0
        for sid in sorted(windows, key=lambda sid: len(windows[sid])):  # the small ones together
            if not packs or size + len(windows[sid]) > PACKED_ROWS:
                packs.append([])
                size = 0
            packs[-1].append(sid)
            size += len(windows[sid])
        scored: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        for pack in packs:
            story_p, event_p = probabilities([self.sigs[a] for sid in pack for a in windows[sid]], self._scoring(),
                                             self.models)
            start = 0
            for sid in pack:
                block = slice(start, start + len(windows[sid]))
                scored[sid] = (story_p[block, block], event_p[block, block])
                start += len(windows[sid])
        for sid in fresh:
            self._regroup_events(sid, fresh[sid], changes, windows[sid], scored[sid])

    def _event_window(self, story_id: int, fresh: list[Signature]) -> list[str]:
        """The articles the story's new ones are clustered with: the members of its open events, the newest
        ``window`` of them, leaving out an event that does not fit whole, then the new ones."""
        open_events = [e for e in sorted(self.stories[story_id].events) if self._open(self.events[e], fresh)]
        self._fetch([a for e in open_events for a in self.events[e].members])
        old = [a for e in open_events for a in self.events[e].members if a in self.sigs]
        keep = max(self.settings.window - len(fresh), 0)
        old = sorted(old, key=self.seqs.__getitem__)[max(len(old) - keep, 0):]
        counts = Counter(self.where[a] for a in old)
        movable_old = [a for a in old if counts[self.where[a]] == self.events[self.where[a]].size]
        return movable_old + [s.article_id for s in fresh]

    def _regroup_events(self, story_id: int, fresh: list[Signature], changes: Changes, window: list[str] | None = None,
                        scored: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """Cluster the story's new articles with the members of its open events; events that
        turn out to be one merge, one that held two splits. ``window`` and its (story, event) probabilities
        where ``_regroup_stories`` has them."""
        window = window or self._event_window(story_id, fresh)
        sigs = [self.sigs[a] for a in window]
        story_p, event_p = scored or probabilities(sigs, self._scoring(), self.models)
        labels = events_of(event_p, self.settings.event_threshold or self.models.event.threshold,
                           (self.models.fragments[0], fragment_thresholds(sigs, self.models)), days_apart(sigs))
        ids = self._claim(self._votes(window, labels), "next_event")
        for i, a in enumerate(window):
            target = ids[labels[i]]
            before = self.where.get(a)
            if before == target and self.events[target].story_id == story_id:
                continue
            self._move(a, before, target, story_id, changes)
            same_e = np.flatnonzero(labels == labels[i])
            changes.assignments.append(Assignment(a, story_id, target, _mean_other(story_p[i], np.arange(len(window)), i),
                                                  _mean_other(event_p[i], same_e, i)))

    def _open(self, event: Event, new: list[Signature]) -> bool:
        """Open for this batch: close in days to one of its articles, or recent when days are missing."""
        recent = self.seq - event.last_seq <= self.settings.open_articles
        for s in new:
            if not s.days or not event.first:
                if recent:
                    return True
            elif _gap(s.days, event.first, event.last) <= self.settings.open_days:
                return True
        return False

    def _fetch(self, article_ids: list[str]) -> None:
        "Bring back the evicted signatures among these in one call: a store answers each call with a query."
        missing = [a for a in article_ids if a not in self.sigs]
        if missing and self.fetch is not None:
            for s in self.fetch(missing):
                self.sigs[s.article_id] = s

    def _votes(self, window: list[str], labels: np.ndarray) -> list[Counter]:
        """Per cluster label, how many of its articles are in each existing event."""
        votes = [Counter() for _ in range(labels.max() + 1 if len(labels) else 0)]
        for a, label in zip(window, labels):
            if a in self.where:
                votes[label][self.where[a]] += 1
        return votes

    def _claim(self, votes: list[Counter], counter: str) -> dict[int, int]:
        """Each cluster takes the id it shares most members with, biggest share first; the rest get new ids."""
        offers = sorted(((n, -gid, label) for label, v in enumerate(votes) for gid, n in v.items()), reverse=True)
        taken: dict[int, int] = {}
        used: set[int] = set()
        for n, neg_gid, label in offers:
            if label not in taken and -neg_gid not in used:
                taken[label] = -neg_gid
                used.add(-neg_gid)
        for label in range(len(votes)):
            if label not in taken:
                taken[label] = getattr(self, counter)
                setattr(self, counter, taken[label] + 1)
        return taken

    def _move(self, article_id: str, before: int | None, event_id: int, story_id: int, changes: Changes) -> None:
        if before is not None:
            old = self.events[before]
            old.members.remove(article_id)
            changes.events.add(before)
            changes.stories.add(old.story_id)
        event = self.events.get(event_id)
        if event is None:
            event = self.events[event_id] = Event(event_id, story_id)
        if event.story_id != story_id:
            self.stories[event.story_id].events.discard(event_id)
            changes.stories.add(event.story_id)
            event.story_id = story_id
        story = self.stories.setdefault(story_id, Story(story_id))
        story.events.add(event_id)
        event.members.append(article_id)
        self.where[article_id] = event_id
        changes.events.add(event_id)
        changes.stories.add(story_id)

    def _tidy(self, changes: Changes) -> None:
        """Recompute the days of changed events, drop empty ones, refresh the anchors of changed stories."""
        for event_id in list(changes.events):
            event = self.events.get(event_id)
            if event is None:
                continue
            if not event.members:
                del self.events[event_id]
                self.stories[event.story_id].events.discard(event_id) if event.story_id in self.stories else None
                changes.removed_events.add(event_id)
                changes.events.discard(event_id)
                continue
            event.members.sort(key=lambda a: self.seqs.get(a, 0))
            days = [d for a in event.members for d in self.days.get(a, ())[:1]]
            event.first, event.last = (min(days), max(days)) if days else (None, None)
            event.last_seq = max(self.seqs.get(a, 0) for a in event.members)
        for story_id in list(changes.stories):
            story = self.stories.get(story_id)
            if story is None:
                continue
            if not story.events:
                del self.stories[story_id]
                changes.removed_stories.add(story_id)
                changes.stories.discard(story_id)
                continue
            members = [a for e in story.events for a in self.events[e].members]
            story.anchors = sorted(members, key=lambda a: self.seqs.get(a, 0))[-self.settings.anchors:]

    # -- the story index --------------------------------------------------------

    def _lookup_terms(self, s: Signature) -> list[str]:
        """The terms ``s`` is found by at this corpus state: a new article looks them up, then is
        indexed by them in the same batch (the ones its batch looked up are kept for that)."""
        if self._lookup_at != self.docs:
            self._lookup, self._lookup_at = {}, self.docs
        terms = self._lookup.get(s.article_id)
        if terms is None:
            idf = self._idf()
            words = [t for _, t in sorted([(-v * idf(t), t) for t, v in s.lead.items()])[:INDEX_TERMS]]
            terms = self._lookup[s.article_id] = words + ["@" + n for n in s.names[:INDEX_TERMS]]
        return terms

    def _index_article(self, s: Signature, story_id: int) -> None:
        for term in self._lookup_terms(s):
            posting = self._index.setdefault(term, OrderedDict())
            posting.pop(story_id, None)
            posting[story_id] = None  # most recently extended last
            if len(posting) > POSTINGS:
                posting.popitem(last=False)

    def _evict(self) -> None:
        """Forget the signatures no open event or anchor needs, once they fall out of every window."""
        if len(self.sigs) < max(4 * self.settings.open_articles, self._kept + self.settings.open_articles):
            return  # not every batch: the anchors of every story stay, and walking them all costs
        keep = {a for st in self.stories.values() for a in st.anchors}
        horizon = self.seq - self.settings.open_articles
        self.sigs = {a: s for a, s in self.sigs.items() if a in keep or self.seqs.get(a, 0) >= horizon}
        self._kept = len(self.sigs)
        if self._encoder is not None:
            self._encoder.retain(self.sigs.values())


def _chunks(groups: list[np.ndarray], rows: int) -> Iterable[list[np.ndarray]]:
    "Consecutive groups holding about ``rows`` members in all (a group is never split)."
    chunk, size = [], 0
    for group in groups:
        chunk.append(group)
        size += len(group)
        if size >= rows:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _gap(days: Iterable[str], first: str, last: str | None) -> float:
    """Days between any of ``days`` and the range first..last (0 inside it)."""
    best = math.inf
    for d in days:
        try:
            x, lo, hi = (date.fromisoformat(v[:10]).toordinal() for v in (d, first, last or first))
        except ValueError:
            continue
        best = min(best, max(lo - x, x - hi, 0))
    return best


def _mean_other(row: np.ndarray, members: np.ndarray, i: int) -> float:
    others = members[members != i]
    return round(float(row[others].mean()), 4) if len(others) else 0.0

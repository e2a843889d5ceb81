"""Stories and events: what joins, what stays apart, what a later batch may revise and what never moves."""

import numpy as np
import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.group.scorer import Model, Models
from rashomon.group.signature import Signature
from rashomon.group.stories import Settings, StoryGrouper
from rashomon.model import Article

RESIGNS = ("Marovia's prime minister resigns after budget defeat", "2024-03-11",
           "Marovian Prime Minister Alda Kesh resigned on Monday after parliament in Tesk rejected her budget. "
           "Kesh told lawmakers that the Marovian government had lost the confidence it needed to govern. "
           "President Oren Valik accepted the resignation and asked Kesh to stay on until a new cabinet is formed.")
STEPS_DOWN = ("Alda Kesh quits as Marovia's premier", "2024-03-11",
              "Alda Kesh stepped down as head of the Marovian government, hours after the parliament in Tesk "
              "voted down her spending plan. Oren Valik, Marovia's president, took her resignation and said "
              "Kesh would lead a caretaker cabinet until coalition talks end.")
CALL_MAY = ("Veska and Tordan foreign ministers speak by phone", "2024-05-02",
            "Veskan Foreign Minister Ana Pirel and her Tordanian counterpart Miko Dran spoke by phone on Thursday "
            "about the closed border crossing at Harn. Pirel urged Tordan to reopen the Harn crossing, "
            "and Dran said Tordan would review the request.")
CALL_LATER = ("Pirel and Dran hold another call on Harn crossing", "2024-05-23",
              "Ana Pirel, Veska's foreign minister, spoke by phone again with Tordan's Miko Dran on Thursday "
              "about the Harn border crossing, closed since April. Dran told Pirel the Harn crossing "
              "would stay closed while the Tordanian review continues.")
FOOTBALL = ("Tesk Rovers beat Lindholm in cup final", "2024-03-12",
            "Tesk Rovers won the national cup on Tuesday, beating Lindholm City 2-1 after extra time. "
            "Striker Pavo Rendt scored the winner in the 113th minute in front of 30,000 fans.")
GERMAN = ("Marowien: Regierungschefin Alda Kesh tritt zurück", "2024-03-12",
          "Die marowische Regierungschefin Alda Kesh ist zurückgetreten, nachdem das Parlament in Tesk "
          "ihren Haushalt abgelehnt hatte. Präsident Oren Valik nahm den Rücktritt an; Kesh bleibt bis "
          "zur Bildung einer neuen Regierung im Amt.")


@pytest.fixture(scope="module")
def analyse(ctx):
    pipeline = Pipeline()

    def run(item, language="en"):
        title, day, body = item
        article = Article(id=title[:24], source="test", format="text", body=body, title=title,
                          published=day, language=language)
        return pipeline(article, ctx)
    return run


def place(articles, grouper=None):
    """Add the articles one batch each; return the grouper and each article's final (story, event)."""
    grouper = grouper or StoryGrouper()
    for a in articles:
        grouper.add(a)
    return grouper, [(grouper.story_of(a.id), grouper.where[a.id]) for a in articles]


@pytest.mark.slow
def test_same_event_worded_differently_joins_one_event(analyse):
    grouper, (a, b) = place([analyse(RESIGNS), analyse(STEPS_DOWN)])
    assert a == b


@pytest.mark.slow
def test_same_kind_of_event_weeks_apart_is_a_new_event_in_the_same_story(analyse):
    _, (may, later) = place([analyse(CALL_MAY), analyse(CALL_LATER)])
    assert later[0] == may[0] and later[1] != may[1]


@pytest.mark.slow
def test_undated_files_whose_datelines_give_no_year_still_tell_two_calls_apart(analyse):
    "'HARN, June 6' and 'HARN, June 27' name no year, yet are at least three weeks apart."
    def undated(item, dateline, title=None):
        return analyse((title or item[0], None, f"HARN, {dateline} (Wire) - {item[2]}"))

    _, (first, later, again) = place([undated(CALL_MAY, "June 6"), undated(CALL_LATER, "June 27"),
                                      undated(CALL_MAY, "June 6", title="Pirel and Dran speak on Harn")])
    assert later[0] == first[0] and later[1] != first[1]
    assert again == first


@pytest.mark.slow
def test_unrelated_article_opens_its_own_story_though_it_shares_a_place(analyse):
    _, (a, b, c) = place([analyse(RESIGNS), analyse(STEPS_DOWN), analyse(FOOTBALL)])
    assert c[0] != a[0]


@pytest.mark.slow
def test_same_input_gives_same_ids_and_closed_events_do_not_move(analyse):
    articles = [analyse(x) for x in (RESIGNS, CALL_MAY, STEPS_DOWN)]
    _, first = place(articles)
    _, again = place(articles)
    assert first == again
    _, more = place(articles + [analyse(FOOTBALL), analyse(CALL_LATER)])
    assert more[:3] == first


@pytest.mark.slow
def test_article_in_another_language_joins_by_shared_names(analyse):
    _, (a, _b, _f, de) = place([analyse(RESIGNS), analyse(STEPS_DOWN), analyse(FOOTBALL),
                                analyse(GERMAN, language="de")])
    assert de[0] == a[0]


# -- the mechanics, on signatures and a scorer that reads only the lead's words ---------------

def words_only(story: float = 0.3, event: float = 0.5) -> Models:
    """P = sigmoid(12 * (lead cosine - 0.5)): two articles sharing most of their words match."""
    story_m = Model(-6.0, {"lead": 12.0}, story)
    event_m = Model(-6.0, {"lead": 12.0}, event)
    return Models(story_m, event_m, story_m, event_m, story_m, event_m)


def sig(aid: str, words: str, day: str | None = "2024-05-02", numbers: tuple[str, ...] = ()) -> Signature:
    bag = {w: 1.0 for w in words.split()}
    return Signature(aid, "en", bag, bag, bag, (), (), (), (), (), (), numbers, (day,) if day else ())


def test_a_later_article_merges_two_open_events_and_the_older_id_stays():
    grouper = StoryGrouper(models=words_only(story=0.05, event=0.45))
    grouper.add_batch([sig("a", "harn crossing closed trucks border ruul")])
    grouper.add_batch([sig("b", "harn crossing closed hauliers stuck brenn")])
    assert grouper.where["a"] != grouper.where["b"]
    first = grouper.where["a"]
    changes = grouper.add_batch([sig("c", "harn crossing closed trucks hauliers stuck border")])
    assert grouper.where["a"] == grouper.where["b"] == grouper.where["c"] == first
    assert {x.article_id for x in changes.assignments} == {"b", "c"}  # b moved, c is new; a stayed
    assert changes.removed_events == {2}


def test_closed_events_stay_as_they_are():
    grouper = StoryGrouper(models=words_only(), settings=Settings(open_days=7))
    grouper.add_batch([sig("a", "harn crossing closed trucks border", "2024-05-02")])
    changes = grouper.add_batch([sig("b", "harn crossing closed trucks border", "2024-06-20")])
    assert grouper.story_of("b") == grouper.story_of("a")  # the story is found through its anchors
    assert grouper.where["b"] != grouper.where["a"]  # but the closed event takes no new article
    assert [x.article_id for x in changes.assignments] == ["b"]


def test_undated_articles_that_match_two_calls_weeks_apart_do_not_make_them_one_event():
    "Two dated calls three weeks apart, and undated reports that read like either."
    grouper = StoryGrouper(models=words_only())
    words = "pirel dran phone call harn crossing"
    grouper.add_batch([sig("may", words, "2024-05-02"), sig("june", words, "2024-05-23"),
                       sig("x", words, None), sig("y", words, None)])
    assert grouper.story_of("may") == grouper.story_of("june")
    assert grouper.where["may"] != grouper.where["june"]


def test_protests_a_week_apart_are_two_events_however_alike_their_words():
    "News repeats some events weekly, a strike day or a protest: seven days apart is never one event."
    grouper = StoryGrouper(models=words_only(event=0.3))  # a bar the decay over seven days alone would clear
    words = "vashta brenner protest marensk reform judges"
    grouper.add_batch([sig("first", words, "2025-02-22"), sig("second", words, "2025-03-01"),
                       sig("next day", words, "2025-02-23")])
    assert grouper.story_of("first") == grouper.story_of("second")
    assert grouper.where["first"] == grouper.where["next day"] != grouper.where["second"]


def test_undated_reports_of_different_weekdays_are_less_likely_one_event():
    "Halved, a near-certain match of two undated reports falls under the bar; one day named, or none, does not."
    import dataclasses

    words = "valik pirel talks border plan annex"
    bits = {"monday": 1, "tuesday": 2, "saturday": 32}
    day = lambda aid, *days, when=None: dataclasses.replace(  # noqa: E731
        sig(aid, words, when), weekdays=sum(bits[d] for d in days))
    grouper = StoryGrouper(models=words_only(event=0.5))
    grouper.add_batch([day("monday", "monday"), day("saturday", "saturday"), day("also", "monday")])
    assert grouper.where["monday"] == grouper.where["also"] != grouper.where["saturday"]
    for pair in ([day("a", "monday"), day("b")],  # one names no day
                 [day("a", "monday", when="2024-05-06"), day("b", "tuesday", when="2024-05-06")]):  # days known
        other = StoryGrouper(models=words_only(event=0.5))
        other.add_batch(pair)
        assert other.where["a"] == other.where["b"]


def test_an_event_that_gains_articles_keeps_its_id():
    grouper = StoryGrouper(models=words_only())
    for i in range(5):
        grouper.add_batch([sig(f"a{i}", f"harn crossing closed trucks border day{i}")])
    assert {grouper.where[f"a{i}"] for i in range(5)} == {1}
    assert grouper.next_event == 2


def test_scoring_with_one_encoder_matches_scoring_term_by_term():
    "Signatures met for the first time on either side of a product share one vocabulary (a store's fetched anchors)."
    from collections import Counter

    from rashomon.group.scorer import Encoder, idf_function, probabilities

    old = [sig("a", "harn crossing closed trucks border"), sig("b", "ruul hauliers stuck brenn")]
    new = [sig("c", "harn crossing closed hauliers stuck"), sig("d", "unseen words only here")]
    df = Counter(w for s in old + new for w in s.lead)
    encoder = Encoder(df=df)
    encoder.docs = 4
    probabilities(new, encoder, words_only())  # the batch, scored among itself, is known; the anchors are not
    by_encoder = probabilities(new, encoder, words_only(), others=old)[0]
    by_terms = probabilities(new, idf_function(df, 4), words_only(), others=old)[0]
    assert by_encoder.shape == (2, 2) and abs(by_encoder - by_terms).max() < 1e-9
    assert by_encoder[0, 0] > by_encoder[1, 0]


def test_evicted_signatures_come_back_in_one_call_per_step_not_one_per_article():
    "A store answers each fetch with a query: a batch that meets a story's anchors and open event asks twice."
    grouper = StoryGrouper(models=words_only())
    grouper.add_batch([sig(f"a{i}", f"harn crossing closed trucks border day{i}") for i in range(12)])
    kept, asked = dict(grouper.sigs), []
    grouper.sigs = {}  # evicted: only the store has them now
    grouper.fetch = lambda ids: asked.append(list(ids)) or [kept[a] for a in ids]
    grouper.add_batch([sig("n", "harn crossing closed trucks border day99")])
    assert grouper.where["n"] == grouper.where["a0"]
    assert len(asked) == 2 and set(asked[0] + asked[1]) == set(kept)  # the anchors, then the rest of the open event


def test_story_probabilities_alone_are_the_ones_scored_with_events():
    from rashomon.group.scorer import Encoder, probabilities, shipped_models

    new = [sig("c", "harn crossing closed hauliers stuck"), sig("d", "unseen words only here", None)]
    old = [sig("a", "harn crossing closed trucks border"), sig("b", "ruul hauliers stuck brenn", "2024-05-20")]
    story, event = probabilities(new, Encoder(idf=lambda t: 1.0), shipped_models(), others=old)
    alone, none = probabilities(new, Encoder(idf=lambda t: 1.0), shipped_models(), others=old, events=False)
    assert none is None and event is not None and np.array_equal(story, alone)


def test_a_large_batch_places_each_cluster_in_the_story_its_own_articles_match():
    # 40 new articles of five stories, interleaved: scored a few clusters at a time, each
    # cluster against the stories its articles found, every one must reach its own story
    topics = ["harn crossing closed trucks border", "quell flood dam river rain", "vosk election ballot count poll",
              "tarn quake magnitude tremor rubble", "brill strike union wages factory"]
    grouper = StoryGrouper(models=words_only())
    grouper.add_batch([sig(f"seed{k}", words) for k, words in enumerate(topics)])
    home = [grouper.story_of(f"seed{k}") for k in range(len(topics))]
    assert len(set(home)) == len(topics)
    batch = [sig(f"n{i}", f"{topics[i % len(topics)]} extra{i}") for i in range(40)]
    grouper.add_batch(batch)
    assert [grouper.story_of(f"n{i}") for i in range(40)] == [home[i % len(topics)] for i in range(40)]
    assert len(grouper.stories) == len(topics)


def test_a_lone_story_joins_the_story_a_later_report_bridges_it_to():
    """A report alone in its story because it came before the others of its story: a later report that
    matches both makes it part of that story when it matches the story and the report on average, as if it
    had come with them; a lone story that matches the report alone stays apart."""
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.9))
    grouper.add_batch([sig("x1", "harn crossing closed trucks border convoy"),
                       sig("x2", "harn crossing closed trucks border queue"),
                       sig("lone", "tarnek checkpoint opened inspections aid"),
                       sig("far", "telsa dam spillway collapsed flood")])
    assert len({grouper.story_of(a) for a in ("x1", "lone", "far")}) == 3
    grouper.add_batch([sig("bridge", "harn crossing closed trucks border tarnek checkpoint opened inspections aid "
                                     "telsa")])
    assert grouper.story_of("lone") == grouper.story_of("x1") == grouper.story_of("bridge")
    assert grouper.story_of("far") != grouper.story_of("x1")


def test_a_lone_story_that_shares_few_terms_is_still_bridged_by_what_the_report_matches_it_on():
    """A report in another script shares one lookup word with the next report, whose story shares eight:
    it is still looked at (its numbers match), and joins that story as the bridge would have it."""
    grouper = StoryGrouper(models=Models(*[Model(-6.0, {"lead": 12.0, "numbers": 12.0}, 0.3)] * 6))
    grouper.add_batch([sig("lone", "harn zorv yelt", numbers=("570", "1140"))])
    grouper.add_batch([sig("x1", "harn crossing closed trucks border convoy queue hauliers"),
                       sig("x2", "harn crossing closed trucks border convoy queue hauliers")])
    assert grouper.story_of("lone") != grouper.story_of("x1")
    grouper.add_batch([sig("bridge", "harn crossing closed trucks border convoy queue hauliers",
                           numbers=("570", "1140"))])
    assert grouper.story_of("lone") == grouper.story_of("x1") == grouper.story_of("bridge")


def test_a_lone_story_found_by_few_terms_never_takes_in_the_report_its_story_found():
    """The report matches the lone one best, on numbers, but its story's four reports far better than the
    lone one does: it joins its story, and the lone one stays apart."""
    grouper = StoryGrouper(models=Models(*[Model(-6.0, {"lead": 12.0, "numbers": 12.0}, 0.3)] * 6))
    grouper.add_batch([sig("lone", "harn zorv yelt", numbers=("570", "1140"))])
    grouper.add_batch([sig(f"x{i}", "harn crossing closed trucks border convoy queue hauliers") for i in range(4)])
    grouper.add_batch([sig("report", "harn crossing closed trucks border convoy queue hauliers",
                           numbers=("570", "1140"))])
    assert grouper.story_of("report") == grouper.story_of("x0") != grouper.story_of("lone")


def test_an_article_of_a_cluster_that_reports_an_event_of_another_story_goes_to_that_event():
    """The first reports of a story may split it in two, each around its own events (the shootings, the
    convoys). A later batch's cluster joins one of them, but its report of the other's event goes to that
    event: one event is never split over two stories."""
    shooting, convoy = "dravek line shooting post soldier killed", "sarkan pass convoy trucks aid lesk"
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.9))
    grouper.add_batch([sig("s1", shooting), sig("s2", shooting), sig("c1", convoy), sig("c2", convoy)])
    assert grouper.story_of("s1") != grouper.story_of("c1")
    grouper.add_batch([sig("both", f"{shooting} {convoy}"), sig("s3", shooting), sig("c3", convoy)])
    assert grouper.where["c3"] == grouper.where["c1"] and grouper.where["s3"] == grouper.where["s1"]
    assert grouper.story_of("both") in (grouper.story_of("s1"), grouper.story_of("c1"))


def test_an_event_whose_report_opened_a_story_of_its_own_joins_its_twin_in_the_larger_story():
    """A report that matches one event of a story but not the story's other events on average opens a story of
    its own. Its event is the same as that one, on the same days: it moves to the larger story, so that one
    event is one story; a report of another day stays apart."""
    crossing, convoy = "harn crossing closed trucks border", "sarkan pass convoy aid lesk valley"
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.6))
    grouper.add_batch([sig("a1", crossing), sig("both", f"{crossing} {convoy}")])
    grouper.add_batch([sig(f"c{i}", convoy) for i in range(5)])
    assert grouper.story_of("a1") == grouper.story_of("c0") and grouper.where["a1"] != grouper.where["c0"]
    changes = grouper.add_batch([sig("x1", crossing), sig("later", crossing, day="2024-05-20")])
    assert grouper.where["x1"] == grouper.where["a1"] and grouper.story_of("a1") == grouper.story_of("c0")
    assert any(a.article_id == "x1" and a.event_id == grouper.where["x1"] for a in changes.assignments)
    assert grouper.where["later"] != grouper.where["a1"]


def test_an_undated_report_in_another_story_joins_the_dated_reports_of_its_event_when_they_come():
    """An undated excerpt of the crossing's closure sits in the convoy story, where it came first. When dated reports
    of the closure open an event in a story of their own, the excerpt is its twin: it has no day to keep it apart,
    and goes to that event, in that story. An undated report of another event stays where it was."""
    crossing, convoy = "harn crossing closed trucks border", "sarkan pass convoy aid lesk valley"
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.6))
    excerpt = sig("excerpt", "harn crossing closed sarkan pass convoy", day=None)  # half of each
    grouper.add_batch([sig(f"c{i}", convoy) for i in range(5)] + [excerpt])
    grouper.add_batch([sig("other", "sarkan pass convoy quell flood dam", day=None)])
    assert grouper.story_of("excerpt") == grouper.story_of("c0") and grouper.where["excerpt"] != grouper.where["c0"]
    grouper.add_batch([sig(f"x{i}", crossing, day="2024-05-03") for i in range(3)])
    assert grouper.where["excerpt"] == grouper.where["x0"]
    assert grouper.story_of("x0") != grouper.story_of("c0")
    assert grouper.where["other"] != grouper.where["x0"]


def test_an_undated_report_that_meets_a_dated_event_by_its_numbers_alone_stays_in_its_story():
    """An undated excerpt shares its figures with the dated reports of a new event, but hardly a word: the event
    scorer, which weighs figures, would take it for a report of that event; as stories the two do not match, and
    with no day to tell, the excerpt stays where it was."""
    story_m = Model(-6.0, {"lead": 12.0}, 0.3)
    event_m = Model(-6.0, {"lead": 12.0, "numbers": 12.0}, 0.6)
    grouper = StoryGrouper(models=Models(story_m, event_m, story_m, event_m, story_m, event_m))
    convoy = "sarkan pass convoy aid lesk valley"
    excerpt = sig("excerpt", "sarkan pass convoy quell flood dam", day=None, numbers=("570", "1140"))
    grouper.add_batch([sig(f"c{i}", convoy) for i in range(5)] + [excerpt])
    assert grouper.story_of("excerpt") == grouper.story_of("c0") and grouper.where["excerpt"] != grouper.where["c0"]
    grouper.add_batch([sig(f"x{i}", "harn crossing closed trucks border quell", day="2024-05-03",
                           numbers=("570", "1140")) for i in range(3)])
    assert grouper.story_of("x0") != grouper.story_of("c0") == grouper.story_of("excerpt")
    assert grouper.where["excerpt"] != grouper.where["x0"]


def test_twin_events_go_to_the_story_their_reports_resemble_not_the_larger():
    """A weekly round-up of two stories sits in the larger one (the mine) as an event of its own. A report of the
    fishing deal it also covers is that event's twin: the two become one event in the fishery story, whose other
    reports they match, and the deal's report is not drawn into the mine story."""
    mine = "tailings dam breach copper mine river sludge dauvia".split()
    fish = "trawler hortza island fishing boats coast guard kaltrenia".split()
    deal = "deal signed ministers kamenorice accord quota".split()
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.6))
    grouper.add_batch([sig(f"m{i}", " ".join(mine)) for i in range(5)] + [sig("roundup", " ".join(mine[:5] + deal))])
    grouper.add_batch([sig(f"f{i}", " ".join(fish)) for i in range(4)])
    assert grouper.story_of("roundup") == grouper.story_of("m0") != grouper.story_of("f0")
    assert grouper.where["roundup"] != grouper.where["m0"]
    grouper.add_batch([sig("deal", " ".join(deal + fish[:5]))])
    assert grouper.where["deal"] == grouper.where["roundup"]
    assert grouper.story_of("deal") == grouper.story_of("f0") != grouper.story_of("m0")


def test_an_article_that_reports_an_event_of_its_own_story_stays_though_another_story_matches_it_better():
    "Only an article that finds no event in its cluster's story follows another story's event."
    shooting, convoy = "dravek line shooting post soldier killed", "sarkan pass convoy trucks aid lesk valley"
    grouper = StoryGrouper(models=words_only(story=0.3, event=0.75))  # "both": 0.79 to the shootings, 0.97 to the convoys
    grouper.add_batch([sig("s1", shooting), sig("s2", shooting), sig("c1", convoy), sig("c2", convoy)])
    grouper.add_batch([sig("both", f"{shooting} {convoy}"), sig("s3", shooting), sig("s4", shooting),
                       sig("c3", convoy)])
    assert grouper.story_of("both") == grouper.story_of("s1") != grouper.story_of("c1")
    assert grouper.where["c3"] == grouper.where["c1"]


def test_event_windows_scored_together_place_every_article_as_windows_scored_alone(monkeypatch):
    """Several stories' windows in one call: each window's probabilities are its own block, not its neighbours';
    and windows taken before any story regroups are the ones each story would take after the others did."""
    from rashomon.group import stories

    topics = ["harn crossing closed trucks border", "quell flood dam river rain", "vosk election ballot count poll"]
    batches = [[sig(f"b{b}t{k}", f"{t} {'early' if b % 2 else 'late'}{b}", f"2024-05-0{1 + b}")
                for k, t in enumerate(topics)] for b in range(5)]

    def one_by_one(self, fresh, changes):  # each story's window taken and scored when its turn comes
        for sid, articles in fresh.items():
            self._regroup_events(sid, articles, changes)

    def run(packed_rows: int, sequential: bool = False):
        monkeypatch.setattr(stories, "PACKED_ROWS", packed_rows)
        if sequential:
            monkeypatch.setattr(StoryGrouper, "_regroup_stories", one_by_one)
        grouper = StoryGrouper(models=words_only(story=0.2, event=0.6))
        scores = [[(a.article_id, a.story_id, a.event_id, a.story_score, a.event_score) for a in
                   sorted(grouper.add_batch(batch).assignments, key=lambda a: a.article_id)] for batch in batches]
        return scores, sorted((e.id, e.story_id, tuple(e.members)) for e in grouper.events.values() if e.members)

    alone, packed, sequential = run(0), run(64), run(64, sequential=True)
    assert packed == alone == sequential
    # three stories, each regrouped with its earlier articles batch after batch
    assert sorted(len(members) for _, _, members in packed[1]) == [len(batches)] * len(topics)

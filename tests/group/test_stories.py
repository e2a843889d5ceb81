"""Stories and events, one article at a time: what joins, what stays apart, and what never moves."""

from collections import Counter
from copy import deepcopy

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.group.stories import Group, StoryGrouper
from rashomon.model import Article

pytestmark = pytest.mark.slow

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
BORDER = ("Tordan closes Harn crossing to trucks", "2024-05-09",
          "Tordanian Interior Minister Sava Ruul ordered the Harn border crossing closed to trucks on Monday, "
          "citing smuggling. Veskan hauliers said hundreds of trucks were stuck at Harn, and the Veskan "
          "transport minister Ilo Brenn called the closure illegal.")
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


def place(articles):
    grouper = StoryGrouper()
    return grouper, [grouper.add(a) for a in articles]


def test_same_event_worded_differently_joins_one_event(analyse):
    _, (a, b) = place([analyse(RESIGNS), analyse(STEPS_DOWN)])
    assert (b.story_id, b.event_id) == (a.story_id, a.event_id)
    assert b.event_score > 0


def test_same_kind_of_event_weeks_apart_is_a_new_event_in_the_same_story(analyse):
    _, (may, later) = place([analyse(CALL_MAY), analyse(CALL_LATER)])
    assert later.story_id == may.story_id
    assert later.event_id != may.event_id


def test_an_undated_event_takes_a_dated_article_only_on_close_agreement(analyse):
    undated = lambda item: (item[0], None, item[2])  # noqa: E731
    _, (call, border) = place([analyse(undated(CALL_MAY)), analyse(BORDER)])
    assert border.story_id == call.story_id and border.event_id != call.event_id
    _, (resigns, steps_down) = place([analyse(undated(RESIGNS)), analyse(STEPS_DOWN)])
    assert steps_down.event_id == resigns.event_id


def test_unrelated_article_opens_its_own_story(analyse):
    _, (a, b, c) = place([analyse(RESIGNS), analyse(STEPS_DOWN), analyse(FOOTBALL)])
    assert c.story_id not in (a.story_id, b.story_id)
    assert c.story_score == 0.0


def test_same_input_gives_same_ids_and_later_articles_move_nothing(analyse):
    articles = [analyse(x) for x in (RESIGNS, CALL_MAY, STEPS_DOWN)]
    _, first = place(articles)
    _, again = place(articles)
    assert first == again
    _, more = place(articles + [analyse(FOOTBALL), analyse(CALL_LATER)])
    assert more[:3] == first


def test_restored_state_makes_the_same_next_assignments(analyse):
    head = [analyse(x) for x in (RESIGNS, CALL_MAY, FOOTBALL)]
    tail = [analyse(x) for x in (STEPS_DOWN, CALL_LATER)]
    live, _ = place(head)
    saved = deepcopy(live)  # what a store would write: df, docs and every group's fields
    restored = StoryGrouper.restore(Counter(saved.df), saved.docs,
                                    [Group(**vars(g)) for g in saved.stories.values()],
                                    [Group(**vars(g)) for g in saved.events.values()], saved.settings)
    assert [restored.add(a) for a in tail] == [live.add(a) for a in tail]


def test_article_in_another_language_joins_by_shared_names(analyse):
    _, (a, b, _f, de) = place([analyse(RESIGNS), analyse(STEPS_DOWN), analyse(FOOTBALL),
                               analyse(GERMAN, language="de")])
    assert de.story_id == a.story_id

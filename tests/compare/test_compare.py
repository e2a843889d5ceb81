"""Comparing coverage: paraphrases align, copies are not independent, numbers and denials conflict."""

import dataclasses
import functools

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.compare import compare
from rashomon.compare.align import Space, units
from rashomon.compare.attitudes import shared_attitudes
from rashomon.compare.claims import calendar_dates
from rashomon.model import Article
from .helpers import one_day

pytestmark = pytest.mark.slow

HERALD = ("Police said about 2,000 farmers protested in the capital on Tuesday against the closure of the dam. "
          "The river level fell by 40 percent after the sluice gates were closed. "
          "The foreign minister called the closure a unilateral decision that threatens thousands of families.")
OBSERVER = ("Some 2,000 farmers demonstrated in the capital on Tuesday over the dam closure, police said. "
            "Officials said the river level dropped by only 10 percent once the gates were shut. "
            "The energy minister said the maintenance would be finished within ten days.")
ENERGY = ("The energy ministry dismissed reports that the river level fell sharply after the gates were closed, "
          "saying the flow stayed within the limits of the treaty.")


@pytest.fixture(scope="module")
def analysed(ctx):
    pipeline = Pipeline()

    def make(aid, body, outlet, published="2025-03-05"):
        return pipeline(Article(id=aid, source=aid, format="text", body=body, outlet=outlet, published=published,
                                language="en"), ctx)

    return {"herald": make("herald", HERALD, "Herald"), "observer": make("observer", OBSERVER, "Observer"),
            "energy": make("energy", ENERGY, "Energy Daily"),
            "copy": make("copy", HERALD + " Shops were closed.", "Copy Post")}


def in_one_claim(comparison, *article_ids):
    "Some claim holds a sentence of each of these articles."
    return any({e.article_id for e in c.evidence} >= set(article_ids) for c in comparison.claims)


def claim_of(comparison, article_id, words):
    return next(c for c in comparison.claims
                if any(e.article_id == article_id and words in e.text for e in c.evidence))


def test_paraphrases_align_and_unmatched_sentences_are_single_source(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    protest = claim_of(c, "herald", "protested in the capital")
    assert {e.article_id for e in protest.evidence} == {"herald", "observer"}
    assert protest.verdict == "corroborated" and protest.independent_sources == 2
    assert claim_of(c, "observer", "maintenance would be finished").verdict == "single-source"


def test_number_conflicts_are_found_with_both_sentences(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    numbers = [x for x in c.conflicts if x.kind == "number"]
    assert len(numbers) == 1
    assert "40 percent" in numbers[0].detail and "10 percent" in numbers[0].detail
    assert {numbers[0].a.article_id, numbers[0].b.article_id} == {"herald", "observer"}
    assert claim_of(c, "herald", "river level fell").verdict == "contested"


def test_a_republished_copy_is_not_an_independent_source(analysed):
    reuse = [{"a": "herald", "b": "copy", "a_share": 1.0, "b_share": 0.95}]
    c = compare([analysed["herald"], analysed["copy"]], reuse)
    assert c.source_groups == [["copy", "herald"]] or c.source_groups == [["herald", "copy"]]
    protest = claim_of(c, "herald", "protested in the capital")
    assert len(protest.evidence) == 2 and protest.independent_sources == 1
    assert protest.verdict == "single-source"


def test_a_denial_is_a_dispute_with_the_sentence_that_asserts_what_it_denies(analysed):
    energy = analysed["energy"]
    assert any(s.cue_word in ("dismiss", "deny") for s in energy.statements), "attribution found no denial"
    c = compare([analysed["herald"], energy])
    (dispute,) = c.disputes
    assert "river level fell sharply" in dispute.about and dispute.confident
    assert [p.evidence.article_id for p in dispute.denials] == ["energy"]
    assert [p.evidence.text for p in dispute.claims] == [next(e.text for cl in c.claims for e in cl.evidence
                                                              if "river level fell by 40 percent" in e.text)]
    assert dispute.outlets == {"asserts": ["Herald"], "denies": ["Energy Daily"]}
    assert not c.conflicts  # a party's denial is no contradiction between outlets


def test_a_negation_beside_the_shared_words_is_no_contradiction(ctx):
    quote = ('"The blockade must end and the road must reopen," the Armenian prime minister\'s office said '
             'after the call')
    a = Pipeline()(Article(id="a", source="a", format="text", outlet="A", published="2025-03-05", language="en",
                           body=quote + "."), ctx)
    b = Pipeline()(Article(id="b", source="b", format="text", outlet="B", published="2025-03-05", language="en",
                           body=quote + ", adding without elaborating that talks would go on."), ctx)
    c = compare([a, b], events={"a": 1, "b": 1}, show_all=True)
    assert len(c.claims) == 1 and not c.conflicts


def test_conflicts_need_one_event(analysed):
    same = compare([analysed["herald"], analysed["observer"]], events={"herald": 1, "observer": 1})
    apart = compare([analysed["herald"], analysed["observer"]], events={"herald": 1, "observer": 2}, show_all=True)
    assert [x.kind for x in same.conflicts] == ["number"] and not apart.conflicts


def test_two_undated_calls_are_two_claims_by_the_days_their_leads_give(ctx):
    "Neither file names its year, yet 'June 6' and 'June 27' are three weeks apart: two calls, not one claim."
    make = functools.partial(one_day, ctx, published=None)
    text = ("HARN, {} (Wire) - Veskan Foreign Minister Ana Pirel and her Tordanian counterpart Miko Dran "
            "spoke by phone about the closed border crossing at Harn, the Veskan foreign ministry said.")
    first, again = make("first", text.format("June 6")), make("again", text.format("June 6"))
    later = make("later", text.format("June 27"))
    c = compare([first, again, later], events={"first": 1, "again": 1, "later": 2}, show_all=True)
    shared = [sorted({e.article_id for e in claim.evidence}) for claim in c.claims if len(claim.evidence) > 1]
    assert shared == [["again", "first"]]


def test_every_finding_points_at_its_sentence(analysed):
    arts = [analysed["herald"], analysed["observer"]]
    c = compare(arts)
    bodies = {a.id: a for a in arts}
    for claim in c.claims:
        for e in claim.evidence:
            a = bodies[e.article_id]
            assert " ".join(a.body[e.start:e.end].split()) == e.text
            assert (a.sentences[e.sentence].start, a.sentences[e.sentence].end) == (e.start, e.end)


def test_timeline_places_the_dates_the_articles_give(analysed):
    c = compare([analysed["herald"], analysed["observer"]])
    tuesday = next(t for t in c.timeline if t.value == "2025-03-04")
    assert {e.article_id for e in tuesday.evidence} == {"herald", "observer"}


def test_a_year_that_says_which_one_a_person_was_puts_no_sentence_on_the_timeline(ctx):
    "'Ana Vell, the 2019 Ardalian presidential nominee, spoke on Monday' happened on Monday, not in 2019."
    a = one_day(ctx, "a", "Ana Vell, the 2019 Ardalian presidential nominee, defended the movement on Monday. Her "
                          "2019 campaign had made the port its cause.")
    b = one_day(ctx, "b", "The port of Tarsk reopened on Tuesday after a week of strikes.")
    values = {t.value: [e.text[:12] for e in t.evidence] for t in compare([a, b]).timeline}
    assert values["2019"] == ["Her 2019 cam"] and "2025-03-03" in values


def test_a_line_saying_someone_did_not_comment_joins_no_claim_of_what_they_said(ctx):
    "'Vellin did not respond to a request for comment' names Vellin, but says nothing he said elsewhere."
    make = functools.partial(one_day, ctx)
    silent = make("silent", "Energy Minister Tomas Vellin, whose ministry oversees dam safety, did not respond to a "
                            "request for comment on the warnings about the dam.")
    denied = make("denied", "Energy Minister Tomas Vellin denied that the ministry had ignored warnings about the dam.")
    told = make("told", "Energy Minister Tomas Vellin told parliament that no warning about the dam had been ignored.")
    comparison = compare([silent, denied, told], events={"silent": 1, "denied": 1, "told": 1})
    assert not in_one_claim(comparison, "silent", "denied") and not in_one_claim(comparison, "silent", "told")


def test_a_german_noun_after_its_article_is_what_is_denied_not_a_name(ctx):
    "German capitalises nouns: in 'bestritt, dass der Damm schlecht gewartet worden sei', 'Damm' is content."
    body = ("Der Betreiber Hydrokarv bestritt, dass der 1987 errichtete Damm schlecht gewartet worden sei. "
            "Ein früherer Prüfer, Mirko Halan, sagte dagegen, Risse seien bereits im Januar gemeldet worden. "
            "Der Damm sei seit Jahren schlecht gewartet worden.")
    article = one_day(ctx, "rundschau", body, language="de")
    (dispute,) = compare([article], events={"rundschau": 1}, show_all=True).disputes
    assert [p.evidence.text for p in dispute.claims] == ["Der Damm sei seit Jahren schlecht gewartet worden."]


def test_a_decade_is_no_date_on_the_timeline(ctx):
    "'the 1970s' is read as the decade '197', which a line of days cannot place (it is not the year 197)."
    article = one_day(ctx, "a", "The dam was built in the 1970s and inspected on 3 March 2025.")
    assert [t.value for t in article.times if t.value == "197"] == ["197"]
    assert [t.value for t in compare([article]).timeline] == ["2025-03-03"]


def test_two_sources_reporting_the_same_denial_agree(analysed, ctx):
    other = Pipeline()(Article(id="ministry", source="m", format="text", outlet="Ministry Wire",
                               published="2025-03-05", language="en",
                               body="Officials rejected accusations that the river level fell sharply after the gates "
                                    "were closed, insisting the dam was under routine maintenance."), ctx)
    c = compare([analysed["energy"], other])
    both = claim_of(c, "ministry", "rejected accusations")
    assert {e.article_id for e in both.evidence} == {"energy", "ministry"}



def test_a_conflict_repeated_by_a_wire_copy_is_listed_once(analysed):
    reuse = [{"a": "herald", "b": "copy", "a_share": 1.0, "b_share": 0.95}]
    c = compare([analysed["herald"], analysed["copy"], analysed["observer"]], reuse)
    numbers = [x for x in c.conflicts if x.kind == "number"]
    assert len(numbers) == 1 and "observer" in {numbers[0].a.article_id, numbers[0].b.article_id}


def test_the_same_action_by_different_actors_is_an_actor_conflict(ctx):
    pipeline = Pipeline()

    def make(aid, body):
        return pipeline(Article(id=aid, source=aid, format="text", body=body, outlet=aid, published="2025-03-18",
                                language="en"), ctx)

    observer = make("observer", "Talks on the Tavel river ended in Lessing on Tuesday after the Durmanian "
                                "delegation walked out of the final session.")
    post = make("post", "Talks on the Tavel river collapsed in Lessing on Tuesday after the Veldran delegation "
                        "walked out of the second day of negotiations.")
    c = compare([observer, post], nlp=ctx.nlp)
    (actor,) = [x for x in c.conflicts if x.kind == "actor"]
    assert actor.detail == "Durmanian delegation walked out vs Veldran delegation walked out"
    assert not [x for x in compare([observer, post]).conflicts if x.kind == "actor"]  # needs the parse


@pytest.mark.parametrize("one, other", [
    ("Antony Blinken visited Yerevan on Tuesday for talks on the corridor.",
     "Emmanuel Macron visited Yerevan on Tuesday for talks on the corridor."),
    ("Nikol Pashinyan met Ilham Aliyev in Brussels on Sunday for talks on the border.",
     "Ilham Aliyev met Nikol Pashinyan in Brussels on Sunday for talks on the border."),
    ("Azerbaijani troops fired on Armenian positions near the border, and Armenian troops fired back.",
     "Armenian troops fired on Azerbaijani positions near the border."),
])
def test_no_actor_conflict_where_both_can_be_true(ctx, one, other):
    pipeline = Pipeline()
    a, b = (pipeline(Article(id=aid, source=aid, format="text", body=body, outlet=aid, language="en"), ctx)
            for aid, body in (("a", one), ("b", other)))
    assert not [x for x in compare([a, b], nlp=ctx.nlp).conflicts if x.kind == "actor"]


def one_event_conflicts(*articles, show_all=True) -> list:
    "The conflicts compare finds between articles of one event (with the uncertain ones unless told)."
    return compare(list(articles), events={a.id: 1 for a in articles}, show_all=show_all).conflicts


def one_event_dispute(*articles):
    "The one dispute compare finds among articles of one event, uncertain or not."
    (dispute,) = compare(list(articles), events={a.id: 1 for a in articles}, show_all=True).disputes
    return dispute


def the_dispute(*articles) -> tuple[list[str], list[str]]:
    "The one dispute compare finds among articles of one event: the ids of its denials and of its claims."
    dispute = one_event_dispute(*articles)
    return [p.evidence.article_id for p in dispute.denials], [p.evidence.article_id for p in dispute.claims]


def conflict_kinds(*articles, show_all=True) -> list[str]:
    return [x.kind for x in one_event_conflicts(*articles, show_all=show_all)]


def number_conflicts(*articles, show_all=True) -> list:
    return [x for x in one_event_conflicts(*articles, show_all=show_all) if x.kind == "number"]


def test_a_count_summed_over_a_span_is_no_conflict_with_one_instance(ctx):
    "The rounds seized in one raid against those of all the ship's raids: two counts, no disagreement."
    make = functools.partial(one_day, ctx)
    raid = make("raid", "The Marovian navy seized six rifles and 300 rounds of ammunition from the pirate boats near Tesk.")
    summed = make("summed", "The Marovian navy seized 14 rifles and 923 rounds of ammunition from the pirate boats "
                            "near Tesk during the five operations it carried out there.")
    other = make("other", "The Marovian navy seized six rifles and 500 rounds of ammunition from the pirate boats near Tesk.")
    assert not number_conflicts(raid, summed)
    # a superlative of the year sums nothing: two tolls of one attack still disagree
    bomb = make("bomb", "A car bomb killed 40 people at the Tesk market on Sunday in the deadliest attack on the town "
                        "this year, police said.")
    toll = make("toll", "A car bomb killed 25 people at the Tesk market on Sunday, police said.")
    assert [sorted(x.detail.split(" vs ")) for x in number_conflicts(bomb, toll)] == [["25 people", "40 people"]]
    assert [sorted(x.detail.split(" vs ")) for x in number_conflicts(raid, other)] == [["300 rounds", "500 rounds"]]


def test_amounts_of_different_things_in_one_sentence_are_no_conflict(ctx):
    "The injured of one report against the dead of another: what an amount counts is read in its own clause."
    make = functools.partial(one_day, ctx)
    a = make("a", "A strong earthquake hit the island on Sunday, injuring five people and damaging buildings.")
    b = make("b", "A strong earthquake hit the island on Sunday, killing 10 people and injuring many others.")
    c = make("c", "A strong earthquake hit the island on Sunday, killing 14 people and damaging buildings.")
    assert not number_conflicts(a, b)
    (killed,) = number_conflicts(b, c, show_all=False)
    assert "10" in killed.detail and "14" in killed.detail


def test_counts_an_order_of_magnitude_apart_measure_two_things(ctx):
    "A game's points against a career's: a source misreports a count by a share of it, not tenfold."
    make = functools.partial(one_day, ctx)
    game = make("game", "Dario Vell scored 23 points on Friday to become the Halden club's all-time scoring leader.")
    career = make("career", "Dario Vell became the Halden club's all-time scoring leader on Friday with 2,117 points.")
    slip = make("slip", "Dario Vell scored 25 points on Friday to become the Halden club's all-time scoring leader.")
    assert not number_conflicts(game, career)
    (number,) = number_conflicts(game, slip)
    assert "23" in number.detail and "25" in number.detail


def test_two_leads_give_one_headline_count_however_each_words_the_action(ctx):
    """Exact counts that are not round must be equal (68 is not 75, though within a tenth of it), and the
    first counts of one thing in two reports' opening sentences are one count: "exchanged 75 prisoners"
    and "68 prisoners were handed over". A round or hedged figure may stand for the other."""
    make = functools.partial(one_day, ctx)
    wire = make("wire", "Varnesia and Calmora exchanged 75 prisoners each at Zafrun airport on Tuesday.")
    ledger = make("ledger", "Sixty-eight Varnesian prisoners of war were handed over in the Harqani capital on "
                               "Tuesday.")
    (number,) = number_conflicts(wire, ledger, show_all=False)
    assert "75" in number.detail and "Sixty-eight" in number.detail
    about = make("about", "About 70 Varnesian prisoners of war were handed over in the Harqani capital on Tuesday.")
    assert not number_conflicts(wire, about)
    killed = make("killed", "Twelve soldiers were killed in the attack on the Zafrun barracks on Tuesday.")
    wounded = make("wounded", "At least 30 soldiers were wounded in the attack on the Zafrun barracks on Tuesday.")
    assert not number_conflicts(killed, wounded)  # a toll of each kind, not one headline count


def test_a_counted_noun_is_one_thing_in_either_case_but_not_in_either_number(ctx):
    "'the 40-metre Ostrel Dam' and 'the 45-metre dam' measure one dam; 'a 6.1 earthquake' counts no earthquakes."
    make = functools.partial(one_day, ctx)
    named = make("named", "The 40-metre Ostrel Dam collapsed early on Tuesday, flooding the town of Varno.")
    plain = make("plain", "The 45-metre dam collapsed early on Tuesday, flooding the town of Varno.")
    (number,) = number_conflicts(named, plain, show_all=False)
    assert "40-metre" in number.detail and "45-metre" in number.detail
    quake = make("quake", "A magnitude 6.1 earthquake hit the province of Varno on Tuesday, officials said.")
    quakes = make("quakes", "Two earthquakes hit the province of Varno on Tuesday, officials said.")
    assert not number_conflicts(quake, quakes)


def test_a_toll_a_later_report_puts_higher_is_an_update_not_a_conflict(ctx):
    "The dead counted on Sunday and again on Tuesday: the count grew. A later, lower count still conflicts."
    make = functools.partial(one_day, ctx)
    quake = "A strong earthquake hit the island of Veld, killing {} people and damaging buildings."
    early, later = make("early", quake.format(10), "2025-03-02"), make("later", quake.format(14), "2025-03-04")
    fewer = make("fewer", quake.format(6), "2025-03-04")
    events = {"early": 1, "later": 1, "fewer": 1}
    (update,) = compare([early, later], events=events, show_all=True).conflicts
    assert update.kind == "update" and "10" in update.detail and "14" in update.detail and not update.confident
    assert conflict_kinds(early, fewer, show_all=False) == ["number"]
    three = compare([early, later, fewer], events=events, show_all=True).conflicts
    assert sorted(x.kind for x in three) == ["number", "number", "update"]


def test_dismissing_a_person_or_sharing_one_word_is_no_dispute(ctx):
    "Only a claim can be denied, and a sentence asserts it only by more than one of its words."
    make = functools.partial(one_day, ctx)
    trial = make("trial", "The defendant dismissed his defence team on Monday, the court said.")
    team = make("team", "His defence team had asked for more time before the trial.")
    army = make("army", "The army denied the attack on the convoy occurred, a spokesman said.")
    camp = make("camp", "Aid workers left the camp when the incident occurred on Thursday.")
    witness = make("witness", "Witnesses said the attack on the convoy killed four drivers.")
    assert not compare([trial, team], show_all=True).disputes
    (dispute,) = compare([army, camp, witness], show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["witness"]


def test_a_convoy_carrying_food_asserts_no_shortage_a_party_denies(ctx):
    "Food and medicine are what a crisis lacks and what a convoy brings: only words of want assert the crisis."
    make = functools.partial(one_day, ctx)
    denial = make("denial", "Ostria has repeatedly dismissed reports of shortages in Tarvo as propaganda.")
    convoy = make("convoy", "The ministers agreed to let a convoy of Red Star trucks carrying food and medicine "
                            "travel to Tarvo in the coming days.")
    want = make("want", "Residents of Tarvo are running short of food and medicine, the ombudswoman said.")
    (dispute,) = compare([denial, convoy, want], show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["want"]


def test_sources_in_two_languages_meet_by_names_and_are_not_compared_word_by_word(ctx):
    "Across languages every word differs: no wording pair, no English parse or lexicon for the Italian text."
    en = one_day(ctx, "wire", "Veskan Foreign Minister Ana Pirel spoke by phone with Miko Dran of Tordan on "
                              "Thursday and said the Harn border crossing must reopen before the harvest.")
    it = one_day(ctx, "corriere", "La ministra degli Esteri di Veska Ana Pirel ha parlato giovedì al telefono con "
                                  "Miko Dran di Tordan e ha chiesto la riapertura del valico di Harn, chiuso dal regime.",
                 language="it")
    c = compare([en, it], nlp=ctx.nlp)
    assert in_one_claim(c, "wire", "corriere")
    assert c.wordings == [] and not [m for m in c.marked if m.evidence.article_id == "corriere"]


def test_one_side_s_anger_at_another_in_other_words_is_one_claim(ctx):
    "A capital stands for its country on either side; another target is another attitude."
    make = functools.partial(one_day, ctx)
    paris = make("paris", "Officials in Paris are increasingly furious with Washington over the new steel tariffs.")
    france = make("france", "France has voiced its outrage at what it calls the United States' trade war on Europe.")
    china = make("china", "France has voiced its outrage at what it calls China's dumping of cheap steel in Europe.")
    assert in_one_claim(compare([paris, france]), "paris", "france")
    assert not in_one_claim(compare([paris, china]), "paris", "china")
    by = make("by", "Beijing was sharply criticised by Washington over the tariffs on Chinese steel last week.")
    of = make("of", "China criticised the United States, calling the tariffs a breach of the trade rules.")
    both = [by, of]
    assert shared_attitudes(both, Space(both, units(both))) == []  # the passive names its holder after the word


def test_only_a_claim_called_false_or_denied_is_a_denial(ctx):
    "False statements, a refused visa and a dispute that did not happen are no denials; reports called false are."
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Witnesses said the governor ordered the police to clear the square before the vote.")
    texts = {"charge": "Prosecutors said the governor made false statements about the vote to the police.",
             "visa": "The embassy denied the governor a visa before the vote, officials said.",
             "silent": "The governor did not dispute that he ordered the police to clear the square."}
    for aid, text in texts.items():
        assert not compare([claim, make(aid, text)], show_all=True).disputes, aid
    called = make("called", "The governor said reports that he ordered the police to clear the square were false.")
    (dispute,) = compare([claim, called], show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]


def test_names_and_the_denier_s_own_words_do_not_assert_what_is_denied(ctx):
    """Sharing the names of a denial is not asserting it, a party retelling its own words is no other side,
    and a sentence calling the same thing baseless is a second denial."""
    make = functools.partial(one_day, ctx)
    denial = make("denial", "Sergei Lavrov rejected claims that Russian peacekeepers had abandoned their posts "
                            "near Stepanakert.")
    names = make("names", "Sergei Lavrov met the Russian peacekeepers near Stepanakert on Tuesday morning.")
    own = make("own", "Sergei Lavrov said the posts near Stepanakert were abandoned by Azerbaijani troops long ago.")
    witness = make("witness", "Residents said the Russian peacekeepers had abandoned their posts near Stepanakert.")
    baseless = make("baseless", "Reports that the Russian peacekeepers had abandoned their posts near Stepanakert "
                                "are baseless.")
    (dispute,) = compare([denial, names, own, witness, baseless], show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["witness"]


def test_a_sentence_asserts_a_denied_action_only_by_naming_it(ctx):
    "With the parse, the denied action must be there: a bomb that hit the convoy is not soldiers firing on it."
    make = functools.partial(one_day, ctx)
    denial = make("denial", "The army denied that its soldiers fired on the convoy near the bridge.")
    fired = make("fired", "Witnesses said soldiers fired on the convoy near the bridge for ten minutes.")
    bomb = make("bomb", "A convoy carrying soldiers was hit by a roadside bomb near the bridge.")
    truce = make("truce", "Soldiers guarding the convoy near the bridge agreed a cease-fire on Friday.")
    (dispute,) = compare([denial, fired, bomb, truce], nlp=ctx.nlp, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["fired"]
    baseless = make("baseless", "Officials said allegations regarding a blockade of the road and shortages of "
                                "food in the valley have no basis.")
    shortages = make("shortages", "Residents said the blockade of the road has caused shortages of food in the valley.")
    (dispute,) = compare([baseless, shortages], nlp=ctx.nlp, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["shortages"]


def test_bounds_conflict_only_with_a_value_outside_them(ctx):
    "'At least five' and 'more than 200' can both be true; 'at least 50' against '12' cannot."
    make = functools.partial(one_day, ctx)
    five = make("five", "The earthquake on Sunday injured at least five people in the mountain town, officials said.")
    many = make("many", "The earthquake on Sunday injured more than 200 people in the mountain town, officials said.")
    fifty = make("fifty", "The earthquake on Sunday injured at least 50 people in the mountain town, officials said.")
    twelve = make("twelve", "The earthquake on Sunday injured 12 people in the mountain town, officials said.")
    assert not number_conflicts(five, many)
    (number,) = number_conflicts(fifty, twelve, show_all=False)
    assert "50" in number.detail and "12" in number.detail
    # two caps set one limit: "up to 40 trucks a day" and "no more than 25" disagree; "under 40" estimates
    cap = make("cap", "Under the deal agreed on Sunday, up to 40 trucks a day will cross the bridge, officials said.")
    lower = make("lower", "Under the deal agreed on Sunday, no more than 25 trucks a day will cross the bridge, "
                          "officials said.")
    under = make("under", "Under the deal agreed on Sunday, under 25 trucks a day will cross the bridge, officials said.")
    (limit,) = number_conflicts(cap, lower)
    assert "40" in limit.detail and "25" in limit.detail
    assert not number_conflicts(cap, under)


def test_two_reports_of_one_event_that_share_little_but_the_counted_thing_still_conflict_on_it(ctx):
    """Each side's account of one deal: where no claim joins them (different numbers, few words in common),
    "up to 40 trucks a day" against "no more than 25 trucks a day" is still a conflict to show, as uncertain; the same
    sentences in two events are not, nor are two copies of one wire story, nor a different counted thing."""
    from rashomon.compare.align import Space, units
    from rashomon.compare.claims import scored_pairs
    from rashomon.compare.verdicts import unmatched_numbers

    make = functools.partial(one_day, ctx)
    ours = make("ours", "Teodor Kalvany, speaking in Korval, said convoys of up to 40 trucks a day would pass the "
                        "crossing, which has been shut since February.")
    theirs = make("theirs", "Mirela Hostak said the crossing would open for convoys of no more than 25 trucks a day, "
                            "every one of them inspected by customs.")
    buses = make("buses", "Mirela Hostak said the crossing would open for convoys of no more than 25 buses a day, "
                          "every one of them inspected by customs.")

    def found(a, b, events, sources=None):
        space = Space([a, b], units([a, b]))
        pairs = scored_pairs(space, events)
        apart = [[(i, 1.0)] for i in range(len(space.units))]  # no claim joins them
        return unmatched_numbers([a, b], space, apart, sources or [[a.id], [b.id]], pairs)

    ((claim, number),) = found(ours, theirs, {"ours": 1, "theirs": 1})
    assert "40" in number.detail and "25" in number.detail and claim == 0
    assert dict(number.features)["role_words"] >= 2 and not number.confident  # shown with --all, marked uncertain
    assert not found(ours, theirs, {"ours": 1, "theirs": 2})
    assert not found(ours, theirs, {"ours": 1, "theirs": 1}, [["ours", "theirs"]])
    assert not found(ours, buses, {"ours": 1, "buses": 1})
    (shown,) = number_conflicts(ours, theirs)  # in the comparison too, whether a claim joins them or not
    assert "40" in shown.detail and "25" in shown.detail
    at_least = make("least", "Mirela Hostak said the crossing would open for convoys of at least 25 trucks a day, "
                             "every one of them inspected by customs.")
    assert not found(ours, at_least, {"ours": 1, "least": 1})  # a bound against a cap: not on the same footing
    summed = make("summed", "Mirela Hostak said convoys of no more than 25 trucks a day had crossed over the past "
                            "month, every one of them inspected by customs.")
    assert not found(ours, summed, {"ours": 1, "summed": 1})  # a count over a month is no count of one day's deal


def test_the_headline_counts_of_two_leads_that_no_claim_joined_still_conflict(ctx):
    """Two reports of one attack open with their count of the drones in other words ("launched 18 drones at the
    town", "Twenty-four attack drones came over the river"): no claim joins them and no word around the count is
    shared, yet each lead's first count of one thing is the event's headline count. A count of the same drones
    further down the report is not."""
    from rashomon.compare.claims import scored_pairs
    from rashomon.compare.verdicts import unmatched_numbers

    make = functools.partial(one_day, ctx)
    wire = make("wire", "Ruvenia launched 18 drones at the border town of Lomna before dawn on Saturday, the "
                        "regional administration said.")
    paper = make("paper", "Twenty-four Ruvenian attack drones came over the Sedra river in the dark early on Saturday.")
    later = make("later", "The mayor of Lomna spoke to reporters on Saturday. Twenty-four Ruvenian attack drones "
                          "came over the Sedra river in the dark early on Saturday.")

    def found(a, b):
        space = Space([a, b], units([a, b]))
        pairs = scored_pairs(space, {a.id: 1, b.id: 1})
        apart = [[(i, 1.0)] for i in range(len(space.units))]  # no claim joins them
        return [c.detail for _, c in unmatched_numbers([a, b], space, apart, [[a.id], [b.id]], pairs)]

    assert found(wire, paper) == ["18 drones vs Twenty-four drones"]
    assert not found(wire, later)


def test_amounts_counted_in_different_places_are_no_conflict(ctx):
    "Ten dead in one city and thirty in another are two counts, not a disagreement; the same city is."
    make = functools.partial(one_day, ctx)
    boston = make("boston", "The storm on Sunday killed 10 people in Boston, the police said.")
    chicago = make("chicago", "The storm on Sunday killed 30 people in Chicago, the police said.")
    again = make("again", "The storm on Sunday killed 30 people in Boston, the police said.")
    assert not number_conflicts(boston, chicago)
    assert conflict_kinds(boston, again, show_all=False) == ["number"]
    # a town the entity model calls an organisation ("10 houses in Takengon") is still where it was counted
    as_org = boston.replace(mentions=tuple(dataclasses.replace(m, label="ORG") if m.text == "Boston" else m
                                           for m in boston.mentions))
    assert [m.label for m in as_org.mentions if m.text == "Boston"] == ["ORG"]
    assert not number_conflicts(as_org, chicago)


def test_amounts_of_different_owners_are_no_conflict_but_of_different_sources_are(ctx):
    "A player's yards and his team's are two amounts; two sources giving one toll still disagree."
    make = functools.partial(one_day, ctx)
    player = make("player", "Jamaal Charles rushed for 226 yards in the loss to the Browns on Sunday.")
    team = make("team", "Peyton Hillis added 101 yards for the Chiefs, who had 352 yards rushing in the loss to the Browns on Sunday.")
    again = make("again", "Jamaal Charles rushed for 352 yards in the loss to the Browns on Sunday.")
    assert not number_conflicts(player, team)
    assert conflict_kinds(player, again) == ["number"]
    police = make("police", "Police said 5 people died in the fire at the market on Sunday.")
    doctors = make("doctors", "Hospital officials said 9 people died in the fire at the market on Sunday.")
    assert conflict_kinds(police, doctors) == ["number"]


def test_a_count_of_one_side_is_a_part_of_the_whole_not_a_conflict(ctx):
    "The prisoners one side got back are a part of all those exchanged; two counts of one side still disagree."
    make = functools.partial(one_day, ctx)
    whole = make("whole", "Velmaria and Ostrania exchanged 26 prisoners on Wednesday at the Kerel crossing.")
    part = make("part", "Fifteen Ostranian prisoners returned home on Wednesday after the exchange at the Kerel crossing.")
    other = make("other", "Twelve Ostranian prisoners returned home on Wednesday after the exchange at the Kerel crossing.")
    assert not number_conflicts(whole, part)
    assert conflict_kinds(part, other) == ["number"]
    # so many each is one side's count; one side's count named twice is one count
    each = make("each", "Velmaria and Ostrania exchanged 20 prisoners each on Wednesday at the Kerel crossing.")
    assert conflict_kinds(each, part) == ["number"]
    launched = make("launched", "Ostrania launched 18 drones at the border town of Lomna on Wednesday, officials said.")
    drones = make("drones", "Twenty-four Ostranian drones came over the border town of Lomna on Wednesday, officials said.")
    assert conflict_kinds(launched, drones) == ["number"]
    # two sides named, but not as the ones who counted; two parts of one side
    talks = make("talks", "After talks between Velmaria and Ostrania, 17 prisoners returned home on Wednesday.")
    assert conflict_kinds(talks, part) == ["number"]
    pilgrims = make("pilgrims", "Fifteen Ostranian Christian pilgrims returned home on Wednesday from the Kerel shrine.")
    others = make("others", "Twelve Ostranian pilgrims returned home on Wednesday from the Kerel shrine.")
    assert conflict_kinds(pilgrims, others) == ["number"]


def test_a_mark_that_was_beaten_is_no_conflict_with_the_new_one(ctx):
    "The old record a player broke and the new total are two amounts; two new totals still disagree."
    make = functools.partial(one_day, ctx)
    broke = make("broke", "Guard Lena Ortiz broke Mara Kell's school scoring record of 1,904 points in the win over "
                          "Tesk State on Saturday.")
    leader = make("leader", "Guard Lena Ortiz became the school's all-time scoring leader with 1,906 points in the win "
                            "over Tesk State on Saturday.")
    again = make("again", "Guard Lena Ortiz became the school's all-time scoring leader with 1,909 points in the win "
                          "over Tesk State on Saturday.")
    assert not number_conflicts(broke, leader)
    assert conflict_kinds(leader, again) == ["number"]


def test_one_area_in_two_units_is_no_conflict(ctx):
    "'A 170,000-square-foot building' and 'a 15,800-square-metre building' measure, not count, the building."
    make = functools.partial(one_day, ctx)
    feet = make("feet", "The 170,000-square-foot building on Main Street houses law offices, the police said.")
    metres = make("metres", "The 15,800-square-metre building on Main Street houses law offices, the police said.")
    smaller = make("smaller", "The 120,000-square-foot building on Main Street houses law offices, the police said.")
    assert not number_conflicts(feet, metres)
    assert conflict_kinds(feet, smaller) == ["number"]
    # a measure written into an adjective measures its noun: the screen, not the thickness
    screen = make("screen", "The new 17-inch notebook weighs 2.5 kilograms, the company said on Tuesday.")
    thick = make("thick", "The new notebook is only 0.98 inches thick and weighs 2.5 kilograms, the company said on Tuesday.")
    assert not number_conflicts(screen, thick)


def test_a_count_of_others_is_part_of_a_count(ctx):
    "'Three other rifles' beside seven of another kind does not contradict 'nine rifles'."
    make = functools.partial(one_day, ctx)
    nine = make("nine", "Nine assault rifles and a grenade launcher were seized from the pirates on Friday, the navy said.")
    parts = make("parts", "The navy seized seven pistols, three other assault rifles and a grenade launcher from the "
                          "pirates on Friday.")
    three = make("three", "The navy seized three assault rifles and a grenade launcher from the pirates on Friday.")
    assert not number_conflicts(nine, parts)
    assert conflict_kinds(nine, three) == ["number"]


@pytest.mark.parametrize("denied, asserted", [
    # "closed the road" is asserted by "the closure of the road", a word of the same kind
    ("The ministry rejected accusations that its troops closed the mountain road to trucks.",
     "Drivers said the closure of the mountain road by troops left trucks stranded."),
    # "used to move weapons": "use" says little, the moving is denied, and "the transport of weapons" asserts it
    ("Tessia rejected the allegation that the pass had been used to move weapons.",
     "The border chief said the post would stop the illegal transport of weapons along the pass."),
])
def test_a_denied_action_is_named_in_other_words_of_its_kind(ctx, denied, asserted):
    make = functools.partial(one_day, ctx)
    (dispute,) = compare([make("denial", denied), make("claim", asserted)], nlp=ctx.nlp, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]


def test_one_toll_counted_as_people_and_as_residents_is_one_count(ctx):
    """"The evacuation of 4,200 people" and "2,400 residents ... had been evacuated" count one toll, though
    each names the people otherwise and no claim joins the two sentences; shown as uncertain. A part of
    them ("1,200 children") is another count."""
    make = functools.partial(one_day, ctx)
    wire = make("wire", "VARNO, March 14 - Part of the Harn dam collapsed before dawn on Saturday, sending a wall "
                        "of water into the town of Lessa and forcing the evacuation of 4,200 people.")
    digest = make("digest", "The flood reached Lessa within the hour. Authorities said 2,400 residents of Lessa "
                            "and nearby villages had been evacuated by Saturday night.")
    children = make("children", "The flood reached Lessa within the hour. Authorities said 1,200 children had "
                                "been evacuated from schools in Lessa by Saturday night.")
    (found,) = one_event_conflicts(wire, digest)
    assert found.kind == "number" and "4,200" in found.detail and "2,400" in found.detail and not found.confident
    assert not one_event_conflicts(wire, children)


def test_short_sentences_sharing_a_name_and_a_word_are_not_one_claim(ctx):
    "A near paraphrase shares three things at least; one name and one word is how unrelated quotes meet."
    lead = ("House Democrats met behind closed doors on Wednesday morning. The meeting lasted three hours. "
            "Reporters waited in the corridor outside. ")
    make = lambda aid, text: one_day(ctx, aid, lead + text)  # noqa: E731  past the lead, where words must meet

    def together(a, b) -> bool:  # their last sentences in one claim
        last = {a.body[a.sentences[-1].start:].strip(), b.body[b.sentences[-1].start:].strip()}
        return any(last <= {e.text for e in c.evidence} for c in compare([a, b], events={a.id: 1, b.id: 1}).claims)

    assert not together(make("replaced", "If Ryan had won the vote, the leadership would have become all white men."),
                        make("friends", "“She has a lot of friends in the caucus,” Mr. Ryan said after the vote."))
    assert together(make("won", "Pelosi won the vote for minority leader by 134 to 63 on Wednesday."),
                    make("again", "Nancy Pelosi won the minority leader vote, 134 to 63."))


def test_sentences_in_other_scripts_meet_by_the_names_they_share(ctx):
    "A Persian lead, with no entity model, joins the English and Russian ones through its names' spellings."
    en = one_day(ctx, "wire", "Veskan Foreign Minister Ana Pirel spoke by phone with Miko Dran of Tordan on Thursday "
                              "about the Harn border crossing.")
    fa = one_day(ctx, "hamshahri", "آنا پیرل، وزیر امور خارجه وسکا، روز پنجشنبه در گفت‌وگوی تلفنی با میکو دران "
                                   "درباره گذرگاه مرزی هارن گفت‌وگو کرد.", language="fa")
    ru = one_day(ctx, "tass", "Министр иностранных дел Вески Ана Пирел в четверг провела телефонный разговор с Мико "
                              "Драном о переходе Харн.", language="ru")
    events = {"wire": 1, "hamshahri": 1, "tass": 1}
    assert in_one_claim(compare([en, fa, ru], events=events), "wire", "hamshahri", "tass")
    later = ("Farmers wait at the crossing. Prices of grain have risen. The harvest starts in June. "  # past the lead
             "Miko Dran told parliament in Tordan that the budget for roads would grow next year.")
    fa_later = one_day(ctx, "fa_later", "کشاورزان در گذرگاه منتظرند. " * 3 + fa.body, language="fa")
    assert not in_one_claim(compare([one_day(ctx, "other", later), fa_later], events={"other": 1, "fa_later": 1}),
                            "other", "fa_later")


def a_denial(ctx, text: str, cue: str | None = None) -> bool:
    "Whether a statement of the text (with this cue, if given) is a denial; attribution must find one."
    from rashomon.compare.disputes import _is_denial

    article = one_day(ctx, "a", text)
    found = [st for st in article.statements if cue is None or st.cue_word == cue]
    assert found, f"attribution found no {cue or ''} statement"
    return any(_is_denial(article, st) for st in found)


@pytest.mark.parametrize("text,denies", [
    ("“The audit report is garbage, complete and utter lies,” Marek said.", True),
    ("“The story about the bribes is 100% false,” the governor's spokeswoman tweeted.", True),
    ("“The drought is not a hoax,” the minister said.", False),  # it says the drought is real
    ("“The drought isn't a hoax,” the minister said.", False),
    ("The minister said he would not call the drought a hoax.", False),
    ("The mayor said the real issue is garbage collection.", False),  # phrases that end their own: not these
    ("Police said a hoax call had sent officers to the school.", False),
    ("The study said 30 percent false positives were recorded.", False),
    ("Officials in Lorn said reports of refugees crossing near Harna were exaggerated.", True),
    ("The minister said the fears of a shortage of grain are overblown.", True),
    ("Officials in Lorn said reports of refugees crossing near Harna were greatly exaggerated.", True),
    ("The ministry in Lorn dismissed what it called exaggerated claims of refugees crossing near Harna.", True),
    ("Officials in Lorn said Marovia exaggerated the number of refugees to win aid.", False),
    ("The minister said the overblown budget for roads would be cut next year.", False),
])
def test_exaggerated_or_overblown_is_a_denial_only_as_what_a_claim_is(ctx, text, denies):
    """'Reports ... were exaggerated' dismisses them, as 'garbage', 'utter lies' and '100% false' do; 'Marovia
    exaggerated the number' accuses Marovia."""
    assert a_denial(ctx, text) == denies


@pytest.mark.parametrize("text,denies", [
    ("The embassy denied him entry at the border on Monday.", False),
    ("The party wants to deny Clinton the nomination at the convention.", False),
    ("The court denied a request to move the trial to another city.", False),
    ("The florist denied service over her religious beliefs, the couple said.", False),
    ("The prosecutor denied a Varn plea offer to avoid a second trial.", False),
    ("Judge Hollis agreed and denied both motions.", False),
    ("Insurers will go on denying coverage to people with pre-existing conditions.", False),
    ("The defence was denied a key witness in the penalty phase, he said.", False),
    ("Lubinets said the Russian side had denied the prisoners medical care for months.", False),
    ("The army denied the civilians food and water, residents said.", False),
    ("The ministry denied food was running short in the city.", True),
    ("Officials denied aid was being diverted to the army.", True),
    ("The army didn’t deny that its soldiers fired on the convoy.", False),
    ("Moscow denied US claims that its jets bombed the hospital.", True),
    ("Clinton denied her emails contained classified material.", True),
    ("The mayor denied Smith was involved in the bombing.", True),
    ("Officials denied the care home was evacuated after the fire.", True),
    ("He not only denied the reports that the plant was closing but promised new jobs.", True),
])
def test_what_a_denial_cue_denies(ctx, text, denies):
    """'Deny' refuses someone something, or a negation takes it back; otherwise it denies a claim. A refusal may be
    no statement at all (attribution reads 'denied him entry' as a deed), or one that denies nothing."""
    from rashomon.compare.disputes import _is_denial

    article = one_day(ctx, "a", text)
    assert any(_is_denial(article, st) for st in article.statements if st.cue_word == "deny") == denies


def test_a_place_that_speaks_is_a_side_and_no_more_than_is_a_ceiling(ctx):
    "'Russia said 5' against 'Ukraine said 50' is a conflict; so is 'no more than five' against 'twenty'."
    make = functools.partial(one_day, ctx)
    russia = make("russia", "Russia said 5 soldiers were killed in the shelling of the bridge on Sunday.")
    ukraine = make("ukraine", "Ukraine said 50 soldiers were killed in the shelling of the bridge on Sunday.")
    assert conflict_kinds(russia, ukraine, show_all=False) == ["number"]
    ceiling = make("ceiling", "The storm on Sunday killed no more than five people in the town, officials said.")
    twenty = make("twenty", "The storm on Sunday killed 20 people in the town, officials said.")
    assert conflict_kinds(ceiling, twenty, show_all=False) == ["number"]


@pytest.mark.slow
def test_a_russian_denial_is_a_dispute_with_the_russian_sentence_it_denies(ctx):
    """Russian cues ('отверг обвинения') and baseless words ('беспочвенны'); 'не хватает' asserts a shortage, and
    residents saying food and fuel did not become scarcer ('не стало меньше') neither assert it nor deny what the
    mayor said (she said no word of becoming)."""
    pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language="ru")
    claim = make("claim", "Мэр Ана Пирел заявила, что в Харне не хватает продовольствия и топлива "
                          "из-за закрытия перевала.")
    denial = make("denial", "Министр обороны Мико Дран отверг обвинения в закрытии перевала в Харне.")
    baseless = make("baseless", "Мико Дран заявил, что утверждения, будто в Харне не хватает топлива и "
                                "продовольствия, беспочвенны.")
    negated = make("negated", "Жители сообщили, что продовольствия и топлива в Харне после закрытия перевала "
                              "не стало меньше.")
    for other in (denial, baseless):
        assert the_dispute(claim, other, negated) == ([other.id], ["claim"])
    rejected_plan = make("plan", "Мико Дран отверг план открытия перевала для грузовиков из Харна.")
    assert not compare([claim, rejected_plan], show_all=True).disputes


@pytest.mark.slow
@pytest.mark.parametrize("language, claim, denial", [
    ("ru", "Мэр Ана Пирел заявила, что охрана лишала пленных в Харне медицинской помощи и воды.",
     "Официальный представитель министерства Мико Дран назвала заявления о том, что охрана лишала пленных в Харне "
     "медицинской помощи, «ложью»."),
    ("uk", "Мер Ана Пірел заявила, що охорона позбавляла полонених у Харні медичної допомоги та води.",
     "Речник міністерства Міко Дран назвав заяви про те, що охорона позбавляла полонених у Харні медичної "
     "допомоги, брехнею."),
])
def test_calling_a_claim_a_lie_denies_it(ctx, language, claim, denial):
    "'назвала заявления о том, что ..., «ложью»', 'назвав заяви ... брехнею': called a lie, the claim is denied."
    pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language=language)
    assert the_dispute(make("claim", claim), make("denial", denial)) == (["denial"], ["claim"])


@pytest.mark.slow
@pytest.mark.parametrize("language, text", [
    ("ru", "Мико Дран заявил, что эта информация о пленных в Харне не является фейком."),
    ("ru", "Мико Дран заявил, что министерство будет бороться с ложью о пленных в Харне."),
    ("uk", "Міко Дран заявив, що міністерство боротиметься з брехнею про полонених у Харні."),
])
def test_a_lie_negated_or_fought_denies_nothing(ctx, language, text):
    "'не является фейком', 'бороться с ложью': nothing is called a lie."
    pytest.importorskip("natasha")
    from rashomon.compare.disputes import _is_denial

    article = one_day(ctx, "a", text, language=language)
    assert article.statements and not any(_is_denial(article, st) for st in article.statements)


def test_saying_a_thing_does_not_exist_denies_it(ctx):
    """"There is no humanitarian crisis" denies the crisis others assert in the same event, confidently: it
    names what it denies. The quote's next sentence is the denier's own account, not the other side; another
    event's crisis is no answer; "there is no doubt" denies nothing."""
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Mayor Ana Pirel said the closure had caused a humanitarian crisis in the Harn valley.")
    denial = make("denial", '"There is no humanitarian crisis in the Harn valley. Shops are open and insulin '
                            'reaches the families every day," Defence Minister Miko Dran said.')
    (dispute,) = compare([claim, denial], events={"claim": 1, "denial": 1}).disputes
    assert [p.evidence.article_id for p in dispute.denials] == ["denial"] and dispute.confident
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]
    assert not compare([claim, denial], events={"claim": 1, "denial": 2}, show_all=True).disputes
    doubt = make("doubt", '"There is no doubt that the humanitarian crisis in the Harn valley will end," Miko Dran said.')
    assert not compare([claim, doubt], events={"claim": 1, "doubt": 1}, show_all=True).disputes
    from rashomon.compare.disputes import _none_such

    assert [_none_such(t) is None for t in ("Нет сомнений, что блокада закончится", "il n'y a pas de doute que",
                                            "Никакой блокады нет")] == [True, True, False]
    # one word denied is sure only of a sentence at the place it names
    tortured = make("tortured", "Ombudsman Ana Pirel said at least 14 men had been tortured at Kerran.")
    kerran = make("kerran", '"There has been no torture at Kerran," spokesman Lukas Fenner said.')
    nowhere = make("nowhere", '"There has been no torture," spokesman Lukas Fenner said.')
    for denial, sure in ((kerran, True), (nowhere, False)):
        (dispute,) = compare([tortured, denial], events={"tortured": 1, denial.id: 1}, show_all=True).disputes
        assert dispute.confident == sure


def test_saying_a_thing_is_not_in_this_plan_is_answered_only_by_a_sentence_of_that_plan(ctx):
    "'There is no pay rise in this budget': last year's deal that gave one is not the other side; a union's claim is."
    make = functools.partial(one_day, ctx)
    budget = make("budget", "Governor Tomas Marek unveiled the budget on Friday. “There is no pay rise for teachers in "
                            "this budget,” Mr. Marek said.")
    deal = make("deal", "Last year, Marek and the union negotiated a pay rise for teachers in exchange for longer hours.")
    assert not compare([budget, deal], events={"budget": 1, "deal": 1}, show_all=True).disputes
    union = make("union", "The union said the budget gives a pay rise for teachers.")
    (dispute,) = compare([budget, union], events={"budget": 1, "union": 1}, show_all=True).disputes
    assert [p.holder for p in dispute.claims] == ["The union"]
    # a place is no such scope: any sentence of the crisis there answers "no crisis in this region"
    region = make("region", '"There is no humanitarian crisis in this region," Defence Minister Miko Dran said.')
    valley = make("valley", "Aid groups warned of a humanitarian crisis in the Harn valley.")
    assert compare([region, valley], events={"region": 1, "valley": 1}, show_all=True).disputes


def test_words_a_denial_sets_in_quotation_marks_must_be_asserted(ctx):
    "'denied they give the government a “back door”': a sentence sharing only 'government' and 'systems' asserts nothing."
    make = functools.partial(one_day, ctx)
    denial = make("denial", "Those firms have denied they give the government a “back door” to their systems.")
    defence = make("defence", "The administration tried Saturday to defend its collection of telephone data, arguing "
                              "that a secret program is simply an “internal government computer system”.")
    report = make("report", "A report said the firms give the spy agency a back door to their systems.")
    back = make("back", "Critics said the firms went back on their word and gave the government their systems.")
    (dispute,) = compare([denial, defence, report, back], events={a: 1 for a in ("denial", "defence", "report", "back")},
                         show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["report"]  # not "back" without the door


def test_a_denial_naming_the_claim_by_its_one_word_is_sure_of_it(ctx):
    """"Denied the torture allegations" names what is alleged, as "the allegations of torture" does: a
    confident dispute though one word is denied. "Denied the latest allegations" names nothing."""
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Ombudsman Ana Pirel said detainees had been tortured at the Harn camp.")
    named = make("named", "The defence ministry on Tuesday denied the torture allegations.")
    (dispute,) = compare([claim, named], events={"claim": 1, "named": 1}).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"] and dispute.confident
    from rashomon.compare.disputes import _names_the_claim

    latest = "denied the latest allegations"
    assert not _names_the_claim(latest, 0, len(latest))


def test_a_claim_named_by_one_word_is_denied_only_in_its_own_event(ctx):
    """"Dismissed the account of the delay" may answer a delay told in its own event (uncertainly: one word); a
    delay another event tells ("sowing could be delayed") is no answer to it."""
    make = functools.partial(one_day, ctx)
    denial = make("denial", "The state company that runs the dam, Ketravod, dismissed the account of the delay.")
    sowing = make("sowing", "Farmers in the Kalmira valley have warned that spring sowing could be delayed.")
    (dispute,) = compare([denial, sowing], events={"denial": 1, "sowing": 1}, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["sowing"] and not dispute.confident
    assert not compare([denial, sowing], events={"denial": 1, "sowing": 2}, show_all=True).disputes


def test_a_denial_of_the_accusation_denies_the_one_made_just_before(ctx):
    """"Velmin rejected the accusation." names nothing it denies: the sentence before it made it, in that
    article; the same accusation in another outlet of the same event is asserted too, not in another event."""
    make = functools.partial(one_day, ctx)
    wire = make("wire", "Governor Anton Severin accused the government of abandoning Brelo. He said rescue teams "
                        "had taken 14 hours to reach the town after the quake. Emergencies Minister Dario Velmin "
                        "rejected the accusation.")
    post = make("post", "Rescue teams took 14 hours to reach the town of Brelo after the quake, the governor said.")
    (dispute,) = compare([wire, post], events={"wire": 1, "post": 1}).disputes
    assert [p.holder for p in dispute.denials] == ["Dario Velmin"] and dispute.confident
    assert {p.evidence.text[:8] for p in dispute.claims} == {"He said ", "Rescue t"}
    (apart,) = compare([wire, post], events={"wire": 1, "post": 2}, show_all=True).disputes  # made of its own event
    assert [p.evidence.article_id for p in apart.claims] == ["wire"]
    alone = make("alone", "Emergencies Minister Dario Velmin rejected the accusation.")
    assert not compare([alone, post], events={"alone": 1, "post": 1}, show_all=True).disputes


def test_a_denial_of_the_allegations_answers_those_made_of_the_denier(ctx):
    """The mayor's claim about the deputy governor, not her later word that prosecutors spoke to her, is what "the
    deputy governor denied the allegations" answers."""
    told = one_day(ctx, "told", "On Saturday, the mayor of Brelo, Ana Vell, said the governor's deputy had threatened "
                                "to withhold flood aid unless she backed a harbour project. On Sunday, Ms. Vell said "
                                "in a statement that prosecutors had interviewed her about her account. The "
                                "governor's deputy, Lina Darsk, emphatically denied the allegations.")
    (dispute,) = compare([told], events={"told": 1}).disputes
    assert [p.holder for p in dispute.denials] == ["Lina Darsk"]
    assert dispute.about.startswith("the governor's deputy had threatened")
    assert [p.evidence.text[:12] for p in dispute.claims] == ["On Saturday,"]
    # ... but "he" in the claim just before may be the denier: that claim, not an earlier one that names him
    he = one_day(ctx, "he", "Ana Vell said she first met Governor Tomas Marek at a fundraiser in 2019. On Sunday, Vell "
                            "said he had threatened to withhold flood aid unless she backed the harbour project. Marek "
                            "denied the allegations.")
    (dispute,) = compare([he], events={"he": 1}, show_all=True).disputes
    assert dispute.about.startswith("he had threatened")
    # ... and a body is named by the names in its name ("Vell’s plan"), not by "the campaign"
    from rashomon.compare.disputes import _names_the_denier

    body = one_day(ctx, "body", "The Vell campaign is disputing that argument.")
    (denial,) = body.statements
    assert _names_the_denier(body, "That is a clear contrast with Governor Vell’s plan.", denial)
    assert not _names_the_denier(body, "The campaign is trying to show the contrast.", denial)


def test_pushing_back_against_criticism_denies_the_criticism_told_before(ctx):
    "'Marek pushed back against these criticisms' answers what the senator accused him of, just before."
    told = one_day(ctx, "told", "Senator Ana Vell has repeatedly accused Governor Tomas Marek of abandoning the "
                                "harbour workers, claiming that he had thrown the dockers under a bus. Marek pushed "
                                "back against these criticisms in two interviews on Sunday.")
    (dispute,) = compare([told], events={"told": 1}).disputes
    assert [p.holder for p in dispute.denials] == ["Tomas Marek"] and [p.holder for p in dispute.claims] == ["Ana Vell"]


def test_a_denial_and_what_it_denies_are_no_claim_sources_agree_on(ctx):
    """"There is no racism within the movement" and the resolution condemning racism within it are the two sides
    of a dispute, not three sources agreeing; the two that condemn it still agree."""
    a = one_day(ctx, "a", "Harbour League groups say there is no racism within the movement. The vote on Tuesday by "
                          "the council changes nothing, they said.")
    b = one_day(ctx, "b", "TARSK — Leaders of the country's largest civil rights organization accused Harbour League "
                          "activists on Tuesday of tolerating bigotry and approved a resolution condemning racism "
                          "within the movement.")
    c = one_day(ctx, "c", "The council adopted a resolution on Tuesday condemning racist elements in the Harbour "
                          "League movement and calling on its leaders to repudiate bigotry.")
    result = compare([a, b, c], events={"a": 1, "b": 1, "c": 1})
    (dispute,) = result.disputes
    assert [p.evidence.article_id for p in dispute.denials] == ["a"]
    shared = [{e.article_id for e in claim.evidence} for claim in result.claims if len(claim.evidence) > 1]
    assert shared == [{"b", "c"}]


def test_a_speaker_telling_anothers_claim_does_not_assert_it(ctx):
    """'Vell said she was "saddened by the Harbour League's claim that the dockers are racists"' tells the League's
    claim, which the League asserts and the dockers deny; Vell is on neither side of it."""
    a = one_day(ctx, "a", "The Harbour League passed a resolution on Tuesday saying there is racism within the "
                          "dockers' union. Union leaders say there is no racism within the dockers' union.")
    b = one_day(ctx, "b", "Ana Vell, a union supporter, said she was \"saddened by the Harbour League's claim that "
                          "there is racism within the dockers' union.\"")
    (dispute,) = compare([a, b], events={"a": 1, "b": 1}, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.denials] == ["a"]
    assert [p.evidence.article_id for p in dispute.claims] == ["a"]


def test_a_denial_of_that_answers_the_claim_before_it_not_the_deniers_own_account(ctx):
    """'Eyjaria denied that, saying the aircraft had been confiscated': "that" is the prime minister's claim just
    made; what follows is Eyjaria's own account, which its spokeswoman gives too: no dispute with her."""
    a = one_day(ctx, "a", "Tolmarian Prime Minister Csaba Banffy said Eyjaria had also agreed to return the cargo "
                          "freighter within 30 days. Eyjaria denied that, saying the aircraft had been confiscated by "
                          "court order.")
    b = one_day(ctx, "b", "“The aircraft was confiscated by a court and remains the property of Eyjaria,” said Solveig "
                          "Adalsteinsdottir, a spokeswoman for the Eyjarian government.")
    (dispute,) = compare([a, b], events={"a": 1, "b": 1}, show_all=True).disputes
    assert dispute.about == "Eyjaria had also agreed to return the cargo freighter within 30 days"
    assert [p.evidence.article_id for p in dispute.claims] == ["a"]


def test_a_bare_denial_answers_the_claim_its_quotes_bear_out(ctx):
    """"Radan rejected that account." answers the union leader's claim, reported two sentences before the quote
    that ends just before the denial, not what he said before it; a claim put in the negative ("had not handed
    over") is still the claim."""
    union = one_day(ctx, "union", "\"The pit must reopen by spring,\" Yakov Temar told a rally of miners in the town. "
                                  "Union leader Yakov Temar said crews flagged cracking in the roof supports twice "
                                  "in August. He was blunt when the paper reached him by phone. \"We have the written "
                                  "reports, signed by the shift managers.\" Chief executive Emil Radan rejected that "
                                  "account.")
    (dispute,) = compare([union], events={"union": 1}).disputes
    assert [p.holder for p in dispute.denials] == ["Emil Radan"]
    assert dispute.about.startswith("crews flagged cracking in the roof supports twice in August. ")
    assert dispute.claims[0].evidence.text.startswith("Union leader Yakov Temar said crews flagged cracking")
    assert not any("reopen" in p.evidence.text for p in dispute.claims)
    negative = one_day(ctx, "negative", "Foreign Minister Aurel Vostan said Belstria had not handed over eleven "
                                        "detainees whose names were on the agreed list. Deputy minister Tomas Gradan "
                                        "rejected these accusations.")
    (dispute,) = compare([negative], events={"negative": 1}).disputes
    assert [p.holder for p in dispute.claims] == ["Aurel Vostan"] and dispute.confident
    # what is denied is what the minister said, not who said it
    assert dispute.about == "Belstria had not handed over eleven detainees whose names were on the agreed list"
    called = one_day(ctx, "called", "Tomas Gradan said dozens of the returnees bore marks of beatings. Korvan shrugged "
                                    "off the testimony within hours. \"We saw the scars ourselves. Nobody invented "
                                    "them,\" Gradan said. The penitentiary service called the accounts \"fabricated\".")
    (dispute,) = compare([called], events={"called": 1}, show_all=True).disputes
    assert {p.holder for p in dispute.claims} == {"Tomas Gradan"} and len(dispute.claims) == 3  # not "Korvan shrugged"


def test_what_the_denier_said_before_is_no_claim_they_answer(ctx):
    "'Poulter said he saw no racism. “It's unfounded,” he said.': one voice, no dispute."
    own = one_day(ctx, "own", "Activist Alex Poulter said he has seen no evidence of racism within the movement. "
                              "\"It's unfounded, but people are running with these accusations like they are true,\" "
                              "he said.")
    assert not compare([own], events={"own": 1}, show_all=True).disputes
    # ... nor is what someone says for the denier: "Marek press secretary Ana Lund"
    aide = one_day(ctx, "aide", "Governor Tomas Marek met donors on Friday. “The governor was never aware of anyone "
                                "associated with the campaign being in contact with the group,” said Marek press "
                                "secretary Ana Lund. “He first learned of this news from a published report earlier "
                                "tonight.” Weeks before the election, asked if the campaign was “in cahoots” with the "
                                "group, Marek denied it.")
    assert not compare([aide], events={"aide": 1}, show_all=True).disputes
    # ... but one whose words name the denier otherwise is the other side
    critic = one_day(ctx, "critic", "Radan critic Yakov Temar said crews flagged cracking in the roof supports twice "
                                    "in August. Chief executive Emil Radan rejected that account.")
    (dispute,) = compare([critic], events={"critic": 1}, show_all=True).disputes
    assert [p.holder for p in dispute.claims] == ["Yakov Temar"]


def test_a_denial_said_about_a_claim_answers_that_claim_and_its_reports(ctx):
    """'“It is garbage, complete and utter lies,” Marek said about the tabloid article alleging that ...': the claim
    the denier spoke of, held by the article; 'denied the rumors, which rippled through the capital' answers the
    claim told before, not the words of its relative clause."""
    about = one_day(ctx, "about", "“It is garbage, complete and utter lies,” Marek said about the Daily Courier "
                                  "article alleging that he had taken bribes from two builders.")
    (dispute,) = compare([about], events={"about": 1}, show_all=True).disputes
    assert [p.holder for p in dispute.claims] == ["the Daily Courier article"] and dispute.confident
    rumors = one_day(ctx, "rumors", "The tabloid published a story this week claiming that Governor Tomas Marek had "
                                    "taken bribes from two builders. Marek vehemently denied the rumors, which rippled "
                                    "through the capital's newsrooms on Friday.")
    (dispute,) = compare([rumors], events={"rumors": 1}, show_all=True).disputes
    assert [p.holder for p in dispute.denials] == ["Tomas Marek"] and dispute.confident
    assert dispute.claims[0].evidence.text.startswith("The tabloid published a story")


def test_rejecting_that_notion_answers_the_argument_just_made(ctx):
    "'They argued that he could not be impartial ... Mr. Marek categorically rejected that notion.'"
    argued = one_day(ctx, "argued", "Protesters gathered outside Mr. Marek’s office on Wednesday, calling for him to "
                                    "step aside. They argued that he could not be impartial because his brother owns "
                                    "the quarry. Mr. Marek, speaking to a local radio station, categorically rejected "
                                    "that notion.")
    (dispute,) = compare([argued], events={"argued": 1}).disputes
    assert [p.holder for p in dispute.claims] == ["Protesters"] and [p.holder for p in dispute.denials] == ["Marek"]


@pytest.mark.parametrize("body", [
    # how someone else described a thing is no claim the sentence before made
    "The video appears to have been taken by a hidden camera at a closed event. Party officials did not dispute the "
    "authenticity of the video, but disputed its characterization.",
    # the parse cut the claim short of what the criticism said
    "“The only emergency is that our mayor is a fool,” Ana Lund said on the radio. City Hall officials rejected "
    "criticism from across the spectrum that Mayor Tomas Marek was creating a precedent for future mayors.",
    # who says "if true" asserts nothing
    "A spokesperson for Governor Ana Lund said she found the allegations disturbing and believes, if true, they "
    "would disqualify anyone from office. Marek’s campaign denied the allegations, which the Courier first reported.",
])
def test_a_bare_denial_answers_no_sentence_that_makes_no_claim(ctx, body):
    assert not compare([one_day(ctx, "bare", body)], events={"bare": 1}, show_all=True).disputes


@pytest.mark.parametrize("denial", [
    "In a video in December announcing his resignation, Mr. Marek continued to deny the allegations.",
    "A video announcing his resignation showed him continuing to deny the allegations.",
    "In a CNN interview announcing his resignation, he continued to deny the allegations.",
])
def test_what_a_video_announced_is_no_claim_a_denial_in_its_sentence_answers(ctx, denial):
    "'In a video announcing his resignation, Marek continued to deny the allegations': the accusation before it."
    video = one_day(ctx, "video", "After the disclosure, more of his aides came forward to accuse Mayor Tomas Marek of "
                                  f"fostering a hostile workplace. {denial}")
    (dispute,) = compare([video], events={"video": 1}, show_all=True).disputes
    assert "resignation" not in dispute.about and dispute.claims[0].evidence.text.startswith("After the disclosure")


def test_the_asserting_side_is_never_the_denier_retold(ctx):
    "'Lund said Marek had admitted taking bribes': the claim is Lund's, though Marek's words are innermost."
    denial = one_day(ctx, "denial", "Mayor Tomas Marek denied taking bribes from the two builders.")
    claim = one_day(ctx, "claim", "Prosecutor Ana Lund said Marek had admitted taking bribes from the two builders.")
    (dispute,) = compare([denial, claim], events={"denial": 1, "claim": 1}, show_all=True).disputes
    assert [p.holder for p in dispute.claims] == ["Ana Lund"]


def test_the_asserting_side_says_what_is_denied_not_its_opposite(ctx):
    """'Olsen claimed the letters did not speak for all bishops, but the conference responded that those letters do
    indeed represent the bishops' opinion': the conference's words share most with what another report says it
    denied, yet the claim, in the negative, is Olsen's. Where the one who counters makes the claim ("but
    prosecutors countered that he had accepted gifts"), it is theirs, and the report, which tells the quarrel from
    the other side, keeps Ruston among those who deny."""
    denial = one_day(ctx, "denial", "Last week, Rep. Olsen dismissed the bishops’ critique, erroneously claiming the "
                                    "letters didn’t represent “all the bishops,” a point the USCCB media office denied.")
    report = one_day(ctx, "report", "Rep. Marek Olsen claimed in a recent interview that those letters did not speak for "
                                    "all bishops, but the conference responded that those letters do indeed represent the "
                                    "bishops’ collective opinion.")
    dispute = one_event_dispute(denial, report)
    assert {p.evidence.article_id: p.holder for p in dispute.claims}["report"] == "Marek Olsen"
    denial = one_day(ctx, "denial", "Senator Dale Ruston denied that he had accepted gifts from the contractor.")
    report = one_day(ctx, "report", "Ruston said he did nothing wrong, but prosecutors countered that he had accepted "
                                    "gifts from the contractor worth $40,000.")
    dispute = one_event_dispute(denial, report)
    assert [p.holder for p in dispute.claims] == ["prosecutors"]
    assert sorted((p.evidence.article_id, p.holder) for p in dispute.denials) == [("denial", "Dale Ruston"),
                                                                                 ("report", "Ruston")]


def test_a_term_in_quotation_marks_is_no_ones_assertion_of_the_claim(ctx):
    """'a request ... on why he gave "misleading information"': the words in quotation marks are not what Marek
    asserts, so the sentence asserts the claim in the outlet's voice, not his."""
    denial = one_day(ctx, "denial", "Mayor Tomas Marek denied that he had ever given misleading information to the "
                                    "council.")
    report = one_day(ctx, "report", "It also follows a request to Marek from the council to provide information on "
                                    "why he gave \"misleading information\" to the council on four previous occasions "
                                    "in 2012.")
    assert [p.holder for p in one_event_dispute(denial, report).claims] == [None]


@pytest.mark.parametrize("bodies", [
    # a relative clause inside what is denied is part of it; only one after a claim's noun tells of the claim
    ("The ministry denied that the minister, who oversees the police, had ordered the raid on the newspaper.",
     "Witnesses said the minister had ordered the raid on the newspaper."),
    # a dismissal, then what is denied in a sentence of its own
    ("“These accusations are baseless. Our troops did not cross the border into Harna,” the Korvanian defence "
     "ministry said.", "Korvanian troops crossed the border into Harna on Monday, witnesses said."),
    # "if proven" in the report that makes the claim
    ("The Courier reported on Monday that Mayor Tomas Marek took bribes from two builders, a charge that, if "
     "proven, would end his career. Marek denied the report.",),
])
def test_a_denial_still_answers_the_claim_around_these_words(ctx, bodies):
    articles = [one_day(ctx, f"a{i}", body) for i, body in enumerate(bodies)]
    (dispute,) = compare(articles, events={a.id: 1 for a in articles}, show_all=True).disputes
    assert dispute.confident


def test_a_bare_denial_is_not_about_the_sentence_its_quote_goes_on_with(ctx):
    "'“This is nonsense. As scholars, we ...”': the sentence after the denial is the denier's own, not what is denied."
    letter = one_day(ctx, "letter", "“Our problem with the minister is that he claims his plan is based on science,” "
                                    "said Professor Ana Lund, one of its authors. “This is nonsense. As scholars, we "
                                    "want to join the doctors in pointing out that his plan has a devastating impact "
                                    "on clinics for the poor.” Lund is a fellow at the institute.")
    other = one_day(ctx, "other", "The professors pointed to the devastating impact of the cuts on clinics that serve "
                                  "the poor.")
    assert not compare([letter, other], events={"letter": 1, "other": 1}, show_all=True).disputes


@pytest.mark.parametrize("language, body, denier, claimant", [
    ("id", "Namun, menurut Vostan, Belstria masih menahan 11 orang yang namanya tercantum dalam daftar yang disepakati "
           "di Alvera. Tuduhan itu dibantah Menteri Luar Negeri Belstria Ilona Marin.", "Ilona Marin", "Vostan"),
    ("fa", "اورل وستان، وزیر خارجه کوروانیا، گفت که بلستریا ۱۱ نفر از فهرست توافق‌شده را نگه داشته است. ایلونا مارین، "
           "وزیر خارجه بلستریا، این ادعا را رد کرد.", "ایلونا مارین", "اورل وستان"),
    ("hy", "Վոստանը հայտարարել է, որ Բելստրիան պահում է համաձայնեցված ցուցակի 11 մարդու։ Մարինը մերժել է այդ "
           "մեղադրանքները։", "Մարին", "Վոստան"),
])
def test_a_bare_denial_in_another_language_answers_the_claim_before_it(ctx, language, body, denier, claimant):
    """"Tuduhan itu dibantah ..." (that accusation was denied by ...), «این ادعا را رد کرد», «մերժել է այդ
    մեղադրանքները»: a denial read in a language without a parser finds what it denies as an English one does."""
    (dispute,) = compare([one_day(ctx, "told", body, language=language)], events={"told": 1}).disputes
    assert [p.holder for p in dispute.denials] == [denier] and [p.holder for p in dispute.claims] == [claimant]


@pytest.mark.parametrize("language, body", [
    ("en", "Observers said they were barred from the recount in 31 district commissions. Commission chair Anselm "
           "Grudan flatly denies this."),
    ("sr", "Ministarka Irena Dobran tvrdi da se Ketranija obavezala da do 15. aprila vrati minimum od 60 kubika u "
           "sekundi. Ketranski ministar Tomas Gerdan je to odbacio."),
])
def test_a_denial_of_this_answers_what_was_just_said(ctx, language, body):
    "'Grudan flatly denies this', 'Gerdan je to odbacio': the word that stands for the claim is the claim."
    (dispute,) = compare([one_day(ctx, "it", body, language=language)], events={"it": 1}).disputes
    assert dispute.confident and dispute.claims[0].evidence.sentence == 0 and dispute.denials[0].evidence.sentence == 1


@pytest.mark.parametrize("language, body", [
    ("sr", "Ministar Tomas Gerdan tvrdi da je Ketranija prebacila 14 oklopnih vozila u grad Sobrin. „U tim "
           "tvrdnjama nema istine“, saopštilo je ministarstvo spoljnih poslova Ketranije."),
    ("en", "Minister Tomas Gerdan said Ketrania had moved 14 armoured vehicles into the town of Sobrin. “Nothing of the "
           "kind happened,” Ketrania's foreign ministry said."),
    ("ru", "Министр Томас Гердан заявил, что Кетрания перебросила в город Собрин 14 бронемашин. «В этих заявлениях "
           "нет ни слова правды», — заявил МИД Кетрании."),
])
def test_a_denial_that_there_is_no_truth_in_the_claims_answers_what_was_just_said(ctx, language, body):
    """"„U tim tvrdnjama nema istine“" (there is no truth in those claims), "Nothing of the kind happened": the
    claims are the ones made just before, not whatever shares a word with "those" ("tim", a team elsewhere)."""
    (dispute,) = compare([one_day(ctx, "truth", body, language=language)], events={"truth": 1}).disputes
    assert [p.evidence.sentence for p in dispute.claims] == [0] and dispute.denials[0].evidence.sentence == 1


def test_agreeing_to_nothing_of_the_kind_answers_the_claim_just_made_not_every_agreement(ctx):
    """"We agreed to nothing of the kind" denies what Varga just said Ketrania agreed to, not the commission both
    sides did agree on, which shares only the verb."""
    body = ("Ketrania and Dalvia agreed on Saturday to set up a joint commission on their border. Minister Ilse Varga "
            "said Ketrania had agreed during the talks to pay compensation to the family of a border guard. “We agreed "
            "to nothing of the kind,” Ketranian minister Tomas Gerdan said.")
    (dispute,) = compare([one_day(ctx, "kind", body)], events={"kind": 1}, show_all=True).disputes
    assert [p.evidence.sentence for p in dispute.claims] == [1] and dispute.confident


def test_a_denial_of_it_in_the_claims_own_sentence_denies_that_claim(ctx):
    """"Almadria said Verlin had promised to slow the filling and Drovec denied it": what is denied is the claim
    before it in that sentence, not the sentence before; the sentence reports Almadria's side, and another
    outlet's report of the claim asserts it too."""
    make = functools.partial(one_day, ctx)
    wire = make("wire", "The call was the second between the two leaders in two weeks. Their first conversation "
                        "ended in public disagreement after Almadria said Verlin had promised to slow the filling of "
                        "the reservoir and Drovec denied it.")
    post = make("post", "Almadrian spokesman Luka Dessar said Verlin had promised to slow the filling of the reservoir.")
    (dispute,) = compare([wire, post], events={"wire": 1, "post": 1}).disputes
    assert [p.holder for p in dispute.denials] == ["Drovec"]
    assert sorted(p.holder for p in dispute.claims) == ["Almadria", "Luka Dessar"]
    assert "two leaders" not in dispute.about


def test_a_sentence_that_reports_a_claim_and_its_denial_is_a_dispute_alone(ctx):
    """"Vastoria accused Ostrevia of closing the road, a claim Sarnow denies": one sentence gives both sides, and
    is a confident dispute with no other article; so is "..., but Sarnow countered that ..."."""
    make = functools.partial(one_day, ctx)
    for body, denier, holder in [
            ("Vastoria has accused Ostrevia of closing the only road to the Lir valley, a claim Sarnow denies.",
             "Sarnow", "Vastoria"),
            ("Mayor Ana Pirel said the convoy had been stopped by soldiers, but Sarnow countered that the drivers "
             "had turned back on their own.", "Sarnow", "Ana Pirel")]:
        (dispute,) = compare([make("wire", body)], events={"wire": 1}).disputes
        assert [p.holder for p in dispute.denials] == [denier] and [p.holder for p in dispute.claims] == [holder]
        assert dispute.confident and denier not in dispute.about
    for body in ("Mayor Ana Pirel said the convoy had been stopped, and Sarnow said that the drivers had turned back.",
                 "Mayor Ana Pirel said the plan, which Sarnow rejected, would have let the convoy through.",
                 "Mayor Ana Pirel said the plan, which Sarnow rejected as unworkable, would be revised.",
                 "Vastoria urged Ostrevia to reopen the road to the valley, which Sarnow rejected.",
                 "Mayor Ana Pirel said the union had offered a compromise, which Sarnow rejected.",
                 "Mayor Ana Pirel said the convoy had been stopped by soldiers, a point nobody disputes.",
                 "Mayor Ana Pirel said the convoy had been stopped by soldiers, which Sarnow does not deny.",
                 "Mayor Ana Pirel said the border had been closed, but Sarnow responded that he would not comment.",
                 "Mayor Ana Pirel said the bill would close the border. Senator Ilka Varan called the governor to urge "
                 "her to reject it."):
        assert not compare([make("wire", body)], events={"wire": 1}, show_all=True).disputes, body


@pytest.mark.parametrize("language, body, denier", [
    ("ru", "Мэр Ана Пирел заявила, что блокада долины Харн лишила семьи инсулина, что министр Мико Дран отрицает.",
     "министр Мико Дран"),
    ("uk", "Мер Ана Пірел заявила, що блокада долини Харн позбавила родини інсуліну, що заперечує Сарнов.", "Сарнов"),
    ("fr", "La maire Ana Pirel a déclaré que le blocus de la vallée privait les familles d'insuline, ce que dément "
           "Sarnow.", "Sarnow"),
    ("it", "La sindaca Ana Pirel ha detto che il blocco della valle ha lasciato le famiglie senza insulina, cosa che "
           "Sarnow nega.", "Sarnow"),
])
def test_a_claim_and_its_denial_in_one_sentence_are_a_dispute_in_other_languages(ctx, language, body, denier):
    "«..., что X отрицает», «..., ce que dément X», «..., cosa che X nega»: both sides in one sentence."
    if language in ("ru", "uk"):
        pytest.importorskip("natasha")
    (dispute,) = compare([one_day(ctx, "wire", body, language=language)], events={"wire": 1}).disputes
    assert [p.holder for p in dispute.denials] == [denier] and dispute.claims[0].holder.endswith(("Pirel", "Пирел", "Пірел"))
    assert dispute.confident and dispute.about.endswith(("инсулина", "інсуліну", "insuline", "insulina"))


@pytest.mark.parametrize("language, denial, claim", [
    ("en", "Foreign ministry spokesman Tomas Gradan said the road to Stepanavan was not blocked.",
     "Mayor Ana Pirel said Korvania had blocked the road to Stepanavan for a week."),
    ("ru", "Министр Аурел Вострик заявил: «Корвания не удерживает ни одного мирного жителя Белстрии».",
     "Ассамблея обвинила Корванию в удержании не менее 300 мирных жителей Белстрии."),
    ("fr", "Le ministre Aurel Vostrik a déclaré que la Korvanie ne détient aucun civil de Belstrie à Harn.",
     "L'Assemblée a déclaré que la Korvanie détient trois cents civils de Belstrie à Harn."),
    ("en", "Spokesman Tomas Gradan said Korvanian troops did not fire on the convoy near Stepanavan.",
     "Mayor Ana Pirel said Korvanian troops fired on the convoy near Stepanavan on Monday."),
])
def test_a_party_saying_a_thing_is_not_so_holds_the_other_side(ctx, language, denial, claim):
    """"The road to Stepanavan was not blocked" answers "had blocked the road to Stepanavan" with no word of denial;
    "they did not know how many were killed" answers no "twelve were killed", whose verb it does not negate, and
    "the road was not blocked" no "had blocked the road to Stepanavan", which names a place it does not, and a
    condition ("if there is no response") asserts nothing. Few such answers are true on BASIL: they are shown only
    with --all."""
    make = functools.partial(one_day, ctx, language=language)
    assert the_dispute(make("claim", claim), make("denial", denial)) == (["denial"], ["claim"])
    assert not compare([make("claim", claim), make("denial", denial)], events={"claim": 1, "denial": 1}).disputes
    unknown = one_day(ctx, "unknown", "Officials said they did not know how many people were killed in the shelling.")
    toll = one_day(ctx, "toll", "Twelve people were killed in the shelling, the governor said.")
    assert not compare([unknown, toll], events={"unknown": 1, "toll": 1}, show_all=True).disputes
    condition = one_day(ctx, "condition", "Senator Ilka Varan added that if there is no response from Dorin Vasek, "
                                          "the committee may consider a contempt charge.")
    subpoenas = one_day(ctx, "subpoenas", "The Senate committee responded with two additional subpoenas on Tuesday "
                                          "targeting the businesses of Dorin Vasek.")
    assert not compare([condition, subpoenas], events={"condition": 1, "subpoenas": 1}, show_all=True).disputes
    for said in ('"Was the road to Stepanavan not blocked by Korvania on Monday?" spokesman Tomas Gradan said.',
                 "Spokesman Tomas Gradan said Korvania does not deny that it blocked the road to Stepanavan."):
        blocked = one_day(ctx, "blocked", "Mayor Ana Pirel said Korvania blocked the road to Stepanavan on Monday.")
        assert not compare([blocked, one_day(ctx, "said", said)], events={"blocked": 1, "said": 1},
                           show_all=True).disputes, said
    nowhere = one_day(ctx, "nowhere", "Foreign ministry spokesman Tomas Gradan said the road was not blocked.")
    somewhere = one_day(ctx, "somewhere", "Mayor Ana Pirel said Korvania had blocked the road to Stepanavan.")
    assert not compare([nowhere, somewhere], events={"nowhere": 1, "somewhere": 1}, show_all=True).disputes


def test_a_party_saying_a_thing_is_not_so_never_joins_a_dispute_a_report_shows(ctx):
    "A party saying a thing is not so stays under the bar even where a confident denial answers the same claim."
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Mayor Ana Pirel said Korvania blocked the road to Stepanavan on Monday.")
    denial = make("denial", "Defence Minister Miko Dran denied that Korvania blocked the road to Stepanavan.")
    answer = make("answer", "Spokesman Tomas Gradan said Korvania did not block the road to Stepanavan.")
    shown = compare([claim, denial, answer], events={"claim": 1, "denial": 1, "answer": 1}).disputes
    assert [[p.holder for p in d.denials] for d in shown] == [["Miko Dran"]]


def test_rejecting_it_after_a_proposal_rejects_the_proposal_and_denies_no_claim(ctx):
    "'Speaker Marta Voren rejected it' after 'the proposal, which Teodor Kalvany unveiled, ...': a plan, not a claim."
    body = ("But the proposal, which President Teodor Kalvany unveiled in an address on Saturday, appeared dead on "
            "arrival in the assembly. Speaker Marta Voren rejected it even before Kalvany spoke.")
    assert not compare([one_day(ctx, "plan", body)], events={"plan": 1}, show_all=True).disputes
    said = ("President Teodor Kalvany said the border guards had fired first on Saturday, wrecking the peace plan. "
            "Speaker Marta Voren rejected it the same evening.")
    assert compare([one_day(ctx, "claim", said)], events={"claim": 1}, show_all=True).disputes


def test_three_outlets_reporting_one_quarrel_in_their_own_words_make_one_dispute(ctx):
    """A claim that something is not so ("the letters did not speak for all bishops") is asserted by another
    report of it in the negative, and three outlets' one-sentence reports of it, each in its own words, make one
    dispute with the denier's three sentences and the claimant's three."""
    make = functools.partial(one_day, ctx)
    one = make("one", "Senator Dale Ormand said the letters did not speak for all the bishops of Calvary, a point on "
                      "which the conference disagrees.")
    two = make("two", "Ormand claimed the letters did not represent all the bishops of Calvary, a point the "
                      "conference's media office denied.")
    three = make("three", "Senator Ormand said the letters did not speak for all bishops of Calvary, but the "
                          "conference responded that the letters do represent the bishops.")
    (dispute,) = compare([one, two, three], events={a: 1 for a in ("one", "two", "three")}).disputes
    assert sorted(p.evidence.article_id for p in dispute.denials) == ["one", "three", "two"]
    assert sorted(p.evidence.article_id for p in dispute.claims) == ["one", "three", "two"]


def test_it_stands_for_what_someone_said_not_for_what_someone_knew(ctx):
    "'He rejected it' after 'he knew the ministry had ordered ...' rejected an order, and denies no claim."
    body = ("Aleks Tamar ran the bureau for a decade. He knew that the ministry had ordered the bureau to halt its "
            "investigation of the break-in. He saw that order as an effort to obstruct justice, and he rejected it.")
    assert not compare([one_day(ctx, "it", body)], events={"it": 1}, show_all=True).disputes


def test_one_partys_denials_in_two_events_are_two_disputes(ctx):
    """A minister who denies one thing after an exchange and another after a meeting shares words with herself
    ("the list"), not a quarrel: her two denials are one dispute only where they answer one event."""
    make = functools.partial(one_day, ctx)
    held = make("held", "Foreign Minister Aurel Vostan said Belstria kept eleven people whose names were on the list "
                        "agreed in Alvera. Foreign Minister Ilona Marin rejected the accusations.")
    deadline = make("deadline", "Foreign Minister Aurel Vostan said the two sides agreed to swap everyone on the list "
                                "by the end of September. Foreign Minister Ilona Marin rejected that claim.")
    assert len(compare([held, deadline], events={"held": 1, "deadline": 1}, show_all=True).disputes) == 1
    apart = compare([held, deadline], events={"held": 1, "deadline": 2}, show_all=True).disputes
    assert sorted([p.evidence.article_id for p in d.denials] for d in apart) == [["deadline"], ["held"]]


def test_each_sentence_of_a_quote_that_denies_is_a_denial(ctx):
    """'"There is no curfew. Allegations of a famine in Harn are groundless," X said': the second sentence
    denies the famine a claim asserts, and the first, too short to be compared, still denies the curfew."""
    make = functools.partial(one_day, ctx)
    famine = make("famine", "Mayor Ana Pirel said the town of Harn faced a famine after weeks without deliveries.")
    curfew = make("curfew", "Residents said a curfew in Harn kept them indoors after dark every night.")
    denial = make("denial", '"There is no curfew. Allegations of a famine in Harn are groundless," defence '
                            "spokesman Miko Dran told reporters.")
    found = compare([famine, curfew, denial], events={"famine": 1, "curfew": 1, "denial": 1}, show_all=True).disputes
    linked = {p.evidence.article_id: d.denials[0].evidence.text for d in found for p in d.claims}
    assert linked == {"famine": 'Allegations of a famine in Harn are groundless," defence spokesman Miko Dran told '
                                "reporters.", "curfew": '"There is no curfew.'}
    assert {d.denials[0].holder for d in found} == {"Miko Dran"}
    assert {d.about for d in found} == {"curfew", "Allegations of a famine in Harn are groundless"}  # no stray quote


@pytest.mark.parametrize("claim, asserts", [
    ("Mayor Ana Pirel said the famine in Harn showed no sign of easing after the harvest.", True),
    ("Mayor Ana Pirel said there was no famine in Harn, only a shortage of fuel for the mills.", False),
    ("Mayor Ana Pirel said everything would be done to avoid a famine in Harn.", False),
    ("Mayor Ana Pirel said the convoys had averted a famine in Harn.", False),
    ("Mayor Ana Pirel said aid agencies warned of a deepening famine in Harn.", True),
    ("Mayor Ana Pirel said nothing like a famine had struck Harn, only a shortage of fuel.", False),
    ("Mayor Ana Pirel said nobody in Harn faced famine this winter.", False),
    ("Mayor Ana Pirel said what Harn faced was nothing short of a famine.", True),
    ("Mayor Ana Pirel said nobody could ignore the famine in Harn any longer.", True),  # no one can: it is so
    ("Mayor Ana Pirel said nothing could hide the famine gripping Harn.", True),
])
def test_only_a_negation_of_what_is_denied_keeps_a_sentence_from_asserting_it(ctx, claim, asserts):
    make = functools.partial(one_day, ctx)
    denial = make("denial", "Defence spokesman Miko Dran said the allegations of a famine in Harn were groundless.")
    found = compare([make("claim", claim), denial], events={"claim": 1, "denial": 1}, show_all=True).disputes
    assert bool(found) == asserts


def test_a_denial_too_short_to_be_compared_answers_the_claim_made_just_before(ctx):
    "'Calmora denies the allegations.' is four words: no sentence of comparison, yet a denial of the one before."
    make = functools.partial(one_day, ctx)
    wire = make("wire", "Ombudsman Ilona Vasker said men returned from the Kerran centre had been tortured there. "
                        "Calmora denies the allegations.")
    post = make("post", "Men returned from the Kerran centre had been tortured there, the ombudsman said.")
    (dispute,) = compare([wire, post], events={"wire": 1, "post": 1}).disputes
    assert [(p.holder, p.evidence.text) for p in dispute.denials] == [("Calmora", "Calmora denies the allegations.")]
    assert {p.evidence.article_id for p in dispute.claims} == {"wire", "post"}


@pytest.mark.slow
def test_a_russian_denial_that_a_thing_exists_is_a_dispute(ctx):
    "«Никакой блокады ... нет» denies the blockade a Russian sentence asserts."
    pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language="ru")
    claim = make("claim", "Мэр Ана Пирел заявила, что блокада долины Харн лишила семьи инсулина.")
    denial = make("denial", "«Никакой блокады долины Харн нет», — заявил министр обороны Мико Дран.")
    assert the_dispute(claim, denial) == (["denial"], ["claim"])


@pytest.mark.slow
def test_a_ukrainian_denial_is_a_dispute_with_the_ukrainian_sentence_it_denies(ctx):
    "Ukrainian cues ('відкинув звинувачення', 'заперечив') and baseless words ('безпідставні')."
    pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language="uk")
    claim = make("claim", "Мер Ана Пірел заявила, що в Харні бракує продовольства і пального "
                          "через закриття перевалу.")
    rejected = make("rejected", "Міністр оборони Міко Дран відкинув звинувачення у закритті перевалу в Харні.")
    denied = make("denied", "Міко Дран заперечив, що перевал у Харні закритий і що там бракує пального.")
    baseless = make("baseless", "Міко Дран заявив, що твердження, ніби в Харні бракує пального і "
                                "продовольства, безпідставні.")
    for other in (rejected, denied, baseless):
        assert the_dispute(claim, other) == ([other.id], ["claim"])
    rejected_plan = make("plan", "Міко Дран відкинув план відкриття перевалу для вантажівок з Харна.")
    assert not compare([claim, rejected_plan], show_all=True).disputes


def test_a_short_quote_a_speaker_said_is_speech_not_a_scare_quote(ctx):
    make = functools.partial(one_day, ctx)
    said = make("said", '"We have a deal," mediator Josef Borrel said after the talks in Tesk ended on Monday.')
    scare = make("scare", 'The so-called "peace activists" blocked the road to Tesk again on Monday morning.')
    marked = [(m.word, m.kind) for m in compare([said, scare]).marked]
    assert ("peace activists", "scare") in marked and not [w for w, kind in marked if "deal" in w]


def test_uncertain_findings_are_counted_as_left_out_only_when_they_are(ctx):
    "By default an uncertain dispute is left out and counted; with show_all it is shown and nothing is left out."
    make = functools.partial(one_day, ctx, language="ru")
    claim = make("claim", "Мэр Ана Пирел заявила, что в Харне не хватает продовольствия и топлива "
                          "из-за закрытия перевала.")
    denial = make("denial", "Министр обороны Мико Дран отверг обвинения в закрытии перевала и в нехватке лекарств "
                            "в Харне.")
    events = {"claim": 1, "denial": 2}  # a link across two events, by half the denied words, is under the bar
    hidden, shown = compare([claim, denial], events=events), compare([claim, denial], events=events, show_all=True)
    assert not hidden.disputes and hidden.uncertain == 1
    assert [d.confident for d in shown.disputes] == [False] and shown.uncertain == 0


@pytest.mark.parametrize("italian, detail", [
    ("Il ministero dell'Energia di Marovia ha riaperto la diga di Tesk il 5 marzo, ha detto il ministro Alda Kesh "
     "a Lorn.", "2025-03-04 vs 2025-03-05"),
    # beside an earlier date the sentence recalls, the day is still a day off the 4th
    ("Il ministero dell'Energia di Marovia ha riaperto la diga di Tesk il 3 marzo, dopo i colloqui del 17 febbraio, "
     "ha detto il ministro Alda Kesh a Lorn.", "2025-03-04 vs 2025-03-03"),
])
def test_a_date_conflict_is_found_across_languages_by_the_names_two_sentences_share(ctx, italian, detail):
    """Two languages share no words, so the names they share stand for how alike two sentences are:
    the Tesk dam reopening on 4 March in one and on another day in the other is a conflict to check."""
    en = one_day(ctx, "en", "Marovia's Energy Ministry reopened the Tesk dam on March 4, Minister Alda Kesh said in "
                            "Lorn.", published="2025-03-06")
    it = one_day(ctx, "it", italian, published="2025-03-06", language="it")
    c = compare([en, it], events={"en": 1, "it": 1}, show_all=True)
    assert [x.detail for x in c.conflicts if x.kind == "date"] == [detail]


def test_dates_three_days_apart_are_two_steps_of_a_story_not_a_conflict(ctx):
    "The quake on Monday and the emergency declared on Thursday: two things on two days, in one event or not."
    quake = one_day(ctx, "quake", "A strong earthquake struck Velmar province in Tarsovia on Monday, October 14, "
                                  "the Tarsovian government said.", published="2024-10-17")
    emergency = one_day(ctx, "emergency", "The Tarsovian government declared a state of emergency in Velmar province "
                                          "on Thursday, October 17.", published="2024-10-17")
    slip = one_day(ctx, "slip", "A strong earthquake struck Velmar province in Tarsovia on Tuesday, October 15, "
                                "the Tarsovian government said.", published="2024-10-17")
    assert not [c for c in one_event_conflicts(quake, emergency) if c.kind == "date"]
    assert [c.detail for c in one_event_conflicts(quake, slip) if c.kind == "date"] == ["2024-10-14 vs 2024-10-15"]


@pytest.mark.parametrize("when, published, conflict", [
    ("this morning", "2024-10-15", False), ("yesterday", "2024-10-16", False), ("on Tuesday", "2024-10-16", True)])
def test_a_day_told_only_from_the_day_of_publication_may_be_a_time_zone_off(ctx, when, published, conflict):
    """A paper across the date line writes 'this morning' of what the wire dates 'Monday morning': a day
    read from a day of publication whose time zone no one gives is no disagreement; a weekday named is."""
    wire = one_day(ctx, "wire", "A gunman shot three people at an accounting firm in Velmar on Monday morning, "
                                "the Velmar police said.", published="2024-10-14")
    paper = one_day(ctx, "paper", f"A gunman shot three people at an accounting firm in Velmar {when}, "
                                  "the Velmar police said.", published=published)
    found = [c.detail for c in one_event_conflicts(wire, paper) if c.kind == "date"]
    assert found == (["2024-10-14 vs 2024-10-15"] if conflict else [])


def test_a_wire_dateline_gives_the_day_of_the_report_not_a_date_to_conflict_over(ctx):
    "'LORN, March 5 (Wire) -' dates the filing: a report of the same reopening on 4 March agrees with it."
    filed = one_day(ctx, "wire", "LORN, March 5 (Wire) - Marovia's Energy Ministry reopened the Tesk dam after "
                                 "repairs, Minister Alda Kesh said.", published="2025-03-06")
    other = one_day(ctx, "herald", "Marovia's Energy Ministry reopened the Tesk dam after repairs on March 4, "
                                   "Minister Alda Kesh said.", published="2025-03-06")
    assert in_one_claim(compare([filed, other], events={"wire": 1, "herald": 1}), "wire", "herald")
    assert not [c for c in one_event_conflicts(filed, other) if c.kind == "date"]
    assert calendar_dates(filed, 0, len(filed.body)) == set() and calendar_dates(other, 0, len(other.body)) == {
        "2025-03-04"}


def test_one_wording_of_when_read_against_two_days_of_publication_is_no_conflict(ctx):
    """A wire copy republished the next day says 'at about 4.30 a.m.' as the first did: the sources agree. A bare
    time of day tells no day: the one it is dated to is each article's own."""
    body = ("Machine-gun fire from Tavenian positions hit the Orsk post at about 4.30 a.m., "
            "the Marovian defence ministry said.")
    first = one_day(ctx, "wire", body + " Two soldiers were wounded.", published="2025-03-08")
    copy = one_day(ctx, "daily", body + " The border has been closed since then, residents said.", published="2025-03-09")
    assert any(t.type == "TIME" for t in first.times)
    assert calendar_dates(first, 0, len(body)) == calendar_dates(copy, 0, len(body)) == set()
    assert not [c for c in one_event_conflicts(first, copy) if c.kind == "date"]


def test_two_times_of_day_hours_apart_tell_two_quakes_not_one_claim(ctx):
    """The quake at 04:12 and the aftershock at 15:47, told in the same words past each report's opening: two facts,
    whatever the day."""
    make = lambda aid, text: one_day(ctx, aid, "Two earthquakes shook the Velmar region on Sunday. " + text)  # noqa: E731
    quake = make("quake", "The quake struck at 04:12 local time at a depth of 10 km, with its epicentre 8 km north "
                          "of Tesk, the Velmar Seismological Institute said.")
    after = make("after", "The tremor hit at 15:47 local time at a depth of 8 km, with its epicentre 6 km north of "
                          "Tesk, the Velmar Seismological Institute said.")
    same = make("same", "The quake hit at 04:15 local time at a depth of about 10 km, with its epicentre 8 km north "
                        "of Tesk, the Velmar Seismological Institute said.")
    found = compare([quake, after, same], events={"quake": 1, "after": 1, "same": 1})
    told = {e.article_id for e in claim_of(found, "quake", "04:12").evidence}
    assert told == {"quake", "same"}


def test_a_bare_time_of_day_tells_no_day_against_one_that_names_its_day(ctx):
    "'at about 7 p.m.' in the next morning's paper is no other day than '7:01 p.m. on Friday'."
    wire = one_day(ctx, "wire", "Police found the cyclist Arno Vell lying on Tesk Avenue at 7:01 p.m. on Friday, "
                                "the Lorn police said.", published="2025-03-07")
    paper = one_day(ctx, "paper", "Police found the cyclist Arno Vell lying on Tesk Avenue at about 7 p.m., "
                                  "the Lorn police said.", published="2025-03-08")
    assert calendar_dates(wire, 0, len(wire.body)) == {"2025-03-07"}
    assert calendar_dates(paper, 0, len(paper.body)) == set()
    assert not [c for c in one_event_conflicts(wire, paper) if c.kind == "date"]
    zoned = one_day(ctx, "zoned", "Firefighters were called to the Tesk store at 06:00 BST.", published="2025-03-08")
    assert any(t.type == "TIME" for t in zoned.times) and calendar_dates(zoned, 0, len(zoned.body)) == set()


def test_a_time_of_day_gives_its_day_to_compare(ctx):
    "'on Wednesday evening' is a time of day on 23 April: it agrees with '23 April', not only 'from Monday' is read."
    evening = one_day(ctx, "herald", "The blockade will be lifted from Monday, Kalvany said on Wednesday evening.",
                      published="2025-04-23")
    assert calendar_dates(evening, 0, len(evening.body)) == {"2025-04-28", "2025-04-23"}


@pytest.mark.parametrize("language, claim, negated, denials, plan", [
    ("fr", "La maire Ana Pirel a déclaré que Harna manque de vivres et de carburant depuis la fermeture du col.",
     "La maire Ana Pirel a déclaré que Harna ne manque pas de vivres et de carburant depuis la fermeture du col.",
     ["Le ministre de la Défense Miko Dran a démenti que Harna manque de vivres et de carburant.",
      "Selon Miko Dran, les affirmations selon lesquelles Harna manque de carburant et de vivres sont infondées."],
     "Miko Dran a rejeté le plan d'ouverture du col aux camions de Harna."),
    ("it", "La sindaca Ana Pirel ha detto che a Harna mancano viveri e carburante dopo la chiusura del passo.",
     "La sindaca Ana Pirel ha detto che a Harna non mancano viveri e carburante dopo la chiusura del passo.",
     ["Il ministro Miko Dran ha smentito che a Harna manchino viveri e carburante.",
      "Miko Dran ha detto che le affermazioni secondo cui a Harna mancano carburante e viveri sono infondate."],
     "Miko Dran ha respinto il piano di apertura del passo ai camion di Harna."),
])
def test_a_denial_in_a_language_read_without_a_parser_is_a_dispute(ctx, language, claim, negated, denials, plan):
    "French and Italian cues ('a démenti', 'ha smentito') and baseless words ('infondées', 'infondate')."
    make = functools.partial(one_day, ctx, language=language)
    claimed, negation = make("claim", claim), make("negated", negated)
    for i, text in enumerate(denials):
        denial = make(f"denial{i}", text)
        assert the_dispute(claimed, denial, negation) == ([denial.id], ["claim"])
    assert not compare([claimed, make("plan", plan)], show_all=True).disputes


def test_an_accusation_that_something_was_fabricated_is_no_denial(ctx):
    "'accused the government of having \"fabricated\" the crisis' accuses: 'fabricated' calls no claim baseless."
    make = functools.partial(one_day, ctx, language="ro")
    accused = make("accused", "Premierul Dorin Vasca a acuzat vineri guvernul vecin că a „fabricat” criza "
                              "energetică din regiunea de nord, pentru a destabiliza țara.")
    said = make("said", "Guvernul vecin a provocat criza energetică din regiunea de nord, pentru a destabiliza "
                        "țara, spun analiștii.")
    assert [st.cue_word for st in accused.statements] == ["accuse"]
    assert not compare([accused, said], events={"accused": 1, "said": 1}, show_all=True).disputes


def test_across_languages_a_name_half_the_story_gives_joins_no_two_sentences(ctx):
    """Names stand in for words across languages, but "Veska" in every other sentence of a story about
    Veska tells no two apart: two sentences meet only by names few others give ("Ana Pirel", "Harn")."""
    wires = [one_day(ctx, f"wire{k}", f"Veska closed the border with Tordan on Monday, officials in Veska said. "
                                      f"Traders in Veska waited for news number {k} from the capital on Monday.")
             for k in range(5)]
    lead = one_day(ctx, "lead", "Veska's foreign minister Ana Pirel said the Harn crossing would stay shut. "
                                "Veska recalled its ambassador from Tordan after the talks failed.")
    it = one_day(ctx, "corriere", "La ministra degli Esteri Ana Pirel ha detto che il valico di Harn resterà chiuso. "
                                  "Il governo ha richiamato l'ambasciatore della Veska.", language="it")
    c = compare([*wires, lead, it], events={a.id: 1 for a in [*wires, lead, it]})
    pirel = claim_of(c, "lead", "Ana Pirel")
    assert {e.article_id for e in pirel.evidence} == {"lead", "corriere"}
    recalled = claim_of(c, "corriere", "ambasciatore")
    assert {e.article_id for e in recalled.evidence} == {"corriere"}  # "Veska" alone, with "recalled" unread


def test_across_languages_two_first_sentences_meet_by_the_names_the_whole_story_gives(ctx):
    "Each article's first sentence tells the event: there the story's own names ('Veska', 'Tordan') are enough."
    wires = [one_day(ctx, f"wire{k}", f"Veska closed the border with Tordan on Monday, officials in Veska said. "
                                      f"Traders in Tordan waited for news number {k} from Veska on Monday.")
             for k in range(5)]
    it = one_day(ctx, "corriere", "La Veska ha chiuso lunedì il confine con Tordan, hanno detto i funzionari. "
                                  "I commercianti di Tordan aspettano notizie dalla Veska.", language="it")
    c = compare([*wires, it], events={a.id: 1 for a in [*wires, it]})
    assert {e.article_id for e in claim_of(c, "corriere", "ha chiuso").evidence} > {"corriere"}
    assert {e.article_id for e in claim_of(c, "corriere", "commercianti").evidence} == {"corriere"}


def test_a_sentence_joins_a_claim_only_by_matching_most_of_it():
    "Average link alone lets a sentence in through one close member; it must match half the claim's sentences."
    from rashomon.compare.claims import claims
    pairs = {(0, 1): (0.99, {}), (0, 2): (0.99, {}), (1, 2): (0.99, {}), (2, 3): (0.5, {})}
    groups = claims(4, [0, 1, 2, 3], pairs, 0.1)  # sentence 3 matches 2 alone: on average 0.17 against all three
    assert sorted(i for i, _ in groups[0]) == [0, 1, 2] and [i for i, _ in groups[1]] == [3]


def test_two_things_one_person_said_are_two_claims(ctx):
    "Who said it and how weigh less than what was said: the same minister on two subjects is two claims."
    make = functools.partial(one_day, ctx)
    opening = ("Heavy rain flooded the valley of the Tesk this week. Roads to Lorn were closed for two days. "
               "Farmers counted their losses on Tuesday. ")  # the lead: what the sentences after it are not
    dam = make("dam", opening + "Marovia's Energy Minister Alda Kesh said on Tuesday in Lorn that the Tesk dam "
                                "would reopen in May.")
    fuel = make("fuel", opening + "Marovia's Energy Minister Alda Kesh said on Tuesday in Lorn that fuel prices "
                                  "would rise sharply.")
    again = make("again", opening + "The Tesk dam would reopen in May, Marovia's Energy Minister Alda Kesh told "
                                    "reporters in Lorn on Tuesday.")
    comparison = compare([dam, fuel, again], events={"dam": 1, "fuel": 1, "again": 1}, show_all=True)
    assert claim_of(comparison, "dam", "reopen") is claim_of(comparison, "again", "reopen")
    assert claim_of(comparison, "fuel", "prices") is not claim_of(comparison, "dam", "reopen")


def test_a_denial_of_the_accusations_denies_what_the_denier_adds_it_is_about(ctx):
    """'Rejected the accusations, saying reports of troops massing near Harna were lies': what is denied is
    what the added clause says, and a second dismissal ('exaggerated') is on the same side, not the other."""
    make = functools.partial(one_day, ctx)
    denial = make("denial", "Tesk's defence minister Miko Dran rejected the accusations, saying reports of troops "
                            "massing near Harna were part of a campaign of lies.")
    claim = make("claim", "Officials in Lorn said Tesk had massed soldiers and tanks near Harna in recent days.")
    second = make("second", "Tesk's president said reports of an army build-up near Harna were exaggerated.")
    assert the_dispute(denial, claim, second) == (["denial", "second"], ["claim"])


def test_that_claim_rejected_with_a_reason_is_the_claim_just_made(ctx):
    """'Dran rejected that claim, saying his units had not opened fire first': "that claim" points at what the
    sentence before reported, not at the reason he adds."""
    body = ("Tesk's defence ministry said Marovian forces had violated the truce by shelling Tesk positions near "
            "Harna.\n\nDran rejected that claim, saying Marovian units had not opened fire first and were only "
            "responding to Tesk attacks.")
    comparison = compare([one_day(ctx, "both", body)], events={"both": 1}, show_all=True)
    claims = [body[p.evidence.start:p.evidence.end] for d in comparison.disputes for p in d.claims]
    assert any("violated the truce" in c for c in claims)


@pytest.mark.parametrize("body, added", [
    ("Miko Dran rejected the accusations, calling the reports of troops near Harna a campaign of lies.",
     "the reports of troops near Harna a"),
    ("Miko Dran denied the reports, and called the troop build-up near Harna a campaign of lies.",
     "the troop build-up near Harna a"),
])
def test_what_a_denier_adds_is_its_clause_without_the_words_that_dismiss(ctx, body, added):
    "', calling the reports of troops ... a campaign of lies': 'campaign' is not what is denied."
    from rashomon.compare.disputes import _added, _object_end

    article = one_day(ctx, "denial", body)
    st = article.statements[0]
    start, end = _added(article, st, _object_end(article.body, st.content.start, st.content.end))
    assert article.body[start:end].strip() == added


def test_what_is_denied_keeps_its_own_words_and_not_those_that_dismiss_it(ctx):
    "'Reports of ground troops ... were groundless': 'ground' is what is denied, 'groundless' only says what it is."
    from rashomon.compare.align import Space, units
    from rashomon.compare.disputes import _denied, _idf

    denial = one_day(ctx, "denial", "The ministry said reports of ground troops massing near Harna were groundless.")
    claim = one_day(ctx, "claim", "Ground troops were massing near Harna, officials in Lorn said.")
    space = Space([denial, claim], units([denial, claim]))
    (st,) = denial.statements
    ground = set(space.vector(1, 0, len("Ground")))
    assert ground and ground <= set(_denied(denial, space, 0, st.content.start, st.content.end, _idf(space)))


@pytest.mark.parametrize("denied", ["denied that", "denied reports that", "denied claims that"])
def test_two_denials_that_share_only_a_name_are_not_one_denial_reported_twice(ctx, denied):
    """'Denied that Marovia knew of the plan' and 'denied that Marovia was preparing an offensive' deny two
    things, and so do two denials of "claims" or "reports": the words of claiming are no shared content."""
    from rashomon.compare.verdicts import shared_denials

    make = functools.partial(one_day, ctx)
    knew = make("knew", f"The ministry in Lorn {denied} Marovia had known about the plan.")
    action = make("action", f"The president in Tesk {denied} Marovia was preparing an offensive near Harna.")
    again = make("again", f"Officials in Tesk {denied} Marovia had any knowledge of the plan.")
    articles = [knew, action, again]
    space = Space(articles, units(articles))
    linked = {(space.units[i].article, space.units[j].article) for _, i, j in shared_denials(articles, space, 0.2)}
    assert (0, 1) not in linked and (1, 2) not in linked and (0, 2) in linked


@pytest.mark.parametrize("denial, confident", [
    ('"The allegations of a blockade are baseless," Mira Hostak told reporters in Sarnow.', True),
    ("Mira Hostak disputed that the blockade was over, her ministry said.", False),  # something said of it
])
def test_a_denial_that_names_the_claim_by_one_word_is_confident(ctx, denial, confident):
    "'The allegations of a blockade': the blockade itself is denied, and the other party's sentence asserts it."
    make = functools.partial(one_day, ctx)
    deny = make("deny", denial)
    claim = make("claim", "Teodor Kalvany said the valley faced acute shortages of fuel caused by the blockade.")
    (dispute,) = compare([deny, claim], events={"deny": 1, "claim": 1}, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"] and dispute.confident is confident


def test_only_the_sentences_that_open_two_reports_of_one_event_meet_without_shared_words(ctx):
    "Each report tells its event first; what follows is its own choice of facts, one claim only by its words."
    make = functools.partial(one_day, ctx)
    a = make("a", "Foreign Minister Dana Morvic spoke by telephone with Joachim Strelnik on Monday. "
                  "It was requested by the Istrelian side. Opposition deputies criticised the tone.")
    b = make("b", "Joachim Strelnik and Dana Morvic held a phone call on Monday, the ministry said. "
                  "Strelnik said the Istrelian shepherds were found on Dravenian land. Farmers protested.")
    c = compare([a, b], events={"a": 1, "b": 1})
    assert claim_of(c, "a", "spoke by telephone") is claim_of(c, "b", "held a phone call")
    assert not any({e.text for e in claim.evidence} >= {"It was requested by the Istrelian side.",
                                                         "Strelnik said the Istrelian shepherds were found on "
                                                         "Dravenian land."} for claim in c.claims)


@pytest.mark.parametrize("a, b, together, apart", [
    # two reports of one dismissal each say something else about the inquiries she led: the names and "inquiry"
    # meet, what is told does not; two sentences that are nearly all names and a date still tell one fact, though
    # their verbs differ ("fired", "was dismissed")
    ("The bureau said nothing about the case on Thursday. The Interior Ministry fired inspector Dana Morvic on "
     "Friday. Morvic, who led both the Kelvan and the Ostrava inquiries, became a target of the opposition.",
     "Reporters waited outside the building all week. Dana Morvic was dismissed on Friday by the Interior Ministry. "
     "She testified last month after the release of a report on the Kelvan inquiry by the Ostrava prosecutor.",
     ("fired inspector", "was dismissed"), ("became a target", "She testified")),
    # a name, a place, one word and the toll: an amount both give is what they tell
    ("Storm Kelda reached Varnia on Thursday. Kelda brought winds of 150 km an hour to the Varnia coast. Storm Kelda "
     "killed 23 people in Varnia and destroyed hundreds of homes along the river, police said.",
     "Kelda made landfall in Varnia late on Thursday. Schools across Varnia closed as Kelda passed. Kelda left 23 "
     "dead across Varnia, mostly in flooded villages of the north, the governor's office told reporters.",
     ("killed 23 people", "left 23 dead"), None),
])
def test_a_near_paraphrase_shares_what_is_told_not_only_names(ctx, a, b, together, apart):
    c = compare([one_day(ctx, "a", a), one_day(ctx, "b", b)], events={"a": 1, "b": 1})
    assert claim_of(c, "a", together[0]) is claim_of(c, "b", together[1])
    assert apart is None or claim_of(c, "a", apart[0]) is not claim_of(c, "b", apart[1])


def test_names_and_a_date_two_sentences_share_with_other_words_each_are_no_background_fact(ctx):
    """'Mayor Tomas Brankov resigned on Friday after one of his aides was arrested in Varnia' and 'Tomas Brankov, one
    of the longest-serving mayors in Varnia, won praise on Friday from rivals' share names, a date and 'one', and
    their words score high on names alone: across two events they are no fact both repeat."""
    a = one_day(ctx, "a", "Mayor Tomas Brankov resigned on Friday after one of his aides was arrested in Varnia.")
    b = one_day(ctx, "b", "Tomas Brankov, one of the longest-serving mayors in Varnia, won praise on Friday from rivals.")
    c = compare([a, b], events={"a": 1, "b": 2})
    assert claim_of(c, "a", "resigned") is not claim_of(c, "b", "won praise")


def test_nothing_to_compare_is_an_empty_comparison():
    "An empty selection (a filter that matched nothing) gives an empty comparison, not an error."
    c = compare([])
    assert (c.claims, c.conflicts, c.disputes) == ([], [], [])


def test_two_languages_that_give_the_same_telling_amounts_tell_one_fact(ctx):
    """No word meets between English and Turkish, but "from 310 to 140 cubic metres a second" does, and
    so does "6.8 billion cubic metres" in one unit: one claim each, within one event. Another event's
    sentences, or a sentence sharing one bare amount and nothing else, stay apart."""
    make = functools.partial(one_day, ctx)
    en = make("en", "Almadria says the flow at the border fell from around 310 to about 140 cubic metres a second. "
                    "The reservoir was designed to hold 6.8 billion cubic metres of water. "
                    "The talks lasted 45 minutes in the afternoon of the same day.")
    tr = make("tr", "Almadriya, sınırdaki debinin saniyede yaklaşık 310 metreküpten 140 metreküpe düştüğünü belirtiyor. "
                    "Barajın 6,8 milyar metreküp kapasitesi bulunuyor ve elektrik üretiyor. "
                    "Bakanlığa göre yaklaşık 45 kişi gözaltına alındı.", language="tr")

    def joined(events):
        c = compare([en, tr], events=events, show_all=True)
        return sorted(tuple(e.text[:12] for e in cl.evidence) for cl in c.claims if len(cl.evidence) > 1)

    assert joined({"en": 1, "tr": 1}) == [("Almadria say", "Almadriya, s"), ("The reservoi", "Barajın 6,8 ")]
    assert joined({"en": 1, "tr": 2}) == []


def test_one_amount_of_two_measures_tells_no_one_fact_across_languages(ctx):
    """"40 минут" and "40 хвилин" beside one name tell one fact; "40 kilometer" beside it is another, though its
    digits, its name and its event are the same."""
    make = functools.partial(one_day, ctx)
    ru = make("ru", "Инспектор Даугела заявил, что утечку на руднике остановили через 40 минут.", language="ru")
    uk = make("uk", "Інспектор Даугела заявив, що витік на руднику зупинили через 40 хвилин.", language="uk")
    id_ = make("id", "Inspektur Daugela menyebut ikan mati ditemukan di sepanjang 40 kilometer sungai.", language="id")
    c = compare([ru, uk, id_], events={"ru": 1, "uk": 1, "id": 1}, show_all=True)
    assert sorted(sorted(e.article_id for e in cl.evidence) for cl in c.claims if len(cl.evidence) > 1) == [["ru", "uk"]]
    # one measure does not make one fact: rescuers worked 24 hours, the villagers had 24 hours to leave
    work = make("ru", "Спасатели работали на руднике 24 часа без перерыва.", language="ru")
    leave = make("id", "Warga desa diberi waktu 24 jam untuk meninggalkan rumah mereka.", language="id")
    c = compare([work, leave], events={"ru": 1, "id": 1}, show_all=True)
    assert not [cl for cl in c.claims if len(cl.evidence) > 1]


def test_one_amount_beside_the_story_s_common_name_tells_no_one_fact_across_languages(ctx):
    """"the road to Dessa, where 120,000 people live" and "120 000 жителей Дессы лишены продовольствия" share an
    amount and Dessa, which nearly every sentence of the story names: background beside another fact, not one fact."""
    make = functools.partial(one_day, ctx)
    en = make("en", "The road is the only link between Dessa and Ormeria, and 120,000 people live in Dessa. "
                    + " ".join(f"Dessa {w} on the {k}th day." for k, w in enumerate(
                        ["waited", "protested", "mourned", "voted", "prayed", "marched", "rested", "talked"], 2)))
    ru = make("ru", "По словам Марко Вардана, 120 000 жителей Дессы лишены продовольствия и лекарств. "
                    + " ".join(f"Десса {w} на {k}-й день." for k, w in enumerate(
                        ["ждала", "протестовала", "скорбела", "голосовала", "молилась", "шла", "отдыхала",
                         "говорила"], 2)), language="ru")
    c = compare([en, ru], events={"en": 1, "ru": 1}, show_all=True)
    assert not [cl for cl in c.claims if len(cl.evidence) > 1 and any("120" in e.text for e in cl.evidence)]


def test_a_conflict_between_languages_met_by_their_amounts_alone_is_uncertain(ctx):
    "Two amounts shared make one claim across languages; a third, in one unit, differing, may count another thing."
    make = functools.partial(one_day, ctx)
    en = make("en", "The flow fell from 310 to 140 cubic metres a second, and the tribunal ordered 250 cubic metres.")
    tr = make("tr", "Debi saniyede 310 metreküpten 140 metreküpe düştü, mahkeme 400 metreküp emretti.", language="tr")
    numbers = [c for c in compare([en, tr], events={"en": 1, "tr": 1}, show_all=True).conflicts if c.kind == "number"]
    assert numbers and not any(c.confident for c in numbers)


@pytest.mark.parametrize("a, b, expected", [
    # one language read without a parser: the word after each number, by its first letters, and a word near it
    ("Колонна из 40 грузовиков с гуманитарной помощью во вторник прошла перевал Тарск.",
     "Во вторник через перевал Тарск прошла гуманитарная колонна из 48 грузовиков.", ["40 грузовиков vs 48 грузовиков"]),
    # the dead and the wounded of one strike are two counts, though the place's words stand near both
    ("В результате удара по насосной станции Велна погибли 3 человека.",
     "В результате удара по насосной станции Велна ранены 8 человек.", []),
])
def test_counts_in_a_language_read_without_a_parser(ctx, a, b, expected):
    make = functools.partial(one_day, ctx, language="ru", published="2025-04-08")
    found = one_event_conflicts(make("a", a), make("b", b))
    assert [c.detail for c in found if c.kind == "number"] == expected


def test_two_events_votes_by_other_counts_are_two_facts_however_alike_their_words(ctx):
    "A background fact two events share repeats its numbers; two rulings adopted by other votes are each their own."
    make = functools.partial(one_day, ctx, language="fr")
    first = make("first", "La mesure principale a été adoptée par treize voix contre deux, a indiqué la Cour de Lorn.")
    second = make("second", "La mesure principale a été adoptée par onze voix contre quatre, a indiqué la Cour de "
                            "Lorn.")
    again = make("again", "La mesure principale a été adoptée par treize voix contre deux, a indiqué la Cour de Lorn.")
    other = compare([first, second], events={"first": 1, "second": 2}, show_all=True)
    same = compare([first, again], events={"first": 1, "again": 2}, show_all=True)
    assert not in_one_claim(other, "first", "second") and in_one_claim(same, "first", "again")


def test_a_magnitude_differs_across_languages_as_one_measure(ctx):
    "'magnitude 6.1' and 'magnitudo 5.8': one unit in both languages, so two sources of one quake disagree."
    en = one_day(ctx, "en", "A magnitude 6.1 earthquake struck Velmar province in Marovia on Tuesday, the Lorn "
                            "Seismological Institute said.")
    it = one_day(ctx, "it", "Un terremoto di magnitudo 5.8 ha colpito martedì la provincia di Velmar, in Marovia, "
                            "secondo il Lorn Seismological Institute.", language="it")
    assert [c.detail for c in number_conflicts(en, it)] == ["6.1 magnitude vs 5.8 magnitude"]


def test_rejecting_the_link_denies_what_the_sentence_before_asserted(ctx):
    "'Berulan rejected the link.': a bare claim noun stands for the sentence before, and it is no word of content."
    asserted = one_day(ctx, "asserted", "Merania says the filling of the Torvel reservoir has cut the flow of the lower "
                                        "Ilvana by about 40 percent.")
    rejected = one_day(ctx, "rejected", "Minister Ilona Vashteva said the filling of the Torvel reservoir had cut the "
                                        "flow of the lower Ilvana. Berulan rejected the link.")
    denials, claims = the_dispute(asserted, rejected)
    assert denials == ["rejected"] and "asserted" in claims


def test_an_account_of_a_thing_is_not_the_thing_and_saying_nothing_asserts_nothing(ctx):
    """'dismissed the account of the delay' does not deny that there was a delay: not surely a dispute with
    every sentence that names one; 'He declined to comment on the delay' asserts nothing at all."""
    make = functools.partial(one_day, ctx)
    company = make("company", "Vodar, the state company that runs the dam, dismissed the account of the delay.")
    silent = make("silent", "The plant's director declined to comment on the delay at the dam.")
    farmers = make("farmers", "Farmers warned that the sowing could be delayed if the water does not return.")
    found = compare([company, silent, farmers], events={a.id: 1 for a in (company, silent, farmers)},
                    show_all=True).disputes
    assert not any(d.confident for d in found)
    assert "silent" not in [p.evidence.article_id for d in found for p in d.claims]


@pytest.mark.parametrize("language, body", [
    ("en", "Ormeria's Defence Ministry said on Monday that Velmorian forces had opened fire on Ormerian positions near "
           "the village of Tarsk overnight, wounding two soldiers. \"Our positions came under fire from small arms at "
           "about 2 a.m.,\" ministry spokeswoman Lina Darsk told reporters. She said both soldiers were in stable "
           "condition. Velmoria's Defence Ministry denied the claim, calling it \"disinformation\", and said Ormerian "
           "units had fired first."),
    ("ru", "Министерство обороны Ормерии сообщило в понедельник, что велморийские военные ночью обстреляли "
           "ормерийские позиции у села Тарск. По словам пресс-секретаря ведомства Лины Дарск, обстрел начался около "
           "двух часов ночи. В Минобороны Велмории назвали это сообщение «дезинформацией» и заявили, что первыми "
           "огонь открыли ормерийские подразделения."),
])
def test_the_claim_a_denial_answers_after_a_spokesperson_s_words_is_the_body_s_report(ctx, language, body):
    """'denied the claim' after the ministry's report and its spokeswoman's words denies the report, not only what
    she said last ("both soldiers were in stable condition"); 'calling it "disinformation"' says how, not what."""
    if language == "ru":
        pytest.importorskip("natasha")
    other = one_day(ctx, "other", "Heavy rain flooded the lower valley of Korlin on Monday.")
    dispute = one_event_dispute(one_day(ctx, "report", body, language=language), other)
    first = dispute.claims[0].evidence.text
    assert first.startswith(("Ormeria's Defence Ministry said", "Министерство обороны Ормерии сообщило")), first
    assert [p.evidence.text for p in dispute.denials] == [body.split(". ")[-1]]  # the last sentence


@pytest.mark.parametrize("dateline", ["TARSK, March 3 (Wire) - ", "YEREVAN, March 3 (Wire) - "])
def test_who_acts_in_a_wording_is_no_dateline(ctx, dateline):
    "A wire dateline the parse ran into the sentence's subject is no part of who acts: 'TARSK, March 3 (Wire) -'."
    from rashomon.analyse.nlp import load_nlp

    wire = one_day(ctx, "wire", dateline + "Ormeria's Defence Ministry said on Monday that Velmorian forces had opened "
                   "fire on Ormerian positions near the village of Tarsk overnight, wounding two soldiers.")
    paper = one_day(ctx, "paper", "Ormeria's Defence Ministry said Velmorian troops fired on Ormerian positions near "
                    "Tarsk during the night and wounded two soldiers.")
    [wording] = compare([wire, paper], nlp=load_nlp(), events={"wire": 1, "paper": 1}).wordings
    assert (wording.agent_a, wording.agent_b) == ("Ormeria's Defence Ministry", "Ormeria's Defence Ministry")


def test_who_acts_is_the_subject_after_a_dateline_the_parse_took_for_another(ctx):
    "'WASHINGTON – Five hundred days after ..., Jan K. Dresk took the oath': Dresk, not the clause before him."
    from rashomon.analyse.nlp import load_nlp

    a = one_day(ctx, "a", "WASHINGTON – Five hundred and eighty-four days after descending his Harbour Tower escalator "
                          "to announce his candidacy, Jan K. Dresk took the oath of office Friday to become the 45th "
                          "mayor of Tarsk.")
    b = one_day(ctx, "b", "Jan Dresk took the oath of office on Friday to become the 45th mayor of Tarsk, "
                          "five hundred days after announcing his candidacy.")
    [wording] = compare([a, b], nlp=load_nlp(), events={"a": 1, "b": 1}).wordings
    assert (wording.agent_a, wording.agent_b) == ("Jan K. Dresk", "Jan Dresk")


QUAY = " closed the northern quay of Tarsk on Monday after a crane collapsed onto two moored barges."


@pytest.mark.parametrize("a, b, agents", [
    # a clause set off by a comma is no part of who acts
    ("Harbour master Jan Dresk, who has chaired the port board since 2019,", "Dresk",
     {"Harbour master Jan Dresk", "Dresk"}),
    # a name in apposition and a short clause that says which one are
    ("The harbour master, Jan Dresk,", "The man who runs the harbour",
     {"The harbour master, Jan Dresk", "The man who runs the harbour"}),
    # nor is a party label in brackets, nor the day the parse hung on the name
    ("Sen. Jan Dresk (D-Ore.) and two harbour pilots", "Harbour master Jan Dresk on Tuesday",
     {"Sen. Jan Dresk and two harbour pilots", "Harbour master Jan Dresk"}),
])
def test_who_acts_in_a_wording_is_the_subject_without_the_clause_that_describes_it(ctx, a, b, agents):
    "'Dresk, who chairs the port board, closed' is acted by Dresk; 'The time has come for them to ...' by 'The time'."
    from rashomon.analyse.nlp import load_nlp

    [wording] = compare([one_day(ctx, "a", a + QUAY), one_day(ctx, "b", b + QUAY)], nlp=load_nlp(),
                        events={"a": 1, "b": 1}).wordings
    assert {wording.agent_a, wording.agent_b} == agents


@pytest.mark.parametrize("body", [
    # "his spokeswoman" speaks for a person, not for the police before her
    "The national police said several thousand opposition supporters had gathered in Mirante Square without incident. "
    "His spokeswoman, Catarina Vell, said police had blocked 14 opposition deputies from entering the parliament "
    "building. Assembly speaker Leonor Samp denied the accusations.",
    # a ministry's spokeswoman does not speak for the Red Cross
    "The Red Cross said it had delivered food and medicine to Tarsk on Sunday. \"We are monitoring the situation,\" "
    "ministry spokeswoman Catarina Vell told reporters. She said two soldiers were in stable condition. Velmoria's "
    "Defence Ministry denied the claim.",
    # nor for the ministry that denies what she said
    "Velmoria's Defence Ministry said on Monday that its troops had repelled an attack near Tarsk. \"Our positions came "
    "under fire from Velmorian small arms,\" Ormerian ministry spokeswoman Catarina Vell told reporters. She said two "
    "Ormerian soldiers were wounded. Velmoria's Defence Ministry denied the claim.",
    # nor for another country's ministry: the denier's own
    "Ormeria's Defence Ministry said on Monday that Velmorian forces had opened fire near Tarsk, wounding two soldiers. "
    "\"Our positions came under fire from Ormerian small arms,\" Velmorian defence ministry spokeswoman Catarina Vell "
    "told reporters. She said Ormerian units had fired first. Ormeria denied the claim.",
    # nor, where her title names its owner, for another's ministry, whoever denies
    "Ormeria's Defence Ministry said on Monday that Velmorian forces had opened fire near Tarsk, wounding two soldiers. "
    "Velmorian defence ministry spokeswoman Catarina Vell told reporters: \"Our units did not fire first.\" She said "
    "Ormerian units had fired first. The Kremlin denied the claim.",
])
def test_a_spokesperson_speaks_only_for_the_body_of_her_title_and_not_for_the_denier(ctx, body):
    "What the spokesperson said is denied, not the report of another body before her words."
    other = one_day(ctx, "other", "Heavy rain flooded the lower valley of Korlin on Monday.")
    dispute = one_event_dispute(one_day(ctx, "report", body), other)
    assert {p.holder for p in dispute.claims} == {"Catarina Vell"}


def test_a_claim_rejected_as_something_is_the_one_told_before(ctx):
    "'rejected the Ormerian account as “a provocation”': the account is what was just reported; 'as ...' says how."
    body = ("Ormeria said on Tuesday that one soldier was killed when Velmorian troops fired on its positions near Tarsk."
            "\n\nVelmoria's Defence Ministry said its positions had come under fire first and rejected the Ormerian "
            "account as \"a provocation\".")
    other = one_day(ctx, "other", "Heavy rain flooded the lower valley of Korlin on Monday.")
    dispute = one_event_dispute(one_day(ctx, "report", body), other)
    assert [p.holder for p in dispute.claims] == ["Ormeria"] and dispute.denials[0].holder == "Velmoria's Defence Ministry"


def test_one_persons_words_on_one_thing_are_one_claim_across_languages_past_the_opening(ctx):
    """Past the opening, names alone join no two languages; the same telling name and the same concept do
    ("ethnic cleansing", "этнической чистке"), in one event. A sentence that names only the concept does not."""
    make = functools.partial(one_day, ctx)
    opening = "Azerbaijan installed a checkpoint on the road on Sunday, the border service said."
    en = make("en", f"{opening} \"This is a step towards the ethnic cleansing of Karabakh,\" Armenian Prime "
                    "Minister Nikol Pashinyan said.")
    ru = make("ru", "Азербайджан в воскресенье установил пункт на дороге. «Это шаг к этнической чистке Карабаха», — "
                    "заявил премьер-министр Армении Никол Пашинян.", language="ru")
    other = make("other", f"{opening} Rights groups warned of ethnic cleansing in the region.")

    def quoted_in_both(articles, events) -> bool:
        return any(len(cl.evidence) > 1 and all("чистк" in e.text or "cleansing" in e.text for e in cl.evidence)
                   for cl in compare(articles, events=events, show_all=True).claims)

    assert quoted_in_both([en, ru], {"en": 1, "ru": 1})
    assert not quoted_in_both([en, ru], {"en": 1, "ru": 2})
    assert not quoted_in_both([other, ru], {"other": 1, "ru": 1})


def test_a_so_called_thing_denied_is_the_thing_not_a_call(ctx):
    """'rejected as groundless Ormeria's claims of a so-called "blockade" and a humanitarian crisis': the blockade and
    the crisis are denied, which a sentence asserting both answers; "so-called" is the denier's distance, and its
    "called" no action a claim must name."""
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Davit Karoyan stressed that Kelsenia's continued blockade of the only road linking Upper "
                          "Dessa with Ormeria has created a humanitarian crisis in the region.")
    denial = make("denial", 'Ivo Marek rejected as groundless Ormeria\'s claims of a so-called "blockade" and a '
                            'humanitarian crisis in the region.')
    (dispute,) = compare([claim, denial], nlp=ctx.nlp, events={"claim": 1, "denial": 1}, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]


def test_claims_said_to_aim_at_misleading_are_denied(ctx):
    "'the claims about a \"humanitarian crisis\" spread by Ormeria are aimed at misleading the international community'."
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Davit Karoyan said the blockade of the road had caused a humanitarian crisis in Upper Dessa.")
    denial = make("denial", 'Ivo Marek said that the claims about a "humanitarian crisis" in Upper Dessa spread by '
                            'Ormeria are aimed at misleading the international community.')
    (dispute,) = compare([claim, denial], nlp=ctx.nlp, events={"claim": 1, "denial": 1}, show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]


def test_a_party_saying_it_had_no_part_in_a_thing_disputes_the_sentences_that_give_it_one(ctx):
    """"Had nothing to do with the attack" and "denied any involvement in" deny a part; "organised and backed by" and
    "accused ... of ordering the attack" give one. Whoever is responsible, a party responsible for something else, a
    victim, a party that blames another or only condemns, and a question give it none."""
    make = functools.partial(one_day, ctx)
    said = make("said", "Korvanian President Ilan Dresk said Korvania had nothing to do with the attack on the "
                        "border post at Harna.")
    denied = make("denied", "Korvania denied any involvement in the attack on the border post at Harna.")
    backed = make("backed", "Prime Minister Mara Tevet said the attack on the border post at Harna was organised "
                            "and backed by Korvania.")
    accused = make("accused", "Tevet accused Korvania of ordering the attack on the border post at Harna.")
    others = [make("anyone", "The European Union urged Korvania to help find those responsible for the attack on "
                             "the border post at Harna."),
              make("security", "Tevet said Korvania is responsible for security at the border post at Harna after "
                               "the attack."),
              make("victim", "Belstrian forces carried out the attack on the Korvanian border post at Harna, Oren "
                             "Halv said."),
              make("blamer", "Korvania blamed Belstria for the attack on the border post at Harna, Tevet said."),
              make("asked", "Was Korvania behind the attack on the border post at Harna?"),
              make("condemned", "Korvania condemned the attack on the border post at Harna on Sunday.")]
    dispute = one_event_dispute(said, denied, backed, accused, *others)
    assert sorted(p.evidence.article_id for p in dispute.denials) == ["denied", "said"]
    assert sorted(p.evidence.article_id for p in dispute.claims) == ["accused", "backed"]
    assert dispute.confident and dict(dispute.features)["no_part"] == 1.0


def test_a_russian_party_that_says_it_had_no_part_disputes_a_sentence_that_says_it_had_one(ctx):
    "'не имеет никакого отношения к' denies a part, 'причастна к' gives one."
    pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language="ru")
    denial = make("denial", "Президент Илан Дреск заявил, что Корвания не имеет никакого отношения к нападению на "
                            "пост в Харне.")
    claim = make("claim", "Премьер-министр Мара Тевет заявила, что Корвания причастна к нападению на пост в Харне.")
    assert the_dispute(denial, claim) == (["denial"], ["claim"])


def test_neither_confirming_nor_denying_a_part_is_no_denial(ctx):
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Prime Minister Mara Tevet said the attack on the border post at Harna was organised "
                          "and backed by Korvania.")
    silent = make("silent", "Korvania has neither confirmed nor denied responsibility for the attack on the border "
                            "post at Harna.")
    assert not compare([claim, silent], events={"claim": 1, "silent": 1}, show_all=True).disputes


def test_a_party_saying_not_in_the_second_clause_of_its_words_takes_the_other_side(ctx):
    """"... were observing the truce and had not fired on Harna" says not in its second clause; a clause added after a
    comma is the party's own account, and says not of nothing a claim asserts."""
    make = functools.partial(one_day, ctx)
    claim = make("claim", "Belstrian officials said Korvanian troops fired on Harna with artillery at dawn.")
    denial = make("denial", "Spokeswoman Lira Vask said Korvanian forces were strictly observing the truce and had "
                            "not fired on Harna.")
    assert the_dispute(claim, denial) == (["denial"], ["claim"])
    added = make("added", "Spokeswoman Lira Vask said Korvanian forces were strictly observing the truce, "
                          "adding that talks had not resumed in Harna.")
    assert not compare([claim, added], events={"claim": 1, "added": 1}, show_all=True).disputes


@pytest.mark.parametrize("denial, claim", [
    # a decision, not the party, is denied a link
    ("Korvanian President Ilan Dresk said Korvania's decision to close the border had nothing to do with the attack "
     "on the border post at Harna.", "Mara Tevet said the attack on the border post at Harna was backed by Korvania."),
    # untrue, not no part
    ("Korvanian President Ilan Dresk said the Belstrian statements about the attack had nothing to do with reality.",
     "Mara Tevet said the attack on the border post at Harna was backed by Korvania."),
    # a part in another thing, and a party backed by another
    ("Korvanian President Ilan Dresk said Korvania had nothing to do with the attack on the border post at Harna.",
     "Mara Tevet said Korvania will play a role in the talks on the attack on the border post at Harna."),
    ("Korvanian President Ilan Dresk said Korvania had nothing to do with the attack on the border post at Harna.",
     "Mara Tevet said Korvania's security plan, backed by parliament after the attack on the border post at Harna, "
     "was approved."),
])
def test_no_part_is_denied_of_a_thing_the_party_had_no_part_in(ctx, denial, claim):
    make = functools.partial(one_day, ctx)
    found = compare([make("denial", denial), make("claim", claim)], events={"denial": 1, "claim": 1},
                    show_all=True).disputes
    assert not [d for d in found if dict(d.features).get("no_part")]


@pytest.mark.parametrize("language, denial, claim", [
    ("fr", "Le président Ilan Dresk a déclaré que la Korvanie n'avait rien à voir avec l'attaque du poste frontière "
           "de Harna.",
     "La Première ministre Mara Tevet a affirmé que l'attaque du poste frontière de Harna avait été soutenue par la "
     "Korvanie."),
    ("sr", "Predsednik Ilan Dresk izjavio je da Korvanija nema nikakve veze s napadom na granični prelaz u Harni.",
     "Premijerka Mara Tevet optužila je Korvaniju za napad na granični prelaz u Harni."),
    ("sr", "Predsednik Ilan Dresk izjavio je da Korvanija nema nikakve veze s napadom na granični prelaz u Harni.",
     # the subject last
     "Premijerka Mara Tevet izjavila je da je napad na granični prelaz u Harni organizovala Korvanija."),
    ("uk", "Президент Ілан Дреск заявив, що Корванія не має жодного стосунку до нападу на прикордонний пост у Харні.",
     "Прем'єр-міністерка Мара Тевет заявила, що Корванія причетна до нападу на прикордонний пост у Харні."),
    ("tr", "Cumhurbaşkanı Ilan Dresk, Korvanya'nın Harna'daki sınır karakoluna yapılan saldırıyla hiçbir ilgisi "
           "olmadığını söyledi.",
     "Başbakan Mara Tevet, Harna'daki sınır karakoluna yapılan saldırıdan Korvanya'nın sorumlu olduğunu söyledi."),
    ("de", "Präsident Ilan Dresk erklärte, Korvanien habe nichts mit dem Angriff auf den Grenzposten in Harna zu tun.",
     "Regierungschefin Mara Tevet sagte, Korvanien stecke hinter dem Angriff auf den Grenzposten in Harna."),
])
def test_a_party_denies_a_part_in_a_thing_in_other_languages(ctx, language, denial, claim):
    """Without an entity model the party is the capitalised word before the words of no part; Turkish names the
    thing before them, and the part after it ("saldırıdan Korvanya'nın sorumlu")."""
    if language == "uk":
        pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language=language)
    dispute = one_event_dispute(make("denial", denial), make("claim", claim))
    assert [p.evidence.article_id for p in dispute.claims] == ["claim"]
    assert dict(dispute.features)["no_part"] == 1.0 and dispute.confident


DENIED_A_PART = ("Korvanian President Ilan Dresk said Korvania had nothing to do with the attack on the border post at "
                 "Harna.")


@pytest.mark.parametrize("language, denial, claim", [
    ("en", DENIED_A_PART, "Mara Tevet said Korvania would hold Belstria responsible for the attack on the border post "
                          "at Harna."),  # the name closest to the word of a part is another's
    ("en", DENIED_A_PART, "Mara Tevet said Korvania had rejected any responsibility for the attack on the border post "
                          "at Harna."),  # a part disowned
    ("en", DENIED_A_PART, "Mara Tevet questioned the blame placed on Korvania for the attack on the border post at "
                          "Harna."),
    ("en", "Korvanian President Ilan Dresk said Belstria had nothing to do with the attack on the border post at "
           "Harna.",
     "Mara Tevet said Korvania was behind the attack on the border post at Harna."),  # the party is Belstria
    ("ru", "Президент Илан Дреск заявил, что Корвания не имеет никакого отношения к нападению на пост в Харне.",
     "Мара Тевет заявила, что Корвания обещала найти ответственных за нападение на пост в Харне."),  # those responsible
    ("sr", "Predsednik Ilan Dresk izjavio je da Korvanija nema nikakve veze s napadom na granični prelaz u Harni.",
     "Premijerka Mara Tevet izjavila je da je napad na Korvaniju organizovala Belstrija."),  # the subject is Belstria
])
def test_a_sentence_that_names_the_party_and_a_part_may_give_it_none(ctx, language, denial, claim):
    if language in ("ru", "uk"):
        pytest.importorskip("natasha")
    make = functools.partial(one_day, ctx, language=language)
    found = compare([make("denial", denial), make("claim", claim)], events={"denial": 1, "claim": 1},
                    show_all=True).disputes
    assert not [d for d in found if dict(d.features).get("no_part")]


def test_not_until_a_day_says_the_thing_happens_that_day(ctx):
    "'would not arrive until Monday' asserts the arrival on Monday: no other side of 'will arrive Monday'."
    make = functools.partial(one_day, ctx)
    claim = make("claim", "The repair ship carrying spare cable will leave Harna early Saturday and arrive Monday.")
    later = make("later", "The operator said it was sending a repair ship but that the ship would not arrive until "
                          "Monday.")
    assert not compare([claim, later], events={"claim": 1, "later": 1}, show_all=True).disputes


def test_whose_claims_a_denial_answers_are_no_words_a_sentence_must_assert(ctx):
    """'rejected the claims of Vastorian officials about the situation in the valley': a sentence of the officials
    discussing something else in the valley asserts nothing of it; one that tells of the situation does."""
    make = functools.partial(one_day, ctx)
    denial = make("denial", "The minister once more rejected the claims of Vastorian officials about the situation in "
                            "the valley.")
    talks = make("talks", "The two sides discussed an offer to host a working group of Vastorian officials in the "
                          "valley next month.")
    witness = make("witness", "Aid workers said the situation in the valley was desperate after weeks without fuel.")
    (dispute,) = compare([denial, talks, witness], show_all=True).disputes
    assert [p.evidence.article_id for p in dispute.claims] == ["witness"]
    shelling = make("shelling", "The army denied reports of shelling over the weekend in the village of Dorvik.")
    convoy = make("convoy", "Aid convoys reached the village of Dorvik over the weekend, the charity said.")
    seen = make("seen", "Residents said shelling hit the village of Dorvik over the weekend.")
    (dispute,) = compare([shelling, convoy, seen], show_all=True).disputes  # "reports of shelling": shelling denied
    assert [p.evidence.article_id for p in dispute.claims] == ["seen"]

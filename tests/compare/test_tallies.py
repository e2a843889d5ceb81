"""Vote tallies read in each language's phrasing, and two reports of one vote that differ."""

import dataclasses
import functools

import pytest

from rashomon.compare import compare
from rashomon.compare.tallies import tallies, vote_conflict

from .test_compare import one_day, one_event_conflicts


@pytest.mark.parametrize("text, language, tally", [
    ("The court ordered Calmora, by 13 votes to 2, to admit monitors.", "en", (13, 2)),
    ("The bill passed in a 52-48 vote on Tuesday.", "en", (52, 48)),
    ("The court's 13-2 provisional order does not address the dispute.", "en", (13, 2)),
    ("Суд тринадцатью голосами против двух обязал Калмору принять меры.", "ru", (13, 2)),
    ("Суд дванадцятьма голосами проти трьох зобов'язав Калмору.", "uk", (12, 3)),
    ("Odluka je doneta sa 14 glasova prema jedan.", "sr", (14, 1)),
    ("Судот, со 13 гласа наспроти 2, ѝ наложи на Калмора.", "mk", (13, 2)),
    ("L'ordonnance a été adoptée par douze voix contre trois.", "fr", (12, 3)),
    ("Die Richter entschieden mit zwölf zu drei Stimmen.", "de", (12, 3)),
    ("Approvata con 13 voti contro 2.", "it", (13, 2)),
    ("Aprobada por 13 votos contra 2.", "es", (13, 2)),
    ("Суд 13 голосами против двух обязал Калмору допустить наблюдателей.", "ru", (13, 2)),
    ("Судді 12 голосами проти трьох зобов'язали сторону.", "uk", (12, 3)),
    # the two sides named, as parliaments' votes are told
    ("The bill passed with 96 senators voting in favour, 40 against and three abstaining.", "en", (96, 40)),
    ("Lawmakers voted 61-55 to approve the budget.", "en", (61, 55)),
    ("La loi a été adoptée par 96 voix pour et 40 contre.", "fr", (96, 40)),
    ("Am Abend stimmten 96 Abgeordnete für den Entwurf, 40 dagegen.", "de", (96, 40)),
    ("Il testo è passato con 96 voti a favore e 40 contrari.", "it", (96, 40)),
    ("За законопроект проголосовали 96 депутатов, против — 40.", "ru", (96, 40)),
    ("За постанову проголосували 96 нардепів, проти — двоє.", "uk", (96, 2)),
    ("Za izmene je glasalo 96 poslanika, a protiv 40.", "sr", (96, 40)),
    ("За предлогот гласаа 96 пратеници, против беа 40.", "mk", (96, 40)),
    ("Օրենքին կողմ քվեարկեց 96 պատգամավոր, դեմ՝ 40։", "hy", (96, 40)),
    ("مجلس این طرح را با ۹۶ رأی موافق در برابر ۴۰ رأی مخالف تصویب کرد.", "fa", (96, 40)),
    ("Sebanyak 96 anggota dewan mendukung, 40 menolak.", "id", (96, 40)),
    # nobody against, as a council's votes are told with their abstentions
    ("It was adopted by 13 votes in favour, none against, with two abstentions.", "en", (13, 0)),
    ("Approvata con 13 voti a favore, nessun contrario e 2 astensioni.", "it", (13, 0)),
    ("За резолуцијата гласаа 13 членки, ниедна не беше против, а две се воздржаа.", "mk", (13, 0)),
    ("شورا با ۱۲ رأی موافق، بدون رأی مخالف و ۳ رأی ممتنع قطعنامه را تصویب کرد.", "fa", (12, 0)),
    ("Resolusi itu didukung 12 negara anggota, tanpa suara menentang, sementara tiga negara abstain.", "id", (12, 0)),
])
def test_a_tally_in_each_language(text, language, tally):
    assert tallies(text, language) == [tally]


def test_what_is_no_tally():
    assert tallies("The vote is set for 13 May; two parties oppose it.", "en") == []
    assert tallies("Прошло 13 заседаний против двух в прошлом году.", "ru") == []
    assert tallies("He waited 12 years for justice, and 3 against hope.", "en") == []
    assert tallies("За это время 13 человек, против 2 годом ранее.", "ru") == []
    assert vote_conflict(tallies("by 13 votes to 2", "en"), tallies("13 голосами против двух", "ru")) is None
    assert vote_conflict(tallies("by 13 votes to 2", "en"), tallies("12 голосами против трёх", "ru")) == \
        "the vote, 13–2 vs 12–3"
    assert vote_conflict([(84, 31)], [(87, 29)]) == "the vote, 84–31 vs 87–29"
    assert vote_conflict([(84, 31)], [(6, 3)]) is None  # a court's vote beside a parliament's: two votes
    assert tallies("Lawmakers voted no to one amendment.", "en") == []  # "no" is the vote, not a count


@pytest.mark.slow
def test_two_reports_of_one_vote_that_differ_conflict_uncertainly_in_any_language(ctx):
    """No claim joins an English and a Russian sentence by their words; one event's two tallies still
    conflict, uncertain (an event may hold two votes). Another event's vote is no conflict."""
    make = functools.partial(one_day, ctx)
    en = make("en", "The court ruled on Thursday. By 13 votes to 2, the judges ordered Calmora to admit monitors.")
    ru = make("ru", "Суд вынес решение в четверг. Решение принято 12 голосами против трех.", language="ru")
    (vote,) = [c for c in compare([en, ru], events={"en": 1, "ru": 1}, show_all=True).conflicts
               if "vote" in c.detail]
    assert vote.detail == "the vote, 13–2 vs 12–3" and not vote.confident
    assert not [c for c in compare([en, ru], events={"en": 1, "ru": 2}, show_all=True).conflicts if "vote" in c.detail]


@pytest.mark.slow
def test_two_tallies_each_told_by_two_sources_conflict_by_default(ctx):
    """Two outlets give 13 to 2, two others 12 to 3: the two versions of one vote are shown by default. Two reports
    of one outlet are one source, and a report that gives both tallies (two votes, or a count corrected) tells
    neither."""
    make = functools.partial(one_day, ctx)
    en = make("en", "The court ruled on Thursday. By 13 votes to 2, the judges ordered Calmora to admit monitors.")
    it = make("it", "La corte si è pronunciata giovedì. Con 13 voti contro 2, i giudici hanno ordinato a Calmora di "
                    "ammettere gli osservatori.", language="it")
    ru = make("ru", "Суд вынес решение в четверг. Решение принято 12 голосами против трех.", language="ru")
    uk = make("uk", "Суд ухвалив рішення в четвер. Рішення ухвалено 12 голосами проти трьох.", language="uk")
    votes = [c for c in one_event_conflicts(en, it, ru, uk) if "vote" in c.detail]
    assert votes and all(c.confident and ("sources_a", 2.0) in c.features for c in votes)
    assert not any(c.confident for c in one_event_conflicts(en, it, ru) if "vote" in c.detail)
    same_outlet = dataclasses.replace(it, outlet=en.outlet)
    assert not any(c.confident for c in one_event_conflicts(en, same_outlet, ru, uk) if "vote" in c.detail)
    both = make("fr", "La cour a statué jeudi. Par 13 voix contre 2, puis par 12 voix contre 3 sur un second point, "
                      "les juges ont donné raison à la Calmora.", language="fr")
    assert not any(c.confident for c in one_event_conflicts(en, both, ru, uk) if "vote" in c.detail)


@pytest.mark.slow
def test_a_tally_in_one_claim_is_one_conflict_not_one_per_count(ctx):
    make = functools.partial(one_day, ctx)
    a = make("a", "The Meridian Court ordered Calmora by 13 votes to 2 on Thursday to admit monitors to Kerran.")
    b = make("b", "The Meridian Court ordered Calmora by 12 votes to 3 on Thursday to admit monitors to Kerran.")
    conflicts = compare([a, b], events={"a": 1, "b": 1}, show_all=True).conflicts
    assert [(c.kind, c.detail) for c in conflicts] == [("number", "the vote, 13–2 vs 12–3")]


@pytest.mark.slow
def test_two_tallies_dated_to_two_days_are_two_votes(ctx):
    """The assembly's vote on Wednesday and its vote on Thursday differ in day and count: two votes, whichever
    event holds both, not a disagreement on either; in one language and in two."""
    make = functools.partial(one_day, ctx, published="2024-10-24")
    wed = make("wed", "The Assembly of the Riverland Council adopted a resolution on Wednesday, October 23, by 31 votes "
                      "to 9.")
    thu = make("thu", "The Assembly of the Riverland Council adopted a resolution on Thursday, October 24, by 36 votes "
                      "to 4.")
    ru = make("ru", "Ассамблея Совета Приречья в четверг, 24 октября, приняла резолюцию 36 голосами против четырех.",
              language="ru")
    for other in (thu, ru):
        assert not compare([wed, other], events={wed.id: 1, other.id: 1}, show_all=True).conflicts
    # the tally's own sentence undated, the day named in each article's opening
    wed = make("wed", "The Riverland assembly met in Haldenburg on Wednesday. The assembly adopted the resolution "
                      "by 31 votes to 9.")
    fr = make("fr", "L'assemblée des Rives s'est réunie jeudi à Haldenburg. L'assemblée a adopté la résolution par "
                    "36 voix contre 4.", language="fr")
    same_day = make("same", "L'assemblée des Rives s'est réunie mercredi à Haldenburg. L'assemblée a adopté la "
                            "résolution par 36 voix contre 4.", language="fr")
    assert not compare([wed, fr], events={"wed": 1, "fr": 1}, show_all=True).conflicts
    assert [c.detail for c in compare([wed, same_day], events={"wed": 1, "same": 1}, show_all=True).conflicts] == [
        "the vote, 36–4 vs 31–9"]


def test_a_tally_in_thousands_and_a_ukrainian_apostrophe():
    assert tallies("The motion passed by 1,234 votes to 56.", "en") == [(1234, 56)]
    assert tallies("Рішення ухвалили 13 голосами проти п’яти.", "uk") == [(13, 5)]

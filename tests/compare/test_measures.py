"""Distances, weights, volumes, shares and sums: what an amount measures in each language, and two versions of one
figure in the leads of one event's reports in two languages."""

import functools
import re

import pytest

from rashomon.analyse.neutral import amounts
from rashomon.compare import compare
from rashomon.compare.align import measure
from rashomon.compare.tolls import may_name_a_toll
from rashomon.compare.verdicts import _measured, _one_figure
from rashomon.model import Article, Quantity

from .test_compare import one_day, one_event_conflicts


def figures(conflict) -> set[str]:
    "The numbers a conflict's detail sets against each other."
    return set(re.findall(r"\d+(?:[.,]\d+)?", conflict.detail))


@pytest.mark.parametrize("text, language, measured", [
    ("в 14 морских милях от острова", "ru", "mile"),  # past the word of the sea
    ("з 2100 тонною вантажу", "uk", "t"),
    ("34 nautičke milje od ostrva", "sr", "mile"),
    ("Մոտ 34 ծովային մղոն", "hy", "mile"),
    ("на протяжении 40 километров реки", "ru", "km"),
    ("задержаны 12 морских пехотинцев", "ru", None),  # marines, not miles
    ("12 траулеров", "ru", None),
    ("5 miljard euro", "nl", None),  # a billion, not miles
    ("oko 5 miljuna eura", "hr", None),
    ("колонна с 2100 тоннами продовольствия", "ru", "t"),  # a declined tonne
    ("з 2100 тоннами продовольства", "uk", "t"),
    ("ont promis 1,2 milliard d'euros", "fr", "EUR"),  # past the "d'" of a sum
    ("stanziati 1,2 miliardi di euro", "it", "EUR"),
    ("1,2 millones de dólares", "es", "USD"),
    ("40 de los diputados", "es", None),
    ("در حدود ۴۰ کیلومتری بالادست مرز", "fa", "km"),  # "some 40 kilometres upstream"
])
def test_what_an_amount_measures_in_each_language(text, language, measured):
    article = Article(id="a", source="a", format="text", body=text, language=language,
                      quantities=tuple(amounts(text, language)))
    assert [measure(article, q) for q in article.quantities] == [measured]


@pytest.mark.parametrize("text, language, compared", [
    ("Около 45 тысяч человек вышли на митинг.", "ru", "people"),
    ("Sekitar 2.000 orang polisi dikerahkan.", "id", "forces"),  # police counted in people are police
    ("Пункт охраняют 120 военнослужащих.", "ru", "forces"),
    ("Россия перебросила 5 военных самолётов.", "ru", None),  # "military", not soldiers
    ("Rund 15.000 Menschen demonstrierten.", "de", "people"),  # a German noun, capitalised
    ("200 Soldaten wurden verlegt.", "de", "forces"),
    ("۲۰۰ نفر پلیس مستقر شدند.", "fa", "forces"),
    ("Sebanyak 85 petugas pemadam kebakaran dikerahkan.", "id", "rescuers"),  # officers of the fire service
    ("Sebanyak 85 petugas polisi dikerahkan.", "id", "forces"),
    ("U gašenju je učestvovalo 120 vatrogasaca.", "sr", "rescuers"),
    ("۸۵ آتش‌نشان اعزام شدند.", "fa", "rescuers"),  # one word, its parts joined by a zero-width non-joiner
    ("The convoy of 12 trucks left at dawn.", "en", "trucks"),
    ("Yardım konvoyu 12 tırlık olacak.", "tr", "trucks"),
    ("The convoy of 12 ambulances left at dawn.", "en", None),  # other vehicles count other things
    ("Sul posto sono intervenuti 120 vigili del fuoco.", "it", "rescuers"),
    ("In piazza c'erano 12 vigili urbani.", "it", None),  # the town's police, not firefighters
])
def test_what_a_count_of_people_is_compared_as(text, language, compared):
    article = Article(id="a", source="a", format="text", body=text, language=language,
                      quantities=tuple(amounts(text, language)))
    assert [_measured(article, q) for q in article.quantities if q.value and q.value > 3] == [compared]


@pytest.mark.parametrize("text, language, toll", [
    ("Эвакуированы 45 тысяч человек.", "ru", True),  # a toll the count is not read from
    ("Some 2 million people were evacuated.", "en", True),
    ("The evacuation of 4,100 people began at dawn.", "en", True),  # a toll's noun the toll reader leaves aside
    ("Evakuirano je 2.000 ljudi.", "hr", True),
    ("About 45,000 people marched, police said.", "en", False),
    ("Cerca de 45 mil pessoas marcharam.", "pt", False),
    ("Około 45 tysięcy osób maszerowało.", "pl", True),  # no tolls read in the language: it may be one
])
def test_a_sentence_that_may_count_a_toll_gives_no_crowd(text, language, toll):
    assert may_name_a_toll(text, language) is toll


@pytest.mark.slow
def test_two_versions_of_one_distance_in_leads_of_two_languages_conflict(ctx):
    """Two outlets give one side's distance, two in other languages the other side's; each gives the zone's too.
    Each version told by two sources is shown by default."""
    make = functools.partial(one_day, ctx)
    en = make("en", "The Arrandian patrol ship Arranoa stopped the Kaltrenian trawler Pellumbi on Wednesday. The coast "
                    "guard said the trawler was 14 nautical miles from Hortza, inside the 30-mile zone.")
    fr = make("fr", "Le patrouilleur arrandien Arranoa a arraisonné mercredi le chalutier kaltrénien Pellumbi. Selon "
                    "les garde-côtes, il se trouvait à 14 milles nautiques de Hortza, dans la zone de 30 milles.",
              language="fr")
    ru = make("ru", "Аррандийский патрульный корабль «Арраноа» задержал в среду калтренийский траулер «Пеллумби». "
                    "По данным министерства, судно находилось в 34 морских милях от острова, вне 30-мильной зоны.",
              language="ru")
    sr = make("sr", "Patrolni brod „Aranoa“ zaustavio je u sredu kočaricu „Pelumbi“. Ministarka je izjavila da se "
                    "brod nalazio 34 nautičke milje od ostrva, izvan zone od 30 milja.", language="sr")
    (conflict,) = [c for c in one_event_conflicts(en, fr, ru, sr) if c.detail.startswith("mile")]
    assert (conflict.kind, conflict.confident, figures(conflict)) == ("number", True, {"14", "34"})
    assert {conflict.a.article_id, conflict.b.article_id} in ({"en", "ru"}, {"en", "sr"}, {"fr", "ru"}, {"fr", "sr"})
    assert ("sources_a", 2.0) in conflict.features and ("sources_b", 2.0) in conflict.features
    # one report's figure alone may measure something else; a report that gives both tells two things, or both sides
    assert not [c for c in one_event_conflicts(en, fr, sr) if c.detail.startswith("mile")]
    both = make("ru", ru.body.replace("в 34 морских милях", "в 34 морских милях (по данным береговой охраны, в 14)"),
                language="ru")
    assert not [c for c in one_event_conflicts(en, fr, both, sr) if c.detail.startswith("mile")]
    # ... and reports of two events give two distances
    assert not [c for c in compare([en, fr, ru, sr], events={"en": 1, "fr": 1, "ru": 2, "sr": 2}, show_all=True).conflicts
                if c.detail.startswith("mile")]


@pytest.mark.slow
def test_a_figure_given_beside_another_only_one_side_gives_is_no_version_of_the_other_sides(ctx):
    "The share of ballots counted stands beside a candidate's share; the other side's turnout is neither."
    make = functools.partial(one_day, ctx)
    reports = [make("en", "Alvorenians voted on Sunday. With 99.2 percent of polling stations counted, Boaventura had "
                          "46.9 percent of the vote."),
               make("it", "Gli alvorenesi hanno votato domenica. Con il 99,2% dei seggi scrutinati, Boaventura ha "
                          "ottenuto il 46,9% dei voti.", language="it"),
               make("sr", "Alvorenci su glasali u nedelju. Izlaznost je bila samo 53,8 odsto, tvrdi mreža posmatrača.",
                    language="sr"),
               make("fr", "Les Alvoréniens ont voté dimanche. La participation n'a été que de 53,8 %, selon les "
                          "observateurs.", language="fr")]
    assert not [c for c in one_event_conflicts(*reports) if c.detail.startswith("percent")]
    # where the commission's turnout stands alone, it and the observers' read as two versions of one
    turnout = [make("en2", "Alvorenians voted on Sunday. Turnout was 61.4 percent, the commission said."),
               make("it2", "Gli alvorenesi hanno votato domenica. L'affluenza è stata del 61,4%, ha riferito la "
                           "commissione.", language="it")]
    (conflict,) = [c for c in one_event_conflicts(*turnout, *reports[2:]) if c.detail.startswith("percent")]
    assert figures(conflict) in ({"61.4", "53,8"}, {"61,4", "53,8"})
    # ... and so they do where the observers give the candidate's share too, which lets the ballots counted beside
    # it through: the turnouts are nearer each other than either is to the ballots counted
    observers = [make(r.id, r.body.replace(" Izlaznost", " Boaventura je osvojio 46,9 odsto. Izlaznost").replace(
        " La participation", " Boaventura a obtenu 46,9 %. La participation"), language=r.language) for r in reports[2:]]
    assert all("46,9" in r.body for r in observers)
    (conflict,) = [c for c in one_event_conflicts(*reports[:2], *turnout, *observers) if c.detail.startswith("percent")]
    assert figures(conflict) in ({"61.4", "53,8"}, {"61,4", "53,8"})


def test_a_figure_written_with_fewer_decimals_may_be_the_other_rounded():
    def amount(value: float) -> Quantity:
        return Quantity(0, 4, str(value), value)
    assert _one_figure(amount(47), amount(46.9)) and _one_figure(amount(46.9), amount(47))
    assert not _one_figure(amount(61.4), amount(53.8)) and not _one_figure(amount(30), amount(31))
    assert not _one_figure(amount(46.9), amount(46.7))  # two decimals written alike are two figures


@pytest.mark.slow
def test_the_same_digits_of_another_measure_do_not_make_a_report_give_both_versions(ctx):
    "A report that gives the treaty's 60 cubic metres a second still gives only one cut of the flow: 40 %."
    make = functools.partial(one_day, ctx)
    reports = [make("en", "Ketrania closed three gates of the Kovrin Dam on Sunday, cutting the flow into Zalvonia by "
                          "about 60 percent."),
               make("fr", "La Ketranie a fermé dimanche trois vannes du barrage de Kovrin, réduisant d'environ 60 % le "
                          "débit du fleuve.", language="fr"),
               make("ru", "Кетрания в воскресенье закрыла три затвора плотины Коврин, расход воды снизился примерно на "
                          "40%.", language="ru"),
               make("uk", "Кетранія в неділю закрила три затвори греблі Коврін, стік зменшився приблизно на 40%. "
                          "Договір гарантує 60 кубометрів на секунду.", language="uk")]
    (conflict,) = [c for c in one_event_conflicts(*reports) if c.detail.startswith("percent")]
    assert figures(conflict) == {"60", "40"}
    # ... while the same digits with no measure read may be the other version given
    bare = make("uk", reports[3].body.replace("60 кубометрів на секунду", "60 на секунду"), language="uk")
    assert not [c for c in one_event_conflicts(*reports[:3], bare) if c.detail.startswith("percent")]


@pytest.mark.slow
def test_two_versions_of_a_sum_conflict_where_a_claim_joined_their_sentences(ctx):
    "The conference's pledge in four languages: the names they share join them in one claim, the sums disagree."
    make = functools.partial(one_day, ctx)
    reports = [make("en", "Donors meeting in Rosmark on Monday pledged 1.2 billion euros to rebuild Haldra, co-chair "
                          "Henrike Vallander said."),
               make("fr", "Réunis lundi à Rosmark, les donateurs ont promis 1,2 milliard d'euros pour reconstruire "
                          "Haldra, a indiqué Henrike Vallander.", language="fr"),
               make("it", "Lunedì a Rosmark i donatori hanno promesso 1,5 miliardi di euro per ricostruire Haldra, "
                          "ha detto Henrike Vallander.", language="it"),
               make("id", "Konferensi donor di Rosmark pada Senin menghasilkan komitmen 1,5 miliar euro untuk "
                          "membangun kembali Haldra, kata Henrike Vallander.", language="id")]
    result = compare(reports, events={r.id: 1 for r in reports}, show_all=True)
    # one claim joins all four: every pair of versions is inside it
    assert any({e.article_id for e in c.evidence} == {"en", "fr", "it", "id"} for c in result.claims)
    (conflict,) = [c for c in result.conflicts if c.detail.startswith("EUR")]
    assert figures(conflict) in ({"1.2", "1,5"}, {"1,2", "1,5"})


@pytest.mark.slow
def test_a_crowd_counted_by_the_police_and_by_the_organisers_in_two_languages_conflicts(ctx):
    "Two outlets give the police's count of a rally, two in other languages the organisers'; a toll is no crowd."
    make = functools.partial(one_day, ctx)
    police = [make("en", "The opposition rallied in São Dâmaso on Saturday. About 15,000 people joined the rally, "
                         "police said."),
              make("it", "L'opposizione ha manifestato sabato a São Dâmaso. Secondo la polizia, circa 15.000 persone "
                         "hanno partecipato.", language="it")]
    organisers = [make("fr", "L'opposition a manifesté samedi à São Dâmaso. Selon les organisateurs, 120 000 personnes "
                             "ont rempli la place.", language="fr"),
                  make("id", "Oposisi berunjuk rasa di São Dâmaso pada Sabtu. Menurut panitia, sekitar 120.000 orang "
                             "memadati lapangan.", language="id")]
    (conflict,) = [c for c in one_event_conflicts(*police, *organisers) if c.detail.startswith("people")]
    counts = {int(re.sub(r"\D", "", n)) for n in re.findall(r"\d{1,3}(?:[ .,]\d{3})+", conflict.detail)}
    assert counts == {15000, 120000}
    assert (conflict.kind, conflict.confident) == ("number", True)
    # people moved out of their homes are a toll's to compare, not a crowd
    moved = [make(r.id, r.body.replace("15,000 people joined the rally", "100,000 people were evacuated").replace(
        "circa 15.000 persone hanno partecipato", "circa 100.000 persone sono state evacuate"), language=r.language)
        for r in police]
    assert all("100" in r.body for r in moved)
    assert not [c for c in one_event_conflicts(*moved, *organisers) if c.detail.startswith("people")]


@pytest.mark.slow
def test_soldiers_at_a_checkpoint_counted_by_two_sides_in_two_languages_conflict(ctx):
    "One side's defence ministry counts 120 servicemen, the other's border guards about 200 soldiers."
    make = functools.partial(one_day, ctx)
    reports = [make("ru", "Велмория в четверг открыла новый пункт у деревни Лготка. Пункт охраняют 120 "
                          "военнослужащих, сообщил министр обороны.", language="ru"),
               make("uk", "Велморія в четвер відкрила новий пункт біля села Лготка. Пункт охороняють 120 "
                          "військовослужбовців, повідомив міністр оборони.", language="uk"),
               make("en", "Velmoria on Thursday deployed about 200 soldiers to a new checkpoint at Lhotka, the "
                          "border guard service said."),
               make("it", "Giovedì la Velmoria ha schierato circa 200 soldati a un nuovo posto di blocco a Lhotka, "
                          "secondo le guardie di frontiera.", language="it")]
    (conflict,) = [c for c in one_event_conflicts(*reports) if c.detail.startswith("forces")]
    assert figures(conflict) == {"120", "200"} and conflict.confident is True
    assert any(word in conflict.detail for word in ("soldiers", "soldati")) and "120 в" in conflict.detail


@pytest.mark.slow
def test_two_sizes_of_one_convoy_told_in_four_languages_conflict(ctx):
    "Each ministry gives its own number of trucks; outlets in four languages carry one each, two sources a side."
    make = functools.partial(one_day, ctx)
    reports = [make("en", "The foreign ministers of Ostria and Velmar spoke by phone on Tuesday. They agreed to let a "
                          "convoy of 12 Red Star trucks reach Tarvo, the Ostrian ministry said."),
               make("fa", "وزرای خارجه اوستریا و ولمار روز سه‌شنبه تلفنی گفتگو کردند. به گفته وزارت خارجه اوستریا، "
                          "طرفین توافق کردند کاروانی از ۱۲ کامیون ستاره سرخ به تاروو برود.", language="fa"),
               make("sr", "Министри спољних послова Велмара и Острије разговарали су у уторак телефоном. Према "
                          "министарству Велмара, договорено је да конвој од 20 камиона Црвене звезде стигне у Тарво.",
                    language="sr"),
               make("uk", "Міністри закордонних справ Велмару та Острії у вівторок провели телефонну розмову. За "
                          "даними МЗС Велмару, сторони домовилися пропустити до Тарво колону з 20 вантажівок.",
                    language="uk")]
    (conflict,) = [c for c in one_event_conflicts(*reports) if c.detail.startswith("trucks")]
    assert (conflict.kind, conflict.confident, figures(conflict)) == ("number", True, {"12", "20"})

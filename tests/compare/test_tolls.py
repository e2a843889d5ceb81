"""Tolls read in each language (the dead, the injured, the missing, the evacuated, the detained), and two reports
of one event in two languages that count them otherwise."""

import functools

import pytest

from rashomon.compare import compare
from rashomon.compare.tolls import tolls

from .test_compare import one_day, one_event_conflicts


@pytest.mark.parametrize("text, language, toll", [
    ("Nine miners were killed and 23 injured in the blast on Monday.", "en", [9]),
    ("Three border guards were killed and two wounded.", "en", [3]),
    ("The death toll rose to 12 on Saturday.", "en", [12]),
    ("A fire tore through the plant on Monday, killing seven workers and injuring 23.", "en", [7]),
    ("Cinq mineurs ont été tués et huit blessés vendredi.", "fr", [5]),
    ("Sette minatori sono morti e quattro risultano dispersi.", "it", [7]),
    ("Погибли трое пограничников и двое ранены.", "ru", [3]),
    ("Унаслідок вибуху загинули п'ятеро гірників.", "uk", [5]),
    ("Tri pripadnika granične straže poginula su u subotu.", "sr", [3]),
    ("Девет рудара погинуло је, а 23 су повређена.", "sr", [9]),
    ("Пет рудари загинаа, а осум се повредени.", "mk", [5]),
    ("Dua belas penambang tewas dalam ledakan itu.", "id", [12]),
    ("Seventeen miners were killed in the blast.", "en", [17]),  # counts in words go to twenty
    ("Погибли двадцать шахтёров.", "ru", [20]),
    # a count in words joined to another is a number these words do not add up: neither part is the toll
    ("Twenty-five people were killed.", "en", []), ("Двадцать пять человек погибли.", "ru", []),
    ("Dua puluh lima penambang tewas.", "id", []), ("Two hundred people were killed.", "en", []),
    ("Two three-year-old children were killed.", "en", [2]),  # an age, not a part of the count
    ("سه مرزبان این کشور کشته و دو نفر دیگر زخمی شدند.", "fa", [3]),
    ("Երեք սահմանապահ զոհվել է։", "hy", [3]),
    ("По данным МЧС, погибли 12 человек.", "ru", [12]),  # whose count it is, not an earlier event
    ("Nach Angaben der Polizei gab es 12 Tote.", "de", [12]),
    # the toll as a number that reached a count, however far from the words for it
    ("Число погибших при обрушении кровли на шахте в регионе Ускар выросло до 16, сообщили в МЧС.", "ru", [16]),
    ("Число погибших при обрушении стены плотины на востоке страны выросло до четырёх.", "ru", [4]),
    ("Кількість загиблих внаслідок обвалу на шахті зросла до 16 людей.", "uk", [16]),
    ("شمار کشته‌شدگان حادثه خروج قطار از ریل در نزدیکی این شهرک به ۱۳ نفر رسید.", "fa", [13]),
    ("Ածխահանքում երեքշաբթի տեղի ունեցած փլուզման զոհերի թիվը հասել է 16-ի։", "hy", [16]),
    ("Broj poginulih u nesreći kod Orlina porastao je na 13.", "sr", [13]),
    ("Бројот на загинати во несреќата се зголеми на 13.", "mk", [13]),
    ("Il bilancio delle vittime del crollo nella miniera è salito a 16.", "it", [16]),
    ("Jumlah korban tewas akibat runtuhnya terowongan bertambah menjadi 16 orang.", "id", [16]),
    ("The death toll from Tuesday's collapse at the mine rose to 16 on Wednesday.", "en", [16]),
    # Serbian counts of people past twelve, and the collective of mixed company ("četvoro radnika")
    ("Четрнаест рудара погинуло је, а деветорица су спасена.", "sr", [14]),
    ("Četvoro radnika poginulo je u utorak kada se urušio deo zida.", "sr", [4]),
    # Portuguese and Turkish, counts in words too
    ("Dois trabalhadores morreram no incêndio da fábrica de Orlina.", "pt", [2]),
    ("Yangında iki işçi hayatını kaybetti.", "tr", [2]),
    ("Orlina'daki patlamada 17 madenci öldü.", "tr", [17]),
    ("Bir gün sonra iki kişi daha öldü.", "tr", [2]),  # "bir gün" (one day, a day) counts no one
    # a count words pass over on the way to the toll's word is not it; a month's day only in a date
    ("Three members of one family died in the fire.", "en", [3]),
    ("Três pessoas morreram em uma explosão numa fábrica de Orlina.", "pt", [3]),
    ("In May 12 people were killed in a similar attack in the town.", "en", [12]),
    ("Jumlah korban tewas mencapai 25 saat ini.", "id", [25]),  # "saat": when, not the Turkish hour
])
def test_a_toll_in_each_language(text, language, toll):
    assert tolls(text, language) == toll


@pytest.mark.parametrize("text, language, kind, toll", [
    ("Some 4,100 people were evacuated from the lower town on Friday.", "en", "evacuated", [4100]),
    ("Эвакуированы около 4100 человек — данные Службы гражданской защиты.", "ru", "evacuated", [4100]),
    ("Le conducteur a été tué et quelque 1 200 habitants ont été évacués.", "fr", "evacuated", [1200]),
    ("Գյուղերից տարհանվել է մոտ 2600 մարդ։", "hy", "evacuated", [2600]),
    ("L'incendie a fait deux morts et 14 blessés parmi les ouvriers.", "fr", "injured", [14]),  # after the dead
    ("A fire tore through the plant, killing two workers and injuring 14 others.", "en", "injured", [14]),
    ("Kebakaran itu menewaskan dua pekerja dan melukai 14 orang.", "id", "injured", [14]),
    ("Հրդեհի հետևանքով զոհվել է երկու աշխատող, 17-ը վիրավորվել են։", "hy", "injured", [17]),
    ("Police said 12 people were detained after scuffles near the square.", "en", "detained", [12]),
    ("Как сообщили в полиции, задержаны 12 человек.", "ru", "detained", [12]),
    ("پلیس اعلام کرد که ۲۱ نفر بازداشت شده‌اند.", "fa", "detained", [21]),
    ("Бирото денеска уапси четири лица осомничени за нападите.", "mk", "detained", [4]),  # the active voice too
    ("Policija je uhapsila tri osobe u Sarvelu.", "sr", "detained", [3]),
    ("Some 1,200 people were killed in the quake.", "en", "dead", [1200]),  # not 200
    ("Семеро горняков погибли.", "ru", "dead", [7]),  # the collective of seven, not the 17th number word
    ("Троє працівників загинули, восьмеро дістали поранення.", "uk", "injured", [8]),
    # no count of people: a span of time, a negation, a round number
    ("Hruska and Kalina had been detained for 72 hours on suspicion of negligence.", "en", "detained", []),
    ("No one else has been detained, her office said.", "en", "detained", []),
    ("Le vittime sono almeno 14, i feriti una sessantina.", "it", "injured", []),
    ("He has been detained for two weeks.", "en", "detained", []),
    ("Chiuse tre fermate della metro.", "it", "detained", []),  # metro stops, not people held
    ("Эвакуированы 2,5 тысячи человек.", "ru", "evacuated", []),  # a decimal's first digit is no count
    # a word that ends as a round number does ("sessantina") is no round number: women, a citizen
    ("U eksploziji je poginulo pet žena.", "sr", "dead", [5]),
    ("Povređena su dva građanina.", "sr", "injured", [2]),
    # "and" after the word for the toll starts another clause, not a second part of the toll
    ("Three miners died and 20 were rescued.", "en", "dead", [3]),
    ("У селу Кравик погинула су два земљорадника, а у Полвану један човек.", "sr", "dead", []),  # two parts
    ("The shelling killed 12 people and injured 20 more.", "en", "dead", [12]),
    ("The shelling killed 12 people and injured 20 more.", "en", "injured", [20]),
    ("Les bombardements ont fait trois morts dimanche 26 avril à Kravik.", "fr", "dead", [3]),  # a day, no toll
    ("Gli sfollati sono stati accolti in tre scuole.", "it", "evacuated", []),  # far after its words: schools
    # an indefinite article after the toll's words and a preposition is no count of one
    ("Neuf mineurs ont été tués lundi dans une explosion de méthane.", "fr", "dead", [9]),
    ("Tre operai sono morti ieri in una esplosione.", "it", "dead", [3]),
    ("L'explosion a tué un mineur.", "fr", "dead", [1]),  # after the verb, not a preposition: one dead
    ("Минимум шесть человек ранены резиновыми пулями.", "ru", "injured", []),  # a bound
    # one part of a toll joined by "and" to another, unless the other counts another kind
    ("Повређено је пет демонстраната и двојица полицајаца.", "sr", "injured", []),
    ("U selu Virna poginula su četiri civila, a petoro je ranjeno.", "sr", "dead", [4]),
    ("U selu Virna poginula su četiri civila, a petoro je ranjeno.", "sr", "injured", [5]),
    ("Dinas Perlindungan Sipil menyatakan tiga pekerja tewas dan dua lainnya hilang.", "id", "dead", [3]),
    ("Dinas Perlindungan Sipil menyatakan tiga pekerja tewas dan dua lainnya hilang.", "id", "missing", [2]),
    # a count of things after the word for the detained: rifles seized from them, not how many were held
    ("У задержанных изъяли четыре автомата, пистолеты и карты.", "ru", "detained", []),
    ("Задержаны 12 человек.", "ru", "detained", [12]),
    ("Из зоны подтопления эвакуированы 120 семей.", "ru", "evacuated", [120]),  # families are people
    ("O incêndio deixou cinco feridos, segundo os bombeiros.", "pt", "injured", [5]),
    ("Yangında 2 işçi hayatını kaybetti, 7 kişi yaralandı.", "tr", "injured", [7]),
    ("Olayla ilgili 12 kişi gözaltına alındı.", "tr", "detained", [12]),
])
def test_a_toll_of_each_kind(text, language, kind, toll):
    assert tolls(text, language, kind) == toll


@pytest.mark.parametrize("text, language", [
    ("At least nine miners were killed.", "en"),  # a bound agrees with a higher count
    ("Three of the dead were contract workers.", "en"),  # a part of the dead
    ("The aftershock came four days after an earthquake killed 23 people.", "en"),  # another event's toll
    ("Это произошло после землетрясения, в котором погибли 23 человека.", "ru"),
    ("Gas sensors at both mines where explosions killed 17 miners this month had failed.", "en"),  # a recap
    ("In 2019 the war killed 2019 people.", "en"),  # a year is no count
    ("The talks resumed on Monday in Grenholm.", "en"),
    ("Որոշումն ընդունվել է երկու մահացու փլուզումներից հետո։", "hy"),  # two deadly collapses: no two dead
    # one part of a toll after "and": not the toll ("three civilians and one soldier were killed")
    ("سه غیرنظامی در روستای ویرنا و یک سرباز در طرف روونیایی کشته شدند.", "fa"),
    ("Three civilians and one soldier were killed.", "en"),
    # what the toll is counted after is another event's, before the words for it
    ("Четыре дня спустя после землетрясения число погибших выросло до 300.", "ru"),
    ("ORLINA, March 21 – Three civilians were killed and five wounded early on Sunday.", "en"),  # no 21
])
def test_what_is_no_toll_of_the_event(text, language):
    assert tolls(text, language) == []


@pytest.mark.slow
def test_two_tolls_each_told_by_two_sources_conflict_by_default_unless_the_toll_may_have_risen(ctx):
    """Two outlets count twelve dead, two in other languages nine the next day: what each side's sources say, shown
    by default. Tolls grow as news comes in: where every report of the lower count may have come first (the same
    day, earlier that day, or a report without a day), it stays uncertain. So does a count one outlet alone gives,
    and a copy of one wire story is no second source."""
    def make(aid, body, published, language):
        return one_day(ctx, aid, body, published=published, language=language)

    def reports(nine, twelve):
        return [make("en", "Nine miners were killed in a methane explosion at the Gravnik mine on Monday. Rescuers "
                           "searched the shaft through the night.", nine, "en"),
                make("fr", "Neuf mineurs ont été tués lundi dans une explosion de méthane à la mine de Gravnik. Les "
                           "secouristes ont fouillé le puits toute la nuit.", nine, "fr"),
                make("ru", "Двенадцать горняков погибли в результате взрыва метана на шахте Гравник в понедельник. "
                           "Спасатели работали всю ночь.", twelve, "ru"),
                make("uk", "Дванадцять гірників загинули внаслідок вибуху метану на шахті Гравник у понеділок. "
                           "Рятувальники працювали всю ніч.", twelve, "uk")]

    def shown(found):
        return {(c.kind, c.confident) for c in found if "dead" in c.detail}

    en, fr, ru, uk = reports(nine="2025-03-06", twelve="2025-03-05")
    assert shown(one_event_conflicts(en, fr, ru, uk)) == {("number", True)}
    assert shown(one_event_conflicts(en, ru, uk)) == {("number", False)}
    copied = compare([en, fr, ru, uk], events=dict.fromkeys(("en", "fr", "ru", "uk"), 1), show_all=True,
                     reuse=[{"a": "en", "b": "fr", "a_share": 1.0, "b_share": 1.0}]).conflicts
    assert shown(copied) == {("number", False)}
    later_that_day = reports(nine="2025-03-05T21:00", twelve="2025-03-05T07:00")
    assert shown(one_event_conflicts(*later_that_day)) == {("number", True)}
    for nine, twelve in (("2025-03-05", "2025-03-05"), ("2025-03-05T07:00", "2025-03-05T21:00"), (None, None)):
        assert shown(one_event_conflicts(*reports(nine, twelve))) == {("number", False)}


@pytest.mark.slow
def test_two_languages_counting_the_dead_of_one_event_otherwise_conflict_uncertainly(ctx):
    """An English and a Russian report of one explosion share no words; their tolls still conflict,
    uncertain. A later report that counts more updates an earlier one; a toll from another event is none."""
    make = functools.partial(one_day, ctx)
    en = make("en", "Nine miners were killed in a methane explosion at the Gravnik mine on Monday. Rescuers "
                    "searched the shaft through the night.")
    ru = make("ru", "Двенадцать горняков погибли в результате взрыва метана на шахте Гравник в понедельник. "
                    "Спасатели работали всю ночь.", language="ru")
    (toll,) = [c for c in one_event_conflicts(en, ru) if "dead" in c.detail]
    assert (toll.kind, toll.detail, toll.confident) == ("number", "the dead, 9 vs 12", False)
    later = make("ru2", "Двенадцать горняков погибли в результате взрыва метана на шахте Гравник в понедельник. "
                        "Спасатели работали всю ночь.", published="2025-03-07", language="ru")
    (update,) = [c for c in one_event_conflicts(en, later) if "dead" in c.detail]
    assert update.kind == "update" and not update.confident
    two_events = compare([en, ru], events={"en": 1, "ru": 2}, show_all=True).conflicts
    assert not [c for c in two_events if "dead" in c.detail]


@pytest.mark.slow
def test_a_sentence_recalling_another_year_counts_another_instance(ctx):
    "'Two soldiers died there in March 2024' is no disagreement with 'three soldiers died' on the day reported."
    make = functools.partial(one_day, ctx)
    a = make("a", "Three Pellarian soldiers died at the Dolen border post on Saturday, officials said.")
    b = make("b", "Two Pellarian soldiers died at the Dolen border post in March 2024, officials said.")
    c = make("c", "Two Pellarian soldiers died at the Dolen border post on Saturday, officials said.")
    assert not [x for x in one_event_conflicts(a, b) if x.kind == "number"]
    assert [x.detail for x in one_event_conflicts(a, c) if x.kind == "number"] == ["Three soldiers vs Two soldiers"]


@pytest.mark.slow
def test_two_tolls_in_one_claim_across_languages_conflict(ctx):
    "Sentences a claim joins by their names and day still count the dead otherwise: 7 against 9 is to check."
    make = functools.partial(one_day, ctx)
    en = make("en", "LIRANTAU, Feb 8 (Wire) - A fire tore through the PT Karsa Agro fertiliser plant in Lirantau on "
                    "Monday, killing seven workers and injuring 23.", published="2021-02-08")
    fr = make("fr", "L'incendie de l'usine d'engrais de PT Karsa Agro à Lirantau a fait sept morts lundi.",
              published="2021-02-08", language="fr")
    id_ = make("id", "Lirantau, Senin (8/2/2021) - Sembilan pekerja tewas dalam kebakaran pabrik pupuk PT Karsa Agro "
                     "di Lirantau, Senin pagi.", published="2021-02-08", language="id")
    found = compare([en, fr, id_], events={"en": 1, "fr": 1, "id": 1}, show_all=True)
    assert any({e.article_id for e in c.evidence} >= {"fr", "id"} for c in found.claims)  # one claim holds both
    assert sorted((c.a.article_id, c.b.article_id, c.detail) for c in found.conflicts if "dead" in c.detail) == [
        ("en", "id", "the dead, 7 vs 9"), ("fr", "id", "the dead, 7 vs 9")]
    # without a publication date, the year of its own date line is no other year
    undated = make("id", id_.body, published=None, language="id")
    found = compare([en, undated], events={"en": 1, "id": 1}, show_all=True)
    assert [c.detail for c in found.conflicts if "dead" in c.detail] == ["the dead, 7 vs 9"]


@pytest.mark.slow
def test_a_toll_dated_days_from_the_event_counts_another_instance(ctx):
    "'Still burying the 14 men killed on Tuesday', in a report of Saturday's collapse, recalls another one."
    make = functools.partial(one_day, ctx)
    en = make("en", "A roof collapsed at the Sarv coal mine late on Saturday. The collapse came as families in "
                    "Melek were still burying the 14 men killed on Tuesday at the Gorna mine.", published="2026-09-13")
    ru = make("ru", "Пять горняков погибли при обрушении кровли на шахте Сарв в субботу вечером.",
              published="2026-09-13", language="ru")
    assert not [c for c in one_event_conflicts(en, ru) if "dead" in c.detail]
    same_day = make("en", en.body.replace("on Tuesday", "on Saturday"), published="2026-09-13")
    assert [c.detail for c in one_event_conflicts(same_day, ru) if "dead" in c.detail] == ["the dead, 14 vs 5"]


@pytest.mark.slow
def test_two_languages_counting_the_evacuated_of_one_event_otherwise_conflict_uncertainly(ctx):
    "The evacuated, the injured and the detained are counted across languages as the dead are."
    make = functools.partial(one_day, ctx)
    en = make("en", "The Tamsa burst its banks on Friday. Some 4,100 people were evacuated from the lower town of "
                    "Vishna, the Civil Protection Service said.")
    hy = make("hy", "Ուրբաթ օրը Թամսա գետը դուրս է եկել ափերից։ Վիշնա քաղաքի ստորին հատվածից տարհանվել է մոտ "
                    "2600 մարդ։", language="hy")
    (count,) = [c for c in one_event_conflicts(en, hy) if "evacuated" in c.detail]
    assert (count.kind, count.detail, count.confident) == ("number", "the evacuated, 4100 vs 2600", False)
    assert not [c for c in compare([en, hy], events={"en": 1, "hy": 2}, show_all=True).conflicts
                if "evacuated" in c.detail]


@pytest.mark.slow
def test_fewer_missing_in_a_later_report_is_an_update(ctx):
    "The missing are found as news comes in: a later report that counts fewer updates the earlier one."
    make = functools.partial(one_day, ctx)
    en = make("en", "Part of the dam wall collapsed on Tuesday. Three workers were killed and two were missing, the "
                    "Civil Protection Service said.", published="2026-04-14")
    sr = make("sr", "Deo zida brane srušio se u utorak. Četvoro radnika poginulo je, a jedan radnik je nestao, prema "
                    "poslednjim podacima.", published="2026-04-15", language="sr")
    (missing,) = [c for c in one_event_conflicts(en, sr) if "missing" in c.detail]
    assert missing.kind == "update" and missing.detail.endswith("counts fewer")


def test_a_toll_may_have_grown_unless_a_report_of_the_later_count_came_first():
    "The dead grow as news comes in, the missing shrink: only a report against that order tells a disagreement."
    from types import SimpleNamespace

    from rashomon.compare.verdicts import _may_have_risen

    def reports(*published):
        return [SimpleNamespace(published=p) for p in published]

    nine_then_twelve = reports("2025-03-05T07:00", "2025-03-05T21:00")
    given = {0: [9], 1: [12]}
    assert _may_have_risen(nine_then_twelve, given, 9, 12, shrinks=False)  # the dead grew
    assert not _may_have_risen(nine_then_twelve, given, 9, 12, shrinks=True)  # the missing, who only shrink, grew
    assert not _may_have_risen(reports("2025-03-06", "2025-03-05"), given, 9, 12, shrinks=False)  # 12, then 9
    assert _may_have_risen(reports("2025-03-05", "2025-03-05"), given, 9, 12, shrinks=False)  # one day: either order
    assert _may_have_risen(reports(None, "2025-03-05"), given, 9, 12, shrinks=False)  # a report without a day

"""Times of day read in each language, and reports of one event that put it at other times."""

import functools

import pytest

from rashomon.compare import compare
from rashomon.compare.clock import Reading, clock_readings, readings_differ, times_differ, told

from .test_compare import one_day, one_event_conflicts


@pytest.mark.parametrize("text, times", [
    ("According to the mission, the shelling began at 5:40 in the morning.", ["05:40"]),
    ("The shooting began at 3:15 a.m. on Saturday, the border police said.", ["03:15"]),
    ("They met again at 6.20 p.m. in the palace.", ["18:20"]),
    ("Обстріл почався о 05:40 і тривав близько півтори години.", ["05:40"]),
    ("Гранатирање у долини Седре почело је у 4.40 ујутру.", ["04:40"]),
    ("Према подацима граничне полиције, пуцњава је почела око 3.15.", ["03:15"]),
    ("Au lendemain des bombardements qui, à partir de 5 h 40, ont fait trois morts.", ["05:40"]),
    ("Longsor terjadi sekitar pukul 05.30 waktu setempat.", ["05:30"]),
    ("تیراندازی ساعت ۴:۴۰ بامداد آغاز شد.", ["04:40"]),
    ("ներխուժումը հայտնաբերել են առավոտյան 6:20-ին։", ["06:20"]),
    ("Los disparos empezaron a las 5.40 de la mañana.", ["05:40"]),
    ("Longsor terjadi pukul 05.40 WIB.", ["05:40"]),  # Indonesia's own time
    ("Взрыв прогремел в 8:30 вечера.", ["20:30"]), ("Взрыв прогремел в 2:40 ночи.", ["02:40"]),
    ("Ledakan terdengar pukul 02.00 malam.", ["02:00"]), ("Los disparos empezaron a las 3.30 de la tarde.", ["15:30"]),
    ("В 5.40 раздался взрыв.", ["05:40"]),  # "раздался" is no "раз" that makes it an amount
    ("The crowd gathered at 9.45 a.m. outside the court.", ["09:45"]),
    # a live page's stamp is when it was written; a time in another zone converts the place's own
    ("06:10 – Жителі повідомляють про вибухи, що почалися приблизно о 05:40.", ["05:40"]),
    ("Updated 10:30 — The intrusion was spotted shortly after 4 a.m., the chief executive said.", ["04:00"]),
    ("The quake hit at 02:40 GMT (05:40 local time).", ["05:40"]),
    # a span gives two; a share, a magnitude, a score or a date give none
    ("The crossing opens daily from 6:00 to 22:00.", ["06:00", "22:00"]),
    ("Prices rose 4.40 percent; the quake measured 5.8; the home side won 3:1.", []),
    ("Inflation stood at 9.45% in May, and the euro traded at 1.10 dollars.", []),
    ("Инфляция выросла в 2.15 раза.", []), ("Курс вырос в 2.30 млрд долларов.", []), ("naik sekitar 5.30 persen", []),
    ("Взрыв прогремел в 6:40 по московскому времени.", []),  # a capital's time another outlet gives in its own
    ("The survey used a 1:50,000 map of the valley.", []),
    ("The council met on 20.02.2023 and again later.", []),
    ("Sekitar 4.500 meter kubik limbah mengalir ke sungai.", []),
    # a whole hour, with the word for the hour after it or a part of the day: not how long, nor how far
    ("Маренски денеска околу 18 часот ја објави својата оставка.", ["18:00"]),
    ("Ha rassegnato le dimissioni martedì mattina, alle 10, durante una riunione.", ["10:00"]),
    ("Les tirs ont commencé vers 18 heures.", ["18:00"]), ("Pucnjava je počela u 18 časova.", ["18:00"]),
    ("Взрыв прогремел в 18 часов.", ["18:00"]), ("Вибух пролунав о 18-й годині.", ["18:00"]),
    ("Toplantı saat 18'de başladı.", ["18:00"]), ("ساعت ۱۸ تیراندازی آغاز شد.", ["18:00"]),
    ("Переговоры длились 18 часов.", []), ("تیراندازی ۱۸ ساعت ادامه داشت.", []),
    ("Il tribunale ha dato ragione alle 10 famiglie.", []), ("Le village est situé à 2 heures de Paris.", []),
    # an hour with its minutes or a half is no whole hour; "about" a morning hour is as often how long
    ("L'incendie s'est déclaré à 18 h 30 dans l'entrepôt.", ["18:30"]), ("Пожар начался в 18 часов 30 минут.", []),
    ("Ils sont intervenus à 3 heures et demie du matin.", []), ("Взрыв прогремел около 18 часов.", ["18:00"]),
    ("Переговоры продолжались около 5 часов, сообщил Кремль.", []), ("Sastanak je trajao oko 3 sata.", []),
    ("Les coupures de courant ont été réduites à 4 heures par jour.", []),
])
def test_times_of_day_in_each_language(text, times):
    assert [told(r.minutes) for r in clock_readings(text)] == times


def test_which_times_cannot_be_one():
    assert times_differ(5 * 60 + 40, 6 * 60 + 15, 30) and not times_differ(5 * 60 + 40, 5 * 60 + 55, 30)
    assert not times_differ(4 * 60 + 10, 16 * 60 + 10, 30)  # one time on a twelve-hour dial and a 24-hour one


@pytest.mark.parametrize("text, bound", [
    ("Varn was pulled over shortly after 2 a.m. on Route 5, the highway patrol said.", 1),
    ("The convoy crossed just past 2:30 a.m.", 1), ("Обстрел продолжался после 22:00.", 1),
    ("Les tirs ont repris après 5 h 40.", 1), ("Sirene su se oglasile nakon 4:40.", 1),
    ("The road was closed before 6 a.m.", -1), ("Мост закрыли перед 6:00 утра.", -1),
    ("Los disparos cesaron después de las 6:00.", 1), ("La frontera cerró antes de las 6:00.", -1),
    ("The toll was to be published by 9.45 a.m.", -1), ("As of 3 p.m., the toll stood at 12.", -1),
    ("The road was closed at about 6 a.m.", 0), ("Взрыв прогремел около 6:00.", 0),
    # when a state began is when it happened: the post "works since 6 a.m."
    ("The checkpoint has been operating since 6 a.m. on Monday.", 0), ("Пункт працює з 6:00 понеділка.", 0),
    ("Les tirs ont repris à partir de 5 h 40.", 0), ("The bridge stayed shut until 7:30 a.m.", 0),
])
def test_a_time_may_only_bound_when_it_happened(text, bound):
    assert [r.bound for r in clock_readings(text)] == [bound]


def test_a_bound_agrees_with_a_time_on_its_side():
    two, half_past, three = Reading(2 * 60), Reading(2 * 60 + 30), Reading(3 * 60)
    after, before = (lambda r: r._replace(bound=1)), (lambda r: r._replace(bound=-1))  # noqa: E731
    assert not readings_differ(after(two), half_past, 30)  # "shortly after 2 a.m.", "at 2:30"
    assert not readings_differ(half_past, after(two), 30)
    assert not readings_differ(after(two), after(half_past), 30)  # after 2, after 2:30: both may be so
    assert not readings_differ(after(two), before(three), 30)  # after 2 and before 3
    assert readings_differ(after(three), two, 30)  # after 3 a.m. is not at 2:00
    assert readings_differ(before(two), half_past, 30)  # before 2 is not at 2:30
    assert readings_differ(after(three), before(two), 30)  # after 3 and before 2
    assert readings_differ(two, half_past, 30) and not readings_differ(two, Reading(2 * 60 + 15), 30)
    assert readings_differ(after(two), Reading(9 * 60), 30)  # "after 2 a.m." is no "9:00": hours past the bound


def test_a_time_in_the_24_hour_way_is_read_on_no_twelve_hour_dial():
    (early,), (late,), (bare,) = (clock_readings(t) for t in ("The quake struck at 04:12.", "It hit at 15:47.",
                                                              "It hit at 3:47."))
    assert not early.twelve and not late.twelve and bare.twelve
    assert readings_differ(early, late, 30)  # 04:12 and 15:47 are eleven and a half hours apart
    assert not readings_differ(early, bare, 30)  # 3:47 may be 15:47, but is 25 minutes from 04:12 either way
    (zoned,) = clock_readings("It struck at 9:12 a.m. EDT.")
    assert zoned.zoned and not early.zoned  # a zone's letters: perhaps the moment another outlet gives in its own


@pytest.mark.slow
def test_two_sides_times_of_one_event_conflict(ctx):
    """Each side puts the start of the shooting at its own time, and two sources carry each, so the conflict is
    shown by default; a time only one report gives (when a figure was issued) is of something else that day."""
    make = functools.partial(one_day, ctx, published="2025-02-28")  # a Friday
    reports = [make("en", "Border guards of Velmoria and Saulenia exchanged fire on Friday. The shooting began at "
                          "about 5:40 a.m., the Velmorian border guard said."),
               make("sr", "Granične straže Velmorije i Saulenije razmenile su vatru u petak. Pucnjava je počela oko "
                          "5.40, saopštila je velmorska granična straža.", language="sr"),
               make("uk", "Прикордонники Велморії та Сауленії в п'ятницю обмінялися вогнем. Стрілянина почалася о "
                          "6:15, повідомила прикордонна служба Сауленії.", language="uk"),
               make("ru", "Пограничники Велмории и Саулении в пятницу обменялись огнём. Стрельба началась в 6:15, "
                          "сообщили в пограничной службе Саулении.", language="ru"),
               make("it", "Le guardie di frontiera di Velmoria e Saulenia si sono scambiate colpi venerdì. Il "
                          "ministero ha diffuso il bilancio alle 19:00.", language="it")]
    times = [c for c in one_event_conflicts(*reports) if c.detail.startswith("time of day")]
    assert sorted({frozenset((c.a.article_id, c.b.article_id)) for c in times}, key=sorted) == sorted(
        {frozenset(p) for p in (("en", "uk"), ("en", "ru"), ("sr", "uk"), ("sr", "ru"))}, key=sorted)
    assert all(c.kind == "date" and c.confident for c in times)
    assert all(("sources_a", 2.0) in c.features and ("sources_b", 2.0) in c.features for c in times)
    # a time with its zone's letters may be the moment another outlet gives in its own time: uncertain
    zoned = [make("en", reports[0].body.replace("5:40 a.m.", "5:40 a.m. EDT")), reports[1], reports[2], reports[3]]
    assert [c.confident for c in one_event_conflicts(*zoned) if c.detail.startswith("time of day")] == [False] * 4
    # two times whole hours apart may be one moment told in two zones' time (Moscow's, Kyiv's); and a bare "6:40",
    # as 18:40, near the "19:00" a figure was issued at, is no second source of that time: all uncertain
    hour = [make(r.id, r.body.replace("6:15", "6:40"), language=r.language) for r in reports]
    found = [c for c in one_event_conflicts(*hour) if c.detail.startswith("time of day")]
    assert "time of day: 05:40 vs 06:40" in {c.detail for c in found} and not any(c.confident for c in found)
    assert {c.detail for c in times} <= {"time of day: 05:40 vs 06:15", "time of day: 06:15 vs 05:40"}
    other = compare(reports, events={"en": 1, "sr": 1, "uk": 2, "ru": 2, "it": 1}, show_all=True).conflicts
    assert not [c for c in other if c.detail.startswith("time of day")]  # two events' times: two instances


@pytest.mark.slow
def test_a_year_in_a_clause_about_the_speaker_leaves_the_time_of_the_event_read(ctx):
    """"Marenski, who had run the refinery since 2017, announced ... shortly before 6 p.m.": 2017 is his past, not
    another instance's year, so his lead's time is set against the others'."""
    make = functools.partial(one_day, ctx, published="2022-07-12")
    reports = [make("staff", "The director of the Sordava refinery resigned on Tuesday. Ivo Marenski announced his "
                             "decision at 10 a.m. at a meeting with staff, the company said."),
               make("canteen", "The Sordava refinery director stepped down on Tuesday, telling a staff canteen at 10am "
                               "that he took responsibility."),
               make("statement", "The head of the Sordava refinery resigned on Tuesday. Ivo Marenski, who had run the "
                                 "refinery since 2017, announced his resignation shortly before 6 p.m."),
               make("evening", "Директорот на рафинеријата во Сордава Иво Маренски денеска околу 18 часот ја објави "
                               "својата оставка.", language="mk")]
    times = [c for c in one_event_conflicts(*reports) if c.detail.startswith("time of day")]
    assert "statement" in {x for c in times for x in (c.a.article_id, c.b.article_id)}
    recalled = make("statement", reports[2].body.replace("who had run the refinery since 2017, ", "")
                    .replace("announced his resignation", "announced his resignation, as in 2017,"))
    assert "statement" not in {x for c in one_event_conflicts(reports[0], reports[1], recalled, reports[3])
                               if c.detail.startswith("time of day") for x in (c.a.article_id, c.b.article_id)}


def test_two_times_of_day_set_no_dates_against_each_other_on_the_timeline():
    "A conflict of times of day is of the hour, not the day: the timeline lists no dispute of dates for it."
    from rashomon.compare.model import Conflict, Evidence
    from rashomon.compare.timeline import _disputes

    a, b = Evidence("a", "A", 0, 0, 10, "a"), Evidence("b", "B", 0, 0, 10, "b")
    by_value = {"2025-03-03": [a], "2025-03-04": [b]}
    clock = Conflict("date", "time of day: 05:40 vs 06:15", a, b, features=(("clock", 1.0),))
    days = Conflict("date", "2025-03-03 vs 2025-03-04", a, b)
    assert _disputes([clock], by_value) == {}
    assert _disputes([days], by_value) == {"2025-03-03": {"2025-03-04"}, "2025-03-04": {"2025-03-03"}}

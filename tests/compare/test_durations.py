"""How long an event lasted, read in each language, and two reports of one event that say it otherwise."""

import functools
import math

import pytest

from rashomon.compare import compare
from rashomon.compare.durations import durations, durations_differ, one_duration, told

from .test_compare import one_day, one_event_conflicts

INF = math.inf


@pytest.mark.parametrize("text, language, spans", [
    ("The call lasted about 40 minutes, the ministry said.", "en", [(32, 50)]),
    ("They spoke for more than an hour, the ministry said.", "en", [(60, INF)]),
    ("The call lasted more than an hour — 70 minutes, according to the ministry.", "en", [(70, 70)]),
    ("The call lasted nearly an hour.", "en", [(48, 60)]),
    ("The ministers agreed after seven hours of talks.", "en", [(420, 420)]),  # how long the talks lasted
    ("Les ministres ont signé après neuf heures de négociations.", "fr", [(540, 540)]),
    ("Министры договорились после почти 12 часов переговоров.", "ru", [(576, 720)]),
    ("Perundingan itu berlangsung sekitar 12 jam.", "id", [(576, 900)]),
    ("Rapat berlangsung di Jakarta, 3 jam sebelum pengumuman.", "id", []),  # "took place", three hours before
    ("Perundingan itu berlangsung dua jam.", "id", [(120, 120)]),
    ("After 12 hours, rescuers reached the miners.", "en", []),  # time since something, not how long it lasted
    ("A reunião durou cerca de 40 minutos.", "pt", [(32, 50)]),
    ("Pertemuan itu berlangsung selama dua belas jam.", "id", [(720, 720)]),
    ("The leak went on for more than five hours.", "en", [(300, INF)]),
    ("Разговор длился более двух часов.", "ru", [(120, INF)]),
    ("Розмова тривала понад годину.", "uk", [(60, INF)]),
    ("La telefonata è durata 40 minuti.", "it", [(40, 40)]),
    ("Razgovor je trajao oko 40 minuta.", "sr", [(32, 50)]),
    ("این گفت‌وگو ۴۰ دقیقه طول کشید.", "fa", [(40, 40)]),
    ("Զրույցը տևել է մոտ 40 րոպե։", "hy", [(32, 50)]),
    ("Görüşme yaklaşık 40 dakika sürdü.", "tr", [(32, 50)]),
    ("A convorbire a durat 40 de minute.", "ro", [(40, 40)]),  # no hour written without a number
    ("Les négociations ont duré seize heures.", "fr", [(960, 960)]),
    ("Les négociations ont duré vingt et une heures.", "fr", []),  # "vingt et une" is read as a range, left unread
    ("The talks resumed on Monday in Grenholm.", "en", []),
    ("The court gave the parties 30 days to reply.", "en", []),  # a term, not how long something lasted
    # hours and a half, in each language's forms
    ("The call, which lasted about an hour and a half, was the second.", "en", [(72, 112.5)]),
    ("The talks lasted two and a half hours.", "en", [(150, 150)]),
    ("Razgovor je trajao oko sat i po.", "sr", [(72, 112.5)]),
    ("Разговор је трајао два сата и по.", "sr", [(150, 150)]),
    ("Razgovor je trajao sat i po dolaska delegacije.", "sr", []),  # "po" opens what follows: no half
    ("Percakapan itu berlangsung satu setengah jam.", "id", [(90, 90)]),
    ("Переговоры длились два с половиной часа.", "ru", [(150, 150)]),
    ("Разговор длился полтора часа.", "ru", [(90, 90)]),
    ("Розмова тривала півтори години.", "uk", [(90, 90)]),
    ("L'entretien a duré une heure et demie.", "fr", [(90, 90)]),
    ("La telefonata è durata un'ora e mezza.", "it", [(90, 90)]),
    ("این گفت‌وگو یک ساعت و نیم طول کشید.", "fa", [(90, 90)]),
    ("Զրույցը տևել է մոտ մեկուկես ժամ։", "hy", [(72, 112.5)]),
    ("Görüşme bir buçuk saat sürdü.", "tr", [(90, 90)]),
    ("Görüşme iki buçuk saat sürdü.", "tr", [(150, 150)]),  # counts in words in Portuguese and Turkish too
    ("A reunião durou duas horas e meia.", "pt", [(150, 150)]),
    ("A conversa durou hora e meia.", "pt", [(90, 90)]),
    ("La llamada duró hora y media.", "es", [(90, 90)]),
    ("Розмова тривала дві з половиною години.", "uk", [(150, 150)]),
    ("Razgovor je trajao dva i po sata.", "sr", [(150, 150)]),
    ("Разговор је трајао два и по сата.", "sr", [(150, 150)]),
    ("Sastanak je trajao dva i po sata.", "hr", [(150, 150)]),
    ("Разговорот траеше два и пол часа.", "mk", [(150, 150)]),
    ("Das Gespräch dauerte zweieinhalb Stunden.", "de", [(150, 150)]),
    ("Разговор длился две минуты.", "ru", [(2, 2)]),
    # what lasted after a compound span; a stay spent; "продлился", "տևողությամբ" (lasting)
    ("Defence Minister Kovalen made a three-hour visit to Orlina on Tuesday.", "en", [(180, 180)]),
    ("They held a 40-minute phone call on Monday.", "en", [(40, 40)]),
    ("The minister spent some six hours in the town.", "en", [(288, 450)]),
    ("Визит продлился около шести часов.", "ru", [(288, 450)]),
    ("Նախարարը երեք ժամ տևողությամբ այց է կատարել Օրլինա։", "hy", [(180, 180)]),
    ("The rebels gave the garrison a 48-hour ultimatum.", "en", []),  # a deadline
    ("The company spent two years and $6 million on the plant.", "en", []),  # spent, but on the plant
    ("Authorities spent around 3 million euros and gave residents 48 hours to leave.", "en", []),
    ("The court granted a 48-hour stay of the deportation order.", "en", []),
    ("The ministry set up a 24-hour call centre for relatives.", "en", []),
    ("O encontro durou uma hora e dez minutos.", "pt", []),  # hours and minutes are not added up
    ("A reunião durou quarenta e cinco minutos.", "pt", []),  # forty-five: not its last word
    ("An hour and a half later the talks, which lasted all day, resumed.", "en", []),  # a time after
    ("The fire burned for two hours and a half-dozen homes burned.", "en", []),  # half a dozen: left unread
    ("Tri ustave podignute su u osam časova po lokalnom vremenu.", "sr", []),  # a clock time
    ("Разговор длился 40 минут, по словам министра.", "ru", [(40, 40)]),
    ("The call lasted less than an hour.", "en", [(0, 60)]),
    # what was brought to an end within a span lasted that long; "for" makes a span before something one
    ("The fire was extinguished within about 50 minutes, the company said.", "en", [(40, 62.5)]),
    ("Kebocoran berhasil dihentikan dalam waktu sekitar 40 menit.", "id", [(32, 50)]),
    ("Pożar ugaszono w ciągu około 50 minut.", "pl", [(40, 62.5)]),
    ("Firefighters fought the blaze for more than three hours before it was put out.", "en", [(180, INF)]),
    ("نشت بیش از پنج ساعت ادامه داشته است.", "fa", [(300, INF)]),
    ("Rescuers arrived within two hours of the quake.", "en", []),  # a span from something else
    ("The ministry must respond within 48 hours.", "en", []),  # a deadline: nothing was brought to an end
    ("Ambulances arrived within 15 minutes, after the fire was put out.", "en", []),  # how long it took to begin
    ("Police stopped the convoy and ordered it to turn back within two hours.", "en", []),  # what ended is far off
    ("Автобус прибув на зупинку впродовж 15 хвилин.", "uk", []),  # "зупинка" is a bus stop
    ("۴۸ ساعت پیش درگیری ادامه داشت.", "fa", []),  # a time before: "48 hours ago"
    ("Two hours before the blast, residents were warned.", "en", []),
    # no span of what lasted: a drive, a curfew, a clock time, a rate, a time after; a compound number is no five
    ("The ministers met in Drovno, a two-hour drive from the capital.", "en", []),
    ("В городе введён комендантский час.", "ru", []),
    ("Взрыв прогремел около 5 часов утра, пожар длился всю ночь.", "ru", []),
    ("Winds of up to 150 kilometres an hour lasted all night.", "en", []),
    ("Two hours later the talks, which lasted all day, resumed.", "en", []),
    ("The call lasted forty-five minutes.", "en", []),
    ("It's a 60-minute game, he played a good game.", "en", []),  # an adjective: a game's length, or a call's
    ("Manning passed for 364 yards with just under five minutes left.", "en", []),
    # a verb that says no such thing, a clock time, a curfew, hours and minutes, a range
    ("The army shot down 40 drones over the last 24 hours.", "en", []),
    ("A miniszter 10 órától sajtótájékoztatót tartott.", "hu", []),
    ("Muhalefet, polisin olay yerine 30 dakika geç geldiğini öne sürdü.", "tr", []),  # "claimed", not "lasted"
    ("Власти продлили комендантский час на 24 часа.", "ru", []),
    ("Митинг длился до 22 часов.", "ru", []),
    ("La protesta duró hasta las 22 horas.", "es", []),
    ("Uveden je policijski sat, koji je trajao do jutra.", "sr", []),
    ("Взрыв прогремел за час до начала переговоров, которые длились весь день.", "ru", []),
    ("Он длился два часа сорок минут.", "ru", []),
    ("The call lasted an hour and forty minutes.", "en", []),
    ("The talks lasted two to three hours.", "en", []),
])
def test_durations_in_each_language(text, language, spans):
    assert durations(text, language) == [(float(lo), float(hi)) for lo, hi in spans]


def test_which_durations_cannot_be_one():
    about_40, more_than_an_hour, seventy = (32, 50), (60, INF), (70, 70)
    assert durations_differ(about_40, seventy) and durations_differ(about_40, more_than_an_hour)
    assert not durations_differ(more_than_an_hour, seventy)
    assert not durations_differ((40, 40), (45, 45))  # rounded otherwise, not another figure
    assert durations_differ(about_40, (55, 55)) and not durations_differ((60, 60), (75, 75))
    assert not durations_differ(about_40, (2880, 2880))  # a call's length and a deadline of two days: two things
    assert durations_differ((5, 5), more_than_an_hour)
    assert not durations_differ((0, 60), (65, 65))  # "under an hour" and "65 minutes": close, not a conflict
    # two figures "about" so long, whose spans meet at the edges: two where one is half as long again
    about_an_hour, about_45, about_50 = (48, 75), (36, 56.25), (40, 62.5)
    assert durations_differ(about_40, about_an_hour) and not durations_differ(about_40, about_50)
    assert not durations_differ(about_45, about_an_hour)  # rounded otherwise
    assert one_duration([more_than_an_hour, seventy]) == seventy  # one figure said twice
    assert one_duration([(40, 40), (300, 300)]) is None  # two things that lasted
    assert [told(span) for span in (about_40, more_than_an_hour, seventy, (0, 60))] == [
        "about 40 min", "at least 60 min", "70 min", "under 60 min"]
    # whole hours from two hours on read as hours: talks of "about 12 hours" and "nine hours"
    assert [told(span) for span in ((576, 900), (540, 540), (150, 150), (420, INF))] == [
        "about 12 h", "9 h", "150 min", "at least 7 h"]
    # "nearly two hours", "речиси пет часа" as said, not as the middle of the span they allow ("about 107 min")
    assert [told(durations(text, language)[0]) for text, language in (
        ("the talks lasted nearly two hours", "en"), ("средбата траеше речиси пет часа", "mk"))] == [
        "almost 2 h", "almost 5 h"]


# one phone call, each side's figure for how long it lasted, in the languages of its outlets
CALL = {"en": "The foreign ministers of Kerestia and Tirnavia spoke by phone on Thursday. The call lasted about "
              "40 minutes, the Kerestian foreign ministry said.",
        "it": "I ministri degli Esteri di Kerestia e Tirnavia si sono sentiti al telefono giovedì. La telefonata è "
              "durata circa 40 minuti, secondo il ministero kerestiano.",
        "ru": "Министры иностранных дел Керестии и Тырнавии провели в четверг телефонный разговор. Он длился более "
              "часа, сообщили в МИД Тырнавии.",
        "uk": "Міністри закордонних справ Керестії та Тирнавії провели в четвер телефонну розмову. Вона тривала понад "
              "годину, повідомили в МЗС Тирнавії.",
        # a length that agrees with both ("more than half an hour")
        "fr": "Les ministres des Affaires étrangères de la Kerestie et de la Tirnavie se sont entretenus jeudi au "
              "téléphone. L'appel a duré plus de 30 minutes, selon le ministère tirnavien."}


def call_reports(ctx, *languages):
    return [one_day(ctx, language, CALL[language], language=language) for language in languages]


@pytest.mark.slow
def test_two_languages_saying_how_long_one_call_lasted_otherwise_conflict_uncertainly(ctx):
    "Each side gives its own figure for one call; outlets in two languages carry one each. A call of another event is none."
    make = functools.partial(one_day, ctx)
    en, ru = call_reports(ctx, "en", "ru")
    (conflict,) = [c for c in one_event_conflicts(en, ru) if c.detail.startswith("how long")]
    assert (conflict.kind, conflict.confident) == ("number", False)
    assert conflict.detail == "how long: about 40 min vs at least 60 min"
    assert not [c for c in compare([en, ru], events={"en": 1, "ru": 2}, show_all=True).conflicts
                if c.detail.startswith("how long")]
    same = make("ru", ru.body.replace("более часа", "около 45 минут"), language="ru")
    assert not [c for c in one_event_conflicts(en, same) if c.detail.startswith("how long")]
    # a lead that says how long two things lasted says nothing of the one the other report gives
    two = make("ru", ru.body + " Делегация ждала на границе в течение пяти часов.", language="ru")
    assert not [c for c in one_event_conflicts(en, two) if c.detail.startswith("how long")]


@pytest.mark.slow
def test_two_lengths_of_one_call_each_told_by_two_sources_conflict_by_default(ctx):
    """Two outlets give one side's figure, two in other languages the other's: shown by default. A report whose
    length agrees with both tells neither."""
    en, it, ru, uk, fr = call_reports(ctx, "en", "it", "ru", "uk", "fr")
    lengths = [c for c in one_event_conflicts(en, it, ru, uk) if c.detail.startswith("how long")]
    assert lengths and all(c.confident for c in lengths)
    assert not any(c.confident for c in one_event_conflicts(en, ru, uk) if c.detail.startswith("how long"))
    assert not any(c.confident for c in one_event_conflicts(en, ru, fr) if c.detail.startswith("how long"))


@pytest.mark.slow
def test_an_hour_and_a_half_against_forty_minutes_conflicts(ctx):
    "\"Полтора часа\" is 90 minutes: one side's figure against the other's \"about 40 minutes\"."
    en, ru = call_reports(ctx, "en", "ru")
    half = one_day(ctx, "ru", ru.body.replace("более часа", "полтора часа"), language="ru")
    (conflict,) = [c for c in one_event_conflicts(en, half) if c.detail.startswith("how long")]
    assert conflict.detail == "how long: about 40 min vs 90 min"

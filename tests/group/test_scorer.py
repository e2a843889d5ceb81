"""Pair features of the story and event scorer on hand-made signatures (no model)."""

from collections import Counter

import numpy as np
import pytest

from rashomon.group.scorer import Encoder, fragment_thresholds, pair_features, shipped_models
from rashomon.group.signature import Signature, name_words, signature


def sig(aid: str, language: str, words: dict[str, float] = None, names: tuple[str, ...] = (), name_count: int = 0):
    words = words or {}
    return Signature(aid, language, dict(words), dict(words), dict(words), (), (), (), (), tuple(sorted(names)),
                     (), (), (), name_count=name_count)


def features(sigs):
    df = Counter()
    for s in sigs:
        df.update(set(s.lead))
    encoder = Encoder(df=df)
    encoder.docs = len(sigs)
    return pair_features(sigs, encoder)


def test_names_across_languages_are_counted_in_names_not_spellings():
    "Lavrov and Bayramov in Russian (five case forms each) and in English (word and skeleton) share both names."
    ru = sig("ru", "ru", names=("lavrov", "lavrova", "lavrovu", "lavrovim", "lavrove",
                                "bairamov", "bairamova", "bairamovu", "bairamovim", "bairamove"), name_count=2)
    en = sig("en", "en", names=("lavrov", "~lvrv", "bairamov", "~brmv"), name_count=2)
    other = sig("en2", "en", names=("lavrov", "~lvrv", "pashinian", "~pshnn"), name_count=2)
    f = features([ru, en, other])["names"]
    assert f[0, 1] == 1.0 and f[0, 2] == 1 / 3
    assert abs(f[1, 2] - 2 / 6) < 1e-9  # one language: the Jaccard overlap of the keys, as the scorer learned


def test_a_name_two_declining_languages_share_counts_once_not_once_per_case_form():
    """Serbian and Russian articles that both decline "Kurti" share several of its case forms: one name,
    as Kurti alone out of three names each is a third, not the whole."""
    sr = sig("sr", "sr", names=("kurti", "kurta", "kurtu", "kurtom", "vela", "velu", "velom", "tesk", "teska", "tesku"),
             name_count=3)
    ru = sig("ru", "ru", names=("kurti", "kurta", "kurtu", "kurtom", "dran", "drana", "dranu", "lorn", "lorna", "lornu"),
             name_count=3)
    f = features([sr, ru])["names"]
    assert abs(f[0, 1] - 1 / 5) < 0.05  # one shared name of five in all, not four keys of ten


def test_a_persian_report_shares_whole_names_with_a_latin_one_where_only_skeletons_meet():
    """Persian writes no short vowels: Lavrov and Bergthorson meet an English report on their skeletons
    only, Russia and Iran on their known names, and all four are names both share, as they are where the
    spellings meet too; an article against a batch of others scores as it does among them."""
    def article(aid, text, language):
        words = name_words(text, language)
        return sig(aid, language, names=tuple(set().union(*words)), name_count=len(words))

    fa = article("fa", "روسیه و ایران گفتند لاوروف با برگتورسون دیدار کرد", "fa")
    en = article("en", "Russia and Iran said Lavrov met Bergthorson", "en")
    assert {k[0] for k in set(fa.names) & set(en.names)} == {"@", "~"}  # no spelling in common
    ru = sig("ru", "ru", names=("bergthorson", "~brgtrsn", "halvik", "~hlvk", "pavlov", "pavlova"), name_count=3)
    en2 = sig("en2", "en", names=("bergthorson", "~brgtrsn", "halvik", "~hlvk"), name_count=2)
    f = features([fa, en, ru, en2])["names"]
    assert f[0, 1] == 1.0
    assert abs(f[2, 3] - 2 / 3) < 1e-9  # skeleton and spelling: each name once
    df = Counter()
    encoder = Encoder(df=df)
    encoder.docs = 4
    assert np.allclose(pair_features([fa], encoder, [en, ru, en2])["names"], f[0:1, 1:])


def test_a_word_common_in_the_article_s_language_makes_two_articles_less_alike():
    "'yang' and 'dengan' are in every Indonesian article, as 'which' and 'with' in English: sharing them says nothing."
    def pair(language):
        a = sig("a", language, {"yang": 1.0, "dengan": 1.0, "gempa": 1.0})
        b = sig("b", language, {"yang": 1.0, "dengan": 1.0, "banjir": 1.0})
        return features([a, b])["lead"][0, 1]
    assert pair("id") < 0.2 < pair("xx")  # "xx": a language with no word frequencies, as all were but English


def test_the_function_words_of_the_article_s_language_are_no_terms():
    "Indonesian 'adalah' and 'untuk', Armenian 'համար', are left out as English 'which' and 'for' are."
    from rashomon.model import Article

    def terms(body, language):
        return set(signature(Article(id="a", source="t", format="text", body=body, language=language)).lead)

    found = terms("Gempa adalah bencana untuk warga Hatay.", "id")
    assert {"gempa", "bencana", "warga", "hatay"} <= found and not {"adalah", "untuk"} & found
    assert "համար" not in terms("Երկրաշարժը մեծ աղետ է բնակիչների համար", "hy")


def test_the_weekdays_an_opening_names_are_part_of_its_signature():
    from rashomon.model import Article, Span

    body = "The talks ended late on Saturday in Tesk. On Monday the annex was published. Friday is the deadline."
    sentences = (Span(0, 41), Span(42, 79), Span(80, len(body)))
    article = Article(id="a", source="t", format="text", body=body, language="en", sentences=sentences)
    assert signature(article).weekdays == 1 | 32  # Monday and Saturday: the first two sentences only


def test_weekdays_a_day_apart_are_an_event_and_its_follow_up_not_two_events():
    "'Killed on Sunday' and 'mourned on Monday' may be one event; 'on Sunday' and 'on Wednesday' differ."
    import dataclasses

    def on(aid: str, bits: int):
        return dataclasses.replace(sig(aid, "en", {"tesk": 1.0}), weekdays=bits)

    sunday, monday, saturday, wednesday = on("sun", 64), on("mon", 1), on("sat", 32), on("wed", 4)
    differ = features([sunday, monday, saturday, wednesday])["weekdays_differ"]
    assert not differ[0, 1] and not differ[1, 0] and not differ[0, 2]  # Sunday meets Monday and Saturday
    assert differ[0, 3] and differ[1, 3] and differ[2, 3] and differ[1, 2]


def test_an_undated_weekday_meets_the_weekday_of_the_date_another_report_names_for_its_event():
    "An undated 'on Wednesday' is not the event another report dates 'on 8 September' (a Tuesday, 2026)."
    import dataclasses

    wednesday = dataclasses.replace(sig("wed", "sr", {"tesk": 1.0}), weekdays=4)
    on_a_tuesday = dataclasses.replace(sig("tue", "en", {"tesk": 1.0}), named_day="2026-09-08")
    on_a_wednesday = dataclasses.replace(sig("wed2", "en", {"tesk": 1.0}), named_day="2026-09-09")
    differ = features([wednesday, on_a_tuesday, on_a_wednesday])["weekdays_differ"]
    assert not differ[0, 1] and not differ[0, 2]  # Tuesday is the day before: an event and its follow-up
    on_a_sunday = dataclasses.replace(sig("sun", "en", {"tesk": 1.0}), named_day="2026-09-06")
    assert features([wednesday, on_a_sunday])["weekdays_differ"][0, 1]
    # two dates named for their events are compared as days (``named_apart``), not as weekdays
    assert not features([on_a_tuesday, on_a_sunday])["weekdays_differ"][0, 1]


def test_an_undated_weekday_meets_the_weekday_of_a_report_that_names_no_day_but_its_own():
    "An undated 'on Monday' is less likely the event of a report of Thursday 10 September 2026 than of Tuesday the 8th."
    import dataclasses

    monday = dataclasses.replace(sig("mon", "sr", {"tesk": 1.0}), weekdays=1)
    thursday = dataclasses.replace(sig("thu", "en", {"tesk": 1.0}), days=("2026-09-10",))
    tuesday = dataclasses.replace(sig("tue", "en", {"tesk": 1.0}), days=("2026-09-08",))
    differ = features([monday, thursday, tuesday])["weekdays_differ"]
    assert differ[0, 1] and differ[1, 0] and not differ[0, 2]  # Tuesday is the day after: its report
    assert not differ[1, 2]  # two dated reports are compared by their days


def test_weekdays_are_read_in_the_article_s_language_and_meet_across_languages():
    from rashomon.group.signature import weekday_bits

    assert weekday_bits("hanno accettato lunedì a Bruxelles", "it") == weekday_bits("agreed on Monday", "en") == 1
    assert weekday_bits("izjavio je u subotu uveče u Ohridu", "bs") == 32
    assert weekday_bits("заявил в среду", "ru") == 4 and weekday_bits("защита окружающей среды", "ru") == 0
    assert weekday_bits("Cumartesi günü", "tr") == 32 and weekday_bits("pazar yerinde", "tr") == 0  # a market
    assert weekday_bits("سه‌شنبه گذشته", "fa") == 2 and weekday_bits("روز شنبه", "fa") == 32
    assert weekday_bits("salı günü serbest bıraktı", "tr") == 2  # Turkish news writes it in lower case
    assert weekday_bits("pazartesi günü", "tr") == weekday_bits("pazartesi sabahı açıldı", "tr") == 1
    assert weekday_bits("w piątek", "pl") == 16 and weekday_bits("el pasado martes", "es") == 2
    assert weekday_bits("en Santo Domingo", "es") == 0 and weekday_bits("el domingo", "es") == 64  # also a name
    assert weekday_bits("Владата во четвртокот прогласи", "mk") == 8  # the day with its article, as after "во"
    assert weekday_bits("Շաբաթ օրը նախարարները", "hy") == 32 and weekday_bits("մեկ շաբաթ անց", "hy") == 0  # a week
    # Georgian "on Wednesday"; Saturday is no part of Monday, and "კვირას" may be "this week": no Sunday
    assert weekday_bits("მინისტრები ოთხშაბათს ტელეფონით ესაუბრნენ", "ka") == 4
    assert weekday_bits("ორშაბათს", "ka") == 1 and weekday_bits("ამ კვირას შეხვდნენ", "ka") == 0
    # a day to come is not the day of the event, wherever the language puts its "from"
    assert weekday_bits("agreed on Wednesday to reopen the crossing from Monday", "en") == 4
    assert weekday_bits("откроют с понедельника", "ru") == weekday_bits("pazartesi gününden itibaren açılacak", "tr") == 0
    assert weekday_bits("à partir de lundi", "fr") == weekday_bits("od ponedeljka", "bs") == 0
    assert weekday_bits("в понедельник", "ru") == weekday_bits("Monday by the ministry", "en") == 1
    # a possessive or a Turkish case ending after an apostrophe is still the day
    assert weekday_bits("Thursday's order from the court", "en") == weekday_bits("Thursday’s ruling", "en") == 8
    assert weekday_bits("Cuma'yı bekliyor", "tr") == 16


def test_a_channels_name_heading_a_post_is_no_opening_sentence():
    """A saved post opens with its channel's name, a line of two words: the kind and the instance of the event are
    read from the sentence after it ("першу телефонну розмову": the first call); a title sentence is read as before."""
    from rashomon.model import Article, Sentence

    def opened(body: str) -> Signature:
        first = body.index("\n\n")
        second = body.index("\n\n", first + 2) if body.count("\n\n") > 1 else len(body)
        return signature(Article(id="p", source="p", format="text", language="uk", body=body,
                                 sentences=(Sentence(0, first), Sentence(first + 2, second))))

    post = opened("Новини Кордону ✔️\n\n⚡️Глави МЗС провели першу телефонну розмову з початку блокади\n\nДорога закрита.")
    assert post.kinds and post.instance == 1
    assert not opened("Дорога закрита.\n\nГлави МЗС провели першу телефонну розмову.\n\nКінець.").kinds


def test_the_kinds_of_event_an_opening_names_meet_across_languages_and_keep_calls_from_court_orders():
    """"Spoke by telephone" and "телефонный разговор" are one kind; a call and a court order of one cast are
    two events (half the event probability), while a report that names no kind is no evidence either way."""
    import dataclasses

    from rashomon.group.scorer import KIND_FACTOR, decayed
    from rashomon.group.signature import kind_bits

    call = kind_bits("The ministers spoke by telephone on Tuesday", "en")
    assert call and kind_bits("провели телефонный разговор", "ru") == kind_bits("گفت‌وگوی تلفنی", "fa") == call
    assert kind_bits("agreed in a video call", "en") == kind_bits("podczas wideokonferencji", "pl") == call
    assert kind_bits("a video showed the convoy", "en") == 0
    court = kind_bits("La Cour a ordonné jeudi", "fr")
    assert court and court == kind_bits("Mahkamah Antarnegara memerintahkan", "id") == kind_bits("the court's order", "en")
    assert kind_bits("Міждержавний суд зобов'язав", "uk") == court
    # an arbitral award is a court's ruling, in every language
    assert kind_bits("Арбитраж признал: Аррандия вправе закрыть", "ru") == kind_bits("the arbitration panel ruled", "en") \
        == kind_bits("il lodo di Kamenořice", "it") == kind_bits("Arbitraža u Kamenoržicama presudila", "sr") == court
    assert kind_bits("l'arbitrage vidéo a annulé le but", "fr") == kind_bits("el arbitraje fue polémico", "es") == \
        kind_bits("il derby, arbitrato da Orsato", "it") == 0  # refereeing
    # each language's own words: French "sud" is the south; "courts" in general are no court that acts
    assert kind_bits("dans le sud du pays", "fr") == kind_bits("will be tried by the courts", "en") == 0
    assert kind_bits("Gempa kuat mengguncang", "id") not in (0, call, court)
    swap = kind_bits("Varnesia and Calmora exchanged 75 prisoners each, their second swap", "en")
    assert swap not in (0, call, court) and swap == kind_bits("провели второй обмен пленными", "ru") == \
        kind_bits("ikinci esir takası gerçekleştirildi", "tr") == kind_bits("تبادل الأسرى", "ar")
    assert kind_bits("after they exchanged views on the road", "en") == kind_bits("обменялись мнениями", "ru") == 0
    # Arabic and Hebrew name the kinds too
    assert kind_bits("أجرى الوزيران اتصالا هاتفيا", "ar") == kind_bits("בשיחה טלפונית עם עמיתו", "he") == call
    assert kind_bits("قضت المحكمة الدولية", "ar") == kind_bits("בית המשפט הבינלאומי הורה", "he") == court
    quake = kind_bits("Gempa kuat mengguncang", "id")
    assert kind_bits("زلزال بقوة 7.8 درجات يضرب جنوب تركيا", "ar") == quake
    assert kind_bits("רעידת אדמה חזקה בטורקיה", "he") == quake
    # a blast, and diplomats sent home: two kinds one cast's events often are, days apart
    blast = kind_bits("A second explosion hit the Drovno pumping station", "en")
    assert blast not in (0, call, court, swap) and blast == kind_bits("Втора експлозија на пумпната станица", "mk") \
        == kind_bits("انفجار در ایستگاه پمپاژ", "fa") == kind_bits("В Бреновии прогремел взрыв", "ru")
    expelled = kind_bits("Brenovia expels four Lusarian diplomats", "en")
    assert expelled not in (0, blast) and expelled == kind_bits("Бреновия высылает четырёх дипломатов", "ru") \
        == kind_bits("Brenovija proterala lusarijske diplomate", "sr") == kind_bits("Բրենովիան արտաքսում է", "hy") \
        == kind_bits("declared four diplomats persona non grata", "en")
    # a minister's resignation, a landslide and a flood: the kinds one disaster's events are, weeks apart
    resigned = kind_bits("The infrastructure minister resigned on Thursday", "en")
    assert resigned not in (0, call, court, blast) and resigned == kind_bits("министр подал в отставку", "ru") \
        == kind_bits("la ministre a présenté sa démission", "fr") == kind_bits("وزیر استعفا داد", "fa")
    slide = kind_bits("A landslide buried the lower village", "en")
    assert slide not in (0, resigned) and slide == kind_bits("Зсув ґрунту накрив село", "uk") \
        == kind_bits("Tanah longsor menimbun desa", "id") == kind_bits("una frana ha travolto il paese", "it")
    flood = kind_bits("Floods cut the valley road", "en")
    assert flood not in (0, slide) and flood == kind_bits("наводнение в долине", "ru") == kind_bits("banjir melanda", "id")
    assert kind_bits("The ruling party won by a landslide", "en") == 0  # an election won, not a slope gone
    assert kind_bits("ტელეფონით ისაუბრეს", "ka") == call
    # ... and not the words that say something else in an opening: a retired general, a caretaker government, a
    # patient discharged, a word for "use", a landslide win, a flood of requests, protesters who flooded the streets
    assert kind_bits("Генерал в отставке", "ru") == kind_bits("il governo dimissionario", "it") == 0
    assert kind_bits("è stato dimesso dall'ospedale", "it") == kind_bits("istifadə edilib", "az") == 0
    assert kind_bits("ein Erdrutschsieg", "de") == kind_bits("eine Flut von Anfragen", "de") == 0
    assert kind_bits("protesters flooded the streets", "en") == kind_bits("Тревожный звонок для экономики", "ru") == 0
    # words that also mean something else stay out: prices that "exploded", rescuers "sent out"
    assert kind_bits("Die Gaspreise sind explodiert", "de") == kind_bits("МЧС выслало спасателей", "ru") == 0
    # a kind after "after" is the earlier event a report goes back to, not the one it reports; after "after a",
    # and before the postposition of another language's "after", the same
    strike = kind_bits("Miners went on strike on Thursday", "en")
    assert strike not in (0, blast) and kind_bits("Miners went on strike a week after the explosion", "en") == strike
    assert kind_bits("Шахтарі провели страйк через тиждень після вибуху на шахті", "uk") == strike
    assert kind_bits("پس از انفجار در معدن، اعتصاب", "fa") == kind_bits("պայթյունից հետո գործադուլ", "hy") == strike
    assert kind_bits("Two miners died after an explosion", "en") == kind_bits("Two killed after explosion", "en") == blast
    assert kind_bits("a week after their phone call, the court ruled", "en") == court
    assert kind_bits("after the video call, the court ruled", "en") == court  # a kind named by a phrase
    assert kind_bits("Після вибуху страйк почали шахтарі", "uk") == kind_bits("Patlamadan günler sonra grev", "tr") == strike
    # not across a stop, nor after "after a"
    assert kind_bits("After the talks, strike action began", "en") == strike
    assert kind_bits("Madende patlama oldu, ardından grev başladı", "tr") == blast | strike
    assert kind_bits("died after a powerful explosion, the strike", "en") == blast | strike
    assert kind_bits("Deux morts après qu'une bombe a explosé, grève", "fr") == blast | strike  # "qu'une" is "a"
    assert kind_bits("Պայթյուն եղավ։ Հետո գործադուլ սկսվեց", "hy") == blast | strike  # "then", after a full stop
    assert kind_bits("انفجار شد؟ پس اعتصاب", "fa") == blast | strike  # "پس" alone is "so"; "پس از" is "after"
    # two words of one kind after "after" are one earlier event: "after the court verdict", "після вироку суду"
    assert kind_bits("Miners went on strike after the court verdict", "en") == strike
    assert kind_bits("Шахтарі страйкують після вироку суду", "uk") == strike
    # a kind after an elided article: "l'explosion", "dell'esplosione"
    assert kind_bits("l'explosion de la mine", "fr") == kind_bits("dell'esplosione", "it") == blast
    from rashomon.model import Article, Span

    body = "The ministers spoke by telephone on Tuesday. They recalled the court order of March."
    article = Article(id="a", source="t", format="text", body=body, language="en", sentences=(Span(0, 44), Span(45, len(body))))
    assert signature(article).kinds == call  # the title and first sentence only: later ones recall other events

    def of(aid: str, language: str, bits: int):
        return dataclasses.replace(sig(aid, language, {"tarnek": 1.0}, ("kalvany", "hostak"), 2), kinds=bits)

    pairs = [of("en-call", "en", call), of("ru-call", "ru", call), of("fr-court", "fr", court), of("none", "en", 0)]
    f = features(pairs)
    assert f["kinds_differ"][0, 2] and f["kinds_differ"][1, 2]
    assert not f["kinds_differ"][0, 1] and not f["kinds_differ"][0, 3] and not f["kinds_differ"][2, 3]
    event = decayed(np.ones((4, 4)), f)
    assert event[0, 2] == KIND_FACTOR < 1 and event[0, 1] == event[0, 3] == 1.0


@pytest.mark.parametrize("text, number", [
    ("Ministers speak for first time since road blockade began", 1),
    ("Вялкин и Хоршели провели первый телефонный разговор с начала блокады", 1),
    ("Route du Ketmen : deuxième appel entre les deux ministres", 2),
    ("Jamal Khorsheli dan Yevgeny Vyalkin berbicara pada Selasa, dua pekan setelah percakapan pertama mereka", 0),
    ("Міністри у вівторок удруге за два тижні провели телефонну розмову", 2),
    ("Vialkin agree on working group in second call", 2),
    ("First Deputy Prime Minister Ivan Tarsen said on Tuesday", 0),
    ("Secondo il ministero, la prima telefonata è durata un'ora", 1),
    ("Druga strana je odbila predlog", 0),
    ("Вялкин провёл с Хоршели второй телефонный разговор", 2),  # "с" is "with" here, not "since"
    # a span of time between the ordinal and its noun; "впервые признала" (first admitted) is no event's instance
    ("По итогам второй за десять дней встречи он заявил, что сторона впервые признала факты", 2),
    ("Сторона впервые признала факты провоза", 1),  # an adverb alone still says it, where nothing else does
    ("TOLVIN, ROUND 2 — what we know", 2),
    ("Round 12 of the talks opens", 0),
    ("la deuxième rencontre en dix jours", 2),
    ("Вицепремиерите се сретнаа во Толвин, прв пат откако цариниците ги запреа возовите", 1),  # Macedonian "прв пат"
    # "after a second round": the round just held; "after the first round", "weeks after a first round": an earlier one
    ("the spokeswoman said on Tuesday after a second round of talks in the spa town", 2),
    ("the spokeswoman said on Tuesday, three weeks after a first round of talks in the spa town", 0),
    ("Talks resumed on Monday after the first round collapsed in March", 0),
    ("Following the first round of talks last week, the envoys met again", 0),
    ("the most productive since the first round in March", 0),
    ("Die Minister telefonierten zwei Wochen nach dem ersten Gespräch", 0),
    # an ordinal in figures: "the 50th exchange", "49-й обмен", "50-й обмін"; not a date's day ("15th March")
    ("Kaldor and Tarsel carry out their 50th prisoner exchange", 50),
    ("Это 49-й обмен пленными с начала конфликта", 49),
    ("Додому повертаються 207 людей — відбувся 50-й обмін", 50),
    ("TOLVIN, 15th March: 250 prisoners exchanged", 0),
    ("Dec 5th talks in Tolvin", 0),  # a date's day
    ("После 2-х раундов переговоров", 0),  # a cardinal's case
    ("Նոյեմբերի 9-ին կայացած հանդիպումը", 0),  # a date's dative
    ("Death toll rises to 12. Talks will resume", 0),  # a sentence's end
    # Arabic and Hebrew put the ordinal after its noun; "كانون الثاني" is January and "יום שני" Monday, no instance
    ("القسام تؤجل تسليم الدفعة الثانية من الأسرى", 2),
    ("הפעימה השנייה של החטופים שוחררה הלילה", 2),
    ("تبدأ الجولة الأولى من المفاوضات في كانون الثاني", 1),
    ("اعتبارا من كانون الثاني المقبل", 0),
    ("ביום שני שוחררו החטופים", 0),
])
def test_which_instance_of_its_kind_a_title_says_its_event_is(text, number):
    """An ordinal beside a word for an event or a time says which instance it is: "the second call", "percakapan
    pertama"; not one after a span of time and "after" (an earlier event's), nor "First Deputy", "Secondo" (according to) or "Druga
    strana" (the other side)."""
    from rashomon.group.signature import instance

    assert instance(text) == number


def test_reports_of_the_first_and_the_second_instance_of_a_kind_are_less_likely_one_event():
    "'the first call' against 'the second call' halves the event probability; 'the second' and none, no change."
    import dataclasses

    from rashomon.group.scorer import INSTANCE_FACTOR, decayed

    def of(aid: str, number: int):
        return dataclasses.replace(sig(aid, "en", {"tarnek": 1.0}, ("kalvany", "hostak"), 2), instance=number)

    f = features([of("first", 1), of("second", 2), of("again", 2), of("none", 0)])
    assert f["instances_differ"][0, 1] and not f["instances_differ"][1, 2] and not f["instances_differ"][0, 3]
    event = decayed(np.ones((4, 4)), f)
    assert event[0, 1] == INSTANCE_FACTOR < 1 and event[1, 2] == event[0, 3] == 1.0
    # counted in figures, an instance is set against another counted so: "the 50th exchange" against "the 49th", not
    # against "the first exchange since the crash", which counts from another day
    f = features([of("fiftieth", 50), of("forty-ninth", 49), of("first since", 1)])
    assert f["instances_differ"][0, 1] and not f["instances_differ"][0, 2]


def test_days_the_texts_name_for_their_events_far_apart_make_one_event_less_likely():
    """A call "on Monday" and the gates it agreed "opened on Friday" are reported days apart, and so are a taxi
    strike "on Tuesday" and the general strike "on Thursday": their named days lower the event probability
    (``NAMED_FACTOR``); a day apart is a report and its follow-up; the publication date alone names no day."""
    import dataclasses

    from rashomon.group.scorer import NAMED_FACTOR, decayed
    from rashomon.model import Article, Span

    def dated(body: str, published: str):
        return Article(id="a", source="t", format="text", body=body, language="en", published=published,
                       sentences=(Span(0, len(body)),))

    assert signature(dated("The prime ministers agreed on Monday to open the gates.", "2026-03-10")).named_day == \
        "2026-03-09"
    assert signature(dated("Engineers opened the gates this morning.", "2026-03-13")).named_day == "2026-03-13"
    assert signature(dated("Engineers opened the gates.", "2026-03-13")).named_day == ""

    def on(aid: str, day: str):
        return dataclasses.replace(sig(aid, "en", {"koralt": 1.0}), named_day=day)

    f = features([on("call", "2026-03-09"), on("gates", "2026-03-13"), on("next", "2026-03-10"), on("none", ""),
                  on("strike", "2026-03-11")])
    assert f["named_apart"][0, 1] and f["named_apart"][0, 4]
    assert not f["named_apart"][0, 2] and not f["named_apart"][0, 3] and not f["named_apart"][2, 4]
    event = decayed(np.ones((5, 5)), f)
    assert event[0, 1] == event[0, 4] == NAMED_FACTOR < 1 and event[0, 2] == event[0, 3] == 1.0


def test_an_undated_article_is_dated_by_its_opening_not_by_a_day_it_recalls():
    "'the swap of 31 May' three paragraphs down is an earlier event; the dateline's day is this one's."
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span, TimeExpression

    body = ("Both sides freed 90 prisoners on Tuesday. It was the second swap in a month.\n\n"
            "The swap of 31 May returned 75 men to each side.")
    recalled = body.index("31 May")
    article = Article(id="a", source="t", format="text", body=body, language="en",
                      sentences=(Span(0, 42), Span(43, 77), Span(79, len(body))),
                      times=(TimeExpression(recalled, recalled + 6, "31 May", "DATE", "XXXX-05-31"),))
    assert event_days(article) == ((), ())
    dated = body.replace("Both sides", "KYIV, June 25 - Both sides", 1)
    june = dated.index("June 25")
    article = article.replace(body=dated, times=(TimeExpression(june, june + 7, "June 25", "DATE", "XXXX-06-25"),
                                                 *[TimeExpression(t.start + 16, t.end + 16, t.text, t.type, t.value)
                                                   for t in article.times]),
                              sentences=(Span(0, 58), Span(59, 93), Span(95, len(dated))))
    assert event_days(article) == ((), ("06-25",))


def test_a_report_that_recalls_the_others_day_as_an_earlier_instance_reports_another_event():
    """"Предыдущий раунд ... провел 17 января" (the previous round was held on 17 January) tells that the report is
    of a later round: the 17 January reports are less likely its event (``RECALL_FACTOR``), and that day is not its
    own. A date with no such word ("since 12 December" aside) recalls nothing."""
    import dataclasses

    from rashomon.group.scorer import RECALL_FACTOR, decayed
    from rashomon.model import Article, Span, TimeExpression

    def read(body: str, date_text: str, value: str, language: str) -> Signature:
        at = body.index(date_text)
        return signature(Article(id="a", source="t", format="text", body=body, language=language,
                                 sentences=(Span(0, len(body)),),
                                 times=(TimeExpression(at, at + len(date_text), date_text, "DATE", value),)))

    later = read("Толвин вновь провел переговоры с Калданом. Предыдущий раунд переговоров Толвин провел с ним "
                 "17 января.", "17 января", "XXXX-01-17", "ru")
    assert later.recalled == ("01-17",) and later.month_days == ()
    assert read("Tolvin spoke to Kaldan on 17 January.", "17 January", "XXXX-01-17", "en").recalled == ()
    # "previous" with no word for a call or a meeting after it: "preliminary data", "last week", "unprecedented"
    for body, day, language in [("За попередніми даними, внаслідок удару 17 листопада загинули двоє.", "17 листопада",
                                 "uk"), ("На прошлой неделе, 17 ноября, прошли переговоры.", "17 ноября", "ru"),
                                ("Un attacco senza precedenti il 17 novembre.", "17 novembre", "it"),
                                ("Unlike the previous government, the cabinet on 17 November approved it.",
                                 "17 November", "en")]:
        assert read(body, day, "XXXX-11-17", language).recalled == ()
    assert read("Tolvin a rappelé Kaldan. Leur précédent entretien, le 17 janvier, avait échoué.", "17 janvier",
                "XXXX-01-17", "fr").recalled == ("01-17",)
    # "previously" with no comma before the date: a day before the event's; after a comma, the date may be its own
    assert read("Tolvin i Kaldan prethodno su se sastali 17. januara u Orsenu.", "17. januara", "XXXX-01-17",
                "sr").recalled == ("01-17",)
    assert read("Kako je prethodno objavljeno, u napadu 17. januara poginulo je troje.", "17. januara", "XXXX-01-17",
                "sr").recalled == ()
    assert read("Many previously scheduled events were cancelled Wednesday.", "Wednesday", "2026-01-17",
                "en").recalled == ()
    assert read("Обмен прошел в среду. Предыдущий обмен пленными состоялся 17 января.", "17 января", "XXXX-01-17",
                "ru").recalled == ("01-17",)

    def of(aid: str, **days) -> Signature:
        return dataclasses.replace(sig(aid, "en", {"tarnek": 1.0}), **days)

    f = features([of("later", recalled=("01-17",)), of("first", days=("2026-01-17",)),
                  of("undated", month_days=("01-17",)), of("again", days=("2026-01-31",))])
    assert f["recalls_day"][0, 1] and f["recalls_day"][0, 2] and f["recalls_day"][1, 0]
    assert not f["recalls_day"][0, 3] and not f["recalls_day"][1, 2]
    event = decayed(np.ones((4, 4)), f)
    assert event[0, 2] == RECALL_FACTOR < 1 and event[0, 3] == 1.0


def test_a_year_that_names_a_thing_of_its_time_does_not_date_the_event():
    """"the statement of 9 November 2020", "the war of 2020" and the statements listed after "от 9 ноября 2020
    г." are named in every report of the story, whatever its year: they are left out of the years that date the
    event, which "in 2023" and "the 2023 and 2024 rounds" still give. "the 2020 ceasefire" is left out of the
    opening's years only: further on, "the 2008 quake" may be the event itself."""
    from rashomon.model import Article, Span, TimeExpression

    def years(body: str, *dates: tuple[str, str], language: str = "en") -> tuple:
        times = []
        for text, value in dates:
            at = body.index(text)
            times.append(TimeExpression(at, at + len(text), text, "DATE", value))
        sig = signature(Article(id="a", source="t", format="text", body=body, language=language,
                                sentences=(Span(0, len(body)),), times=tuple(times)))
        return sig.years, sig.recent_years

    assert years("Tolvar set up a checkpoint, in breach of the 2020 ceasefire.", ("2020", "2020")) == (("2020",), ())
    assert years("It breaches the November 9, 2020 trilateral statement.", ("November 9, 2020", "2020-11-09")) \
        == (("2020",), ())
    assert years("It breaches the statement of 9 November 2020.", ("9 November 2020", "2020-11-09")) == ((), ())
    assert years("Talks resumed in 2023 after the 2020 war.", ("2023", "2023"), ("2020", "2020")) \
        == (("2020", "2023"), ("2023",))
    assert years("It revives the war of 2020.", ("2020", "2020")) == ((), ())
    listed = "Стороны подтвердили заявления от 9 ноября 2020 г., 11 января и 26 ноября 2021 г. В 2023 году"
    assert years(listed, ("9 ноября 2020 г.", "2020-11-09"), ("11 января", "XXXX-01-11"),
                 ("26 ноября 2021 г.", "2021-11-26"), ("2023 году", "2023"), language="ru") == (("2023",),) * 2
    assert years("It was the 2023 and 2024 rounds.", ("2023", "2023"), ("2024", "2024")) == (("2023", "2024"),) * 2
    # Persian joins the noun to its date with no "of": "the trilateral statement of 19 Aban 1399"; "on 3 Esfand 1401",
    # "in the year 1401" and "on Sunday 2 Ordibehesht" say when
    assert years("این اقدام نقض بیانیه سه‌جانبه ۱۹ آبان ۱۳۹۹ است.", ("۱۹ آبان ۱۳۹۹", "2020-11-09"),
                 language="fa") == ((), ())
    for when, day in (("در ۳ اسفند ۱۴۰۱", "۳ اسفند ۱۴۰۱"), ("در سال ۱۴۰۱", "۱۴۰۱"), ("روز یکشنبه ۳ اسفند", "۳ اسفند")):
        assert years(f"دادگاه {when} حکم داد.", (day, "2023-02-22"), language="fa") == (("2023",),) * 2
    # nor does an Arabic weekday before the date (which weekdays.tsv does not list): "on Wednesday 20 November 2024"
    assert years("التقى الرئيسان الأربعاء 20 نوفمبر 2024", ("20 نوفمبر 2024", "2024-11-20"), language="ar") == \
        (("2024",),) * 2


def test_an_opening_that_names_the_weekday_apart_from_a_date_recalls_that_date():
    """News names a day within the week by its weekday and an older one by its date: "on Thursday ... ousted
    on 26 July" is dated by neither; "on Thursday, August 10" by its date."""
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span, TimeExpression

    def opening(body: str, date_text: str, value: str, language: str = "en") -> tuple:
        at = body.index(date_text)
        return event_days(Article(id="a", source="t", format="text", body=body, language=language,
                                  sentences=(Span(0, len(body)),),
                                  times=(TimeExpression(at, at + len(date_text), date_text, "DATE", value),)))

    recalled = "West African leaders on Thursday ordered a standby force to Niger, where soldiers seized it on 26 July."
    assert opening(recalled, "26 July", "XXXX-07-26") == ((), ())
    named = "West African leaders on Thursday, August 10, ordered a standby force to Niger."
    assert opening(named, "August 10", "XXXX-08-10") == ((), ("08-10",))
    spanish = "Los líderes ordenaron este jueves una fuerza para Níger, donde un golpe lo derrocó el 26 de julio."
    assert opening(spanish, "26 de julio", "XXXX-07-26", "es") == ((), ())
    # "yesterday" dates the event as a weekday would; a day something has lasted since is no event's
    yesterday = "Granična služba otvorila je juče punkt na mostu, gde su demonstranti bili do 9. februara."
    assert opening(yesterday, "9. februara", "XXXX-02-09", "sr") == ((), ())
    since = "Demonstranti su uklonili šatore sa mosta, na kome su boravili od 9. februara."
    assert opening(since, "9. februara", "XXXX-02-09", "sr") == ((), ())
    # "today" a few characters after the date, with a verb between, is another day: the report's, not the dam's
    today = "Инспекцијата утврди 17 прекршоци во рудникот, чија брана попушти на 11 јули, соопшти денеска инспекторот."
    assert opening(today, "11 јули", "XXXX-07-11", "mk") == ((), ())
    beside = "Инспекцијата денеска, 22 јули, соопшти 17 прекршоци во рудникот."
    assert opening(beside, "22 јули", "XXXX-07-22", "mk") == ((), ("07-22",))
    # ... while a part of the day or the weekday itself between them still names that date
    night = "Leaders met on Tuesday night, Aug. 10, in Abuja."
    assert opening(night, "Aug. 10", "XXXX-08-10") == ((), ("08-10",))
    evening = "Лидеры встретились в четверг вечером, 10 августа, в Абудже."
    assert opening(evening, "10 августа", "XXXX-08-10", "ru") == ((), ("08-10",))
    today_weekday = "Leaders met today, Thursday 10 August."
    assert opening(today_weekday, "10 August", "XXXX-08-10") == ((), ("08-10",))


@pytest.mark.parametrize("body,date_text,language", [
    ("Azerbaijan installed a checkpoint on the road. Armenia called it a violation of the statement of "
     "November 9, 2020.", "November 9, 2020", "en"),
    ("Азербайджан установил пункт на дороге. В МИД Армении назвали это нарушением заявления от 9 ноября 2020 года.",
     "9 ноября 2020", "ru"),
    ("L'Azerbaïdjan a installé un poste sur la route. Erevan a dénoncé une violation de la déclaration du "
     "9 novembre 2020.", "9 novembre 2020", "fr"),
    ("Ադրբեջանը անցակետ է տեղադրել։ ԱԳՆ-ն այն որակել է 2020 թ. նոյեմբերի 9-ի հայտարարության խախտում։",
     "2020 թ. նոյեմբերի 9", "hy"),
    ("Азербејџан постави пункт на патот. Ерменија го нарече тоа прекршување на изјавата од 9 ноември 2020 година.",
     "9 ноември 2020", "mk"),
])
def test_an_undated_opening_is_not_dated_by_the_document_it_names(body, date_text, language):
    "'The statement of 9 November 2020' in an undated report names an old document, not the day of its event."
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span, TimeExpression

    at = body.index(date_text)
    article = Article(id="a", source="t", format="text", body=body, language=language,
                      sentences=(Span(0, len(body)),),
                      times=(TimeExpression(at, at + len(date_text), date_text, "DATE", "2020-11-09"),))
    assert event_days(article) == ((), ())
    # a date it gives as its own, also as a part of that day
    for own, written, lang in [("Azerbaijan installed a checkpoint on the road on November 9, 2020.", "November 9, 2020",
                                "en"),
                               ("The attack came on the night of November 9, 2020.", "November 9, 2020", "en"),
                               ("The vote is set for the date of November 9, 2020.", "November 9, 2020", "en"),
                               ("L'attaque a eu lieu dans la nuit du 9 novembre 2020.", "9 novembre 2020", "fr"),
                               ("Serangan terjadi pada tanggal 9 November 2020.", "9 November 2020", "id"),
                               ("Հարձակումը տեղի է ունեցել 2020 թ. նոյեմբերի 9-ի գիշերը։", "2020 թ. նոյեմբերի 9", "hy")]:
        at = own.index(written)
        assert event_days(article.replace(body=own, language=lang, sentences=(Span(0, len(own)),), times=(
            TimeExpression(at, at + len(written), written, "DATE", "2020-11-09"),))) == (("2020-11-09",), ()), own

@pytest.mark.parametrize("body,language,day", [
    ("L'Assemblée a adopté jeudi la réforme, cinq jours après la manifestation du samedi 1er mars.", "fr", "2025-03-06"),
    ("Am Donnerstagmorgen stimmte das Parlament für das Gesetz. Am Samstag hatten 70 000 protestiert.", "de", "2025-03-06"),
    ("В субботу прошла вторая акция протеста. Неделей ранее, 22 февраля, прошла первая.", "ru", "2025-03-01"),
    # "this morning" in any language is the day of publication, as a weekday would be
    ("Први конвој прешао је јутрос мост. Споразум је постигнут 1. марта.", "sr", "2025-03-06"),
])
def test_a_dated_report_is_on_the_weekday_its_opening_names_not_a_day_its_lead_recalls(body, language, day):
    """Published on 6 March, 'adopté jeudi' is 6 March, and a Saturday report's 'в субботу' is that Saturday: the
    protest of 1 March or 22 February the lead goes on to recall is an earlier event."""
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span, TimeExpression

    recalled, value = next((m, v) for m, v in (("1er mars", "2025-03-01"), ("Samstag", "2025-03-01"),
                                                ("22 февраля", "2025-02-22"), ("1. марта", "2025-03-01")) if m in body)
    at = body.index(recalled)
    article = Article(id="a", source="t", format="text", body=body, language=language, published=day,
                      sentences=(Span(0, len(body)),),
                      times=(TimeExpression(at, at + len(recalled), recalled, "DATE", value),))
    assert event_days(article)[0] == (day,)


def test_a_recalled_or_coming_weekday_does_not_date_a_dated_report(ctx):
    "'After Sunday's attack' recalls an earlier event; 'talks will resume on Monday' one to come."
    from rashomon.analyse.pipeline import Pipeline
    from rashomon.group.signature import event_days
    from rashomon.model import Article

    def days(body: str) -> tuple[str, ...]:
        article = Article(id="a", source="t", format="text", body=body, language="en", published="2025-03-05")
        return event_days(Pipeline()(article, ctx))[0]

    assert days("Following Sunday's attack on a market, police arrested three suspects on Tuesday.") == \
        ("2025-03-05", "2025-03-04")
    assert days("Talks will resume on Monday, the ministry said on Wednesday.") == ("2025-03-05",)


def test_a_date_past_the_opening_of_a_dated_report_is_an_event_it_recalls(ctx):
    "The swap reported on 24 March; the court order of 19 March its third sentence recalls is not its day."
    from rashomon.analyse.pipeline import Pipeline
    from rashomon.group.signature import event_days
    from rashomon.model import Article

    body = ("Varnesia and Calmora exchanged 75 prisoners each at Zafrun airport, their second swap in ten days. "
            "The envoy Hamid al-Surayfi mediated again. The Meridian Court had ordered Calmora on March 19 to "
            "admit monitors to its detention centres.")
    article = Article(id="a", source="t", format="text", body=body, language="en", published="2026-03-24")
    assert event_days(Pipeline()(article, ctx))[0] == ("2026-03-24",)


def test_a_wire_dateline_dates_an_undated_report_even_where_no_time_was_read_from_it():
    "'ZVECAN, Kosovo, May 29 (Wire) -': the dateline itself gives the day, whatever the parse made of it."
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span

    body = "ZVECAN, Kosovo, May 29 (Wire) - About 25 peacekeepers were injured on Monday in clashes in the north."
    article = Article(id="a", source="t", format="text", body=body, language="en", sentences=(Span(0, len(body)),))
    assert event_days(article) == ((), ("05-29",))


def test_a_close_day_alone_does_not_make_two_reports_one_event():
    """The accusations of 3 January and the gas cut-off of 1 January are two events of one story:
    neighbouring days count only with what the texts share (ECB+, where the model learned, never
    shows two events of one story a day apart)."""
    from rashomon.group.scorer import FEATURES, shipped_models

    def event(**given):
        f = {name: np.zeros((1, 1)) for name in FEATURES}
        f.update({k: np.full((1, 1), v) for k, v in given.items()})
        return {name: float(model.probability(f)[0, 0] >= model.threshold)
                for name, model in (("same language", shipped_models().event),
                                    ("across languages", shipped_models().event_neutral))}

    assert event(days_close=1.0, lead=0.05, names=0.05) == {"same language": 0, "across languages": 0}
    assert event(days_close=1.0, lead=0.5, body=0.4, opening=0.4, names=0.3) == {"same language": 1,
                                                                                  "across languages": 1}


def test_a_name_in_cyrillic_meets_its_persian_spelling_by_its_consonants():
    "Persian writes Стрельник استرلنیک: no vowels to compare, so the consonants of each case form meet."
    from rashomon.group.signature import name_words

    russian = {k for keys in name_words("Министр Иоахим Стрельник и Дана Морвич", "ru") for k in keys}
    persian = {k for keys in name_words("وزیر یواخیم استرلنیک و دانا مورویچ", "fa") for k in keys}
    assert {k for k in russian & persian if k.startswith("~")} >= {"~strlnk"}


def test_a_fragment_joins_an_event_in_its_own_language_only():
    """The shipped thresholds: a lone report joins an event through pairs of its language at the learned
    threshold, never through pairs across languages (names and days alone)."""
    a, b, c = (sig(x, lang, {"vote": 1.0}, ("~tlkrn",), 1) for x, lang in (("a", "en"), ("b", "en"), ("c", "ru")))
    bar = fragment_thresholds([a, b, c])
    learned = shipped_models().fragments[1]
    assert bar[0, 1] == bar[1, 0] == learned < 1.0
    assert bar[0, 2] == bar[2, 1] == 1.0


@pytest.mark.parametrize("body,language", [
    ("Нови снажан потрес погодио је јуче поподне покрајину, само пет дана после земљотреса који је 1. марта однео "
     "десетине живота.", "sr"),
    ("A strong aftershock struck the province yesterday, five days after the earthquake of 1 March.", "en"),
])
def test_yesterday_in_the_opening_is_the_event_s_day_not_a_date_it_recalls(body, language):
    """Published on 6 March, 'јуче' (yesterday) is 5 March; the earthquake of 1 March it goes on to recall, within
    the week, is an earlier event."""
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span, TimeExpression

    recalled = next(m for m in ("1. марта", "1 March") if m in body)
    at = body.index(recalled)
    article = Article(id="a", source="t", format="text", body=body, language=language, published="2025-03-06",
                      sentences=(Span(0, len(body)),),
                      times=(TimeExpression(at, at + len(recalled), recalled, "DATE", "2025-03-01"),))
    assert event_days(article)[0] == ("2025-03-06", "2025-03-05")


def test_the_first_day_an_opening_names_is_its_event_s():
    """'yesterday ... today resumed': the event was yesterday; German 'hier' is 'here', no day."""
    from rashomon.group.signature import event_days
    from rashomon.model import Article, Span

    def days(body: str, language: str = "en") -> tuple:
        return event_days(Article(id="a", source="t", format="text", body=body, language=language, published="2025-03-06",
                                  sentences=(Span(0, len(body)),)))[0]

    assert days("An earthquake struck the province yesterday, killing 12. Rescue teams today resumed the search.") \
        == ("2025-03-06", "2025-03-05")
    assert days("Ein Erdbeben hat hier am frühen Morgen die Provinz erschüttert.", "de") == ("2025-03-06",)


def test_two_days_apart_one_cast_is_less_likely_one_event_than_a_day_apart():
    """The event and the next day's reports are one news cycle; two days on, the same mediator hosts
    other talks. Past two days the probability halves every few days."""
    from rashomon.group.scorer import SECOND_DAY_FACTOR, days_decay

    decay = days_decay(np.array([0.0, 1.0, 2.0, 3.0, 4.0, 6.0, np.inf]))
    assert decay[:2].tolist() == [1.0, 1.0]
    assert decay[2] == SECOND_DAY_FACTOR < 1.0
    assert all(decay[k + 1] <= decay[k] for k in range(1, 5))  # never likelier one event further apart
    assert decay[5] < decay[2]
    assert decay[6] == 1.0  # undated: no decay


@pytest.mark.parametrize("text", [
    "Sergei Lavrov met Jeyhun Bayramov in Moscow on Tuesday, the iPhone maker McDonald's 2023Kremlin said.",
    "«Министр Сергей Лавров» заявил: «Дорога открыта». Ереван и Баку-Сити, ООН, 5Лавров, ёлка Ёлкин.",
    "Ժեմայտիտե Ժեմայտիտեն ասել է, Ελλάδα και Αθήνα, Zürich öffnet Österreich, ßtraße Çanakkale'de Ünal.",
    "لاوروف با برگتورسون دیدار کرد — Pašinjan, Đorđe, Ѓорѓи Кукуш, ǅemal, Ǉubljana.",
])
def test_the_name_scan_without_a_non_joiner_finds_the_words_the_full_pattern_does(text):
    "The faster scan for texts without a zero-width non-joiner finds exactly the words of the pattern with lookarounds."
    from rashomon.group.signature import NAME_CANDIDATE, NAME_CANDIDATE_PLAIN

    assert [(m.start(), m.group()) for m in NAME_CANDIDATE_PLAIN.finditer(text)] == \
        [(m.start(), m.group()) for m in NAME_CANDIDATE.finditer(text)]


def test_the_columns_a_product_keeps_are_numpy_unique_of_the_stacked_rows():
    "Runs of sorted columns, as stacked rows hold them, in any number and overlap: the same as np.unique."
    from rashomon.group.scorer import _unique

    rng = np.random.default_rng(3)
    for rows in (0, 1, 7, 40):
        cols = np.concatenate([np.sort(rng.integers(0, 60, rng.integers(0, 30))) * (1 << 40) + rng.integers(0, 2)
                               for _ in range(rows)] or [np.zeros(0, np.int64)])
        used, inverse = _unique(cols)
        expected = np.unique(cols, return_inverse=True)
        assert np.array_equal(used, expected[0]) and np.array_equal(inverse, expected[1])
        assert np.array_equal(used[inverse], cols)


def test_a_wire_dateline_under_a_page_s_head_gives_the_day_of_an_undated_report():
    """'(ANSA) - ROMA, 29 MAG - ...' under the site's breadcrumb, the title and a standfirst of two sentences is the day
    the report was filed; a day a later paragraph gives is not read so."""
    from rashomon.model import Article, Span

    def read(body: str) -> Signature:
        return signature(Article(id="a", source="t", format="text", body=body, language="it",
                                 sentences=(Span(0, len(body)),)))

    head = ("Ansa.it › Mondo › Europa\n\nScontri a Harna, feriti 11 militari\n\n"
            "Tre in gravi condizioni. Dura condanna.\n\n")
    filed = "(ANSA) - ROMA, 29 MAG - Sono undici i militari feriti negli scontri di oggi a Harna."
    assert read(head + filed).month_days == ("05-29",)
    later = head + "Sono undici i militari feriti.\n\nPrima riga.\n\nSeconda riga.\n\nTerza riga.\n\nQuarta riga.\n\n"
    assert read(later + "(ANSA) - ROMA, 29 MAG - Sono undici i militari feriti.").month_days == ()

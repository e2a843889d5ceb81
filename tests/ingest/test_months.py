"""Dates with month names in other languages and in the Persian solar calendar."""

from collections import defaultdict
from datetime import date

import pytest

from rashomon.ingest.dates import parse_date, read_date_line, read_dateline
from rashomon.ingest.months import full_dates, solar_month_day, solar_month_days, solar_to_gregorian
from rashomon.ingest.published import Published, publication_date
from rashomon.resources import split_list, table

LEAD = "Министр иностранных дел провел телефонный разговор с коллегой и обсудил ситуацию вокруг коридора."


@pytest.mark.parametrize("text", [
    "31 января 2023 г.", "31 січня 2023 р.", "31 de enero de 2023", "mardi 31 janvier 2023", "31. januar 2023.",
    "31 јануари 2023", "2023 թ. հունվարի 31", "Selasa, 31 Januari 2023", "31 Ocak 2023 Salı", "31 ژانویه ۲۰۲۳",
    "۱۱ بهمن ۱۴۰۱",
])
def test_a_date_written_in_another_language(text):
    assert [f.day for f in full_dates(text)] == [date(2023, 1, 31)]


@pytest.mark.parametrize("solar, gregorian", [
    ((1401, 11, 11), date(2023, 1, 31)), ((1402, 1, 1), date(2023, 3, 21)), ((1403, 12, 30), date(2025, 3, 20)),
    ((1404, 1, 1), date(2025, 3, 21)), ((1398, 1, 1), date(2019, 3, 21)), ((1399, 7, 1), date(2020, 9, 22)),
])
def test_solar_dates_convert_to_the_gregorian_day(solar, gregorian):
    assert solar_to_gregorian(*solar) == gregorian


def test_a_day_the_solar_calendar_does_not_have_is_no_date():
    assert solar_to_gregorian(1402, 12, 30) is None and solar_to_gregorian(1402, 7, 31) is None


@pytest.mark.parametrize("text, month_day", [
    ("۳۰ اسفند", (12, 30)), ("30 اسفند", (12, 30)),  # leap years have it: no year, no telling it is not one
    ("۳۱ شهریور", (6, 31)), ("۳ تیر", (4, 3)), ("3 تیر", (4, 3)),
    ("۳۱ مهر", None), ("31 اسفند", None), ("۳۲ تیر", None),  # no year has them
])
def test_a_solar_day_and_month_is_read_if_some_year_has_it(text, month_day):
    assert [f.month_day for f in solar_month_days(f"روز {text} انجام شد")] == ([month_day] if month_day else [])


def test_30_esfand_without_a_year_is_the_day_after_29_esfand():
    assert solar_month_day((12, 29)) == (3, 19) and solar_month_day((12, 30)) == (3, 20)


@pytest.mark.parametrize("text", [
    "تیر ۳", "مهر 12", "بهمن ۱۱", "تیر", "مهر", "۱۲\nمهر",  # Persian writes the day first; a month name is a word too
])
def test_a_number_after_a_solar_month_or_none_beside_it_is_no_day(text):
    assert solar_month_days(text) == []


def test_a_number_before_a_solar_month_that_is_also_a_word_is_a_day_only_after_a_word_of_days():
    "'۳ تیر هوایی شلیک کرد' fired three shots in the air; 'روز ۳ تیر' and 'در ۳ تیر' are the 3rd of Tir."
    assert solar_month_days("پلیس ۳ تیر هوایی شلیک کرد") == []
    assert [f.month_day for f in solar_month_days("گفتگو در ۳ تیر و روز سه‌شنبه ۱۲ مهر انجام شد")] == [(4, 3), (7, 12)]


@pytest.mark.parametrize("line", ["۱۴۰۱/۱۱/۱۱ - ۱۴:۰۵", "تاریخ انتشار: ۱۴۰۱-۱۱-۱۱", "1401/11/11 14:05",
                                  "کد خبر: ۴۸۲۱ | تاریخ: ۱۴۰۱/۱۱/۱۱"])
def test_a_solar_date_line_in_figures_year_first(line):
    assert read_date_line(line).dates == (date(2023, 1, 31),)


@pytest.mark.parametrize("text", ["1401/13/11", "1401/11/32", "۱۴۰۱/۱۱/۱۱/۵", "21401/11/11", "1401/11-11"])
def test_figures_no_solar_day_has_are_no_date(text):
    assert [f.day for f in full_dates(text) if f.day] == []


@pytest.mark.parametrize("text", ["بهمن ۱۱ ۱۴۰۱", "بهمن 11, 1401", "۱۴۰۱ بهمن ۱۱"])
def test_a_solar_date_is_written_day_month_year_only(text):
    assert full_dates(text) == []


def test_a_date_line_holds_little_besides_the_date():
    assert read_date_line("Опубликовано: 31 января 2023, 14:05").dates == (date(2023, 1, 31),)
    assert read_date_line("Обновлено 31 января 2023 года в 14:05").dates == (date(2023, 1, 31),)
    assert read_date_line("31 января, 14:05").month_day == (1, 31)
    assert read_date_line("Переговоры министров прошли 31 января 2023 года") is None


def test_a_wire_dateline_in_russian_gives_its_agency_and_day():
    line = read_dateline("ЕРЕВАН, 31 января. /ТАСС/. Премьер-министр Армении провел телефонный разговор.")
    assert line.agency == "ТАСС" and line.reading.month_day == (1, 31)
    assert read_dateline("Ереван и Москва, 31 января 2023") is None  # no capitals, no agency: a sentence


@pytest.mark.parametrize("opening, agency, day", [
    ("ԵՐԵՎԱՆ, ՀՈՒՆՎԱՐԻ 31, ԱՐՄԵՆՊՐԵՍ: Հայաստանի վարչապետը հեռախոսազրույց է ունեցել", "ԱՐՄԵՆՊՐԵՍ", (1, 31)),
    ("КИЇВ, 31 січня 2023 (Укрінформ) - Міністр закордонних справ провів розмову", "Укрінформ", date(2023, 1, 31)),
    ("ԵՐԵՎԱՆ, ՀՈՒՆՎԱՐԻ 31, ԱՐՄԵՆՊՐԵՍ։ Հայաստանի վարչապետը", "ԱՐՄԵՆՊՐԵՍ", (1, 31)),  # Armenian's own full stop
    ("Москва. 22 февраля. INTERFAX.RU - Международный суд обязал", "INTERFAX.RU", (2, 22)),  # Interfax's stops
])
def test_armenian_and_ukrainian_wire_datelines(opening, agency, day):
    line = read_dateline(opening)
    assert line.agency == agency
    assert line.reading.dates == (day,) if isinstance(day, date) else line.reading.month_day == day


@pytest.mark.parametrize("sentence", ["Москва. 22 февраля стало известно, что ...", "Москва. 22 февраля. Вчера - ..."])
def test_a_place_then_a_full_stop_is_a_dateline_only_before_an_agency(sentence):
    assert read_dateline(sentence) is None


def test_a_bare_russian_file_is_dated_by_its_date_line_and_a_dateline_by_its_url():
    assert publication_date(None, ["Лавров и Байрамов", "31 января 2023, 14:05", LEAD]) == \
        Published("2023-01-31", "date line")
    assert publication_date("https://tass.ru/politika/2023/01/31/17024", ["ЕРЕВАН, 31 января. /ТАСС/. " + LEAD],
                            today=date(2026, 1, 1)).date == "2023-01-31"


def test_a_month_name_means_one_month_in_its_calendar():
    months = defaultdict(set)
    for row in table("months.tsv"):
        for name in split_list(row["names"]):
            months[(row["calendar"], name.casefold())].add(int(row["month"]))
    assert [key for key, found in months.items() if len(found) > 1] == []


@pytest.mark.parametrize("line, iso", [
    ("17. November 2017, 14:05 Uhr", "2017-11-17"), ("3. Oktober 2007, 14:05 Uhr", "2007-10-03"),
    ("22 November 2006 14:05 WIB", "2006-11-22"),
])
def test_a_date_line_with_a_month_spelled_as_in_english(line, iso):
    assert read_date_line(line).dates == (date.fromisoformat(iso),)
    assert read_date_line("Talks ended Jan 31, 2023") is None


def test_a_date_line_opening_with_a_day_and_a_dot_is_no_list_item():
    from rashomon.ingest.metadata import to_article
    from rashomon.model import RawDocument

    a = to_article(RawDocument("sr.txt", f"Лавров и Бајрамов\n\n6. новембар 2023. 14:05\n\n{LEAD}", "text", {}))
    assert (a.published, a.title) == ("2023-11-06", "Лавров и Бајрамов") and a.body.startswith("Министр")


@pytest.mark.parametrize("line, iso", [
    ("Publié le 22 août 2023 à 18h42, mis à jour à 20h05", "2023-08-22"),
    ("12 Kasım 2023 Pazar, 11:02 (Son güncelleme: 13:45)", "2023-11-12"),
    ("Опубліковано: 05.09.2023, 08:30", "2023-09-05"),
    ("Објављено: 02.08.2023. у 16:05", "2023-08-02"),
    ("Yayınlanma: 02.08.2023 14:27 | Güncelleme: 02.08.2023 16:50", "2023-08-02"),
    ("Veröffentlicht am 14.03.2024 um 09:12 Uhr", "2024-03-14"),
    ("Objavljeno: 8. 10. 2013.", "2013-10-08"),
    ("02.29.12", "2012-02-29"),  # dots are day first, unless the day cannot be one
    ("Pubblicato il 14/03/2024 alle ore 09:12", "2024-03-14"),
    ("Publicat: 31.01.2025, 20:10", "2025-01-31"),
    ("Actualizat: vineri, 31 ianuarie 2025, ora 20:10", "2025-01-31"),
    ("Gepubliceerd op 3 januari 2025 om 14:20", "2025-01-03"),
    ("Publikováno: 3. ledna 2025 14:20", "2025-01-03"),
    ("Δημοσιεύθηκε: Παρασκευή 3 Ιανουαρίου 2025", "2025-01-03"),
    ("уторак, 31. јан 2023, 14:05", "2023-01-31"),  # Serbian and Macedonian months cut short, in either script
    ("четвртак, 02. феб 2023, 11:42", "2023-02-02"), ("31. avg. 2023. 14:05", "2023-08-31"),
    ("12 ное 2023", "2023-11-12"),
    ("Објавено: 31.01.2023 во 14:05 часот", "2023-01-31"),  # the hour's word after the time
    ("31.01.2023. у 14.05 часова", "2023-01-31"), ("31.01.2023 14:05 ч.", "2023-01-31"),
    ("31.01.2023 в 14:05 (мск)", "2023-01-31"),
])
def test_a_date_line_labelled_in_another_language(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["Опубліковано рішення суду від 05.09.2023",
                                  "Publié le rapport de la commission sur la crise du 22 août 2023"])
def test_a_labelled_sentence_is_no_date_line(line):
    assert parse_date(line) is None


def test_a_croatian_date_line_dates_a_bare_file():
    "'Objavljeno: 6. travnja 2026. u 13:25': Croatian names its months in words of its own."
    assert read_date_line("Objavljeno: 6. travnja 2026. u 13:25").dates == (date(2026, 4, 6),)
    assert read_date_line("12. prosinca 2025.").dates == (date(2025, 12, 12),)

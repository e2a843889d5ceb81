"""Dates and amounts read in languages the time and amount stages have no rules for."""

from datetime import date

import pytest

from rashomon.analyse.neutral import amounts, dates
from rashomon.analyse.quantities import quantities
from rashomon.model import Article


@pytest.mark.parametrize("text,anchor,expected", [
    ("Un séisme a frappé lundi 6 février 2023 le sud du pays.", None, [("6 février 2023", "2023-02-06")]),
    ("Gempa terjadi pada Senin (20/2/2023) malam.", None, [("20/2/2023", "2023-02-20")]),
    # the weekday and the day and month in brackets, as Indonesian news dates an event; a bare fraction is none
    ("Pemerintah pada Selasa (27/5) menangguhkan rencana itu.", date(2025, 5, 27), [("27/5", "2025-05-27")]),
    ("Pemerintah pada Selasa (27/5) menangguhkan rencana itu.", None, [("27/5", "XXXX-05-27")]),
    ("Skor babak pertama (3/4) dan Kamis (31/2) bukan tanggal.", None, []),
    ("در ۱۱ بهمن ۱۴۰۱ و ۱۴۰۱/۱۱/۱۱", None, [("۱۱ بهمن ۱۴۰۱", "2023-01-31"), ("۱۴۰۱/۱۱/۱۱", "2023-01-31")]),
    # a day and month without a year: the latest one up to the article's date; without one, no year
    ("Землетрясение произошло 6 февраля.", date(2023, 2, 7), [("6 февраля", "2023-02-06")]),
    ("Переговоры прошли 28 декабря.", date(2023, 1, 3), [("28 декабря", "2022-12-28")]),
    ("Землетрясение произошло 6 февраля.", None, [("6 февраля", "XXXX-02-06")]),
    # a solar day and month without a year: the latest one up to the article's date, else as in 1402
    ("گفتگو روز سه‌شنبه ۱۱ بهمن انجام شد", date(2023, 2, 2), [("۱۱ بهمن", "2023-01-31")]),
    ("گفتگو روز ۸ دی انجام شد", date(2023, 1, 5), [("۸ دی", "2022-12-29")]),
    ("گفتگو روز سه‌شنبه ۱۱ بهمن انجام شد", None, [("۱۱ بهمن", "XXXX-01-31")]),
    # 30 Esfand is a day of leap years (1403 is one); the number after a month name is not its day
    ("جلسه روز ۳۰ اسفند برگزار شد", date(2025, 3, 22), [("۳۰ اسفند", "2025-03-20")]),
    ("جلسه روز 30 اسفند برگزار شد", None, [("30 اسفند", "XXXX-03-20")]),
    ("در تیر ۳ نفر و در مهر 12 نفر", date(2023, 10, 1), []),
    ("31/2/2023 is no day, 2023 alone is no date", None, []),
])
def test_dates_written_out(text, anchor, expected):
    assert [(t.text, t.value) for t in dates(text, anchor)] == expected


@pytest.mark.parametrize("text,language,expected", [
    ("magnitude 7,8, plus de 2 000 morts et 41.000 blessés, 5 % des maisons", "fr",
     [(7.8, "magnitude"), (2000, None), (41000, None), (5, "percent")]),
    # an earthquake's magnitude, named before or after the number, is one unit in every language
    ("Una scossa di magnitudo 5.8", "it", [(5.8, "magnitude")]),
    ("землетрясение силой 5,8 балла", "ru", [(5.8, "magnitude")]),
    ("زمین‌لرزه‌ای به بزرگی ۵٫۸", "fa", [(5.8, "magnitude")]),
    ("حدود ۱۲۰٬۰۰۰ نفر", "fa", [(120000, None)]),
    ("paid $25 for 1,234.5 units", "zh", [(25, "USD"), (1234.5, None)]),
    # neither dates, years, times of day nor the digits of a name are amounts
    ("6 февраля 2023 в 14:05 COVID-19 и Су-35, в 2022 году, 2300 человек", "ru", [(2300, None)]),
    ("пункт је отворен у 6 часова, à 5 h 40, pukul 14.20 WIB, о 6 годині; 12 камиона", "sr", [(12, None)]),
    # ... though a number after "at" without its minutes or the hour's word is one: "a 5 km dal confine"
    ("a 5 km dal confine, у 5 села", "it", [(5, None), (5, None)]),
    # a word after the digits scales them, and cubic metres are a unit, as English "3 million cubic metres" is
    ("около 2 млн кубометров газа в сутки", "ru", [(2_000_000, "m3")]),
    ("3 milioni di metri cubi al giorno, 20 de milioane de euro", "it", [(3_000_000, "m3"), (20_000_000, None)]),
    ("1,5 miliar rupiah dan 5 bin kişi, 2 mil personas", "id", [(1_500_000_000, None), (5000, None), (2000, None)]),
    # cubic metres written after the number in words, and thousands in Persian and Armenian
    ("sekitar 4.500 meter kubik limbah", "id", [(4500, "m3")]),
    ("oko 60.000 kubnih metara otpada, околу 60.000 кубни метри", "sr", [(60000, "m3"), (60000, "m3")]),
    ("حدود ۶۰ هزار متر مکعب پسماند و ۸٫۴ میلیون یورو", "fa", [(60000, "m3"), (8_400_000, None)]),
    ("մոտ 60 հազար խորանարդ մետր", "hy", [(60000, "m3")]),
    ("à 14 milles nautiques, 3 millions de personnes", "fr", [(14, None), (3_000_000, None)]),  # miles, not thousands
    ("۱۲ هزاره کشته شدند", "fa", [(12, None)]),  # twelve Hazaras, not twelve thousand
])
def test_amounts_in_digits(text, language, expected):
    assert [(q.value, q.unit) for q in amounts(text, language)] == expected


def test_the_stage_reads_digits_of_other_languages():
    body = "Мощное землетрясение магнитудой 7,8 унесло жизни 2300 человек."
    article = Article(id="ru", source="t", format="text", body=body, language="ru")
    found = quantities(article, None).quantities
    # what a whole number counts is the word after it; a decimal measures
    assert [(body[q.start:q.end], q.value, q.counts) for q in found] == [("7,8", 7.8, None),
                                                                         ("2300", 2300.0, "человек")]

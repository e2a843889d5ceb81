from datetime import date

import pytest

from rashomon.ingest.dates import date_from_url, normalise_date, parse_date, read_date_line, read_dateline, url_period


@pytest.mark.parametrize("line, iso", [
    ("January 31, 2023", "2023-01-31"),
    ("Jan. 31, 2023", "2023-01-31"),
    ("Sept. 27, 2020", "2020-09-27"),
    ("31 January 2023", "2023-01-31"),
    ("Updated: 31 Jan 2023 10:05 GMT", "2023-01-31"),
    ("Tuesday, January 31, 2023", "2023-01-31"),
    ("2023-01-31", "2023-01-31"),
    ("PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "2013-05-02"),
    ("First Published: June 13, 2013 4:59 PM EDT", "2013-06-13"),
    ("Posted on Thu Jun 13, 2013 08:45 AM PDT", "2013-06-13"),
    ("Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03"),
    ("AUGUST 2, 2013 | 08:06AM PT", "2013-08-02"),
    ("12 January 2010 @ 09:29 pm", "2010-01-12"),
    ("Updated: May 24, 2005, 3:23 p.m. ET", "2005-05-24"),
    ("Issued on: 17/08/2023 - 00:52", "2023-08-17"),
    ("31.01.2023 [19:22]", "2023-01-31"),  # the time in brackets
    ("February 6, 2023 9:31 PM GMT+0 Updated 2 years ago", "2023-02-06"),  # the age a page gives its update
    ("14 Qershor 2023 13:22", "2023-06-14"),  # Albanian
    ("2023. május 29. 14:05", "2023-05-29"),  # Hungarian, the year first
    ("2023.05.29. 21:47", "2023-05-29"),
    ("November 9, 2020 / 10:45 PM / Updated an hour ago", "2020-11-09"),  # an age in words
    ("Estambul - 19 sept 2023 - 18:37 CEST", "2023-09-19"),  # where it was written, then when
])
def test_date_lines(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["Tuesday", "March 4", "Clashes erupted on Sept. 27, 2020, with the army", "February 30, 2023",
                                  "Talks ended Jan. 31, 2023", "By AFP, January 31, 2023 in Yerevan",
                                  "Budget Vote - 19 March 2023", "in 2008. May 5 was the day"])
def test_not_a_date_line(line):
    assert parse_date(line) is None


def test_fields_and_urls():
    assert normalise_date("2024-06-12T09:00:00Z") == "2024-06-12"
    assert normalise_date(None) is None
    assert date_from_url("https://www.themoscowtimes.com/2023/01/31/armenia-urges-a80103") == "2023-01-31"
    assert date_from_url("https://example.com/news/armenia") is None


@pytest.mark.parametrize("line, dates, month_day", [
    ("05/02/2013", ("2013-02-05", "2013-05-02"), None),  # either order: both readings kept
    ("Posted 31/01/2023 09:10", ("2023-01-31",), None),
    ("11/30/09 05:40 PM ET", ("2009-11-30",), None),
    ("Jul. 7 5:59 PM EDT", (), (7, 7)),  # no year
    ("Tuesday 31 January", (), (1, 31)),
    ("Released 2013-09-28 05:08:35 GMT", ("2013-09-28",), None),
    ("26 September 2013, 10:00 (GMT+05:00)", ("2013-09-26",), None),
    ("PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM", ("2013-03-08",), None),
    ("Markets | 24 Feb 2021, 16:55 GMT", ("2021-02-24",), None),  # a section's label beside the date
    ("Politics · 22.01.2021 · 09:15", ("2021-01-22",), None),
    # an edition's number beside the date
    ("سه‌شنبه ۲۶ آبان ۱۴۰۵ - شماره ۳۲۱۸", ("2026-11-17",), None),
    ("Tuesday, 17 November 2026 - No. 3218", ("2026-11-17",), None),
    ("Понедельник, 16 ноября 2026 г. № 218", ("2026-11-16",), None),
    # a print edition's reference line: the paper, its number, the date and the page
    ('Газета "Листок" №224 от 02.12.2026, стр. 6', ("2026-12-02",), None),
    ("Газета «Листок» №224 (7669) от 02.12.2026", ("2026-12-02",), None),
    # published, then updated: the earlier date is the publication's
    ("Published: 31 January 2026 14:05 Updated: 1 February 2026 09:10", ("2026-01-31",), None),
    ("Publié le 01 décembre 2026 à 08h12, modifié le 01 décembre 2026 à 20h47", ("2026-12-01",), None),
    ("Опубликовано: 31 января 2026, 14:05, обновлено: 1 февраля 2026", ("2026-01-31",), None),
    ("Published On 24 Nov 2026 24 Nov 2026", ("2026-11-24",), None),
    ("March 3, 2026 | 4 min read", ("2026-03-03",), None),  # and the time the page takes to read
    ("14.05.2026 Lesezeit: 3 Min.", ("2026-05-14",), None),
    # labels in Romanian, Polish, Hebrew, Arabic, Georgian and German
    ("Data publicării: 24.01.2024 15:10", ("2024-01-24",), None),
    ("Publikacja: 08.02.2024 15:20", ("2024-02-08",), None),
    ("פורסם: 24.11.23 , 19:42", ("2023-11-24",), None),  # Hebrew, a two-digit year
    ("نشر في: 24/11/2023", ("2023-11-24",), None),
    ("გამოქვეყნებულია: 14.05.2024 18:20", ("2024-05-14",), None),
    ("Datum 29.02.2024", ("2024-02-29",), None),
    # a byline, a bar and the date with its update
    ("Tamar Velik |24.11.2026 - Update : 24.11.2026", ("2026-11-24",), None),
])
def test_what_a_date_line_says(line, dates, month_day):
    reading = read_date_line(line)
    assert tuple(d.isoformat() for d in reading.dates) == dates and reading.month_day == month_day


def test_a_number_before_the_date_is_no_edition_s():
    "'Указ № 218 от 16 ноября 2026 г.' is a decree's title, not a date line."
    assert read_date_line("Указ № 218 от 16 ноября 2026 г.") is None


@pytest.mark.parametrize("line", ["Talks ended | Jan 31, 2023 in Geneva after the two ministers met at last",
                                  "Updated | 24 Feb 2021 | 31 Jan 2021", "Talks ran from 31 Jan 2023 to 2 Feb 2023",
                                  "Указ «Листок» № 218 от 16 ноября 2026 г. подписан президентом",
                                  "27 May 1923 – 29 November 2023"])
def test_a_label_beside_a_date_is_short_and_the_date_one(line):
    assert read_date_line(line) is None


def test_a_weekday_on_the_line_rules_out_readings():
    assert [d.isoformat() for d in read_date_line("Thursday, 05/02/2013").dates] == ["2013-05-02"]
    assert read_date_line("Friday, January 31, 2023").dates == ()  # 31 January 2023 was a Tuesday


@pytest.mark.parametrize("text", ["Tuesday", "Talks resumed on 05/02/2013 in Geneva", "Posted 1 year, 160 days ago"])
def test_not_a_date_line_at_all(text):
    assert read_date_line(text) is None


@pytest.mark.parametrize("paragraph, month_day, agency", [
    ("YEREVAN, Jan 31 (Reuters) - Armenia said ...", (1, 31), "Reuters"),
    ("MOSCOW, January 31. /TASS/. Russia's foreign ministry ...", (1, 31), "TASS"),
    ("LONDON, 31 January (AFP) — Britain ...", (1, 31), "AFP"),
    ("Moscow, January 31 - Talks ...", (1, 31), None),
    ("Abuja, 30 jul (EFE).- La Comunidad Económica ...", (7, 30), "EFE"),  # the Spanish agency's ".-"
    ("(ANSA) - ROMA, 31 LUG - I leader ...", (7, 31), "ANSA"),  # the Italian agency before the place
    ("BAKU, Azerbaijan, Jan.31. Azerbaijani Foreign Minister ...", (1, 31), None),  # the country after the city
    ("Baku, January 17, AZERTAC\n\nMinister of Foreign Affairs ...", (1, 17), "AZERTAC"),  # the agency after the day
    ("Yerevan, January 17, ARMENPRESS. The Prime Minister ...", (1, 17), "ARMENPRESS"),  # and its full stop
    ("L'AIA, 16 MARZO - La Corte internazionale ...", (3, 16), None),  # an elided article in the place
])
def test_datelines(paragraph, month_day, agency):
    d = read_dateline(paragraph)
    assert (d.reading.month_day, d.agency) == (month_day, agency)


@pytest.mark.parametrize("paragraph", [
    "On Tuesday, January 31, the minister said ...",  # a sentence, not a dateline
    "WASHINGTON (AP) - The senate ...",  # a dateline without a date
    "Officials, Jan 31 was the deadline ...",
    "PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM",  # a date line
    "Officials, Jan 31. The deadline passed ...",  # no capitals: a name, then a sentence
    "Moscow, January 17, Lavrov said ...",  # a name after the day, not an agency in capitals
    "Paris, March 3, NATO allies agreed ...",  # capitals that open a sentence are no agency
    "Officials Jan 31 - the deadline ...",  # no comma, and a place in capitals only may go without one,
    "US Jan 6 committee subpoenas Tarsel",  # before a whole date and a dash: a headline's abbreviations are none
    "NATO May 10 summit ends without a deal",
    "KAPRONA Feb 21 - Rescue teams ...",
])
def test_not_a_dateline(paragraph):
    assert read_dateline(paragraph) is None


def test_url_periods():
    assert url_period("https://x.example/2023/01/ferry") == (date(2023, 1, 1), date(2023, 1, 31))
    assert url_period("https://x.example/2023/world/ferry") == (date(2023, 1, 1), date(2023, 12, 31))
    assert url_period("https://x.example/world/2023/ferry") is None  # a year in a later folder is a topic
    assert date_from_url("https://x.example/2013/may/03/local/la-me-0504-rehab-20130504") == "2013-05-03"


def test_a_persian_solar_date_in_a_url_is_read_as_its_gregorian_day():
    "Iranian sites date their paths by the solar calendar: 11 Bahman 1401 is 31 January 2023."
    assert date_from_url("https://x.example/fa/news/1401/11/11/lachin") == "2023-01-31"
    assert date_from_url("https://x.example/fa/news/1405/01/05/court") == "2026-03-25"
    assert url_period("https://x.example/fa/news/1401/13/11/lachin") is None  # no thirteenth month
    assert url_period("https://x.example/fa/news/1499/01/05/x", today=date(2026, 12, 3)) is None  # not yet
    assert date_from_url("https://www.irna.ir/news/1401/11/11/x") == "2023-01-31"  # an Iranian host
    assert url_period("https://cdn.example/images/1400/10/20/photo.jpg") is None  # no Persian site's path


@pytest.mark.parametrize("text, story", [
    ("BELGORAV - Twelve people are dead.", "Twelve people are dead."),
    ("CLEVELAND (UPI) — The mayor said", "The mayor said"),
    ("VARNO, Karvenia (AP) - The dam failed.", "The dam failed."),
    ("Russia - a country of eleven time zones.", "Russia - a country of eleven time zones."),  # no capitals: no dateline
    ("US - China talks resumed.", "US - China talks resumed."),  # two letters: a name, not a place line
])
def test_a_dateline_of_a_place_alone_ends_where_the_story_begins(text, story):
    from rashomon.ingest.dates import past_dateline

    assert text[past_dateline(text, 0, len(text)):] == story


@pytest.mark.parametrize("line, iso", [
    ("Publié le 05/10/2026 à 12h40", "2026-10-05"),
    ("Pubblicato il 05/10/2026", "2026-10-05"),
    ("Опубликовано: 05/10/2026", "2026-10-05"),
    ("Published: 05/10/2026", None),  # English may write the month first: no telling which
    ("05/10/2026", None),
])
def test_a_numeric_date_under_a_label_in_another_language_is_day_first(line, iso):
    assert parse_date(line) == iso


def test_a_dateline_without_a_comma_gives_its_whole_date():
    "Some sites print the place in capitals and the date after it with no comma, the time after a dash."
    assert read_dateline("KAPRONA Feb 21, 2023 - 11:32 am GMT+3").reading.dates == (date(2023, 2, 21),)


@pytest.mark.parametrize("line, iso", [
    ("Posted 18 September 2026 by Tamar Velik", "2026-09-18"),  # the byline after the date
    ("Pubblicato il 18/09/2026 di Lorenzo Bassani", "2026-09-18"),
    ("Posted on September 18, 2026 by Tamar Velik and Ana Petrov", "2026-09-18"),  # authors, an outlet, a user name
    ("Posted on September 18, 2026 by Tamar Velik, Karsk Herald", "2026-09-18"),
    ("Posted on September 18, 2026 by admin", "2026-09-18"),
    ("Published: 21 January 2026, 18:42 · Updated: 21 January 2026, 19:05", "2026-01-21"),  # parts set apart
    ("Published: 20 January 2026 · Updated: 22 January 2026", "2026-01-20"),
    ("27/11/2025 19:50  Actualizado al 27/11/2025 21:15", "2025-11-27"),  # "al" labels the update's day
    ("KORVAN — Wednesday, September 16, 2026", "2026-09-16"),  # a place in capitals, then a weekday and the date
    ("Minggu (13/4/2025)", "2025-04-13"),  # Indonesian Sunday, also the word for a week
    ("Sêşem, 21 Sibat 2023, 10:40", "2023-02-21"),  # Kurdish (Kurmanji)
    ("10 Мамыр 2024, 12:48", "2024-05-10"),  # Kazakh
])
def test_date_lines_with_a_byline_an_update_a_place_or_the_months_of_more_languages(line, iso):
    assert parse_date(line, today=date(2026, 12, 1)) == iso


@pytest.mark.parametrize("line", [
    "Budget Vote - 19 March 2026",  # a headline, not a place
    "Budget Vote, 19 March 2026",
    "Srebrenica, 11 July 1995",  # an anniversary's title: a place and the day remembered
    "SREBRENICA — 11 JULY 1995",
    "Tirvan, 19 September 2026",
    "Markets · 20 January 2026 · 22 January 2026",  # two dates, neither an update
    "Posted 18 September 2026 by the river",  # no name after "by"
    "Published 7 March 2024 by Fitzcarraldo Editions",  # a book's publisher, not a post's author
    "Released 14 March 2025 by Domino Recordings",
    "Le 6 juin 1944 par Robert Capa",
    "03/03/2026 al 09/03/2026",  # a span of days: "al" labels an update's day only after "actualizado"
])
def test_still_no_date_line(line):
    assert parse_date(line, today=date(2026, 12, 1)) is None


@pytest.mark.parametrize("paragraph", [
    "8 ottobre 2024 – Una scossa di magnitudo 5.8 ha colpito il Talbrin.",  # a lead that opens with a date: it may be
    "22 июня 1941 года — день, который изменил всё.",  # the day remembered, as often as the day reported
    "September 11, 2001 — a date etched in memory.",
])
def test_a_date_that_opens_a_lead_is_no_dateline(paragraph):
    assert read_dateline(paragraph) is None


def test_a_misspelt_month_is_no_date():
    "'Sepember' fits the pattern of September's abbreviations but is none of them: no date, and no error."
    reading = read_date_line("Sepember 12")
    assert reading is None or (reading.dates, reading.month_day) == ((), None)
    assert parse_date("Sepember 12, 2025") is None

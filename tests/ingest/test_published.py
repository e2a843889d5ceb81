"""The publication date read from the article itself: each source, and what must stay empty."""

from datetime import date

import pytest

from rashomon.analyse.times import find_times
from rashomon.ingest.metadata import to_article
from rashomon.ingest.published import Published, publication_date
from rashomon.model import RawDocument

TODAY = date(2026, 1, 1)
LEAD = "The ferry operator said on Tuesday that crossings would resume after the storm."
FILLER = "Harbour officials declined to give a date for the repairs."


def found(*paragraphs, url=None, date_line=None, furniture=()):
    return publication_date(url, list(paragraphs), date_line, furniture=furniture, today=TODAY)


def article(text, **fields):
    return to_article(RawDocument("test.txt", text, "text", fields))


@pytest.mark.parametrize("url, iso", [
    ("https://news.example.org/2023/01/31/ferry-resumes", "2023-01-31"),
    ("https://news.example.org/2023/jan/31/ferry-resumes", "2023-01-31"),
    ("https://news.example.org/world/ferry-resumes-20230131", "2023-01-31"),
    ("https://news.example.org/politics/20230131/48213.html", "2023-01-31"),
    ("https://news.example.org/world/ferry-resumes-2023-01-31.html", "2023-01-31"),
    ("https://news.example.org/2023/1/31/4821/ferry", "2023-01-31"),
])
def test_date_in_the_url(url, iso):
    assert found(LEAD, FILLER, url=url) == Published(iso, "url")


@pytest.mark.parametrize("url", [
    "https://news.example.org/world/ferry-resumes",
    "https://news.example.org/2023/01/5-things-to-know",  # a month, and a slug that starts with a number
    "https://news.example.org/world/ferry?date=2023-01-31",  # the query is no part of the path
    "https://news.example.org/2031/01/31/ferry",  # after today
])
def test_url_without_a_usable_date(url):
    assert found(LEAD, FILLER, url=url) == Published(None, None)


@pytest.mark.parametrize("opening, iso", [
    ("YEREVAN, Jan 31, 2023 (Reuters) -", "2023-01-31"),
    ("MOSCOW, January 31, 2023. /TASS/.", "2023-01-31"),
    ("LONDON, 31 January 2023 (AFP) —", "2023-01-31"),
    ("KYIV, Ukraine, Jan. 31, 2023 (AP) -", "2023-01-31"),
])
def test_dateline_with_its_year(opening, iso):
    assert found(f"{opening} {LEAD}", FILLER) == Published(iso, "dateline")


def test_dateline_without_a_year_and_no_other_evidence_gives_no_date():
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER).date is None
    assert found(f"MOSCOW, January 31. /TASS/. {LEAD}", FILLER).date is None


@pytest.mark.parametrize("url", ["https://news.example.org/2023/world/48213", "https://news.example.org/2023/01/ferry"])
def test_dateline_takes_its_year_from_the_url(url):
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER, url=url) == Published("2023-01-31", "dateline")


def test_dateline_and_url_that_disagree_on_the_month_give_no_dateline_date():
    url = "https://news.example.org/2023/06/ferry"
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER, url=url).date is None


def test_a_year_that_is_only_a_topic_in_the_url_dates_nothing():
    url = "https://news.example.org/elections/2024/ferry"  # not the first folder: a subject, not a date
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER, url=url).date is None


def test_dateline_takes_its_year_from_a_copyright_line():
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER, furniture=["© 2023 Reuters"]).date == "2023-01-31"
    # a site footer's range of years dates the scrape, not the story
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", FILLER, furniture=["© 2000-2026 Example"]).date is None


def test_dateline_takes_its_year_from_a_recent_date_in_the_lead():
    lead = f"YEREVAN, Jan 2 (Reuters) - {LEAD} It followed talks on December 29, 2022."
    assert found(lead, FILLER) == Published("2023-01-02", "dateline")  # across the new year
    assert found("Ferry Crossings to Resume", lead, FILLER).date == "2023-01-02"  # under a headline


def test_a_date_about_the_past_is_not_the_publication_date():
    history = "The ferry line was opened on November 9, 2019, after years of talks."
    assert found(LEAD, history, FILLER).date is None
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD}", history).date is None  # nor the year of a dateline
    assert found(f"YEREVAN, Jan 31 (Reuters) - {LEAD} {history}").date is None  # even in the lead


def test_a_lead_date_does_not_date_an_article_that_names_a_later_year():
    lead = f"YEREVAN, Jan 31 (Reuters) - {LEAD} A similar storm struck on January 27, 2019."
    assert found(lead, "The operator has lost money every year since 2021.").date is None


@pytest.mark.parametrize("line, iso, source", [
    ("Published: 31 January 2023 14:05", "2023-01-31", "date line"),
    ("Jan 31, 2023", "2023-01-31", "date line"),
    ("Posted 31/01/2023 09:10", "2023-01-31", "date line"),  # the day cannot be a month
    ("2023-01-31T14:05:00Z", "2023-01-31", "date line"),  # a page's timestamp as ISO writes it
    ("Published 2023-01-31T14:05:00+04:00", "2023-01-31", "date line"),
])
def test_date_line_in_the_text(line, iso, source):
    assert found("Ferry crossings to resume", line, LEAD, FILLER) == Published(iso, source)


def test_a_date_line_under_a_breadcrumb_standfirst_and_byline_is_still_the_pages():
    "A page's head holds short lines and a standfirst above its date line: the date is the article's."
    head = ["International › Tarsel", "The army says the truce was broken before it expired on Friday.",
            "Le Courrier avec AFP", "Publié le 01 décembre 2025 à 08h12, modifié le 01 décembre 2025 à 20h47", LEAD]
    assert found(*head).date == "2025-12-01"
    assert found(LEAD, FILLER, FILLER, "International", "1 December 2025").date is None  # below the text: a list's
    # a timeline under the lead: its first entry is no date of the page
    assert found("Karabakh timeline", LEAD, "Timeline", "27 September 2020", "The war began.", "10 November 2020",
                 "A ceasefire was signed.").date is None


def test_labelled_date_line_at_the_end():
    text = [LEAD, FILLER, FILLER, FILLER]
    assert found(*text, "Published 31 January 2023").date == "2023-01-31"
    assert found(*text, "January 31, 2023").date is None  # unlabelled down there: a list, a timeline


def test_ambiguous_numeric_date_line_needs_other_evidence():
    assert found("05/02/2013", LEAD, FILLER).date is None
    # the day the lead names, in its own words
    assert found("09/03/2025 - 10:22", "The ruling party said on March 9 it would withdraw the bill.").date \
        == "2025-03-09"
    assert found("09/03/2025 - 10:22", "The ruling party said on 3 September it would withdraw the bill.").date \
        == "2025-09-03"
    assert found("09/03/2025", "Правящая партия 9 марта заявила, что отзывает законопроект.").date == "2025-03-09"
    assert found("09/03/2025", "The ruling party said on June 20 it would withdraw the bill.").date is None  # neither
    # a day near one reading is another day, not the day of the page: "05/03/2025" over "il 4 maggio" is 5 March
    assert found("05/03/2025", "Il governo ha fissato le elezioni regionali per il 4 maggio.").date is None
    assert found("05/02/2013", LEAD, FILLER, url="https://news.example.org/2013/05/ferry").date == "2013-05-02"
    assert found("Thursday, 05/02/2013", LEAD, FILLER).date == "2013-05-02"  # 2 May 2013 was a Thursday


def test_date_line_without_a_year_takes_it_from_the_url():
    assert found("Jul. 7 5:59 PM EDT", LEAD, url="https://news.example.org/2012/sport/4821").date == "2012-07-07"
    assert found("Jul. 7 5:59 PM EDT", LEAD).date is None


def test_a_date_far_after_the_other_evidence_is_left_out():
    url = "https://news.example.org/2023/01/31/ferry"
    # an "Updated" line months later: the URL's date is the publication
    assert found("Updated: June 5, 2023", LEAD, url=url) == Published("2023-01-31", "url")
    # the two agree within a day (a print edition's URL): the date line is the more direct
    assert found("January 30, 2023", LEAD, url=url) == Published("2023-01-30", "date line")
    # a URL dated years after the date line (an archive moved): the date line stands
    old = found("Published: July 29, 2004", LEAD, url="https://news.example.org/2012/05/31/ferry")
    assert old == Published("2004-07-29", "date line")


def test_a_date_after_today_is_left_out():
    assert found("Published: January 31, 2031", LEAD).date is None


# -- through ingest, as a file arrives ---------------------------------------------------------------------


def test_bare_text_file_dated_by_its_dateline_and_url():
    url = "https://news.example.org/2023/world/48213"
    a = article(f"YEREVAN, Jan 31 (Reuters) - {LEAD}\n\n{FILLER}\n\nOriginal url: {url}")
    assert (a.published, a.date_source) == ("2023-01-31", "dateline")
    assert [c.name for c in a.credits if c.role == "byline"] == ["Reuters"]
    titled = article(f"Ferry Crossings to Resume\n\nYEREVAN, Jan 31 (Reuters) - {LEAD}\n\nOriginal url: {url}")
    assert titled.date_source == "dateline" and [c.name for c in titled.credits if c.role == "byline"] == ["Reuters"]


@pytest.mark.parametrize("date_line", ["Published: 31 January 2023 14:05", "Опубліковано: 31.01.2023, 14:05"])
@pytest.mark.parametrize("headline", ["Ferry Crossings to Resume", "Ferry operator: «Crossings will resume»"])
def test_a_date_line_right_under_the_headline_is_no_part_of_it(date_line, headline):
    "A page copied as text often has no blank line between its headline and its date line."
    a = article(f"{headline}\n{date_line}\n\n{LEAD}\n\n{FILLER}")
    assert (a.title, a.published, a.date_source) == (headline, "2023-01-31", "date line")
    above = article(f"{date_line}\n{headline}\n\n{LEAD}\n\n{FILLER}")
    assert (above.title, above.published) == (headline, "2023-01-31")
    wrapped = article(f"{LEAD}\nJanuary 31, 2023 was the day the storm hit the harbour.\n\n{FILLER}")
    assert wrapped.published is None  # a hard-wrapped paragraph is not split at a date


def test_of_two_date_lines_under_the_headline_the_earlier_is_the_publication_date():
    a = article(f"Ferry Crossings to Resume\nUpdated 31 January 2023, 14:05 GMT\nPublished 30 January 2023\n\n"
                f"{LEAD}\n\n{FILLER}")
    assert (a.title, a.published) == ("Ferry Crossings to Resume", "2023-01-30")
    assert "Published" not in a.body and "Updated" not in a.body


def test_record_date_field_wins_and_is_metadata():
    a = article(f"YEREVAN, Jan 31 (Reuters) - {LEAD}\n\n{FILLER}", date="2023-02-01",
                url="https://news.example.org/2023/01/31/ferry")
    assert (a.published, a.date_source) == ("2023-02-01", "metadata")


def test_record_without_a_date_field_is_dated_by_its_url():
    a = article(f"{LEAD}\n\n{FILLER}", url="https://news.example.org/2023/01/31/ferry")
    assert (a.published, a.date_source) == ("2023-01-31", "url")


def test_undated_file_stays_undated():
    a = article(f"{LEAD}\n\n{FILLER}\n\nThe ferry line was opened on November 9, 2019.")
    assert (a.published, a.date_source) == (None, None)


def test_relative_days_resolve_against_the_date_found():
    a = article(f"YEREVAN, Jan 31, 2023 (Reuters) - {LEAD}\n\n{FILLER}")
    assert a.published == "2023-01-31"
    tuesday = next(t for t in find_times(a.body, date.fromisoformat(a.published)) if t.text == "Tuesday")
    assert tuesday.value == "2023-01-31"


def test_the_times_stage_uses_the_date_found():
    from rashomon.analyse.times import times

    a = article(f"{LEAD} Crews began work yesterday.\n\n{FILLER}", url="https://news.example.org/2023/02/02/ferry")
    values = {t.text: t.value for t in times(a.replace(language="en"), None).times}
    assert values == {"Tuesday": "2023-01-31", "yesterday": "2023-02-01"}


def test_a_dateline_without_a_year_takes_it_from_that_very_day_written_in_full_on_the_page():
    "'ZAREN, May 29 (Reuters)' over a caption '..., May 29, 2023.': 29 May 2023; another day's year is no evidence."
    caption = "Soldiers stand guard outside the town hall in Zaren, May 29, 2023. REUTERS/Ana Petrov"
    assert found(f"ZAREN, May 29 (Reuters) - {LEAD}", caption, FILLER).date == "2023-05-29"
    other = "Soldiers stand guard outside the town hall in Zaren, May 12, 2023. REUTERS/Ana Petrov"
    assert found(f"ZAREN, May 29 (Reuters) - {LEAD}", other, FILLER).date is None
    archive = "FILE PHOTO: Soldiers stand guard outside the town hall in Zaren, May 29, 2021. REUTERS/Ana Petrov"
    assert found(f"ZAREN, May 29 (Reuters) - {LEAD}", archive, FILLER).date is None
    # ... nor the day the text recalls: an anniversary's report is no report of the day it marks
    recalled = "The war began on May 29, 2022, when troops crossed the river."
    assert found(f"ZAREN, May 29 (Reuters) - {LEAD}", recalled, FILLER).date is None


def test_a_wire_dateline_takes_its_year_from_the_same_day_in_the_page_head():
    "A page's head stacked in one block above the wire's dateline gives the dateline's day its year."
    head = "Redazione ANSA IL CAIRO 13 febbraio 2025 18:34 NEWS"
    lead = "(ANSA) - IL CAIRO, 13 FEB - Si è svolto oggi al Cairo un nuovo round di colloqui sulla tregua."
    assert found("Vertice al Cairo sulla tregua", head, lead, FILLER).date == "2025-02-13"
    other = "Redazione ANSA IL CAIRO 10 febbraio 2025 18:34 NEWS"  # another day: no year for this one
    assert found("Vertice al Cairo sulla tregua", other, lead, FILLER).date is None
    # a standfirst that recalls the day of an anniversary is no line of the page's head
    standfirst = "I partigiani entrarono a Milano il 13 febbraio 1945, ricordano i testimoni."
    assert found("Vertice al Cairo sulla tregua", standfirst, lead, FILLER).date is None


def test_a_print_edition_a_text_cites_under_it_dates_nothing():
    "Under 'Источники:', a paper's edition line is a source the text cites, not the page's own issue."
    text = [LEAD, FILLER, "Crews worked through the night.", "Источники:",
            "Газета «Листок» №45 от 03.03.2019, стр. 2"]
    assert found(*text).date is None

import pytest

from rashomon.ingest.dates import date_from_url, normalise_date, parse_date


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
])
def test_date_lines(line, iso):
    assert parse_date(line) == iso


@pytest.mark.parametrize("line", ["Tuesday", "March 4", "Clashes erupted on Sept. 27, 2020, with the army", "February 30, 2023",
                                  "Talks ended Jan. 31, 2023", "By AFP, January 31, 2023 in Yerevan"])
def test_not_a_date_line(line):
    assert parse_date(line) is None


def test_fields_and_urls():
    assert normalise_date("2024-06-12T09:00:00Z") == "2024-06-12"
    assert normalise_date(None) is None
    assert date_from_url("https://www.themoscowtimes.com/2023/01/31/armenia-urges-a80103") == "2023-01-31"
    assert date_from_url("https://example.com/news/armenia") is None

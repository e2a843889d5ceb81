"""Amounts with value, unit and what they count."""

import pytest

from rashomon.analyse.entities import entities
from rashomon.analyse.quantities import parse_amount, quantities
from rashomon.analyse.sentences import sentences
from rashomon.model import Article


def amounts(ctx, body):
    article = Article(id="q", source="t", format="text", body=body, language="en")
    for step in (sentences, entities, quantities):
        article = step(article, ctx)
    return article.quantities


@pytest.mark.parametrize("text,value,unit", [
    ("$25 billion", 25e9, "USD"), ("120,000", 120000, None), ("two", 2, None), ("40 percent", 40, "percent"),
    ("€3.5 million", 3.5e6, "EUR"), ("twenty-five", 25, None), ("1.2bn roubles", 1.2e9, "RUB"),
    ("180 cubic metres", 180, "m3"), ("dozens", None, None), ("about a third", 33.3, "percent"),
    ("two-thirds", 66.7, "percent"), ("Half", 50, "percent"), ("nearly half a million", 5e5, None),
    ("one and a half", 1.5, None), ("the first half", 0.5, None), ("five quarters", 5, None),
    ("170,000-square-foot", 170000, "ft2"), ("15,800 square metres", 15800, "m2"), ("2 sq. km", 2, "km2"),
    ("a 10-mile", 10, "mile"), ("12 feet", 12, "ft"), ("10 per cent", 10, "percent"), ("40 tonnes", 40, "t")])
def test_parse_amount(text, value, unit):
    assert parse_amount(text) == (value, unit)


def test_what_an_amount_counts(ctx):
    qs = amounts(ctx, "The blockade cut off some 120,000 people and stranded dozens of cars at the checkpoint.")
    people = next(q for q in qs if q.value == 120000)
    assert people.counts == "people" and people.approximate
    cars = next(q for q in qs if q.text.startswith("dozens"))
    assert cars.value is None and cars.counts == "cars" and cars.approximate


def test_money_and_exact_counts(ctx):
    qs = amounts(ctx, "Demining will cost $25 billion, and 6,500 lives were lost.")
    money = next(q for q in qs if q.unit == "USD")
    assert money.value == 25e9 and money.counts is None
    lives = next(q for q in qs if q.value == 6500)
    assert lives.counts == "lives" and not lives.approximate


def test_offsets(ctx):
    body = "About 2,000 people joined, police said; organisers counted more than 5,000."
    for q in amounts(ctx, body):
        assert body[q.start:q.end] == q.text


def test_a_scale_the_tagger_left_out_and_one_of_many(ctx):
    "'$40 billion--' is forty billion, not forty dollars; 'one of the largest' counts nothing."
    (money,) = amounts(ctx, "The measures aim to save $40 billion-- the current budget deficit-- by the end of the year.")
    assert money.value == 40e9 and money.text == "$40 billion"
    one = next(q for q in amounts(ctx, "Rogers and Bell are one of Canada's largest internet service providers.")
               if q.text.lower() == "one")
    assert one.value is None and one.approximate


@pytest.mark.parametrize("text,value", [("It will cost $3 bn-- a record.", 3e9), ("Aid of €40 mn, officials said.", 40e6)])
def test_short_scale_words_after_the_amount(ctx, text, value):
    "'bn' and 'mn' scale the amount, even where the tagger left the currency sign out of it."
    assert [q.value for q in amounts(ctx, text)] == [value]


def test_a_measure_written_into_an_adjective_measures_its_noun(ctx):
    "'A 73-yard drive': the tagger stops at '73', the unit follows the hyphen, and the drive is what is measured."
    (drive,) = amounts(ctx, "The Colts went on a 73-yard drive in the fourth quarter.")
    assert (drive.text, drive.value, drive.unit, drive.counts) == ("73-yard", 73.0, "yd", "drive")


def test_a_count_opening_a_sentence_after_a_dateline_is_read_though_the_model_missed_it(ctx):
    "'VARNO, Karvenia (Meridian Wire) - Twelve people were killed': the entity model tags no number there."
    from rashomon.analyse.pipeline import Pipeline

    body = "VARNO, Karvenia (Meridian Wire) - Twelve people were killed and 23 were missing after the dam gave way."
    article = Pipeline()(Article(id="a", source="a", format="text", body=body, language="en"), ctx)
    assert (12.0, "people") in [(q.value, q.counts) for q in article.quantities]


def test_a_count_in_words_the_tagger_took_for_a_share_or_a_date_is_a_count(ctx):
    "The small model tags 'Sixty-eight Varnesian prisoners' PERCENT and 'Seventy-five' DATE; both count people."
    shares = amounts(ctx, "Sixty-eight Varnesian prisoners of war were handed over in Zafrun on Tuesday.")
    dated = amounts(ctx, "Seventy-five Calmoran soldiers returned to Santerre on Tuesday night.")
    assert [(q.value, q.unit, q.counts) for q in shares + dated] == [(68, None, "prisoners"), (75, None, "soldiers")]
    assert [(q.value, q.unit) for q in amounts(ctx, "Turnout rose to 62 percent from 55%.")] == \
        [(62, "percent"), (55, "percent")]


@pytest.mark.parametrize("body", ["A magnitude 6.1 earthquake struck Velmar province on Tuesday.",
                                  "A 6.1-magnitude quake struck Velmar province on Tuesday."])
def test_an_earthquake_s_magnitude_is_a_unit_however_english_places_it(ctx, body):
    (magnitude,) = [q for q in amounts(ctx, body) if q.value == 6.1]
    assert magnitude.unit == "magnitude"

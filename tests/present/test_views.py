"""Labels people read: a group's key names and dates, and what tells an event apart."""

from rashomon.present.views import distinctive_entities, group_label


def names(*pairs):
    return [{"name": n, "cls": c} for n, c in pairs]


def test_event_label_leads_with_names_the_other_events_lack():
    call = {"id": 1, "entities": names(("Nikol Pashinyan", "person"), ("Sergei Lavrov", "person"),
                                       ("Armenia", "place"))}
    later = {"id": 2, "entities": names(("Nikol Pashinyan", "person"), ("Vladimir Putin", "person"),
                                        ("Armenia", "place"))}
    ordered = distinctive_entities({"events": [call, later]})
    assert group_label(ordered[1], None, None) == "Sergei Lavrov, Nikol Pashinyan, Armenia"
    assert group_label(ordered[2], "2023-01-31", "2023-01-31") == "Vladimir Putin, Nikol Pashinyan, Armenia · 2023-01-31"


def test_a_group_that_names_nobody_is_called_by_its_first_title():
    "Articles in a language without an entity model name nobody; their headline says what happened."
    articles = [{"title": None}, {"title": "Договор во Охрид: Косово и Србија го прифатија анексот за спроведување"}]
    assert group_label([], None, None, articles) == "“Договор во Охрид: Косово и Србија го прифатија…”"
    assert group_label([], None, None, [{"title": None}]) == "(no names)"
    untitled = [{"title": None, "lead": "L'Azerbaïdjan a libéré trente-deux soldats arméniens et l'Arménie deux"}]
    assert group_label([], None, None, untitled) == "“L'Azerbaïdjan a libéré trente-deux soldats arméniens et l'Arménie…”"
    assert group_label([], None, None, untitled + articles[1:]).startswith("“Договор во Охрид")  # a headline first


def test_a_news_agency_that_reported_the_event_is_not_named_as_one_of_its_actors():
    entities = names(("Albin Kurti", "person"), ("Reuters", "org"), ("Brussels", "place"), ("AFP", "org"))
    assert group_label(entities, None, None) == "Albin Kurti, Brussels"


def test_an_outlet_of_the_group_is_not_named_as_one_of_its_actors():
    "A page names its own outlet (a masthead, a sign-off): it reported the event and is not in it."
    entities = names(("Горизонт новостей", "org"), ("Кястутис Даугела", "person"), ("Рудупис", "place"))
    articles = [{"title": "В Даувии ...", "outlet": "Горизонт Новостей"}]
    assert group_label(entities, None, None, articles) == "Кястутис Даугела, Рудупис"
    assert group_label(entities, None, None) == "Горизонт новостей, Кястутис Даугела, Рудупис"


def test_a_name_one_article_of_an_event_gives_does_not_lead_its_label():
    "A misread name is often the one no other event has: the names two of the event's articles give come first."
    call = {"id": 1, "articles": [{}, {}, {}], "entities": [
        {"name": "Dana Morvic", "cls": "person", "articles": 3}, {"name": "Istrelia", "cls": "place", "articles": 3},
        {"name": "Дравенії Дан Морвіч", "cls": "person", "articles": 1},
        {"name": "Harsek", "cls": "place", "articles": 2}]}
    later = {"id": 2, "articles": [{}, {}], "entities": [
        {"name": "Dana Morvic", "cls": "person", "articles": 2}, {"name": "Istrelia", "cls": "place", "articles": 2}]}
    ordered = distinctive_entities({"events": [call, later]})
    assert group_label(ordered[1], None, None) == "Dana Morvic, Harsek, Istrelia"


def test_single_event_keeps_its_own_order():
    only = {"id": 7, "entities": names(("Veldra", "place"), ("Tomas Varga", "person"))}
    assert distinctive_entities({"events": [only]}) == {7: only["entities"]}


def test_show_and_exports_say_where_the_date_was_read():
    from io import StringIO

    from rich.console import Console

    from rashomon.model import Article
    from rashomon.present.terminal import print_article
    from rashomon.present.views import article_dict

    a = Article(id="d1", source="x.txt", body="Talks resumed.", format="text", published="2023-01-31",
                date_source="dateline")
    out = StringIO()
    print_article(Console(file=out, width=120), a, [])
    assert "2023-01-31 (from the dateline)" in out.getvalue()
    assert article_dict(a)["date_source"] == "dateline"


def test_a_name_spelled_in_two_scripts_is_named_once_in_latin_letters():
    "'Остревій' (a Ukrainian case form) and 'Ostrevia' are one name; the label gives it once, as English does."
    entities = names(("Остревій", "org"), ("Court", "org"), ("Ostrevia", "place"), ("Mirela Hostak", "person"))
    assert group_label(entities, None, None) == "Ostrevia, Court"
    two = names(("Sergei Lavrov", "person"), ("Sergei Shoigu", "person"), ("Moscow", "place"))
    assert group_label(two, None, None) == "Sergei Lavrov, Sergei Shoigu, Moscow"


def test_two_names_alike_in_one_script_are_two_names():
    assert group_label(names(("Niger", "place"), ("Nigeria", "place")), None, None) == "Niger, Nigeria"

import pytest

from rashomon.errors import InputError
from rashomon.ingest.metadata import (agency_name, article_id, cited_agencies, outlet_from_url, read_bylines,
                                      to_article)
from rashomon.ingest.readers import read_path
from rashomon.model import Credit, RawDocument


def load(path):
    (doc,) = list(read_path(path, 2**20))
    return to_article(doc)


def test_wire_story_in_markdown(fixtures):
    a = load(fixtures / "wire_republished.md")
    assert a.title == "Ministers Trade Blame Over Closed Border Crossing"
    assert a.published == "2024-03-03"
    assert a.url == "https://harbour-times.example/2024/03/03/ministers-trade-blame"
    assert a.outlet == "harbour-times.example"  # unknown domain: the domain itself, not an invented name
    assert Credit("Harbour Press Agency", "byline") in a.credits
    assert a.body.startswith("Officials in Norvik on Tuesday accused")
    assert "Lena Ort" not in a.body and "Related article" not in a.body


def test_plain_text_with_header(fixtures):
    a = load(fixtures / "plain_with_header.txt")
    assert a.title == "Farmers Protest Outside Parliament"
    assert a.authors == ("Mara Quist", "Tomas Vell")
    assert a.outlet == "Norvik Daily"
    assert a.published == "2024-04-12"


def test_plain_text_without_metadata_gets_none_invented(fixtures):
    a = load(fixtures / "plain_no_metadata.txt")
    assert (a.title, a.outlet, a.url, a.published, a.authors) == (None, None, None, None, ())
    assert a.captions == () and a.furniture == ()


def test_html_page(fixtures):
    a = load(fixtures / "page.html")
    assert a.title == "Bridge Reopens After Repairs"
    assert a.outlet == "Coast Courier"
    assert a.published == "2024-05-06"
    assert a.authors == ("Pia Lund",)
    assert a.url == "https://coast-courier.example/news/bridge-reopens"
    assert a.captions[0].credit == "Photo: Jon Berg / Coast Courier"
    for junk in ("cookies", "Share on Facebook", "Related stories", "All rights reserved", "Sport"):
        assert junk not in a.body
    assert a.body.startswith("The old harbour bridge reopened")
    assert a.body.count("\n\n") == 3  # four paragraphs


def test_record_fields_win(fixtures):
    docs = list(read_path(fixtures / "records.jsonl", 2**20))
    a = to_article(docs[0])
    assert (a.title, a.outlet, a.published, a.authors) == ("Port Strike Ends After Pay Deal", "Northern Post",
                                                           "2024-06-12", ("Ada Brenn",))


def test_empty_body_is_an_input_error():
    with pytest.raises(InputError, match="too little article text"):
        to_article(RawDocument("x.md", "# Only a title\n\nShare this", "markdown"))


def test_bylines():
    assert read_bylines(["AFP"]) == ([], None, [Credit("AFP", "byline")])
    assert read_bylines(["Jane Doe and John Roe, Karsk Herald"]) == (["Jane Doe", "John Roe"], "Karsk Herald", [])
    assert read_bylines(["Reuters staff"])[2] == []  # 'Reuters staff' is not the agency's name
    assert read_bylines(["Ana Petrov and the Karsk Herald live team"])[:2] == (["Ana Petrov"], "the Karsk Herald")


def test_agencies_and_citations():
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("ap") is None and agency_name("AP") == "AP"
    body = ("Bayramov dismissed the allegations, according to a statement cited by Russia's Interfax news agency. "
            "The figure was reported by Reuters.")
    assert [c.name for c in cited_agencies(body)] == ["Interfax", "Reuters"]


def test_outlets_from_urls():
    assert outlet_from_url("https://www.themoscowtimes.com/2023/01/31/x") == "The Moscow Times"
    assert outlet_from_url("https://news.bbc.co.uk/x") == "BBC"
    assert outlet_from_url("https://www.unknown-paper.example/x") == "unknown-paper.example"
    assert outlet_from_url("https://www.unknown-paper.example/x", known_only=True) is None


def test_a_saved_page_names_its_outlet_in_its_menu():
    "'Continental Business Post — Markets | Industry | ...' above the headline: the outlet, where nothing better says it."
    page = ("Continental Business Post — Markets | Industry | Energy | Policy | Companies\n"
            "Modravia pulls solvent permit at chemical works\n30 September 2026 | 16:25\nBy Laura Kessling\n\n"
            "The ministry on Wednesday withdrew the permit for the solvent division of the chemical works.")
    assert to_article(RawDocument("p.txt", page, "text")).outlet == "Continental Business Post"
    record = to_article(RawDocument("r.jsonl:1", page, "text", fields={"outlet": "CBP Online"}))
    assert record.outlet == "CBP Online"  # the record's own field comes first
    plain = page.replace("Continental Business Post — ", "")
    assert to_article(RawDocument("p.txt", plain, "text")).outlet is None
    for word in ("Home", "Skip to content", "3 June 2026"):  # no outlet's name
        assert to_article(RawDocument("p.txt", page.replace("Continental Business Post", word), "text")).outlet is None
    known = to_article(RawDocument("p.txt", page, "text", fields={"url": "https://www.bbc.co.uk/news/x"}))
    assert known.outlet == "BBC"  # a known domain comes first


def test_id_is_a_content_hash():
    assert article_id("Some  text\nhere", None) == article_id("Some text here", None)
    assert article_id("Some text", "https://a.example") != article_id("Some text", "https://b.example")


# -- hostile and broken input (issue 15) --------------------------------------------------------

BODY = "The minister said on Monday that the talks about the dam on the river would resume soon."


def test_fields_of_the_wrong_type_are_ignored_with_a_warning():
    raw = RawDocument("r.jsonl:1", BODY, "text", fields={"title": ["A", "list"], "date": 1690000000, "url": "https://a.example/x",
                                                          "outlet": {"name": "Coast Courier"}, "authors": ["Pia Lund"]})
    a = to_article(raw)
    assert a.title is None and a.published is None and a.outlet == "Coast Courier" and a.authors == ("Pia Lund",)
    assert [(p.stage, p.message) for p in a.problems] == [
        ("ingest", "field 'title' is a list; expected a string: ignored"),
        ("ingest", "field 'date' is a number (1690000000); expected a string: ignored")]


def test_reading_repairs_travel_with_the_article():
    a = to_article(RawDocument("p.txt", BODY, "text", warnings=("1 byte not valid UTF-8 replaced with U+FFFD (first at byte 9)",)))
    assert [p.stage for p in a.problems] == ["ingest"]


def test_an_article_far_too_long_is_refused_naming_the_limit():
    body = "\n\n".join([BODY * 4] * 3000)  # a 1 MB "article", made here rather than kept in the repository
    assert len(body) > 1_000_000
    with pytest.raises(InputError) as exc:
        to_article(RawDocument("huge.txt", body, "text"))
    assert str(exc.value) == (f"huge.txt: article text too long ({len(body):,} characters; at most 1,000,000 "
                              "per article: split it into several files)")


def test_a_page_laid_out_in_tables_keeps_its_text():
    # issue 15, case 17: the strict extraction found no text in old table layouts
    paras = "".join(f"<p>The club met on Saturday at the river meadow for the {n} session of the season, and twelve "
                    "dogs with their owners took part despite the rain and the cold wind from the hills.</p>"
                    for n in ("first", "second", "third"))
    page = (f'<html><head><title>Training day</title></head><body><table><tr><td><ul id="navlist"><li><a href="/">Home'
            f'</a></li><li><a href="/a">About</a></li></ul></td><td><table><tr><td></td><td><h1>Training day</h1>{paras}'
            "</td><td></td></tr></table></td></tr></table></body></html>")
    a = to_article(RawDocument("club.html", page, "html"))
    assert a.body.count("twelve dogs") == 3 and "About" not in a.body


def test_an_address_on_the_line_above_a_headline_is_the_articles_url_and_dates_it(fixtures):
    "A page copied with its address above the headline, with no blank line between them."
    a = load(fixtures / "titles" / "address_above_headline.txt")
    assert a.url == "https://kessin-courier.example/region/2024/04/12/dam-release-cut/"
    assert a.title == "Dam Operator Cuts Release as Reservoir Falls"
    assert a.published == "2024-04-12" and a.date_source == "url"
    assert a.body.startswith("The operator of the Kessin dam") and "https://" not in a.body


@pytest.mark.parametrize("label", ["Fonte:", "URL:", "Izvor:", "Աղբյուր:", "Աղբյուր՝", "منبع:", "Source URL:"])
def test_a_labelled_address_under_a_headline_is_the_url_in_any_language(fixtures, label):
    """'Headline\\nFonte: https://...' with no blank line between: the label and address are no part of the title.
    Armenian sets the label off with its own mark ("Աղբյուր՝")."""
    text = (fixtures / "titles" / "labelled_address_under_headline.txt").read_text(encoding="utf-8")
    a = to_article(RawDocument("a.txt", text.replace("Fonte:", label), "text"))
    assert a.title == "Ponte di Kessin, il gestore riduce il rilascio d'acqua"
    assert a.url == "https://kessin-gazzetta.example/regione/2024/04/12/ponte-kessin-rilascio"
    assert a.published == "2024-04-12" and a.body.startswith("Il gestore della diga")


@pytest.mark.parametrize("label", ["Source: ", "URL: ", "Lien : ", "Ссылка: ", "", "Izvor: ", "Источник: ", "Fonte: ",
                                   "منبع: ", "Աղբյուր՝ "])
def test_an_address_closing_the_file_is_the_url_and_dates_it(fixtures, label):
    """A page saved with its address at the foot, bare or under a label that names it its address or its source, in
    any language, after a "Read also" line that has a headline of its own."""
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    a = to_article(RawDocument("a.txt", text.replace("Source: ", label), "text"))
    assert a.url == "https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    assert a.published == "2024-04-16" and a.date_source == "url" and "https://" not in a.body


LINK = "https://other-outlet.example/world/2024/04/11/kessin-report"


@pytest.mark.parametrize("foot", [
    f"Read more:\n\n{LINK}",  # a link a label leads to
    f"**Read more:**\n\n{LINK}",
    f"Read more\n\n{LINK}",
    f"Related:\n\n{LINK}\n\n{LINK}",  # a run of links
    f"More on the agency's website\n{LINK}",  # a link cut from a paragraph's last line
    "Photo: https://images.example/2019/01/01/dam.jpg",  # a picture
    "https://t.me/share/url?url=https://kessin-courier.example/region/2024/04/16/x",  # a share button
])
def test_a_link_closing_the_file_to_another_page_is_not_the_url(fixtures, foot):
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, foot), "text"))
    assert a.url is None and a.published is None


@pytest.mark.parametrize("above", ["Share: Facebook | X | Email", "Condividi: Facebook · WhatsApp · Telegram",
                                   "Tags: dam, Kessin, water", "Теги: плотина, Кессин", "Foto: Ivana Marić"])
def test_a_bare_address_after_the_share_buttons_topics_or_a_credit_is_the_url(fixtures, above):
    "What a saved page holds between its text and its own address does not make the address another page's."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, f"{above}\n\n{link[8:]}"), "text"))
    assert a.url == link[8:] and a.published == "2024-04-16"


def test_a_bare_link_after_a_line_that_names_no_share_button_is_not_the_url(fixtures):
    "... unless the words of its last folder name the headline (``test_a_bare_address_that_names_the_headline...``)."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    bare = "https://kessin-courier.example/region/2024/04/16/48213"
    a = to_article(RawDocument("a.txt", text.replace(link, f"Share the report with the agency | X\n\n{bare}"), "text"))
    assert a.url is None and a.published is None


def test_a_web_pages_own_address_comes_before_a_link_its_text_closes_with():
    paras = "".join(f"<p>The operator of the Kessin dam cut the release of water for the {n} time this month, the "
                    "regional water agency said in a statement on Tuesday afternoon.</p>" for n in ("first", "second"))
    page = ('<html><head><title>Dam cut</title><link rel="canonical" href="https://kessin-courier.example/2024/04/16/'
            f'dam-cut"></head><body><article><h1>Dam cut</h1>{paras}<p>https://water-agency.example/press/2024/04/10/'
            'statement</p></article></body></html>')
    a = to_article(RawDocument("page.html", page, "html"))
    assert a.url == "https://kessin-courier.example/2024/04/16/dam-cut"


def test_an_address_closing_the_file_does_not_overrule_a_date_line_above_the_text(fixtures):
    "With 'Published: 15 April 2024' under the headline, a link at the foot dates nothing: it may be another page's."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    text = text.replace("\n\n", "\n\nPublished: 15 April 2024\n\n", 1).replace("Source: ", "")
    a = to_article(RawDocument("a.txt", text, "text"))
    assert a.published == "2024-04-15" and a.url is None


@pytest.mark.parametrize("foot, url", [
    ("[https://kessin-courier.example/region/2024/04/16/x](https://kessin-courier.example/region/2024/04/16/x)",
     "https://kessin-courier.example/region/2024/04/16/x"),  # a Markdown link
    ("https://kessin-courier.example/region/2024/04/16/shareholders-sue-dam-operator",
     "https://kessin-courier.example/region/2024/04/16/shareholders-sue-dam-operator"),  # "share..." in a slug
])
def test_an_address_closing_a_markdown_file_is_its_url(fixtures, foot, url):
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.md", text.replace(link, foot), "markdown"))
    assert a.url == url and a.published == "2024-04-16"


@pytest.mark.parametrize("line", ["Publié le 16 avril 2024", "Published: 16 April 2024, 18:05", "Objavljeno: 16.04.2024."])
def test_a_date_line_closing_the_file_dates_it(fixtures, line):
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, line), "text"))
    assert a.published == "2024-04-16" and a.date_source == "date line" and "2024" not in a.body


@pytest.mark.parametrize("line", ["Выборы прошли 12 мая 2019 года.", "Updated 20 April 2024", "16.04.2024."])
def test_a_closing_line_with_a_date_that_says_no_publication_does_not_date_it(fixtures, line):
    """A sentence that reports a date, an update's date or a bare date at the foot: no publication date, and no
    date line above the text is overruled ("Опубликовано: 16 апреля 2024" under the headline stays)."""
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, line), "text"))
    assert a.published is None
    headed = text.replace(link, line).replace("\n\n", "\n\nОпубликовано: 15 апреля 2024\n\n", 1)
    assert to_article(RawDocument("a.txt", headed, "text")).published == "2024-04-15"


def test_a_link_inside_the_text_is_not_the_url(fixtures):
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    text = text.replace(f"Source: {link}", "").replace("Read also:", f"Izvor: {link}\n\n{link}\n\nRead also:")
    a = to_article(RawDocument("a.txt", text, "text"))
    assert a.url is None and a.published is None


def test_a_link_to_read_next_under_a_headline_is_not_the_url(fixtures):
    text = (fixtures / "titles" / "labelled_address_under_headline.txt").read_text(encoding="utf-8")
    a = to_article(RawDocument("a.txt", text.replace("Fonte:", "Read also:"), "text"))
    assert a.url is None and "https://" not in a.body


@pytest.mark.parametrize("above, other", [
    ("Related: Second Kessin dam failure in a week floods two farms", "second-kessin-dam-failure-floods-farms"),
    ("Leggi anche: Diga di Torvel, ministri pronti a un secondo round", "diga-torvel-ministri-pronti-secondo-round"),
])
def test_a_bare_address_that_names_the_headline_is_the_url_after_a_read_also_line(fixtures, above, other):
    "The words of its last folder say whose it is: the page's, not the linked story's above it."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, f"{above}\n\n{link[8:]}"), "text"))
    assert a.url == link[8:] and a.published == "2024-04-16"
    other = f"https://kessin-courier.example/region/2024/04/09/{other}"
    a = to_article(RawDocument("a.txt", text.replace(link, f"{above}\n\n{other}"), "text"))
    assert a.url is None and a.published is None  # the linked story's own words: its link


@pytest.mark.parametrize("above, url", [
    ("Previously on this story", "region/2023/09/12/kessin-dam-operator-cuts-release"),  # the story's earlier page
    ("Watch: the operator's statement", "video/2024/04/15/dam-operator-cuts-release-statement"),
    ("Related: Farmers fear a dry summer on the Kessin plain",
     "region/2024/04/03/dam-operator-cuts-release-first-time"),
])
def test_a_bare_link_to_another_page_of_the_story_is_not_the_url(fixtures, above, url):
    "Another page of the same story shares words with the headline; only the page's own address is all of them."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    a = to_article(RawDocument("a.txt", text.replace(link, f"{above}\n\nhttps://kessin-courier.example/{url}"), "text"))
    assert a.url is None and a.published is None


@pytest.mark.parametrize("foot, url", [
    ("Lien : https://kessin-courier.example/region/dam-release-cut-again", True),  # its label: the page's address
    ("https://kessin-courier.example/region/2024/04/15/dam-release-cut-again", True),  # the date line's very day
    ("Sumber: https://other-outlet.example/region/dam-release-cut-again", False),  # a source's: maybe the original's
])
def test_under_a_date_line_an_address_its_label_names_or_of_that_day_is_the_url(fixtures, foot, url):
    "Under 'Published: 15 April 2024', the page's address as its label names it, or a bare link of that very day."
    text = (fixtures / "titles" / "address_at_the_foot.txt").read_text(encoding="utf-8")
    link = "Source: https://kessin-courier.example/region/2024/04/16/dam-release-cut-again"
    text = text.replace("\n\n", "\n\nPublished: 15 April 2024\n\n", 1).replace(link, foot)
    a = to_article(RawDocument("a.txt", text, "text"))
    assert a.published == "2024-04-15" and a.url == (foot.split(" ")[-1] if url else None)

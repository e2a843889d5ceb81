import pytest

from rashomon.ingest.markup import join_broken, sort_blocks


def test_markdown_furniture_is_sorted_out(fixtures):
    s = sort_blocks((fixtures / "wire_republished.md").read_text())
    assert s.title == "Ministers Trade Blame Over Closed Border Crossing"
    assert s.bylines == ["Harbour Press Agency"]
    assert s.date == "2024-03-03"
    assert s.url == "https://harbour-times.example/2024/03/03/ministers-trade-blame"
    assert [c.credit for c in s.captions] == [None, "Lena Ort / Harbour Press Agency"]
    assert s.captions[1].text == "Trucks wait at the Kessin crossing on Monday."
    assert any(f.startswith("Related article") for f in s.furniture)
    assert "Share this article" in s.furniture
    body = "\n".join(s.paragraphs)
    assert "Related article" not in body and "Lena Ort" not in body and "Original url" not in body
    # the paragraph that the scraper broke mid-sentence is whole again
    assert "the closure was a routine safety measure." in body


def test_plain_text_headline_only_with_byline_or_date(fixtures):
    s = sort_blocks((fixtures / "plain_with_header.txt").read_text())
    assert s.title == "Farmers Protest Outside Parliament"
    assert s.date == "2024-04-12"
    bare = sort_blocks((fixtures / "plain_no_metadata.txt").read_text())
    assert bare.title is None and bare.date is None and bare.bylines == []
    assert len(bare.paragraphs) == 3


def test_plain_text_headline_set_apart_above_the_text(fixtures):
    "A short first line without a full stop, a blank line under it, above a paragraph of sentences."
    s = sort_blocks((fixtures / "titles" / "headline_apart.txt").read_text())
    assert s.title == "Dam Operator Cuts Release as Reservoir Falls"
    assert s.paragraphs[0].startswith("The operator of the Kessin dam")
    # one line per paragraph: the first line may open a pasted excerpt, so it stays text
    lines = sort_blocks((fixtures / "titles" / "headline_apart.txt").read_text().replace("\n\n", "\n"))
    assert lines.title is None and lines.paragraphs[0] == "Dam Operator Cuts Release as Reservoir Falls"
    # a label of one or two words is no headline
    label = sort_blocks("World news\n\nThe operator of the dam cut the water it releases on Friday.")
    assert label.title is None


def test_headline_set_apart_above_sentences_that_end_in_another_script():
    "Armenian ends a sentence with '։', Hindi with '।'."
    for headline, text in (("Ջրամբարի օպերատորը կրճատել է ջրի բացթողումը",
                            "Կեսինի ամբարտակի օպերատորը ուրբաթ օրը կրճատել է ջրի բացթողումը՝ նշելով, որ ջրամբարը նվազում է։"),
                           ("बांध संचालक ने पानी छोड़ना कम किया", "केसिन बांध के संचालक ने शुक्रवार को नीचे छोड़े जाने वाले पानी में कटौती की।")):
        s = sort_blocks(f"{headline}\n\n{text}")
        assert s.title == headline and s.paragraphs == [text]


def test_join_broken_keeps_real_paragraphs():
    assert join_broken(["He said the plan was", "dead."]) == ["He said the plan was dead."]
    assert join_broken(["It ended.", "then it began"]) == ["It ended.", "then it began"]
    assert join_broken(["A heading", "The text."]) == ["A heading", "The text."]


def test_italic_line_under_a_photo_is_its_caption_with_credit():
    text = ("# Title\n\n![alt text](img.jpg)\n\n*Farmers on the dry riverbed on Tuesday / Valley Post*\n\n"
            "The first paragraph of the story is here and it is long enough.")
    out = sort_blocks(text)
    assert [(c.text, c.credit) for c in out.captions] == [("Farmers on the dry riverbed on Tuesday", "Valley Post")]
    assert out.paragraphs == ["The first paragraph of the story is here and it is long enough."]


def test_read_also_lines_and_photo_captions_in_other_languages_are_no_text():
    lead = "Министры встретились во вторник и обсудили открытие границы для грузовиков и автобусов."
    links = ["Читайте также: Цены на хлеб растут", "Lire aussi : Comment rouvrir la frontière",
             "Baca juga: Harga gandum naik", "Leggi anche: Il prezzo del pane", "Читайте також: Як працює коридор",
             "بیشتر بخوانید: قیمت نان", "Կարդացեք նաև՝ Ինչպես է բացվում սահմանը", "Lesen Sie auch: Brotpreise steigen"]
    photos = ["Фото: Министры на встрече в Тесске", "Foto: Kapal kontainer di pelabuhan", "Photo caption: Trucks wait",
              "Foto d'archivio: il ministro a Tesk", "Fotoğraf: Sınır kapısında bekleyen tırlar", "Фото: Офіс президента"]
    s = sort_blocks("\n\n".join([lead, *links, *photos, lead]))
    assert s.paragraphs == [lead, lead]
    assert len(s.furniture) == len(links) and len(s.captions) == len(photos)
    for text in ("Фотограф Анна Ким снимала встречу для агентства весь день и вечер.",
                 "Foto-Ausstellung über die Grenze eröffnet am Dienstag in Tesk."):
        assert len(sort_blocks(f"{lead}\n\n{text}").paragraphs) == 2  # text about photos is text


def test_a_pages_topics_are_no_text():
    "'Tags: ...' lists what a page files its story under; two reports of a story would share it as a sentence."
    lead = "The dam failed at about 2 a.m. on Saturday and sludge reached the river, officials said."
    topics = ["Tags: Dauvija, mining, pollution", "Теги: Модравия, пожар, химзавод, Журавец",
              "برچسب‌ها: داوویا، معدن یوداکمنه، آلودگی آب", "Etichette: Dauvija, miniera", "Պիտակներ՝ Դաուվիա, հանք"]
    s = sort_blocks("\n\n".join([lead, *topics]), markdown=False)
    assert s.paragraphs == [lead] and s.furniture == topics
    long = "Topics: " + " ".join(["the talks covered water, trade and the border crossings"] * 5) + "."
    assert sort_blocks(f"{lead}\n\n{long}", markdown=False).paragraphs == [lead, long]  # a long block is text


def test_what_a_page_holds_under_its_text_is_no_text():
    """Its source, credits, links to other stories (run together in one block), share buttons, counts of views and
    comments, an agency's closing formula, a channel's handle and a newsletter's prompt; a caption that ends with
    its photo's credit is a caption."""
    lead = "The dam failed at about 2 a.m. on Saturday and sludge reached the river, officials said."
    foot = ["Fonte: Compass Leggi anche: Brenovia, esplosione alla stazione di Drovno (3 novembre)",
            "Penulis: Rizky Pratama | Editor: Sinta Maharani Baca juga: Ledakan di Stasiun Drovno",
            "Sumber: Fairwind", "Поврзани вести: Втора експлозија во Дровно (11.11.2026)",
            "Tagovi: Zaborija, brane, poplave", "Сподели: Facebook | X | Viber", "Կիսվել՝ Facebook | Telegram",
            "Коментари (12)", "👁 3 412 💬 57", "Դիտումներ՝ 2 051", "انتهای پیام/", "👉 @kibershchit | 👁 12,4K",
            "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини",
            "Vous recevez cette lettre parce que vous êtes abonné à Sept sur sept. Se désabonner",
            "Подготвил: Г. Петровски", "کد خبر: ۷۳۰۴۵۲ برچسب‌ها: کوردسیا، انتخابات", "Lien : https://echo.example/monde/a",
            "Διαβάστε επίσης: Έκρηξη σε αποθήκη διαλυτών (30 Ιουνίου 2026)", "📌 Теги: кібератака, водоканал"]
    captions = ["Место експлозије у Дровну. Фото: Бренпрес", "Les ministres réunis à Port-Aurel. Photo : Le Fil / M. Aubry"]
    s = sort_blocks("\n\n".join([lead, *foot, *captions]), markdown=False)
    assert s.paragraphs == [lead] and s.furniture == foot
    assert [(c.text, c.credit) for c in s.captions] == [("Место експлозије у Дровну.", "Бренпрес"),
                                                        ("Les ministres réunis à Port-Aurel.", "Le Fil / M. Aubry")]
    # sentences that name such things are text, and a date line in the text may date its report
    assert sort_blocks(f"{lead}\n\n06/04/2026 - 11:20", markdown=False).paragraphs == [lead, "06/04/2026 - 11:20"]
    for text in ("Source: the ministry said the dam had been inspected in March, and found sound.",
                 "Izvor: Ministarstvo je saopštilo da je 12 ljudi povređeno.",
                 "منبع: وزارت بهداشت اعلام کرد که دوازده نفر زخمی شدند.",
                 "Topics: the talks covered water, trade and the border, the minister said.",
                 "Readers who subscribe to the paper's newsletter got the news first, the editor said on Sunday.",
                 "«Підписуйтеся на офіційні канали Повітряних сил і не поширюйте чутки», — закликав Ігнат.",
                 "@UNHCR said on Sunday that 4,000 people had fled across the border.", "✅ 87 ❌ 29",
                 "Rescuers searched the river banks through the night and found two more bodies, the ministry said on "
                 "Sunday. Photo: Reuters"):
        assert sort_blocks(f"{lead}\n\n{text}", markdown=False).paragraphs == [lead, text]
    # above the text, such a label opens a headline and a byline keeps its date; a count, a handle or a prompt under a
    # headline is furniture all the same; an address of a street is text
    assert sort_blocks(f"{lead}\n\nAdresse: Große Straße 1, 26721 Emden", markdown=False).paragraphs[-1].startswith("Adr")
    for under in ("👁 1 204 💬 12", "@kibershchit 👁 12,4K", "Подпишитесь на наш Telegram-канал"):
        s = sort_blocks(f"Brana popustila iznad Drovna\n\n{under}\n\n{lead}\n\n{lead}", markdown=False)
        assert (s.title, s.paragraphs, s.furniture) == ("Brana popustila iznad Drovna", [lead, lead], [under])
    top = sort_blocks(f"Source: Ukraine to receive first F-16 jets by summer\n\n{lead}\n\n{lead}", markdown=False)
    assert top.title == "Source: Ukraine to receive first F-16 jets by summer"
    byline = sort_blocks(f"Ministers meet in Tesk\n\nАвтор: Ольга Сверчкова | 12 марта 2026\n\n{lead}", markdown=False)
    assert (byline.date, byline.bylines) == ("2026-03-12", ["Ольга Сверчкова"])


def test_the_staff_a_wire_story_closes_with_is_no_text():
    "'(Reporting by ...; Editing by ...)' credits the wire's staff; a sentence that opens with 'Reporting' stays."
    text = ("The dam failed at about 2 a.m., officials said.\n\n"
            "Reporting by the state broadcaster said the spillway had been closed for repairs since March, "
            "a claim the operator denied.\n\n"
            "(Reporting by Ana Petrov in Varno; Additional reporting by Tom Reed; Editing by Mark Hollis)")
    s = sort_blocks(text, markdown=False)
    assert s.paragraphs[-1].startswith("Reporting by the state broadcaster") and len(s.paragraphs) == 2
    assert s.furniture == ["(Reporting by Ana Petrov in Varno; Additional reporting by Tom Reed; Editing by Mark Hollis)"]


def test_a_date_beside_the_byline_is_the_article_s_date():
    "'By Ana Petrov | 19 March 2026, 18:40': the byline names her, and the date is the article's."
    text = ("# Talks end with a deal on inspections\n\nBy Ana Petrov | 19 March 2026, 18:40\n\n"
            "Joint inspection teams will start work at the station on Monday, the government said on Thursday.")
    s = sort_blocks(text)
    assert s.bylines == ["Ana Petrov"] and s.date == "2026-03-19"
    assert sort_blocks(text.replace(" | 19 March 2026, 18:40", "")).date is None
    serbian = sort_blocks("Maračev ponovo razgovarao sa Movsal\n\nAutor: Milica Jović | 04.02.2021. 20:31\n\n"
                          "VELGRAD – Ministar je razgovarao u četvrtak telefonom sa šeficom diplomatije.", markdown=False)
    assert serbian.bylines == ["Milica Jović"] and serbian.date == "2021-02-04"
    assert serbian.title == "Maračev ponovo razgovarao sa Movsal"
    # the time a live page was updated, on the line under the byline, is no part of the byline
    live = sort_blocks("# LIVE: Talks resume at the station\n\nBy Ana Petrov and the Herald live team\n"
                       "Last updated 18:40\n\nJoint inspection teams will start work at the station on Monday.")
    assert live.bylines == ["Ana Petrov and the Herald live team"]
    dated = sort_blocks(text.replace(" | 19 March 2026, 18:40", " | Updated 19 March 2026, 18:40"))
    assert dated.bylines == ["Ana Petrov"] and dated.date == "2026-03-19"


@pytest.mark.parametrize("notice", [
    "This site uses cookies. Continue browsing to accept. [OK]",
    "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation. OK",
    "Ovaj sajt koristi kolačiće. Nastavkom korišćenja prihvatate uslove.",
    "Nous utilisons des cookies pour améliorer votre expérience. Accepter | Refuser",  # its last button refuses
])
def test_a_consent_notice_above_the_article_is_furniture(notice):
    "In any language: a short block that names cookies and asks to accept them opens no article."
    s = sort_blocks(f"{notice}\n\nJoint inspection teams will start work at the station on Monday, officials said.")
    assert s.paragraphs[0].startswith("Joint inspection teams") and notice in s.furniture
    for news in ("The bakery sold 400 cookies on Monday, the owner said.",
                 "Websites must ask for consent before setting cookies, under a policy the regulator will enforce."):
        assert sort_blocks(f"{news}\n\nThe rule takes effect on Sunday.").paragraphs[0] == news


@pytest.mark.parametrize("byline, name", [
    ("di Lorenzo Bassani", "Lorenzo Bassani"), ("Par Claire Vandamme", "Claire Vandamme"),
    ("Автор: Ольга Сверчкова", "Ольга Сверчкова"), ("Piše: Nikola Vranješ", "Nikola Vranješ"),
    ("Penulis: Rina Kartikasari | Editor: Yoga Pratama", "Rina Kartikasari"), ("Reporter: Fajar Nugroho", "Fajar Nugroho"),
    ("Հեղինակ՝ Անահիտ Սողոմոնյան", "Անահիտ Սողոմոնյան"), ("de Andreea Pătrașcu", "Andreea Pătrașcu"),
    ("Текст: Ольга Ставрова", "Ольга Ставрова"), ("گزارش: سارا نیک‌پور", "سارا نیک‌پور"),
])
def test_a_byline_in_another_language_under_a_plain_headline(byline, name):
    "The headline above it is the title, and the byline no paragraph; 'Di fronte alla crisi' opens a sentence."
    s = sort_blocks(f"Primo incontro a Tolvin: via libera al treno\n\n{byline}\n\n"
                    "TOLVIN – I due vicepremier si sono incontrati lunedì per la prima volta.", markdown=False)
    assert s.title == "Primo incontro a Tolvin: via libera al treno" and s.bylines == [name]
    sentence = sort_blocks("Di fronte alla crisi\n\nIl governo ha deciso di chiudere il valico.", markdown=False)
    assert sentence.bylines == []
    for headline in ("De Gaulle Airport Closed", "Reporter Jailed In Turkey", "Penulis Senior Meninggal Dunia",
                     "گزارش سازمان ملل متحد"):  # a label that opens a headline is a byline's only with its colon
        kept = sort_blocks(f"{headline}\n\nBy Ana Petrov\n\nThe ministry said on Monday that it agreed.", markdown=False)
        assert kept.title == headline and kept.bylines == ["Ana Petrov"]


def test_the_outlet_and_section_above_the_text_are_furniture():
    s = sort_blocks("# Talks end with a deal\n\nHalmor Courier | Politics\n\nThe two deputy prime ministers met today.")
    assert s.furniture == ["Halmor Courier | Politics"] and s.paragraphs[0].startswith("The two deputy")
    # a date among them is the article's date ("24." is no list item there)
    dated = sort_blocks("# Sud naložio Orseniji\n\n24. februar 2021. | 17:48 | Svet\n\nMARENHOF – Sud je naložio.")
    assert dated.date == "2021-02-24"


def test_a_site_menu_above_the_headline_is_furniture():
    "A menu line before the headline is no headline: the line under it is."
    s = sort_blocks("Home | Lusaria | Ardesh | World | Business | Opinion | Live\n"
                    "Sarvel expels Lusarian diplomats\nBy Andrei Munteanu\n\nBrenovia on Thursday ordered three "
                    "Lusarian diplomats to leave the country within 72 hours.")
    assert s.furniture == ["Home | Lusaria | Ardesh | World | Business | Opinion | Live"]
    assert s.title == "Sarvel expels Lusarian diplomats"
    # the outlet's name before the menu, set off by a dash or with an ampersand in it
    for menu in ("KALTRENIA TODAY — News | Economy | Sea | Culture | Opinion",
                 "Le Regard du Monde — International | Europe | Économie | Planète",
                 "ORE & METAL REVIEW | Base Metals | Precious Metals | Projects | Markets"):
        u = sort_blocks(f"{menu}\n\nVictory at Kamenorice\nTuesday, 8 September 2026, 16:45\n\nAn arbitral tribunal on "
                        "Tuesday upheld the right of Kaltrenian fishermen to fish on the bank.")
        assert u.furniture == [menu] and u.title == "Victory at Kamenorice"
        # the name before the dash is the outlet's; a menu of sections alone names none
        assert u.site == {"K": "KALTRENIA TODAY", "L": "Le Regard du Monde", "O": None}[menu[0]]
    assert s.site is None
    # a page's title is no menu: a headline, a dash, then its section and outlet ("live updates" has a dash's place)
    for title in ("Storm Ciaran — live updates | UK news | The Guardian", "Live | Israel — Gaza war | Day 100",
                  "Budget 2026 – what it means | Money | Tax"):
        assert sort_blocks(f"{title}\n\nThe storm reached the coast on Thursday.").furniture == []
    # a headline with bars in it is no menu: its parts are longer
    t = sort_blocks("Talks end | Ministers agree on inspections at the border | What comes next\n\nThe two deputy "
                    "prime ministers met today.")
    assert t.furniture == []


@pytest.mark.parametrize("block, date", [("Tarsel staff and agencies\nWed 3 Jan 2024 17.02 GMT", "2024-01-03"),
                                         ("Ahmet Velik |24.11.2023 - Güncelleme : 24.11.2023\nKudüs", "2023-11-24")])
def test_a_byline_or_place_beside_the_date_further_down_the_head_leaves_the_date_its_line(block, date):
    "A byline or a dateline's place in the date's block, under the headline and standfirst: the date is still read."
    from rashomon.ingest.metadata import to_article
    from rashomon.model import RawDocument

    text = (f"World › Europe\n\nKaldor and Tarsel swap prisoners\n\nHundreds return home in the first exchange for "
            f"months\n\n{block}\n\nKaldor and Tarsel exchanged 230 prisoners on Wednesday, officials said.")
    assert to_article(RawDocument("t.txt", text, "text", {})).published == date
    # two lines and no date: a newsletter's button and its small print stay one block of furniture
    s = sort_blocks(text.replace(block, "Subscribe to our newsletter\nBy signing up, you agree to our Privacy Policy"))
    assert "Subscribe to our newsletter By signing up, you agree to our Privacy Policy" in s.furniture


def test_a_head_stacked_in_one_block_under_a_logo_with_a_full_stop_is_read_line_by_line():
    "A site's name as its logo writes it ('tarselnews.'), its section, the headline, a byline and the date in one block."
    from rashomon.ingest.metadata import to_article
    from rashomon.model import RawDocument

    text = ("tarselnews.\nEurope\nKaldor parliament overrides the president's veto\nBy Tarselnews with agencies\n"
            "Published on 28/05/2026 - 15:40 GMT+2\n\nKaldor's parliament on Tuesday overrode the veto, 84 to 4.")
    a = to_article(RawDocument("t.txt", text, "text", {}))
    assert (a.published, a.title, a.outlet) == ("2026-05-28", "Kaldor parliament overrides the president's veto",
                                                "tarselnews")
    assert a.body == "Kaldor's parliament on Tuesday overrode the veto, 84 to 4."


def test_a_source_line_and_a_breadcrumb_of_two_in_the_head_are_no_title_nor_text():
    """"Извор: РТС, Танјуг" under the date is where the story came from, and "International › Europe" above a Markdown
    headline the site's sections; the published and updated line under them dates the page, its reading time and all."""
    from rashomon.ingest.metadata import to_article
    from rashomon.model import RawDocument

    text = ("РТС\nВести › Свет\nчетвртак, 05. окт 2026, 19:04\nИзвор: РТС, Танјуг\n\nПутин: пронађени фрагменти\n\n"
            "Председник је то рекао у четвртак увече у Сочију.")
    a = to_article(RawDocument("t.txt", text, "text", {}))
    assert (a.title, a.published, a.body) == ("Путин: пронађени фрагменти", "2026-10-05",
                                              "Председник је то рекао у четвртак увече у Сочију.")
    text = ("[International](https://x.example/int/) › [Europe](https://x.example/europe/)\n\n# Tarsel turns back\n\n"
            "Publié le 25 juin 2026 à 06h12, modifié le 25 juin 2026 à 10h40 · Temps de Lecture 4 min.\n\n"
            "Les colonnes ont fait demi-tour samedi soir.")
    a = to_article(RawDocument("t.md", text, "markdown", {}))
    assert (a.title, a.published, a.body) == ("Tarsel turns back", "2026-06-25",
                                              "Les colonnes ont fait demi-tour samedi soir.")
    # a headline that opens with "Source:" is the headline, above anything else of the page
    text = ("Источник: Орлов может покинуть пост министра\n\n12 мая 2026, 10:15\n\nВ Кремле это не комментируют, "
            "сообщили источники.")
    assert to_article(RawDocument("t.txt", text, "text", {})).title == "Источник: Орлов может покинуть пост министра"


def test_a_read_also_label_over_a_list_of_linked_headlines_is_furniture():
    "'Mehr zum Thema' alone on its line and the headlines it links on the lines under it, in one block."
    s = sort_blocks("Kaldor freed 13 captives on Friday, its spokesman said.\n\nThe truce holds.\n\nMehr zum Thema\n"
                    "Tarsel-Miliz kapert Frachter (19.11.2026)\nFeuerpause beginnt am Freitagmorgen (23.11.2026)\n\n"
                    "Zur Startseite\n\nJoin our Tarsel at War WhatsApp group | Sign up for the Daily Edition")
    assert s.paragraphs == ["Kaldor freed 13 captives on Friday, its spokesman said.", "The truce holds."]
    assert s.furniture[0] == "Mehr zum Thema · Tarsel-Miliz kapert Frachter (19.11.2026) · Feuerpause beginnt am " \
                             "Freitagmorgen (23.11.2026)"
    # words of a speaker that open as a channel's prompt does are text
    u = sort_blocks('Kaldor freed 13 captives.\n\n"Join us in building a safer Tarsel," Mira Holt told the summit.')
    assert u.paragraphs[-1].startswith('"Join us in building')
    # a label over sentences is no list of links
    t = sort_blocks("Kaldor freed 13 captives.\n\nSiehe auch\nDie Feuerpause hält. Sie soll vier Tage dauern.")
    assert any("Die Feuerpause hält. Sie soll vier Tage dauern." in p for p in t.paragraphs)


def test_a_pages_skip_links_and_navigation_buttons_are_furniture():
    "'Skip links', 'Show navigation', 'Live' above a headline are the page's buttons: the headline is its title."
    s = sort_blocks("Skip links\nSkip to Content\nLive\nShow navigation\nNews|Tarsel conflict\n\nKaldor frees 24 "
                    "captives\n\nThe two sides said the truce held.\n\nPublished On 24 Nov 2026\n24 Nov 2026\n\n"
                    "Kaldor released 24 captives on Friday, the first day of the truce, its spokesman said.")
    assert s.title == "Kaldor frees 24 captives"
    assert not any(p.startswith(("Skip", "Live", "Show")) for p in s.paragraphs)


@pytest.mark.parametrize("crumbs", ["Головна / Світ / Політика", "Home › World › Europe", "Accueil > Monde > Europe",
                                    "Главная / В мире", "Home › World", "الرئيسية / الإمارات",
                                    "ראשי / חדשות", "Mondo › Medio Oriente"])
def test_a_breadcrumb_above_the_headline_is_furniture(crumbs):
    "'Головна / Світ / Політика', 'Главная / В мире' over a headline: the site's path to the page, not its title."
    s = sort_blocks(f"{crumbs}\n\nМіністерка праці пішла у відставку\n\n09.11.2026, 19:15\n\nМіністерка праці в "
                    "понеділок оголосила про відставку.", markdown=False)
    assert s.furniture == [crumbs] and s.title == "Міністерка праці пішла у відставку"


@pytest.mark.parametrize("headline", ["Armenia / Azerbaijan / Russia: talks resume", "« Oui » ou « non » ? Le dilemme",
                                      "Israel / Gaza", "Le « non » l'emporte en Italie"])
def test_a_headline_with_slashes_or_guillemets_is_no_breadcrumb(headline):
    s = sort_blocks(f"{headline}\n\nBy Ana Petrov\n\nThe talks resumed on Monday in Geneva.", markdown=False)
    assert s.title == headline and s.furniture == []


def test_a_posts_lines_opened_by_emoji_or_bullets_are_paragraphs_of_their_own():
    "A post lists its items one per line; the lines of a wrapped paragraph still join."
    s = sort_blocks("Minister quits\n\nThe minister resigned today,\nthree weeks after the quake.\n\n"
                    "📄 In his letter he says the request was turned down.\n🗣 Bielak: «Too late.»\n"
                    "• The deputy takes over.", markdown=False)
    assert s.paragraphs[1:] == ["The minister resigned today, three weeks after the quake.",
                                "📄 In his letter he says the request was turned down.", "🗣 Bielak: «Too late.»",
                                "• The deputy takes over."]
    # a sign that opens no item stays in its line's paragraph
    assert sort_blocks("Title\n\nA text\n© 2026 The Courier", markdown=False).paragraphs[-1] == "A text © 2026 The Courier"


@pytest.mark.parametrize("masthead", ["Sette Mari · lettera n. 88 · domenica 25 ottobre 2026",
                                      "Morning Brief | No. 412 | 25 October 2026",
                                      "25.10.2026 · Weekly Letter · No. 88"])
def test_a_newsletter_masthead_under_the_headline_dates_it(masthead):
    "A line of a few short items between dots or bars, the first or last a date: the edition's date, not text."
    s = sort_blocks(f"La settimana: l'accordo di Hortza\n{masthead}\n\nKaltrenia e Arrandia hanno firmato giovedì un "
                    "accordo provvisorio sulla pesca.", markdown=False)
    assert s.date == "2026-10-25" and s.title == "La settimana: l'accordo di Hortza"
    assert s.paragraphs == ["Kaltrenia e Arrandia hanno firmato giovedì un accordo provvisorio sulla pesca."]
    # items of a sentence's length, or a breadcrumb that names a date, are no masthead
    for line in ("Talks end | The deal that was signed in Kamenorice by both governments | 25 October 2026",
                 "Victory Day | 9 May"):
        assert sort_blocks(f"{line}\n\nThe text is short and says little.", markdown=False).date is None


def test_a_byline_right_under_a_plain_headline_is_no_part_of_it():
    s = sort_blocks("Amber Coast Council calls for an inquiry\nBy Hanna Leclerc, Port Aurel\n\nThe Council on Monday "
                    "called for an independent investigation into the two explosions.", markdown=False)
    assert s.title == "Amber Coast Council calls for an inquiry" and s.bylines == ["Hanna Leclerc, Port Aurel"]
    # a paragraph wrapped before "by" is one paragraph under its headline
    wrapped = sort_blocks("Kessin dam operator cuts release\n\nThe operator cut the release on Tuesday, a move\nby the "
                          "regional agency that angered farmers downstream.\n\nThe farmers said they were not warned.",
                          markdown=False)
    assert wrapped.title == "Kessin dam operator cuts release" and wrapped.bylines == []


@pytest.mark.parametrize("line", ["Updated 19:42", "Last updated 21:35", "Обновлено 14:05", "کد خبر: ۴۴۸۲۱۶", "News ID: 1182",
                                  "Redazione Esteri", "Haber Merkezi", "گروه بین‌الملل"])
def test_an_update_time_or_a_news_code_under_the_headline_opens_no_text(line):
    """A time without a date says when the page changed, a labelled number which story it is, a desk who wrote it:
    none is the text's first sentence, which tells what kind of event it is and which instance. "At 14:05 the minister said"
    is a sentence."""
    s = sort_blocks(f"Second round of talks ends in Băile Sălcii\n\nBy Katrín Sveinsdóttir\n\n{line}\n\n"
                    "The envoys met on Tuesday for a second round of talks, the ministry said.", markdown=False)
    assert s.paragraphs[0].startswith("The envoys met") and line in s.furniture
    for sentence in ("At 14:05 the minister said the talks had ended.", "Deaths: 2300"):
        assert sort_blocks(f"Talks end\n\nBy Ana Petrov\n\n{sentence}\n\nThey lasted an hour.", markdown=False
                           ).paragraphs[0] == sentence
    for headline in ("Newsroom Layoffs Loom", "Staff Writer Fired", "سرویس مدارس رایگان"):  # a headline, not a desk
        assert sort_blocks(f"{headline}\n\nBy Ana Petrov\n\nThe ministry said on Monday.", markdown=False).title == headline


def test_headline_above_a_wire_dateline_of_its_own():
    "An agency writes its dateline as a paragraph under the headline: 'Baku, January 17, AZERTAC'."
    s = sort_blocks("Ministers of Ormeria and Kelsenia discuss the road\n\nVarno, January 17, ORMPRESS\n\n"
                    "The foreign ministers of Ormeria and Kelsenia held a phone conversation.")
    assert s.title == "Ministers of Ormeria and Kelsenia discuss the road"
    assert s.paragraphs[0] == "Varno, January 17, ORMPRESS"
    # without the dateline, a first line above one short line is text: a pasted excerpt
    plain = sort_blocks("Ministers of Ormeria and Kelsenia discuss the road\n\nVarno is quiet today")
    assert plain.title is None


@pytest.mark.parametrize("head, site, date", [
    # the site's name and its section on lines of their own, above the headline and its date line
    ("ORMPRESS\nPolitics\nMinisters of Ormeria and Kelsenia discuss the road\n17:21, 17 January 2023", "ORMPRESS",
     "2023-01-17"),
    ("Варнский вестник\nПолитика\nМинистры Ормерии и Кельсении обсудили дорогу\n"
     "Министр подчеркнул важность договоренностей\n17 января 2023, 18:56", "Варнский вестник", "2023-01-17"),
    # blank lines between them, a time in brackets
    ("ORMPRESS\n\nPolitics\n\nMinisters of Ormeria and Kelsenia discuss the road\n\n31.01.2023 [19:22]", "ORMPRESS",
     "2023-01-31"),
    # the site's name above its breadcrumb
    ("Varno Post\nWorld › Europe\nMinisters of Ormeria and Kelsenia discuss the road", "Varno Post", None),
    # a section alone names no site; "Updated 2 years ago" and "3 min read" are no text
    ("World\nMinisters of Ormeria and Kelsenia discuss the road\nBy Ana Petrov\n"
     "February 6, 2023 9:31 PM GMT+0 Updated 2 years ago\n3 min read", None, "2023-02-06"),
])
def test_a_pages_name_and_section_above_its_headline_are_furniture(head, site, date):
    """A page copied as text opens with the site's name, its section, the headline and a date line: the headline is
    the title, the date line the date, and neither the name nor the section is text."""
    s = sort_blocks(f"{head}\n\nThe foreign ministers of Ormeria and Kelsenia held a phone conversation on Tuesday, "
                    "the ministry said.", markdown=False)
    assert s.title in ("Ministers of Ormeria and Kelsenia discuss the road", "Министры Ормерии и Кельсении обсудили дорогу")
    assert (s.site, s.date) == (site, date)
    assert s.paragraphs[-1].startswith("The foreign ministers") and \
        not any(w in " ".join(s.paragraphs) for w in ("Politics", "Политика", "ORMPRESS", "Europe", "min read", "2023"))


def test_a_first_paragraph_wrapped_in_short_lines_is_no_page_head():
    "Lines of a paragraph wrapped short are one paragraph, not a site, a section and a headline."
    s = sort_blocks("The road\nremained closed on Tuesday as protesters\nstayed on it for a fifth week.\n\n"
                    "The ministry said talks would resume.", markdown=False)
    assert s.title is None and s.paragraphs[0].startswith("The road remained closed")


def test_a_name_in_bold_with_a_date_under_the_headline_is_the_byline():
    "'**Ana Petrov** Apr 24, 2023': a byline printed without its 'By'; a bold phrase without a date stays text."
    s = sort_blocks("# Ormeria sets up a checkpoint\n\n**Ana Petrov** Apr 24, 2023\n\nOrmeria has set up a checkpoint.")
    assert (s.bylines, s.date) == (["Ana Petrov"], "2023-04-24")
    # under a standfirst in italics
    u = sort_blocks("# Ormeria sets up a checkpoint\n\n*Varno says it will stop smuggling.*\n\n**Ana Petrov** Apr 24, 2023"
                    "\n\nOrmeria has set up a checkpoint.")
    assert (u.bylines, u.date, u.paragraphs[0]) == (["Ana Petrov"], "2023-04-24", "Varno says it will stop smuggling.")
    t = sort_blocks("# Ormeria sets up a checkpoint\n\n**Breaking news** from the border\n\nOrmeria has set up a checkpoint.")
    assert t.date is None and t.bylines == []


def test_a_block_of_date_lines_under_the_headline_dates_the_page():
    "'12 декабря 2022, 16:07' and 'обновлено 12 декабря 2022, 17:30' on two lines: published, then updated."
    s = sort_blocks("Министры Ормерии и Кельсении обсудили дорогу\n\n12 декабря 2022, 16:07\nобновлено 12 декабря 2022, "
                    "17:30\n\nМинистры иностранных дел Ормерии и Кельсении провели телефонный разговор.", markdown=False)
    assert (s.title, s.date) == ("Министры Ормерии и Кельсении обсудили дорогу", "2022-12-12")
    assert s.paragraphs == ["Министры иностранных дел Ормерии и Кельсении провели телефонный разговор."]


@pytest.mark.parametrize("link", ["Читайте также\nСовет проголосует по резолюции о Варне",
                                  "Читайте также\n\nСовет проголосует по резолюции о Варне",
                                  "Read also\n\nCouncil to vote on Varno resolution"])
def test_a_read_also_label_alone_and_the_headline_it_links_are_no_text(link):
    "'Читайте также' alone on its line, the other story's headline under it: neither is this article's text."
    s = sort_blocks(f"Министры Ормерии и Кельсении обсудили дорогу.\n\n{link}\n\nМинистры договорились встретиться.",
                    markdown=False)
    assert s.paragraphs == ["Министры Ормерии и Кельсении обсудили дорогу.", "Министры договорились встретиться."]
    # a sentence that opens with such words in lower case after them is text
    t = sort_blocks("Министры обсудили дорогу.\n\nПо теме встречи министры не сказали ничего нового.", markdown=False)
    assert len(t.paragraphs) == 2


@pytest.mark.parametrize("text, title", [
    # a short headline above its standfirst is no section
    ("Pashinyan visits Paris\n\nBy Ana Petrov\n\nOrmerian prime minister to meet Macron on Monday\n\nThe prime minister "
     "will meet the president in Paris on Monday, his office said.", "Pashinyan visits Paris"),
    # a headline above a menu is no site's name
    ("Ormeria and Kelsenia sign deal\n\nNews | Politics\n\nOrmeria and Kelsenia signed a deal on Tuesday, officials "
     "said.", "Ormeria and Kelsenia sign deal"),
])
def test_a_headline_is_no_label_of_the_page(text, title):
    assert sort_blocks(text, markdown=False).title == title


def test_what_a_page_label_takes_stops_at_its_own():
    "One linked headline after 'Читайте также', not the subheading after it; a bold phrase with a date is no byline."
    s = sort_blocks("Министры обсудили дорогу.\n\nЧитайте также\n\nСовет проголосует по резолюции о Варне\n\nРеакция в "
                    "Варне\n\nВ Варне заявили, что дорога открыта.\n\nПо теме Карабаха стороны не сказали ничего нового.",
                    markdown=False)
    assert s.paragraphs == ["Министры обсудили дорогу.", "Реакция в Варне", "В Варне заявили, что дорога открыта.",
                            "По теме Карабаха стороны не сказали ничего нового."]
    t = sort_blocks("# Talks end\n\n**Live updates** Apr 24, 2023\n\nThe talks ended on Monday.")
    assert t.bylines == [] and t.date is None


@pytest.mark.parametrize("crumbs", ["World | Europe", "РТС :: Вести :: Политика"])
def test_a_section_and_its_part_and_a_path_between_double_colons_are_furniture(crumbs):
    "'World | Europe' (a section of two words at most each side of a bar) and 'РТС :: Вести :: Политика' head pages."
    s = sort_blocks(f"{crumbs}\n\nMinister of labour resigns\n\nThe minister of labour resigned on Monday, three weeks "
                    "after the strike began.", markdown=False)
    assert s.furniture == [crumbs] and s.title == "Minister of labour resigns"


def test_a_day_and_time_without_a_year_above_the_headline_is_no_title():
    s = sort_blocks("ТАСС\nМеждународная панорама\n10 ОКТ, 03:12\n\nМинистр труда подал в отставку\n\nМинистр труда "
                    "в понедельник объявил об отставке.", markdown=False)
    assert s.title == "Министр труда подал в отставку" and "10 ОКТ, 03:12" in s.furniture


@pytest.mark.parametrize("headline", ["Ceasefire Holds | Reuters", "Messi | Ronaldo"])
def test_a_short_headline_with_a_bar_is_no_section(headline):
    s = sort_blocks(f"{headline}\n\nThe minister of labour resigned on Monday, three weeks after the strike began.",
                    markdown=False)
    assert s.title == headline and s.furniture == []

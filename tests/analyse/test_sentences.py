"""Sentence boundaries on news copy: abbreviations, dates, quotes, paragraphs."""

from rashomon.analyse.sentences import sentences
from rashomon.model import Article


def split(ctx, body: str, language: str = "en") -> list[str]:
    article = sentences(Article(id="t", source="t", format="text", body=body, language=language), ctx)
    return [article.text_of(s) for s in article.sentences]


def test_dates_with_abbreviated_months_do_not_split(ctx):
    got = split(ctx, "The talks began on Sept. 27 in Brussels. They resumed on Nov. 10 after a pause.")
    assert got == ["The talks began on Sept. 27 in Brussels.", "They resumed on Nov. 10 after a pause."]


def test_quotes_stay_with_their_sentence(ctx):
    got = split(ctx, '"We will not give up," the minister said. "Never." Crowds cheered.')
    assert got[0] == '"We will not give up," the minister said.'
    assert got[-1] == "Crowds cheered."


def test_a_blank_line_always_ends_a_sentence(ctx):
    got = split(ctx, "Heading without a full stop\n\nThe first paragraph starts here.")
    assert got == ["Heading without a full stop", "The first paragraph starts here."]


def test_offsets_point_into_the_body(ctx):
    body = "First one.  Second one.\n\nThird one."
    article = sentences(Article(id="t", source="t", format="text", body=body, language="en"), ctx)
    assert [body[s.start:s.end] for s in article.sentences] == ["First one.", "Second one.", "Third one."]


def test_rule_splitter_for_other_languages(ctx):
    text = "Die Gespräche endeten am Dienstag. Es gab keine Einigung.\n\nDr. Weber sprach später."
    assert split(ctx, text, language="de") == [
        "Die Gespräche endeten am Dienstag.", "Es gab keine Einigung.", "Dr. Weber sprach später."]


def test_scripts_without_capitals_and_other_full_stops_split(ctx):
    "Persian has no capitals, Armenian ends a sentence with '։', Ukrainian capitals lie outside А-Я."
    assert split(ctx, "گفت‌وگو کرد. پیرل از توردان خواست.", language="fa") == ["گفت‌وگو کرد.", "پیرل از توردان خواست."]
    assert split(ctx, "Հանդիպումը կայացավ։ Փաշինյանը ասաց.", language="hy") == ["Հանդիպումը կայացավ։", "Փաշինյանը ասաց."]
    assert split(ctx, "Հանդիպումը կայացավ: Փաշինյանը ասաց.", language="hy") == ["Հանդիպումը կայացավ:", "Փաշինյանը ասաց."]
    assert split(ctx, "Η συνάντηση έγινε. Έλληνες είπαν.", language="el") == ["Η συνάντηση έγινε.", "Έλληνες είπαν."]
    assert split(ctx, "Зустріч відбулася. Іран заявив про це.", language="uk") == ["Зустріч відбулася.", "Іран заявив про це."]


def test_a_lower_case_word_after_an_abbreviation_goes_on_with_the_sentence(ctx):
    got = split(ctx, "The elder daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's Republican primary. "
                     "eBay said nothing.")
    assert got == ["The elder daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's Republican primary.",
                   "eBay said nothing."]
    # a sentence may open in lower case where no abbreviation ends the one before ("adidas", "de Blasio")
    assert split(ctx, "The deal was signed at 10 a.m. Kyiv time. adidas said sales rose.") == [
        "The deal was signed at 10 a.m. Kyiv time.", "adidas said sales rose."]


def test_a_clock_time_goes_on_after_a_m_but_a_new_subject_starts_a_sentence(ctx):
    from rashomon.analyse.sentences import _rejoined

    got = split(ctx, "Gas flows via Ukraine halted at 7 a.m. Kyiv time (0500 GMT) after the deal expired. "
                     "Heating was cut off.")
    assert got == ["Gas flows via Ukraine halted at 7 a.m. Kyiv time (0500 GMT) after the deal expired.",
                   "Heating was cut off."]
    text = "The talks ended at 9 p.m. The ministers left."
    assert _rejoined(text, [(0, 25), (26, len(text))]) == [(0, 25), (26, len(text))]


def test_a_day_written_as_an_ordinal_before_its_month_ends_no_sentence(ctx):
    got = split(ctx, "Die letzte Inspektion habe am 3. März stattgefunden. Danach kam nichts.", language="de")
    assert got == ["Die letzte Inspektion habe am 3. März stattgefunden.", "Danach kam nichts."]


def test_a_wire_dateline_opens_the_sentence_after_it_and_is_none_of_its_own(ctx):
    "'МОСКВА, 31 января. /ТАСС/.' says where and when: it is no claim of its own."
    got = split(ctx, "МОСКВА, 31 января. /ТАСС/. Министр провел переговоры. Стороны договорились.", language="ru")
    assert got == ["МОСКВА, 31 января. /ТАСС/. Министр провел переговоры.", "Стороны договорились."]


def test_a_dash_that_opens_speech_opens_a_sentence(ctx):
    got = split(ctx, "Ситуация остается напряженной. — Блокады нет, — сказал он журналистам.", "ru")
    assert got == ["Ситуация остается напряженной.", "— Блокады нет, — сказал он журналистам."]


def test_armenian_s_colon_typed_as_a_stop_before_a_quotation_ends_no_sentence(ctx):
    "'հայտարարել է. «...»' (stated: \"...\"): Armenian ends its sentences with '։'."
    got = split(ctx, "Նախարարը հայտարարել է. «Ճանապարհը փակ է»։ Նա ավելացրել է, որ բանակցությունները կշարունակվեն։",
                language="hy")
    assert got == ["Նախարարը հայտարարել է. «Ճանապարհը փակ է»։", "Նա ավելացրել է, որ բանակցությունները կշարունակվեն։"]


def test_a_quotation_opened_with_a_low_mark_opens_a_sentence_and_its_closing_mark_ends_one(ctx):
    "Serbian, Macedonian and German quote „so“: a sentence ends before „ and after .“ as before « and after .»"
    got = split(ctx, "Ministar je to odbacio. „Nema istine u tome.“ Onda je otišao.", "sr")
    assert got == ["Ministar je to odbacio.", "„Nema istine u tome.“", "Onda je otišao."]


def test_french_guillemets_set_apart_by_a_space_open_a_sentence_and_so_does_one_after_a_network_s_letter(ctx):
    got = split(ctx, "Il est reparti. « Je reviendrai », a-t-il dit. Le président J. Varnel est venu.", "fr")
    assert got == ["Il est reparti.", "« Je reviendrai », a-t-il dit.", "Le président J. Varnel est venu."]
    got = split(ctx, "La colonne est rentrée, a annoncé Mira Tosk sur X. Elle a ajouté que tout allait bien.", "fr")
    assert got == ["La colonne est rentrée, a annoncé Mira Tosk sur X.", "Elle a ajouté que tout allait bien."]

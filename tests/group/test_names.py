"""Stories across scripts: a Russian, a Persian and an Armenian report of an event join the English
one through the names they share, written in their own scripts and case forms (fixtures:
tests/fixtures/cross_script/articles.jsonl, fictional people and places)."""

import json

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.analyse.entities import fold
from rashomon.analyse.names import name_key, name_keys, skeleton
from rashomon.group.signature import signature
from rashomon.group.stories import StoryGrouper
from rashomon.model import Article

from ..conftest import FIXTURES


def fixture_articles() -> dict[str, Article]:
    text = (FIXTURES / "cross_script" / "articles.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    return {r["id"]: Article(id=r["id"], source="t", format="text", body=r["text"], title=r["title"],
                             published=r["date"], language=r["language"]) for r in rows}


@pytest.fixture(scope="module")
def analysed(ctx):
    pytest.importorskip("natasha")
    pipeline = Pipeline()
    return {key: pipeline(a, ctx) for key, a in fixture_articles().items()}


def place(articles, order):
    grouper = StoryGrouper()
    for key in order:
        grouper.add(articles[key])
    return {key: type("Placed", (), {"story_id": grouper.story_of(articles[key].id)}) for key in order}


@pytest.mark.slow
def test_russian_and_english_reports_of_one_call_are_one_story(analysed):
    got = place(analysed, ["en-call", "en-cup", "ru-call", "ru-cup"])
    assert got["ru-call"].story_id == got["en-call"].story_id
    assert got["ru-cup"].story_id == got["en-cup"].story_id != got["en-call"].story_id


@pytest.mark.slow
@pytest.mark.parametrize("key", ["fa-call", "hy-call"])
def test_persian_and_armenian_reports_join_through_names(analysed, key):
    got = place(analysed, ["en-call", "en-cup", key])
    assert got[key].story_id == got["en-call"].story_id


@pytest.mark.slow
def test_russian_report_first_then_english_still_meet(analysed):
    got = place(analysed, ["ru-call", "ru-cup", "en-cup", "en-call"])
    assert got["en-call"].story_id == got["ru-call"].story_id != got["ru-cup"].story_id


def names_of(body: str, language: str) -> set[str]:
    return set(signature(Article(id="a", source="t", format="text", language=language, body=body)).names)


def test_case_forms_and_other_scripts_meet_the_english_keys():
    russian = names_of("Лаврову позвонил Байрамов. Зеленский и Россия. Министр сказал.", "ru")
    english = names_of("Lavrov called Bayramov. Zelensky and Russia. The minister said.", "en")
    assert {name_key("Lavrov"), name_key("Bayramov"), name_key("Zelensky"), "@" + fold("Russia")} <= russian & english
    assert not any("ministr" in k for k in russian)  # a common word capitalised at a sentence start


@pytest.mark.parametrize("body, language", [
    ("Движение по Лачинскому коридору остановлено.", "ru"), ("Рух Лачинським коридором зупинено.", "uk"),
    ("Саобраћај кроз Лачински коридор је заустављен.", "sr"), ("Сообщение с Ереванским аэропортом прервано.", "ru"),
])
def test_the_adjective_of_a_known_place_names_the_place(body, language):
    "'по Лачинскому коридору' (along the Lachin corridor) names Lachin, as 'the Lachin corridor' does in English."
    assert names_of(body, language) & names_of("Traffic on the Lachin corridor and at Yerevan airport stopped.", "en")


@pytest.mark.parametrize("body, language", [
    ("Aksiya Laçın yolunda davam edir, Qarabağda və Bakıda.", "az"),
    ("Laçın koridorunda eylem sürüyor; Karabağ'da ve Bakü'de toplantı.", "tr"),
])
def test_azerbaijani_and_turkish_spellings_and_case_forms_name_the_place(body, language):
    """"Laçın" is Lachin as English spells its sounds; "Qarabağda" (in Karabakh) and "Bakıda" are case forms of
    known places: each names its place for grouping, as in an English report."""
    english = names_of("The protest on the Lachin road goes on, in Karabakh and in Baku.", "en")
    assert {"@" + fold("Lachin"), "@" + fold("Nagorno-Karabakh"), "@" + fold("Baku")} <= names_of(body, language) & english
    # a common word is read as it is, not as a place with a case ending: "Maliye" (finance) is no Mali
    assert not {"@" + fold("Mali"), "@" + fold("Lima")} & names_of("Maliye Bakanı Hayfa Limanı'nda konuştu.", language)


def test_hebrew_names_are_read_in_a_script_without_capitals():
    "Hebrew writes no capitals: its words are names' candidates, and the places the gazetteer knows meet English ones."
    hebrew = names_of("הצלב האדום פעל ברצועת עזה. הנציגים של קטאר ומצרים נפגשו. ישראל הגיבה.", "he")
    assert {"@" + fold(p) for p in ("Gaza Strip", "Qatar", "Israel")} <= hebrew


def test_georgian_names_known_places_and_the_shapes_of_surnames():
    """Georgian writes no capitals and wordfreq lists none of its words: the places the gazetteer knows, in their case
    forms, and words shaped as surnames are names; function words and verbs, whatever place they look like, are not."""
    georgian = names_of("სომხეთის მთავრობამ ბაქოში განაცხადა, რომ ტალვაროვმა აზერბაიჯანთან შეხვედრა ითხოვს.", "ka")
    assert {"@" + fold(p) for p in ("Armenia", "Baku", "Azerbaijan")} <= georgian
    assert name_key("Talvarov") in georgian
    assert "@" + fold("Rome") not in georgian  # "რომ" (that)
    assert not any(k.startswith("itkhov") or k.startswith("ithov") for k in georgian)  # "ითხოვს" (demands)
    assert {k for k in georgian if not k.startswith(("@", "~"))} <= set(name_keys("ტალვაროვმა", "ka"))  # no other
    # Georgian words: not "კიდევ" (also) nor "შვილი" (child), shaped as surnames; "უკრაინის" names Ukraine, whose -ა
    # the genitive drops
    assert names_of("კიდევ ერთხელ შვილი და დედა უკრაინის საზღვარზე", "ka") == {"@" + fold("Ukraine")}


def test_german_capitalised_nouns_are_no_names_and_international_names_stay():
    """German capitalises every noun: "Regierung", "Angriff" and compounds ending in such a noun ("Bundeskanzler",
    "Kremlsprecher") are common words; names frequent in German news are frequent in English news too (Merkel,
    Putin), and the rest are rare in both. A place in the genitive is the place ("Israels"), and the German states are
    known places ("Sachsen")."""
    german = names_of("Nach dem Angriff sagte Bundeskanzler Merkel, die Regierung Israels habe den Kremlsprecher "
                      "getroffen. Putin und Talvarek schwiegen in Sachsen.", "de")
    assert {name_key("Merkel"), name_key("Putin"), name_key("Talvarek"), "@" + fold("Israel"),
            "@" + fold("Saxony")} <= german
    assert not {name_key(w) for w in ("Angriff", "Bundeskanzler", "Regierung", "Kremlsprecher")} & german


@pytest.mark.parametrize("text, language", [("קרבות קשים בעזה ולבנון. הממשלה דנה בנושא.", "he"),
                                            ("غارات على غزة ولبنان. وقالت الحكومة إن الوضع صعب.", "ar")])
def test_a_known_place_is_known_under_the_article_or_conjunction_written_onto_it(text, language):
    "'בעזה' (in Gaza) and 'ולבנון', 'ولبنان' (and Lebanon) are Gaza and Lebanon, and nothing else there is a name."
    assert names_of(text, language) == {"@" + fold("Gaza Strip"), "@" + fold("Lebanon")}


def test_a_name_or_word_that_opens_with_a_clitics_letter_is_not_read_without_it():
    """"לברוב" (Lavrov) is no "ברוב" (mostly) with ל, and "שחררה" (she released) no Harare with ש (that)."""
    hebrew = names_of("שר החוץ לברוב אמר כי החמאס שחררה את החטופים.", "he")
    assert name_key("לברוב", "he") in hebrew and "@" + fold("Harare") not in hebrew


def test_persian_names_meet_latin_ones_by_their_consonants():
    persian = names_of("لاوروف و پوتین در مسکو دیدار کردند", "fa")
    english = names_of("Talks: Lavrov and Putin met in Moscow.", "en")
    assert {"@" + fold("Moscow"), "~" + skeleton("Lavrov")} <= persian & english
    assert "~" + skeleton("Putilin") not in persian


def test_persian_names_meet_cyrillic_armenian_greek_and_accented_latin_ones_by_their_consonants():
    """Persian writes no short vowels: Bayramov and Pashinyan meet their Russian, Armenian and Greek case
    forms by their consonants, and a Latin name with accents has a skeleton as a bare one does."""
    persian = names_of("دیدار بایراموف و پاشینیان در مسکو", "fa")
    bayramov, pashinyan = "~" + skeleton("Bayramov"), "~" + skeleton("Pashinyan")
    assert {bayramov, pashinyan} <= persian
    assert bayramov in names_of("Встреча с Байрамовым прошла в Москве", "ru")
    assert bayramov in names_of("Հանդիպումը Բայրամովի հետ", "hy")
    assert pashinyan in names_of("Συνάντηση με τον Πασινιάν", "el")
    assert pashinyan in names_of("Bakan, Paşinyan ile görüştü", "tr")


def test_a_persian_name_written_in_joined_parts_is_one_name():
    "Persian writes Karabakh, Aliyev and Kızılçam in parts joined by a zero-width non-joiner."
    persian = names_of("علی‌اف درباره قره‌باغ گفت که معدن قیزیل‌چام بسته است", "fa")
    english = names_of("Aliyev spoke about Karabakh. The Kizilcham mine is closed.", "en")
    assert {"@" + fold("Nagorno-Karabakh"), "~" + skeleton("Kizilcham")} <= persian & english
    assert name_key("علی‌اف") in persian  # a name, though its first part alone is the common word "Ali"
    # a non-joiner in another script sets words apart, as it did
    assert {name_key("Rostov"), name_key("Lavrov")} <= names_of("Rostov\u200cLavrov met.", "en")
    assert name_key("Lavrov") in names_of("Министр\u200cЛавров заявил.", "ru")  # its part starts no sentence


def test_persian_prefixes_suffixes_and_common_compounds_are_no_names():
    persian = names_of("آتش‌بس در زغال‌سنگ می‌گوید شیفت‌ها بزرگ‌ترین", "fa")
    assert persian <= {"shift", "~st"}  # "شیفت" alone, a rare loanword, as before; no compound of common words
    assert not any("atsh" in k or "zgal" in k or "gvid" in k or "bzrg" in k for k in persian)


@pytest.mark.parametrize("lang", ["zh", "ja", "ko", "th"])
def test_a_language_whose_word_frequencies_need_another_package_still_groups(ctx, lang):
    "wordfreq reads Chinese, Japanese and Korean only with tokenizers it does not install, Thai not at all."
    article = Article(id=lang, source=lang, format="text", language=lang, published="2025-03-05",
                      body="Tesk 港口周二重新开放。Varn 表示，渡轮将恢复运营。Harbour officials declined to comment.")
    grouper = StoryGrouper()
    grouper.add(Pipeline()(article, ctx))
    assert len(grouper.stories) == 1


def test_a_serbian_word_that_starts_a_sentence_is_no_name():
    "wordfreq keeps Serbian, Croatian and Bosnian in one list, in both scripts."
    from rashomon.group.names import common_word

    assert common_word("Разговарали", "sr", sentence_start=True) and common_word("Razgovarali", "hr", True)
    assert not common_word("Вучић", "sr", sentence_start=True)

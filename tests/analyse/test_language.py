"""The language of a text, where the identifier knows it."""

from rashomon.analyse.language import _identifier, detect_language

SERBIAN_LATIN = ("Novi snažan zemljotres pogodio je u petak popodne pokrajinu Varno, samo dva dana nakon prvog "
                 "potresa u kojem su poginule četiri osobe. Dvoje ljudi je povređeno, saopštio je institut.")


def test_a_text_of_close_languages_is_read_as_one_of_them():
    "Bosnian, Croatian and Serbian share the probability of a text in Latin letters; no one of them wins half."
    ranked = dict(_identifier().rank(SERBIAN_LATIN)[:3])
    assert max(ranked.values()) < 0.5 and set(ranked) == {"bs", "hr", "sr"}
    assert detect_language(SERBIAN_LATIN) in {"bs", "hr", "sr"}


def test_a_short_or_unclear_text_has_no_language():
    assert detect_language("Ok.") is None
    assert detect_language("This is plainly an English sentence about the weather today.") == "en"


def test_serbian_in_latin_letters_is_told_from_bosnian_and_croatian_by_how_it_writes_the_old_vowel():
    "'reka', 'pre', 'vesti' are Serbian; 'rijeka', 'prije', 'vijesti' Bosnian or Croatian."
    serbian = ("Ministar spoljnih poslova rekao je posle sastanka da je situacija na putu i dalje teška, a "
               "snabdevanje grada hranom i lekovima ugroženo. Izveštaj misije biće objavljen u sredu.")
    assert _identifier().rank(serbian)[0][0] == "bs"  # which the identifier ranks first
    ijekavian = ("Vijesti iz regije: rijeka je prije dva dana izašla iz korita, a predsjednik općine kaže da je "
                 "mjesto i dalje pod vodom. Djeca ne idu u školu cijeli tjedan.")
    assert detect_language(serbian) == "sr"
    assert detect_language(ijekavian) in {"bs", "hr"}

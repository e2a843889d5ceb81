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

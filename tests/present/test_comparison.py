"""The comparison page's helpers: a word marked inside its sentence, the rest escaped."""

from rashomon.present.comparison import mark


def test_mark_highlights_the_whole_word_and_escapes_the_rest():
    html = str(mark('Veldra <b>liberated</b> "villages", not the liberateds', "liberated"))
    assert html == "Veldra &lt;b&gt;<mark>liberated</mark>&lt;/b&gt; &#34;villages&#34;, not the liberateds"


def test_mark_without_the_word_only_escapes():
    assert str(mark("A & B", "cede")) == "A &amp; B"

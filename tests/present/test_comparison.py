"""The comparison page's helpers: a word marked inside its sentence, the rest escaped."""

import pytest

from rashomon.present.comparison import mark


def test_mark_highlights_the_whole_word_and_escapes_the_rest():
    html = str(mark('Veldra <b>liberated</b> "villages", not the liberateds', "liberated"))
    assert html == "Veldra &lt;b&gt;<mark>liberated</mark>&lt;/b&gt; &#34;villages&#34;, not the liberateds"


def test_mark_without_the_word_only_escapes():
    assert str(mark("A & B", "cede")) == "A &amp; B"


def test_contrasts_show_in_markdown_and_html():
    from rashomon.compare import compare
    from rashomon.model import Mention
    from rashomon.present.comparison import render_html, render_markdown
    from tests.compare.helpers import one_sentence

    a = one_sentence("a", "The truce saw Durmania cede the valley it had held for decades.",
                     [Mention(14, 22, "Durmania", "GPE", entity_id=1)], outlet="Herald")
    b = one_sentence("b", "In the war Veldra liberated the valley and thirty villages from Durmania.",
                     [Mention(64, 72, "Durmania", "GPE", entity_id=1)], outlet="Observer")
    c = compare([a, b])
    md = render_markdown(c, "Story 1")
    assert "- “cede” (A) against “liberated” (B)" in md
    html = render_html(c, [a, b], "Story 1")
    assert "Durmania <mark>cede</mark> the valley" in html and "Veldra <mark>liberated</mark> the valley" in html


def test_markdown_says_what_a_section_did_not_find():
    "An empty section says so, as the HTML does; a section with findings does not."
    from rashomon.compare import compare
    from rashomon.present.comparison import render_markdown
    from tests.compare.helpers import one_sentence

    a = one_sentence("a", "The ferry to the island resumed service on Monday after the storm.", [], outlet="Herald")
    b = one_sentence("b", "Farmers in the north will get new subsidies for their wheat this year.", [], outlet="Observer")
    md = render_markdown(compare([a, b]), "Story 1")
    assert "## Contested\n\n_No conflicting numbers" in md and "## Disputes between parties\n\n_No denial found" in md
    assert "_Every claim is made by more than one source._" not in md and "\n\n\n" not in md


def test_a_wording_where_one_side_adds_nothing_says_so():
    "One source's sentence holds all the other's words: its side of the row is not left blank."
    from rashomon.compare import compare
    from rashomon.present.comparison import render_html, render_markdown
    from tests.compare.helpers import one_sentence

    a = one_sentence("a", "The ferry to the island resumed service on Monday after the storm.", [], outlet="Herald")
    b = one_sentence("b", "The ferry to the island resumed service on Monday after the storm, its operator said.",
                     [], outlet="Observer")
    c = compare([a, b])
    (w,) = c.wordings
    assert not w.only_a and w.only_b
    assert ("- **A** (Herald) and **B** (Observer):\n  - **A**: The ferry to the island resumed service on Monday after "
            "the storm. _(no word the other lacks)_\n  - **B**: The ferry to the island resumed service on Monday after "
            "the storm, its **operator** said.") in render_markdown(c, "Story 1")
    assert "<em>no word the other lacks</em>" in render_html(c, [a, b], "Story 1")


def test_a_source_with_one_claim_of_its_own_is_counted_in_the_singular():
    from rashomon.compare import compare
    from rashomon.present.comparison import render_html
    from tests.compare.helpers import one_sentence

    a = one_sentence("a", "Farmers in the north will get new subsidies for their wheat this year.", [], outlet="Herald")
    b = one_sentence("b", "The ferry to the island resumed service on Monday after the storm.", [], outlet="Observer")
    html = render_html(compare([a, b]), [a, b], "Story 1")
    assert "Herald: 1 claim no other source makes" in html and "1 claims" not in html


@pytest.mark.parametrize("n, said", [
    (1, "1 uncertain conflict or dispute is not shown; `rashomon compare --all` shows it."),
    (3, "3 uncertain conflicts or disputes are not shown; `rashomon compare --all` shows them.")])
def test_the_note_on_uncertain_findings_left_out_agrees_with_their_number(n, said):
    from rashomon.present.comparison import hidden

    assert hidden(n) == said


def test_a_wording_in_bold_escapes_the_sentence_as_the_whole_sentence_would_be():
    "Bold words one at a time must not let an entity or a Markdown mark through: '&rlm;' stays text."
    from rashomon.present.comparison import _in_bold
    from rashomon.safe import markdown_text

    text = "The mayor &rlm; said *no* to &lt;the plan&gt; of the_board."
    assert _in_bold(text, ("mayor", "no"), markdown_text) == \
        "The **mayor** &amp;rlm; said \\***no**\\* to &amp;lt;the plan&amp;gt; of the\\_board."


def test_a_long_dispute_label_is_cut_at_a_word_in_reports_and_kept_whole_in_the_data(ctx):
    "Quoted sentences a bare denial answers are its label: a report shows their start, the data all of them."
    from rashomon.compare import compare
    from rashomon.present.comparison import ABOUT_CHARS, render_html, render_markdown
    from tests.compare.helpers import one_day

    union = one_day(ctx, "union", "Union leader Yakov Temar said crews flagged cracking in the roof supports of the "
                                  "northern pit twice in August, and again in the first week of September. \"We have "
                                  "the written reports, signed by the shift managers, and the photographs of every "
                                  "crack they found in the supports.\" Chief executive Emil Radan rejected that "
                                  "account.")
    c = compare([union], events={"union": 1})
    (dispute,) = c.disputes
    assert len(dispute.about) > ABOUT_CHARS
    (line,) = [x for x in render_markdown(c, "Story 1").splitlines() if x.startswith("- **Denied**")]
    label = line.removeprefix("- **Denied**: ").split(" (confidence")[0]
    assert label.endswith(" …") and len(label) <= ABOUT_CHARS + 2 and dispute.about.startswith(label[:-2])
    assert "the photographs of every crack" in render_html(c, [union], "Story 1")

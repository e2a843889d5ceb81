"""A transcript's turns: a question's label speaks for nobody, a name's label for the person named."""

import pytest

from rashomon.analyse.pipeline import Pipeline
from rashomon.analyse.transcripts import turns
from rashomon.model import Article

pytestmark = pytest.mark.slow

BRIEFING = ("Department Press Briefing\nThomas Ardell, Department Spokesperson\n\n"
            "QUESTION: Does Harrowgate think the border will open soon? The Velarian foreign minister says the "
            "crossing is ready.\n\n"
            "MR ARDELL: We expect that the border will be opened in the coming days.\n\n"
            "And we will keep working on it with both sides.\n\n"
            "QUESTION: And the monitors?\n\n"
            "MR ARDELL: They are on the ground, and they are doing their job.\n\n"
            "QUESTION: Thank you.")
RU = ("Министр иностранных дел Керестии Аркадий Вельтман ответил на вопросы журналистов.\n\n"
      "Вопрос: Когда откроется граница?\n\n"
      "А.П.Вельтман: Мы ожидаем, что граница будет открыта в ближайшие дни.\n\n"
      "Вопрос: А наблюдатели?\n\n"
      "Ответ: Они выполняют свою работу.")


def said(ctx, body: str, language: str) -> list[tuple[str | None, str]]:
    article = Pipeline()(Article(id="t", source="t", format="text", body=body, language=language), ctx)
    return [(s.speaker_name, body[s.content.start:s.content.end]) for s in article.statements]


def test_a_briefings_turns_are_the_spokesmans_and_its_questions_nobodys(ctx):
    found = said(ctx, BRIEFING, "en")
    assert not any(name and name.lower() == "question" for name, _ in found)
    assert not any("open soon" in content for _, content in found)  # what a question asks asserts nothing
    assert ("Thomas Ardell", "that the border will be opened in the coming days") in found  # "We", in his turn
    assert any(name == "Thomas Ardell" and content.startswith("They are on the ground") for name, content in found)
    # ... and what a question reports another said is still theirs
    assert any(content.startswith("the crossing is ready") and name != "Thomas Ardell" for name, content in found)


def test_a_russian_transcripts_turn_is_the_person_its_label_names(ctx):
    found = said(ctx, RU, "ru")
    assert ("Аркадий Вельтман", "Мы ожидаем, что граница будет открыта в ближайшие дни.") in found
    assert not any("откроется" in content or "выполняют" in content for _, content in found)


@pytest.mark.parametrize("body", [
    "Kuzmin: Talks will resume\n\nThe talks between the two sides will resume on Monday, officials said.",
    "Question: What is the corridor?\n\nThe corridor is the only road between the two regions.",
    "Note: this story was updated.\n\nQ: when?",
])
def test_a_text_without_a_question_and_an_answer_is_no_transcript(body):
    "A headline's 'Name: ...', a question no one answers under a label: no turns."
    assert turns(body) == []


def test_labels_in_any_case_and_in_markdown_bold_open_turns():
    "A label of one word names a person only as the surname of one the text names: 'Çelikkaya', not 'Editor'."
    body = ("**Q:** Are the talks over?\n**A:** The talks will go on next week.\nSORU: Ne zaman?\nÇelikkaya: Yakında."
            "\nEditor: Ayşe Demir")
    found = [(body[t.label.start:t.label.end], t.speaker, t.question) for t in turns(body, ["Ayla Çelikkaya"])]
    assert found == [("Q", None, True), ("A", None, False), ("SORU", None, True),
                     ("Çelikkaya", "Ayla Çelikkaya", False)]


@pytest.mark.parametrize("body", [
    "Reporter: Jana Novak\n\nEditor: Petr Holub\n\nTraffic at the crossing was light on Wednesday.",
    "Question: Who is Oskar Vell\n\nWhat Next: Parliament votes on Friday.",
])
def test_credits_and_headings_make_no_transcript(body):
    "No question asked under a label, a role's label and a heading of function words: no turns."
    assert turns(body) == []


def test_the_last_turn_ends_with_its_paragraph(ctx):
    "The reporter's words after the last answer are nobody's turn."
    body = ("QUESTION: Will the crossing reopen?\n\nMR ARDELL: Yes, next week.\n\nAt the crossing on Wednesday, "
            "traffic was light. We expect it to rise sharply once the deal is signed, a customs officer said.")
    assert not any(name == "Ardell" and "rise sharply" in content for name, content in said(ctx, body, "en"))


def test_a_label_alone_on_its_line_gives_the_quotation_after_it_its_speaker(ctx):
    "A channel posts a statement as a label, a colon and a quotation; a photo's or a section's label is no speaker."
    body = ("Обстрел Тарина: двое погибших.\n\n"
            "Минобороны Велмарии:\n\n«Огонь вёлся с высот Кузгун, находящихся под контролем боевиков».\n\n"
            "Глава села Павел Дорин:\n\n«Мины упали прямо у остановки».\n\n"
            "Фото: «Вид на село»\n\nПредыстория:\n\n«Так было и в прошлом году».")
    assert said(ctx, body, "ru") == [
        ("Минобороны Велмарии", "«Огонь вёлся с высот Кузгун, находящихся под контролем боевиков»."),
        ("Глава села Павел Дорин", "«Мины упали прямо у остановки».")]

"""A denial that takes a claim named by its noun alone ("rejected these accusations") is a statement in every
language read, although it says fewer words than what is otherwise taken for something said.

The names are made up, so that nothing here is known to any model or list."""

import pytest

from rashomon.analyse.entities import entities
from rashomon.analyse.named_claims import bare_claim
from rashomon.analyse.sentences import sentences
from rashomon.analyse.statements import statements
from rashomon.model import Article

CLAIM = {"en": "Tomas Brel said Harna held 11 people. ", "fr": "Tomas Brel a dit que Harna retient 11 personnes. ",
         "it": "Tomas Brel ha detto che Harna trattiene 11 persone. ", "sr": "Tomas Brel je rekao da Harna drži 11 ljudi. ",
         "mk": "Томас Брел изјави дека Харна задржала 11 лица. ", "id": "Tomas Brel mengatakan Harna menahan 11 orang. ",
         "hy": "Թոմաս Բրելը հայտարարել է, որ Հառնան պահում է 11 մարդու։ ",
         "uk": "Томас Брел заявив, що Харна утримує 11 осіб. ", "ru": "Томас Брел заявил, что Харна удерживает 11 человек. ",
         "fa": "توماس برل گفت که هارنا ۱۱ نفر را نگه داشته است. "}


def said(ctx, body: str, language: str) -> list[tuple[str | None, str, str]]:
    article = sentences(Article(id=language, source="t", format="text", body=body, language=language), ctx)
    if language in ("ru", "uk"):  # read with the names natasha's model finds
        pytest.importorskip("natasha")
        article = entities(article, ctx)
    article = statements(article, ctx)
    return [(s.speaker_name, s.cue_word, body[s.content.start:s.content.end]) for s in article.statements]


@pytest.mark.parametrize("language, denial, speaker, cue, claim", [
    ("en", "Ilona Varek rejected the accusations.", "Ilona Varek", "reject", "the accusations"),
    ("fr", "Ilona Varek a rejeté ces accusations.", "Ilona Varek", "reject", "ces accusations"),
    ("it", "Ilona Varek ha respinto le accuse.", "Ilona Varek", "reject", "le accuse"),
    ("sr", "Varek je, međutim, odbacila tu tvrdnju.", "Varek", "reject", "tu tvrdnju"),
    ("sr", "Ilona Varek je odbacila optužbe.", "Ilona Varek", "reject", "optužbe"),
    ("mk", "Министерката, Илона Варек, ги отфрли обвинувањата.", "Илона Варек", "reject", "обвинувањата"),
    ("id", "Ilona Varek membantah tuduhan itu.", "Ilona Varek", "deny", "tuduhan itu"),
    ("id", "Tuduhan itu dibantah Menteri Luar Negeri Ilona Varek.", "Ilona Varek", "deny", "Tuduhan itu"),
    ("id", "Klaim itu langsung dibantah Varek.", "Varek", "deny", "Klaim itu"),
    ("hy", "Վարեկը մերժել է այդ մեղադրանքները։", "Վարեկ", "reject", "այդ մեղադրանքները"),
    ("uk", "Ігор Варек відкинув ці звинувачення.", "Ігор Варек", "відкинути", "ці звинувачення"),
    ("ru", "Игорь Варек отверг эти обвинения.", "Игорь Варек", "отвергнуть", "эти обвинения"),
    ("it", "Le autorità di Varosh hanno respinto le accuse.", "Le autorità di Varosh", "reject", "le accuse"),
    ("fa", "وارک این ادعا را رد کرد.", "وارک", "reject", "این ادعا"),  # the object before "را", then the verb
    # a word that stands for what was just said, before the verb where the language puts it there
    ("en", "Ilona Varek flatly denies this.", "Ilona Varek", "deny", "this"),
    ("sr", "Ministar Tomas Varek je to odbacio.", "Tomas Varek", "reject", "to"),
    ("it", "Il ministro Tomas Varek lo ha smentito.", "Tomas Varek", "deny", "lo"),
    ("ru", "Игорь Варек это категорически отрицает.", "Игорь Варек", "отрицать", "это"),
])
def test_a_denial_of_a_claim_named_by_its_noun_is_a_statement(ctx, language, denial, speaker, cue, claim):
    found = said(ctx, CLAIM[language] + denial, language)
    assert found[-1] == (speaker, cue, claim) and len(found) == 2


@pytest.mark.parametrize("language, body", [
    ("it", "Ilona Varek ha respinto il piano."),  # a plan rejected is no claim denied
    ("fr", "Ilona Varek a dit ces accusations."),  # nor is a claim named by a verb that does not deny
    ("sr", "Ilona Varek je odbacila predlog."),
    ("id", "Permintaan itu ditolak Ilona Varek."),
    ("sr", "Tomas Varek je to rekao."),  # "to" stands for what was said, but nothing is denied
])
def test_no_short_statement_without_a_denial_of_a_claim(ctx, language, body):
    assert said(ctx, body, language) == []


@pytest.mark.parametrize("text, bare", [
    ("these accusations", True), ("ці звинувачення", True), ("Tuduhan itu", True), ("le accuse infondate", True),
    ("ces accusations en bloc", True), ("the claims out of hand", True), ("the claims of a blockade", False),
    ("this", True), ("это", True),
    ("the reports of shelling near the border", False), ("his defence team", False), ("the plan", False),
])
def test_a_claim_named_by_its_noun_alone(text, bare):
    assert bare_claim(text) is bare

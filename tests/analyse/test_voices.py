"""A sentence that turns to a second voice gives each voice its own words.

The names are made up, so that nothing here is known to any model or list."""

import pytest

from rashomon.analyse.entities import entities
from rashomon.analyse.sentences import sentences
from rashomon.analyse.statements import statements
from rashomon.model import Article


def said(ctx, body: str, language: str) -> list[tuple[str | None, str]]:
    "(speaker, content) of each statement found."
    article = Article(id=language, source="t", format="text", body=body, language=language)
    article = statements(entities(sentences(article, ctx), ctx), ctx)
    return [(s.speaker_name, body[s.content.start:s.content.end]) for s in article.statements]


@pytest.mark.parametrize("language, body, expected", [
    ("ru", "Ереван утверждает, что дорога заблокирована уже месяц, а Баку настаивает, что она открыта для "
           "гражданских машин.",
     [("Ереван", "дорога заблокирована уже месяц"), ("Баку", "она открыта для гражданских машин")]),
    ("uk", "Міністр Олег Корнійчук заявив, що дорога відкрита для всіх, а речниця Ірина Бойко повідомила, що вона "
           "закрита з понеділка.",
     [("Олег Корнійчук", "дорога відкрита для всіх"), ("Ірина Бойко", "вона закрита з понеділка")]),
    ("fr", "Le ministre Paul Arnaud a déclaré que la route était ouverte, alors que Mira Tosk a affirmé qu'elle "
           "était fermée depuis lundi.",
     [("Paul Arnaud", "la route était ouverte"), ("Mira Tosk", "elle était fermée depuis lundi")]),
    # a relative clause whose own speaker rejects what the first one said
    ("it", "Il ministro Aldo Ferrin ha accusato i servizi segreti di Velmora di aver protetto il gruppo, accuse che "
           "l'ambasciata velmorana ha respinto come «infondate e irresponsabili».",
     [("Aldo Ferrin", "i servizi segreti di Velmora di aver protetto il gruppo"),
      ("l'ambasciata velmorana", "come «infondate e irresponsabili»")]),
    ("sr", "Министар Игор Дрен тврди да је група деловала под заштитом страних служби, што је амбасада Велморе "
           "одбацила као „потпуно неосноване тврдње“.",
     [("Игор Дрен", "је група деловала под заштитом страних служби"),
      ("амбасада Велморе", "као „потпуно неосноване тврдње“")]),
    # a semicolon turns to a second voice by itself, but not inside a quotation
    ("fr", "L'opposition accuse la police d'avoir tiré sur des manifestants pacifiques ; le ministre de l'Intérieur, "
           "Olivier Brandt, affirme que les policiers ont riposté à des jets de pierres.",
     [("L'opposition", "la police d'avoir tiré sur des manifestants pacifiques"),
      ("Olivier Brandt", "les policiers ont riposté à des jets de pierres")]),
    ("it", "L'opposizione accusa la polizia di aver sparato sui manifestanti; il ministro dell'Interno, Aldo Ferrin, "
           "ha detto che gli agenti hanno risposto al lancio di pietre.",
     [("L'opposizione", "la polizia di aver sparato sui manifestanti"),
      ("Aldo Ferrin", "gli agenti hanno risposto al lancio di pietre")]),
    ("fr", "« Nous ne céderons pas ; le ministre affirme que tout va bien », a déclaré Mira Tosk.",
     [("Mira Tosk", "« Nous ne céderons pas ; le ministre affirme que tout va bien »")]),
    ("fr", "Le ministre Paul Arnaud a déclaré que la route était fermée ; les écoles de Harna restent ouvertes.",
     [("Paul Arnaud", "la route était fermée ; les écoles de Harna restent ouvertes")]),
])
def test_each_voice_speaks_its_own_words(ctx, language, body, expected):
    assert said(ctx, body, language) == expected


@pytest.mark.parametrize("language, body, first", [
    # the second voice is no name the readers know, but the first one's words still end where it begins
    ("sr", "Према процени полиције, у маршу је учествовало око 35.000 људи, док организатори тврде да их је "
           "било 150.000.", ("полиције", "у маршу је учествовало око 35.000 људи")),
    ("fr", "Selon la police, 18 000 personnes ont manifesté, alors que les organisateurs affirment qu'elles "
           "étaient 60 000.", ("police", "18 000 personnes ont manifesté")),
    ("id", "Polisi memperkirakan jumlah massa sekitar 18.000 orang, sementara panitia mengklaim lebih dari "
           "60.000 orang hadir.", ("Polisi", "jumlah massa sekitar 18.000 orang")),
    ("ru", "По данным полиции, в акции участвовали 18 тысяч человек, тогда как организаторы заявили о 60 "
           "тысячах участников.", ("полиция", "в акции участвовали 18 тысяч человек")),
    ("fa", "به گفته پلیس کاسترل، حدود ۱۸ هزار نفر در این تجمع شرکت کردند، اما برگزارکنندگان شمار حاضران را بیش "
           "از ۶۰ هزار نفر اعلام کردند.", ("پلیس کاسترل", "حدود ۱۸ هزار نفر در این تجمع شرکت کردند")),
    # "according to" twice, the first without a comma after its body
    ("it", "Secondo la polizia i partecipanti erano circa 35mila, secondo gli organizzatori 150mila.",
     ("polizia", "i partecipanti erano circa 35mila")),
])
def test_the_first_voice_ends_where_the_second_begins(ctx, language, body, first):
    assert said(ctx, body, language)[0] == first


def test_a_clause_that_says_nothing_is_no_second_voice(ctx):
    body = "Министр Павел Орлов сообщил, что дорога закрыта для грузовиков, а поставки продуктов продолжаются."
    assert said(ctx, body, "ru") == [("Павел Орлов", "дорога закрыта для грузовиков, а поставки продуктов продолжаются")]


@pytest.mark.parametrize("language, body, second", [
    # a second voice named by its common noun: the organisers, whatever the turn before them
    ("sr", "Према процени полиције, у маршу је учествовало око 35.000 људи, док организатори тврде да их је "
           "било 150.000.", ("организатори", "их је било 150.000")),
    ("fr", "Selon la police, 18 000 personnes ont manifesté, alors que les organisateurs affirment qu'elles "
           "étaient 60 000.", ("les organisateurs", "elles étaient 60 000")),
    ("id", "Polisi memperkirakan jumlah massa sekitar 18.000 orang, sementara panitia mengklaim lebih dari "
           "60.000 orang hadir.", ("panitia", "lebih dari 60.000 orang hadir")),
    ("hy", "Ոստիկանությունը հայտնել է, որ ակցիային մասնակցել է 18 հազար մարդ, իսկ կազմակերպիչները պնդում են, որ "
           "մասնակիցները 60 հազար էին։", ("կազմակերպիչները", "մասնակիցները 60 հազար էին")),
])
def test_a_second_voice_named_by_its_common_noun_speaks(ctx, language, body, second):
    assert said(ctx, body, language)[1] == second


def test_a_second_voice_speaks_where_the_first_part_says_nothing(ctx):
    body = "La police a compté 18 000 manifestants, alors que les organisateurs affirment que 60 000 personnes ont défilé."
    assert said(ctx, body, "fr") == [("les organisateurs", "60 000 personnes ont défilé")]


def test_a_subject_set_off_before_according_to_is_no_voice_of_its_own(ctx):
    "'Dostan, in the words of the other side, stressed ...': the sentence is Dostan's, not the other side's."
    body = "Мирела Достан провела переговори у Тірвессі. Достан, за словами кеставської сторони, наголосила на " \
           "необхідності збільшити пропускну спроможність порту."
    assert said(ctx, body, "uk")[-1] == ("Достан", "на необхідності збільшити пропускну спроможність порту")

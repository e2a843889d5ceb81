"""Who said what in Russian and Ukrainian news, read from the few phrasings it reports speech in.

Agencies in both languages attribute speech in fixed forms, so rules over the sentence and
the names natasha found (``analyse.slavic``) read most of it without a parser:

- "Сергей Лавров заявил, что ..." and "Лавров подчеркнул: «...»": the name, the verb, the content;
- "«...», — заявил Лавров." and "..., сообщили в МИД": the content, the verb, the name;
- "По словам Лаврова, ..." ("За словами Лаврова, ...") and "Как отметил Лавров, ...": the content after the name;
- "Глава МИД подчеркнул, что ...": the person the article introduced with that title;
- "Он отметил, что ..." ("Він наголосив, що ..."): the last speaker of that gender, else the last
  person of it named.

The verb's past tense says the speaker's gender: "заявила" is not Lavrov.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from ..ingest.dates import past_dateline
from ..ingest.metadata import agency_name
from ..model import Article, Mention, Span, Statement
from ..vocabulary import baseless, listed_gender, words
from .entities import known_name, opens_a_body
from . import slavic
from .named_claims import DENIED_REACH, DENIED_THEN, bare_claim_at, denies, pronoun_before
from .names import known_in_any_form, name_key
from .phrasings import CLOSING_OF, PLATFORM_NAMES, SAID_GOES_ON, quotation_start, quote_after, trimmed, whole_quotation
from .voices import by_voice, inside_quotation


@dataclass(frozen=True)
class Phrasing:
    """How one language reports speech: its verbs of saying, by the stem their past tense adds an
    ending to (with their infinitives), and the words around them."""

    verbs: dict[str, str]
    masculine: str  # the masculine past ending: Russian заяви-л, Ukrainian заяви-в
    present: str  # the endings a denial's stem takes in the present: "Баку отрица-ет", "отверг-ают"
    that: str  # "что", "що"
    about_it: str  # "об этом": "сообщил об этом Лавров"
    according: str  # "по словам X, ..."
    according_cue: str  # the cue word such a statement is listed by
    according_pronoun: str  # "по его словам": a pattern with the pronoun as group "whose"
    pronouns: dict[str, str]
    clause_words: str  # a relative or contrasting word that starts another clause
    reflexive: frozenset[str] = frozenset()  # the verbs' stems that take -ся ("возмутился"): only these
    informing: frozenset[str] = frozenset()  # stems whose object is whom they told, what after "о" ("про")
    about: str = ""  # "о|об": "проинформировал коллегу о решении"


RUSSIAN = Phrasing(
    verbs={"заяви": "заявить", "сообщи": "сообщить", "отмети": "отметить", "подчеркну": "подчеркнуть",
           "сказа": "сказать", "добави": "добавить", "указа": "указать", "поясни": "пояснить",
           "призва": "призвать", "обяза": "обязать",
           "опроверг": "опровергнуть", "отверг": "отвергнуть", "отрица": "отрицать",
           "назва": "назвать", "предупреди": "предупредить", "призна": "признать", "напомни": "напомнить",
           "констатирова": "констатировать", "уточни": "уточнить", "вырази": "выразить", "завери": "заверить",
           "обвини": "обвинить", "подтверди": "подтвердить", "потребова": "потребовать", "переда": "передать",
           "отклони": "отклонить", "оспори": "оспорить", "написа": "написать", "зачита": "зачитать",
           "утвержда": "утверждать", "обвиня": "обвинять", "рассказа": "рассказать",
           "прокомментирова": "прокомментировать", "ответи": "ответить", "возрази": "возразить",
           "парирова": "парировать", "пообеща": "пообещать", "настаива": "настаивать",
           "настоя": "настоять", "счита": "считать", "исключи": "исключить", "упрекну": "упрекнуть",
           "замети": "заметить", "предложи": "предложить",
           "возмуща": "возмущаться", "возмути": "возмутиться", "согласи": "согласиться",
           "пожалова": "пожаловаться", "поинтересова": "поинтересоваться",
           "проинформирова": "проинформировать", "информирова": "информировать", "уверя": "уверять",
           # the present and the imperfective past of features and interviews: "— вспоминает она", "говорил тогда"
           "говори": "говорить", "говорит": "говорить", "говорят": "говорить", "вспомина": "вспоминать",
           "вспомни": "вспомнить", "рассказыва": "рассказывать", "отмеча": "отмечать", "поясня": "пояснять",
           "добавля": "добавлять", "подчеркива": "подчеркивать", "обеща": "обещать", "заявля": "заявлять",
           "повтори": "повторить", "повторя": "повторять", "сообща": "сообщать",
           "сетова": "сетовать", "сету": "сетовать"},  # "— сетует пенсионер", a complaint
    masculine="л", present="ает|ают|ет|ют", that="что", about_it=r"об\s+этом|это",
    according=r"[Пп]о\s+словам|[Пп]о\s+данным|[Пп]о\s+подсч[её]там|[Пп]о\s+оценкам|[Пп]о\s+оценке|[Пп]о\s+информации|"
              r"[Пп]о\s+сведениям|[Пп]о\s+мнению|[Пп]о\s+утверждению|[Сс]огласно\s+заявлению|"
              r"[Сс]удя\s+по\s+(?:сообщению|заявлению)|[Кк]ак\s+следует\s+из\s+(?:сообщения|заявления|документа)",
    according_cue="по словам",
    according_pronoun=r"[Пп]о\s+(?P<whose>его|её|ее)\s+словам",
    pronouns={"он": "masc", "она": "femn"}, clause_words="где|который|которая|когда|а|но",
    reflexive=frozenset({"возмуща", "возмути", "согласи", "пожалова", "поинтересова"}),
    informing=frozenset({"проинформирова", "информирова"}), about="о|об|обо")
UKRAINIAN = Phrasing(
    verbs={"заяви": "заявити", "повідоми": "повідомити", "зазначи": "зазначити", "наголоси": "наголосити",
           "підкресли": "підкреслити", "сказа": "сказати", "дода": "додати", "поясни": "пояснити",
           "заклика": "закликати", "спростува": "спростувати", "відкину": "відкинути",
           "заперечи": "заперечити", "заперечува": "заперечувати", "заперечу": "заперечувати",
           "спростову": "спростувати", "відкида": "відкидати", "назва": "назвати",
           "попереди": "попередити", "визна": "визнати", "нагада": "нагадати", "уточни": "уточнити",
           "вислови": "висловити", "запевни": "запевнити", "звинувати": "звинуватити",
           "підтверди": "підтвердити", "вимага": "вимагати", "переда": "передати", "відхили": "відхилити",
           "написа": "написати", "зачита": "зачитати", "стверджу": "стверджувати", "стверджува": "стверджувати",
           "звинувачу": "звинувачувати", "розпові": "розповісти", "прокоментува": "прокоментувати",
           "відпові": "відповісти", "запереча": "заперечувати", "парирува": "парирувати", "пообіця": "пообіцяти", "наполяга": "наполягати",
           "наполі": "наполягти", "вважа": "вважати", "виключи": "виключити", "дорікну": "дорікнути",
           "поміти": "помітити", "запропонува": "запропонувати",
           **dict.fromkeys(("зобов'яза", "зобов’яза", "зобовʼяза"), "зобов'язати"),  # each apostrophe Ukrainian writes
           "обурюва": "обурюватися", "обури": "обуритися", "погоди": "погодитися", "поскаржи": "поскаржитися",
           "поцікави": "поцікавитися", "поінформува": "поінформувати", "проінформува": "проінформувати",
           "інформува": "інформувати", "запевня": "запевняти",
           "каже": "казати", "кажуть": "казати", "каза": "казати", "розповіда": "розповідати",
           "згаду": "згадувати", "згада": "згадати", "зазнача": "зазначати", "наголошу": "наголошувати",
           "поясню": "пояснювати", "обіця": "обіцяти", "заявля": "заявляти",
           "повтори": "повторити", "повторю": "повторювати", "повідомля": "повідомляти",
           "наріка": "нарікати"},  # "— нарікає пенсіонер", a complaint
    masculine="в", present="є|ють", that="що", about_it=r"про\s+це|це",
    according=r"[Зз]а\s+словами|[Зз]а\s+даними|[Зз]а\s+підрахунками|[Зз]а\s+оцінками|[Зз]а\s+оцінкою|"
              r"[Зз]а\s+інформацією|[Зз]а\s+відомостями|[Нн]а\s+думку|[Зз]а\s+твердженням|[Зз]гідно\s+з\s+заявою|"
              r"[Сс]удячи\s+з\s+(?:повідомлення|заяви)|[Яя]к\s+випливає\s+з\s+(?:повідомлення|заяви|документа)",
    according_cue="за словами",
    according_pronoun=r"[Зз]а\s+(?P<whose>його|її)\s+словами",
    pronouns={"він": "masc", "вона": "femn"}, clause_words="де|який|яка|коли|а|але",
    reflexive=frozenset({"обурюва", "обури", "погоди", "поскаржи", "поцікави"}),
    informing=frozenset({"поінформува", "проінформува", "інформува"}), about="про")
PHRASINGS = {"ru": RUSSIAN, "uk": UKRAINIAN}
# the past verbs, by their stem, after which a verb of saying comes in the infinitive: "поспешила заявить"
GERUND_REACH = 80  # characters from the clause's verb to the comma before the gerund: "обратилась к ним с видеообращением"
MODALS = {"ru": "поспеши|ста|реши|попыта|продолжи|нача|не\\s+премину", "uk": "поспіши|ста|виріши|спробува|продовжи|поча"}

# "по словам Джейхуна Байрамова": a man's name in the genitive, which a dictionary may not know
MASCULINE_GENITIVE = re.compile(r"(?:ов|ев|ёв|єв|ин|ын|ін)а$")
MASCULINE_ENDING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])а$|(?<=[ае])я$")
QUOTES = "«»\"“”„"
MASCULINE_CASE_ENDINGS = frozenset({"а", "у", "ом", "ым", "им", "е", "я", "ю", "ем", "ові", "еві"})  # of "Долан"
CASE_OF_ACRONYM = re.compile(r"(?P<acronym>[А-ЯЁІЇЄҐ]{2,})[а-яёіїєґ]{1,2}")  # "МИДа", "МИДом"
SURNAME_ALONE = re.compile(r"[А-ЯЁЇІЄҐ][а-яёїієґ'’-]+")  # "Градек", not "МИД" nor "Министерство обороны"
SPEAKERS = ("PERSON", "ORG", "GPE", "LOC")
PLACES = ("GPE", "LOC")
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:в|во|у|из|із|з|на|с|со|к|ко|по|о|об|от|від|до|за|под|під|при|над|для)\s+$",
                                re.I)  # a capital or a country speaks for its government: "Баку отрицает, что ..."
# "«...», — говорится в сообщении МИД", "йдеться в заяві відомства", "— говорится в сообщении.": what a body's
# statement says
IN_STATEMENT = re.compile(r"(?P<cue>(?:говорится|сказано|отмечается|подчеркивается|йдеться|зазначається|"
                          r"наголошується)\s+(?:в|у)\s+(?:(?!(?:о|об|обо|про|на|с|со|к|по|за|для)\s)[а-яёіїєґ'’-]+\s+)"
                          r"{0,4}?(?:сообщении|заявлении|релизе|"
                          r"комментарии|документе|решении|постановлении|определении|бюллетене|сводке|телеграмме|"
                          r"повідомленні|заяві|релізі|коментарі|документі|рішенні|ухвалі|постанові|бюлетені|зведенні|"
                          r"телеграмі))(?:\s+(?P<who>[^.!?;,«»\"]{2,60}?))?(?:\s*,\s*(?P<when>[^.!?;,«»\"]{2,60}))?"
                          r"\s*[.!?…]*\s*$", re.I)  # ... and when it came: "МИД, распространенном в среду"
# where the statement was posted, before whose it is: "в сообщении на сайте МИД России", "у заяві в телеграм-каналі"
CHANNEL = re.compile(r"(?:на|в|у)\s+(?:(?:своем|своём|своєму|своїй|официальном|офіційному)\s+)?(?:сайте|сайті|"
                     r"странице|сторінці|(?:телеграм|telegram)-?канале|(?:телеграм|telegram)-?каналі|канале|каналі|"
                     r"аккаунте|акаунті)\s+", re.I)
# ... or after it: "в сообщении министерства в Telegram-канале"
CHANNEL_BEHIND = re.compile(rf"\s+{CHANNEL.pattern.removesuffix(chr(92) + 's+')}(?:\s+\S+)?$", re.I)
AGENCY_WORDS = {"ведомства", "министерства", "відомства", "міністерства", "пресс-службы", "пресс-служби"}
# what a statement came through, and so no speaker: where it was posted ("в соцсети X", "в своем блоге", "в Telegram"),
# the outlet it answered or spoke to ("на запрос РИА Новости", "в разговоре с «Ъ»", "в интервью ТАСС")
_OWN = r"(?:своем|своём|своєму|своїй|официальном|офіційному|личном|особистому)"
_CHANNEL_NOUNS = (r"соцсет\w*|социальн\w+\s+сет\w+|соціальн\w+\s+мереж\w+|мессенджер\w*|месенджер\w*|аккаунт\w*|"
                  r"акаунт\w*|блог\w*|микроблог\w*|мікроблог\w*|эфир\w*|ефір\w*|интервью|інтерв['’]ю|комментари\w+|"
                  r"коментар\w+")
_ASKED = r"на\s+запрос\w*|на\s+запит\w*|в\s+(?:беседе|разговоре)\s+с|у\s+розмові\s+з"
PLATFORMS = words("platforms")  # "в Telegram", "в соцсети X": where it was posted
_PLATFORM = rf"(?:{PLATFORM_NAMES})(?:-[\w-]+)?(?![\w-])"  # "Telegram-канале" too
# ... before a name in the sentence: "CENTCOM в соцсети X сообщило", "в ведомстве в Telegram"
POSTED_ON = re.compile(rf"(?<![\w-])(?:(?:в|во|у|на)(?:\s+{_OWN})?(?:\s+(?:{_CHANNEL_NOUNS}))?|{_ASKED})\s+[«\"„“]?$",
                       re.I)
# ... or first in the words that close a sentence: "— написал в Twitter президент Азербайджана"
CHANNEL_FIRST = re.compile(rf"(?:в|во|у|на)(?:\s+{_OWN})?\s+(?:{_CHANNEL_NOUNS}|{_PLATFORM})\s+", re.I)
# ... and after a body's name, to the verb: "В пресс-службе ЦАХАЛ на запрос РИА Новости заявили"
POSTED_AFTER = re.compile(rf"\s+(?:{_ASKED}|(?:в|во|у|на)\s+(?:{_OWN}\s+)?(?:{_CHANNEL_NOUNS}|{_PLATFORM}))(?:\s.*)?$",
                          re.I | re.S)
INFORMED_WORDS = 6  # ... and whom a verb of informing informed, with titles and names
TOLD_WORDS = 3  # words of whom a verb was said to before its "что": "заявил корвенскому коллеге, что"
PRONOUN_GENDER = {"его": "masc", "её": "femn", "ее": "femn", "його": "masc", "її": "femn"}
POSSESSIVE = re.compile(rf"(?<![\w'’])(?:{'|'.join(PRONOUN_GENDER)})(?![\w'’])", re.I)  # "в его заявлении"
NEAR = 80  # characters between a name and its verb: titles and a day may stand between ("в среду")
# ... and between a subject and its verb, where what stands between is set off by commas or says when or with whom
# ("Тагирбеков, который дважды в марте встречался ... с Лиляной Братич, заявил", "Тагирбеков по итогам второй за
# десять дней встречи с вице-премьером Селковии Лиляной Братич в Толвине заявил")
# the words that say when a body spoke, after its name: days, parts of the day, weeks, months, "on the sidelines of a
# briefing" ("в ходе брифинга"), "earlier", "last week" ("минулого тижня"), and how ("официально")
WHEN_WORD = re.compile(r"(?:понедельн|вторник|сред[уые]|четверг|пятниц|суббот|воскресен|понеділ|вівтор|середу|четвер|"
                       r"п['’]ятниц|субот|неділ|недел|тижн|утр|вечер|ноч|дн[её]м|ранк|вчер|вчор|сегодн|сьогодн|накану|"
                       r"напередод|ранее|раніше|прошл|минул|начал|поча|конц|кінц|ход[еі]|брифинг|брифінг|январ|феврал|"
                       r"март|апрел|ма[яю]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|березн|квітн|травн|"
                       r"червн|липн|серпн|вересн|жовтн|листопад|грудн|официальн|офіційн|категорич)")
WHEN_PREPOSITION = re.compile(r"в|во|у|на|после|після|по|с|з|із|от|від|до|в\s+ходе")
BASELESS = baseless()  # what calls a claim baseless or a lie: "«дезинформацией»", "безпідставні"
SUBJECT_NEAR = 160
PHRASE_WORDS = 5  # words before a place where the preposition governing the noun it depends on may stand
NEXT_WORDS = re.compile(r"(?:\s+[а-яёіїєґ'’]+){0,2}")  # two lower-case words after a name: an adverb and a verb
GENITIVE_AFTER = re.compile(r" (?P<word>[а-яёіїєґ'’]+)(?=\s)")  # the lower-case word right after a body's name
AS_SAID = re.compile(r"^\s*(?:[Кк]ак|[Яя]к)\s+$")  # "Как отметил Лавров, ...", "Як зазначив Лавров, ..."
# a person's office, named by the person in the genitive: "пресс-служба Александра Лукашенко сообщила" is the press
# service's, not his
OFFICE_OF = re.compile(r"(?<![\w-])(?:пресс-служба|прес-служба|офис|офіс|аппарат|апарат|администрация|адміністрація|"
                       r"канцелярия|канцелярія|секретариат|секретаріат)\s+$", re.I)
# "Как отмечается, ...", "Як зазначається в повідомленні, ...": what the statement just quoted says too
AS_NOTED = re.compile(r"\s*(?:(?:Как|Як)\s+(?:отмечается|подчеркивается|указывается|сообщается|говорится|зазначається|"
                      r"наголошується|повідомляється|йдеться|вказується)(?:\s+(?:в|у)\s+(?:сообщении|заявлении|"
                      r"документе|релизе|повідомленні|заяві|документі|релізі))?|Согласно\s+(?:документу|сообщению|"
                      r"заявлению)|Згідно\s+з\s+(?:документом|повідомленням|заявою))\s*,\s*")
# "— добавили в ведомстве": the body the article named before, by the noun for what it is
IN_AGENCY = re.compile(r"(?:в|во|у)\s+(?:ведомстве|министерстве|пресс-службе|агентстве|відомстві|міністерстві|"
                       r"прес-службі|агентстві)", re.I)
AS_SAID_BY = re.compile(r"\s+(?P<who>[^,.;:!?«»\"]{2,60}?)\s*,\s*")  # ... the words after the verb, to the comma
# a clause's opening words up to a point: a capitalised noun and up to two words after it ("Пресс-служба")
# ("В Министерстве обороны", where the body said it: the noun in the locative after "в")
IN_BODY = re.compile(r"\s*(?:[ВвУу]|Во|во)\s+(?:(?P<adjective>[А-ЯЁІЇЄҐ][\w-]*\s+)?(?P<noun>[а-яёіїєґ][\w-]*)|(?=«))"
                     r"(?:\s*«[^«»]{2,40}»|\s+[^\s,.;:!?«»\"]+){0,6}"
                     r"\s*$")  # ... or a name in quotation marks: "В «Кетраводе» уточнили", "У компанії «Кетравод»"
NESTED_IN = re.compile(r"\s(?:[ВвУу]|Во|во)\s+(?=\S)")  # another "в" inside the opening: where the body is named
LONE_UNTIL_COMMA = re.compile(r"\s*(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)\s*,")  # "За словами Зеленського,"
ADJECTIVE_SURNAME = re.compile(r"(?:ськ|цьк|зьк|ск|цк)(?:ого|ої|ой)$")  # "Зеленського", "Зеленского"
# the nouns a source named by common nouns closing a sentence has ("..., по данным местных властей."): a body's, or
# people's who speak as one; not a time's or a survey's ("..., по данным прошлого года", "по данным опроса")
SLAVIC_BODIES = tuple(w.lower() for w in words("bodies-slavic"))  # "министерств", "мид": a ministry's, an agency's
SOURCE_NOUNS = SLAVIC_BODIES + (
    "власт", "влад", "полици", "поліці", "арми", "армі", "войск", "військ", "военн", "військов", "суд", "организатор",
    "організатор", "спасател", "рятувальник", "медик", "врач", "лікар", "жител", "мешканц", "очевид", "свидетел",
    "свідк", "источник", "джерел")
# a verb of saying in the past or the present of news: "сообщил", "сообщает", "повідомляє"
SAYS = re.compile(r"(?<![\w-])(?:сообщ|повідом|заяв|передал|переда[её]т|переда[єю]|отметил|зазначил|зазначи|"
                  r"подчеркнул|наголоси|сказал|сказа|говорится|йдеться)\w*", re.I)
AGENCY_NOUN = re.compile(r"^(?:ведомств|министерств|відомств|міністерств)", re.I)  # a ministry by its noun alone
JOINT = re.compile(r"совместн|спільн", re.I)  # a joint statement's words
PREPOSITION_OPENS = re.compile(r"(?:на|в|во|у|к|о|об|про|для|с|со|от|від|до|по|за)\s", re.I)
# a nationality's adjective in the genitive before a body's name: "По информации турецкого Управления ..."
NATIONALITY_BEFORE = re.compile(r"[а-яёіїєґ][а-яёіїєґ'’-]+(?:ськ|цьк|зьк|ск|цк)(?:ого|ої|ой|их|іх)\s+")
IN_BEFORE = re.compile(r"(?<!\w)(?:[ВвУу]|Во|во)\s+$")  # "В ...": the noun after it is where, not who
CLAUSE_TO = re.compile(r"(?:^|(?<=[,;:—–«»\"]))\s*(?:(?P<in>[ВвУу]|Во|во)\s+)?(?P<noun>[A-ZА-ЯЁІЇЄҐа-яёіїєґ][\w-]*)"
                       r"(?:\s+[^\W\d_][\w-]*){0,2}\s+$")
# who passed the words on, closing the sentence after them: ", сообщает пресс-служба МИД", ", передає УНІАН"
CHANNEL_AFTER = re.compile(r",\s*(?:[—–-]\s*)?(?:сообща(?:ет|ют)|переда(?:ет|ют|є)|пиш(?:ет|ут|е)|говорится|йдеться|"
                           r"повідомля(?:є|ють))\s[^,«»\"]{1,80}$", re.I)
# a title that opens the sentence, with the words that say whose it is: "Глава российского МИД подчеркнул"
TITLE_OPENS = re.compile(r"^\s*(?P<title>[^\W\d_][\w'’-]*)(?:\s+[^\s,.;:!?«»\"]+){0,3}\s*$")
MINISTRY_HEAD = (r"|(?:глав|голов|очільни|керівни)\w*\s+(?:МИД|МЗС|МВД|МВС|МОЗ|Минобороны|Міноборони|Минфина|"
                 r"Мінфіну|Минздрава|Минюста|Мін['’]юсту|Минэнерго|Міненерго|министерства|міністерства)(?![\w-])")
# titles a later sentence gives the one introduced with another: "представитель Кремля" is its press secretary, and
# "дипломат" whoever the article introduced as a diplomat ("официальный представитель МИД Мария Захарова")
SPEAKS_FOR = r"|(?:пресс|прес)-секретар\w*|речни\w*"
DIPLOMATS = (r"|(?:министр|міністр|замминистра|заступни\w*\s+міністра)\w*\s+(?:иностранных|закордонних)"
             r"|(?:глав|голов|очільни|представител|представни)\w*\s+(?:МИД|МЗС)|посол\w*|"
             r"посл(?:а|у|ом|е|ы|ов|ам|ами|ах|и|ів|ові)(?![\w-])|посланник\w*|постпред\w*")
# a town's head, as the article may have introduced him: "— заявил градоначальник" after "Мэр города Давид Саргсян"
# (the Ukrainian "мер" in the forms Russian "мера", a measure, never takes)
MAYORS = r"|мэр\w*|мер(?:ом|ові)?(?![\w-])|(?:міськ\w*\s+)?голов\w*\s+міста|глав\w*\s+города"
SAME_TITLES = {"представ": SPEAKS_FOR, "диплом": DIPLOMATS, "градонач": MAYORS, "мэр": r"|градоначальни\w*",
               "генс": r"|генеральн\w*\s+секретар\w*"}  # "Генсек форума" is its "генеральный секретарь"
# a nationality word in lower case before a title: "эстранский министр", "сардавська міністерка"
# "армянский министр", "по словам армянского министра": a nationality's adjective before a title
NATIONALITY_FIRST = re.compile(r"^\s*(?P<whose>[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґ'’-]+[сц]ь?к"
                               r"(?:ий|ый|ой|ая|ій|ого|ому|ым|им|ої|ою|а))\s+(?P<rest>\S.*)$")
# a nationality's adjective whose stem is not its country's, and the start of the country's name: "турецк", "турци"
NATIONALITY_STEMS = tuple(tuple(pair.split(">")) for pair in words("slavic-nationality-stems"))
COMPOUND = 12  # letters of a word that may hold another's stem inside it: "горноспасательной"
NATION_STEM = 5  # letters a nationality's adjective shares with its country: "армен" of армянский, Армения (not
# "иран" of иранский, Ирак)
TITLES = tuple(words("slavic-titles"))  # the stems a title takes in any case: "глав", "министр"
# after the verb that closes a quotation, someone unnamed: "— сказал один из жителей", "— розповіла одна з мешканок"
UNNAMED_AFTER = re.compile(r"\s+(?P<who>(?:(?:ещё|ще)\s+)?(?:один|одна)(?:\s+(?:из|з|із|зі)\s+[а-яёіїєґ'’-]+|"
                           r"\s+[а-яёіїєґ'’-]+))(?![\w'’-])")
PLACE_BETWEEN = re.compile(r"(?<![\w-])(?:на|в|во|у|возле|около|біля|поблизу)\s", re.I)  # "на проспекті"
COLON_QUOTE = re.compile(r":\s*[«„\"“]")
SPEAKING_HEAD = re.compile(r"\s*🗣\ufe0f?\s*[^:«»\"\n]{2,60}(?=:)")  # a post's line: who speaks, then a colon
# a post's line opened by a bullet or emoji, then one to three capitalised words before its colon: "🗣 Беляк"
POST_LABEL = re.compile(r"\s*[^\w\s«„\"“(]+\s*(?P<name>[А-ЯЁІЇЄҐ][\w'’-]+(?:\s+[А-ЯЁІЇЄҐ][\w'’-]+){0,2})\s*$")
QUOTED_NAME = re.compile(r"«([^«»]+)»")
# the words between a speaker and its verb that name no one, and the words that set what is said against what came
# before, between commas or not: "В Ереване, в свою очередь, заявили", "В Баку в ответ заявили", "У Києві, своєю
# чергою, заявили"
FILLER = (r"(?:это|этого|об\s+этом|це|цього|про\s+це|тоже|также|теж|також|уже|вже|сразу|одразу|же|при\s+этом|"
          r"в\s+ответ|в\s+свою\s+очередь|со\s+своей\s+стороны|однако|у\s+відповідь|у\s+свою\s+чергу|"
          r"в\s+свою\s+чергу|своєю\s+чергою|зі\s+свого\s+боку|водночас|натомість|проте)")
SOME_FILLERS = rf"(?:\s*,?\s+{FILLER}(?:\s*,)?)*\s*$"  # any of them, to the verb
FILLERS = re.compile(SOME_FILLERS)
WHAT_IT_DENIES = re.compile(r"\s+(?:эт[иоуа]|этот|этих|те|тех|такие|ц[іяю]|цей|цих|ті|тих|такі)\s.*$", re.I)  # "эти заявления"
# "В Баку это отрицают", "У Рамаві заявили, що ...": a sentence that opens in a place, naming no one, with the verb
# in the plural: the place speaks, as a capital does for its government ("Baku denied it")
IN_PLACE = re.compile(r"^\s*(?:[ВвУу]|Во)\s+(?P<place>[A-ZА-ЯЁІЇЄҐ][\w-]*(?:\s+[A-ZА-ЯЁІЇЄҐ][\w-]*)?)"
                      + SOME_FILLERS)
PLURAL = re.compile(r"(?:ли|ют|ут|ят|ат|ють|уть|ять|ать)(?:сь|ся)?$")
IN_WORDS = re.compile(r"(?:[Пп]о\s+словам|[Зз]а\s+словами)\s")  # "in X's words", not "по данным" (by X's data)
# "in his (her, their) words" set off between a subject and its verb: "Штрелов, по её словам, предложила ..."
OWN_WORDS_ASIDE = re.compile(r",\s*(?:по\s+(?:его|её|ее|их)\s+словам|за\s+(?:його|її|їхніми)\s+словами)\s*,\s*$",
                             re.I)
NATIONALITY_CASES = re.compile(r"(?:ск|цк|зск|ськ|цьк|зьк)(?:ий|ый|ая|ое|ие|ой|ого|ому|ым|им|ом|ую|ою|их|ых|ими|ыми|"
                               r"а|е|і|ій|ої|ім|у)$", re.I)  # "армянским", "вірменською"
NATION_ADJECTIVE = re.compile(r"(?:ск|цк|зск|ськ|цьк|зьк)(?:ий|ый|ая|ое|ие|ой|ого|ому|их|а|е|і|ій|ої|ого)$", re.I)
NATION_GROUP = re.compile(r"\s+(?:сторон|сторін|власт|влад|дипломат|военн|військов|чиновник|посадовц|официальн|офіційн)",
                          re.I)
BODY_WORDS = 5  # words a body's name set off after its verb may take
# what a post's line may be headed with instead of a speaker: "⚡️ Срочно: «...»", "📌 Цитата: «...»"
POST_HEADINGS = frozenset({"срочно", "важно", "цитата", "главное", "коротко", "подробности", "итоги", "новости", "молния",
                           "официально", "заявление", "мнение", "обновление", "терміново", "важливо", "головне",
                           "подробиці", "підсумки", "новини", "офіційно", "заява", "думка", "оновлення"})
AS_SET_OFF = re.compile(r"[^\W\d_],\s*(?:как|як)\s+$")  # "Епіцентр, як повідомила ...": as it was said, set off
SET_OFF_VERB = re.compile(r"\s+(?P<who>[^,.;:!?«»\"]{2,60}?),\s")  # "..., добавил министр, ...": who, then a comma
# where and when a speaker closing a sentence spoke, after the title: "сказал президент на церемонии открытия"
PLACE_AFTER = re.compile(r"\s+(?:на|в|во|у|после|перед|при|с|со|під|після|до|из|із|з|во\s+время)\s+")
# "Российская сторона", "Азербайджанська сторона": a country's side in talks, which speaks for it (an adverb may follow)
SIDE_OPENS = re.compile(r"^\s*(?P<side>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+[сц](?:ька?|кая)\s+сторона)"
                        r"(?:\s+(?:также|тоже|вновь|еще|ещё|також|теж|знову))?\s*$")
# "С российской стороны подчеркнута важность ...", "З російського боку наголошено ...": said by a country's side
SIDE_PASSIVE = re.compile(r"(?:^|(?<=[,;]))\s*(?:[Сс]о?|[Зз])\s+(?P<side>[а-яёіїєґ'’-]+[сц]ь?к(?:ой|ого|ої))\s+"
                          r"(?P<noun>стороны|сторони|боку)\s+(?:(?:было|была|были|був|була|було)\s+)?"
                          r"(?P<cue>(?P<stem>подчеркнут|отмечен|указан|заявлен|выражен|высказан|обозначен|наголошен|"
                          r"зазначен|висловлен|підкреслен)[аоыі]?)(?:\s*,?\s*(?:что|що))?\s+")
# the infinitive each of those participles comes from: what the statement's cue is listed by
PARTICIPLE_CUES = {"подчеркнут": "подчеркнуть", "отмечен": "отметить", "указан": "указать", "заявлен": "заявить",
                   "выражен": "выразить", "высказан": "высказать", "обозначен": "обозначить",
                   "наголошен": "наголосити", "зазначен": "зазначити", "висловлен": "висловити",
                   "підкреслен": "підкреслити"}
# an unnamed source, and where they stand, opening the sentence: "Источник в правительстве Сарнии", "Джерело в
# оточенні президента", "Собеседник агентства в МИД"; a word or two may describe it first
# ("Высокопоставленный источник в правительстве"), or a clause set off after it ("Источник, знакомый с ходом
# переговоров,"); a name in it would be a person named before the verb
_SOURCE = r"^\s*(?P<who>(?:[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+\s+){0,2}?(?i:источник|джерело|собеседник|співрозмовник)"
_ALSO = r"(?:\s+(?:также|тоже|також|теж))?\s*$"
SOURCE_OPENS = [re.compile(rf"{_SOURCE}(?:\s+[^\s,.;:!?«»\"]+){{0,6}}?){_ALSO}"),
                re.compile(rf"{_SOURCE}\s*,\s*[^,.;:!?«»\"]{{3,80}}),{_ALSO}")]
# a sentence that opens with a common noun and a few lower-case words before its verb: "Полиция сообщила",
# "Профсоюз железнодорожников заявил", "Компания также сообщила"
NOUN_OPENS = re.compile(r"^\s*(?P<noun>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)(?P<rest>(?:\s+[а-яёіїєґ][а-яёіїєґ'’-]*){0,4})\s*$")
# ... and the words up to a comma after "по данным": "По данным столичной полиции, ..."
# ... the first of them capitalised as a name's is, and the country's whose it is after them: "За даними
# Державної служби охорони кордону Тесії, ..."
GENITIVE_UNTIL_COMMA = re.compile(r"(?P<words>[а-яёіїєґА-ЯЁІЇЄҐ][а-яёіїєґ'’-]*(?:\s+[а-яёіїєґ][а-яёіїєґ'’-]*){0,3})"
                                  r"(?:\s+(?P<whose>[А-ЯЁІЇЄҐ][\w'’-]*))?\s*(?=,)")
# ... or a name in guillemets, alone or after the noun for what it is: "По данным «Лусаргаза», ...",
# "За даними компанії «Лусаргаз», ..."
QUOTED_UNTIL_COMMA = re.compile(r"(?P<noun>[а-яёіїєґ][а-яёіїєґ'’-]*\s+)?«(?P<name>[^«»,]{1,60})»\s*(?=,)")
OPENING_REACH = 60  # characters from the sentence's start to the name of whom it is about: a title may come first
FEMININE_TITLE_ENDINGS = ("ка", "ница", "ниця", "иня", "ыня")  # "президентка", "представительница", "речниця", "героиня"
TITLE_REACH = 60  # characters between a title and the name it introduces: "глава МИД Азербайджана Джейхун Байрамов"
WORD = re.compile(r"\w+")
PEOPLE_APART = re.compile(r",|\s(?:и|і|й|та|а|или|або)\s")  # two people named one after the other
TITLE_WORDS = 6  # ... and words: "Министр иностранных дел и европейской интеграции Молдовы Нику Попеску"
# to whom it was said, after the title that closes a sentence ("— сказал вице-премьер журналистам"): not whose title
TOLD_TO = re.compile(r"(?:журналист|репортер|репортёр|корреспондент|журналіст|кореспондент)\w*|[а-яёіїєґ]+(?:ам|ям)",
                     re.I)
TITLE_UNTIL_COMMA = re.compile(r"(?P<title>[^\W\d_][\w'’-]*)(?:\s+[^\s,.;:!?«»\"]+){0,3}?(?=,)")  # "президентки,"


@dataclass(frozen=True)
class _Patterns:
    past: re.Pattern
    according: re.Pattern
    according_pronoun: re.Pattern  # "По его словам": whose words, by a possessive pronoun
    pronoun: re.Pattern
    pronoun_after: re.Pattern  # "«...», — сказала она": the pronoun after the verb, after a quotation
    pronoun_and: re.Pattern  # "Он также обратился к депутатам и заявил": the subject of two verbs
    content: re.Pattern
    clause_break: re.Pattern
    before_content: re.Pattern
    about_it_opens: re.Pattern  # "Об этом сообщил ...": the sentence refers to the one before


# a preposition right before a name after the verb: the name is what was spoken of or with ("заявил о встрече с
# Холмсетер"), not who spoke ("сообщил на брифинге Дмитрий Песков")
CLOSING_PREPOSITION = re.compile(r"(?<!\w)(?i:о|об|обо|с|со|к|ко|в|во|на|по|про|для|от|у|з|зі|із|до|від|при)\s+$")
# a body right after the verb, or where it spoke: "заявили в Кремле", "сообщили в российском МИД"
WHERE_BODY = re.compile(r"\s*(?:(?i:в|во|у)\s+(?:[а-яёіїєґ'’-]+(?:ом|ем|ім|ому|ьому)\s+)?)?")


# an agency relaying a statement, opening the sentence: "Как сообщает Report, ...", "Як повідомляє Укрінформ, ..."
AS_AGENCY_SAYS = re.compile(r"\s*(?:Как|Як)\s+(?:сообща\w+|переда\w+|пиш\w+|повідомля\w+|повідоми\w+|пише)\s+"
                            r"(?P<agency>[^\s,][^,]{0,29}),\s*")
# the words news sets between a pronoun and its verb of saying: "Он также отметил", "Вона вже заявила"
SUBJECT_ADVERBS = ("также|тоже|еще|ещё|уже|вновь|снова|ранее|затем|же|однако|отдельно|особо|дополнительно|вчера|"
                   "сегодня|також|теж|вже|знову|раніше|потім|зокрема|окремо|вчора|сьогодні|ж")

ADVERB = re.compile(SUBJECT_ADVERBS, re.I)
# a foreign ministry's initials, and how its head may have been introduced: "министр иностранных дел Армении ...",
# "Глава МИД Армении ...", "Голова МЗС ..."
FOREIGN_MINISTRY = frozenset({"МИД", "МЗС", "МИДа", "МЗС-у"})
FOREIGN_MINISTER = (r"(?:министр|міністр)\w*\s+(?:иностранных\s+дел|закордонних\s+справ)"
                    r"|(?:глав|голов|очільни|керівни)\w*\s+(?:МИД|МЗС)")
# the office a head of state or government holds, as the article may have introduced its holder
HEAD_OF = {"государства": "президент", "держави": "президент", "правительства": "премьер", "уряду": "прем['’]?єр",
           "кабмина": "премьер", "кабміну": "прем['’]?єр"}


def _compile(p: Phrasing) -> _Patterns:
    stems = "|".join(sorted(map(re.escape, p.verbs), key=len, reverse=True))
    return _Patterns(
        past=re.compile(rf"(?<![\w-])(?P<stem>{stems})(?P<end>{p.masculine}|ла|ли|ло|{p.present}|)(?P<self>ся|сь|)"
                        rf"(?:\s+(?:{p.about_it}))?(?![\w-])", re.I),
        according=re.compile(rf"(?:^|(?<=[\s,(]))(?:{p.according})\s+", re.I),
        according_pronoun=re.compile(rf"(?:^|(?<=[\s,(])){p.according_pronoun}", re.I),
        # "Он не исключил", "Он также отметил", "Вона вже заявила"
        pronoun=re.compile(r"(?:^|\s)(" + "|".join(p.pronouns) + rf")(?:\s+(?:{SUBJECT_ADVERBS}))*(?:\s+не)?\s*$", re.I),
        pronoun_after=re.compile(r"\s+(" + "|".join(p.pronouns) + r")(?![\w-])", re.I),
        # "Он также обратился к депутатам и заявил": the pronoun opens the clause, its first verb and "and" before
        pronoun_and=re.compile(r"^\W*(?:\w+\s+)?(" + "|".join(p.pronouns) + r")\s[^,.;:!?«»\"—]{3,120}\s(?:и|і|та|й)\s*$",
                               re.I),
        content=re.compile(rf"\s*(?:[,:]\s*)?(?:{p.that}\s+)?(?:—\s*)?"),
        clause_break=re.compile(rf"[.;!?]|,\s*(?:{p.clause_words})\b"),
        before_content=re.compile(rf"[,»\"”]\s*[—–-]?\s*(?:(?:{p.about_it})\s+)?$"),
        # "Об этом сообщил", "Про це в суботу повідомило": a word or two of when between, in lower case
        about_it_opens=re.compile(rf"\s*(?:{p.about_it})(?:\s+(?-i:[а-яёіїєґ'’]+)){{0,2}}\s+$", re.I))


PATTERNS = {lang: _compile(p) for lang, p in PHRASINGS.items()}
# a closing quotation mark, or a comma and dash, between a name and the verb: the name was in what was said
# ("«... это Альбин Курти», — сказал Вучич")
# a relative clause set off between the speaker and the verb: "Анар Товлу, який представляв країну в суді, наголосив"
SET_OFF = re.compile(r"^\s*,\s*(?:котор(?:ый|ая|ое|ые)|як(?:ий|а|е|і))\s[^,.;:!?«»\"]+,\s*$")
SET_OFF_PHRASE = re.compile(r"^\s*,\s*(?P<first>[^\W\d_]+)\s[^,.;:!?«»\"]+(?:,\s*(?:и|та|і)\s[^,.;:!?«»\"]+)?,\s*$")
# ... or the relative pronoun that is the verb's subject: "Амалия Ферран, которая заметила, что ..."
WHO_SAID = re.compile(r"^\s*,\s*(?:котор(?:ый|ая|ые)|як(?:ий|а|і))\s*$")
# ... a body's name in quotation marks among them: "руководителя организации «Прозрачный бюллетень» Ханы Вилк"
TITLES_BETWEEN = re.compile(r"(?:(?!(?:в|во|на|из|у|з|із|зі|до|от|від|для|при|с|со)\s)[^\W\d_][\w'’-]*\s+|"
                            r"[«\"„“][^«»\"“”„\n]{1,40}[»\"“”]\s+){1,6}")
SAID_BEFORE = re.compile(r"^\s*[»\"”]|,\s*[—–-]")  # right after the name: not «Известиям» between
# "..., сообщило дравенское внешнеполитическое ведомство.": a speaker no name stands for, closing its sentence
# the author's words set into a quotation by dashes: "«Мы пожали друг другу руки, — сказал он. — Дальше ...»"
INTERJECTED = re.compile(r"[,!?…]\s*[—–]\s*(?:\S+\s+){0,2}$")
# an agency after its verb, then whom it cites: "сообщает ТАСС со ссылкой на ...", "повідомляє Укрінформ з посиланням на"
CITING = re.compile(r"\s+(?P<agency>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s*,?\s+(?:со\s+ссылкой\s+на|ссылаясь\s+на|"
                    r"з\s+посиланням\s+на|із\s+посиланням\s+на|посилаючись\s+на)\s+", re.I)
HEAD_TITLES = ("презид", "прем")  # the beginnings of a head of state's or government's title, as ``_titled`` asks it
IN_LOCATIVE = re.compile(r"(?:в|во|у)\s+(?=[А-ЯЁІЇЄҐ])")  # "— заявили в Коордштабі": where the body spoke
# ... a body named by its common noun, with the genitives that say whose: "генпрокуратуру Азербайджана" (not a thing
# it said: "со ссылкой на заявление пресс-службы"); the shortenings a body's noun may open with ("ген", general)
BODY_PREFIX = re.compile(r"^(?:ген|гос|держ)(?=\w{4})")
CITED_BODY = re.compile(r"(?P<noun>[а-яёіїєґ][\w-]+)(?:\s+[А-ЯЁІЇЄҐа-яёіїєґ][\w-]+){0,3}(?=\s*[.,;!?]|\s*$)")
# what may open a sentence before its subject: a weekday, a phrase that sets it against what came before, or one
# adverb, conjunction or particle ("Ранее", "Однако", "Также")
OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:(?i:(?:в|во|у)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|вівторок|"
    r"середу|четвер|п['’]ятницю|суботу|неділю|свою\s+очередь|свою\s+чергу)|своєю\s+чергою|при\s+этом|при\s+цьому|"
    r"кроме\s+того|крім\s+того|между\s+тем|тим\s+часом|вместе\s+с\s+тем|водночас|тем\s+временем|тем\s+не\s+менее|"
    r"тим\s+не\s+менш|(?:сегодня|вчера|сьогодні|вчора)\s+(?:утром|вечером|днем|днём|вранці|ввечері|вдень))|"
    r"(?P<word>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+))\s*,?\s+")
# one or two words before a title that may qualify it ("Генеральный прокурор", "Бывший первый вице-премьер")
QUALIFIED_TITLE = [re.compile(rf"^\s*(?P<qualifiers>(?:[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’-]+\s+){{{n}}})"
                              r"(?P<next>[^\W\d_][\w'’-]*)") for n in (1, 2)]
TITLE_ADJECTIVES = ("уполномоченн", "уповноважен", "командующ")  # adjectives that stand as a title's noun
PLURAL_ENDINGS = frozenset({"ли", "ют", "ают", "ють"})  # a verb's endings in the plural: the past's, the present's
COMPLAINING = frozenset({"сетовать", "нарікати"})  # verbs of complaint, whose "на" says what about
OUTLET_TOLD = r"[«\"„“][А-ЯЁІЇЄҐA-Z][^«»\"“”„\n]{0,30}(?:у|ю|ам|ям|ові|еві)[»\"“”]"  # "«Курьеру»", "«Известиям»"
# the first word after the first comma, past a "не": "— сообщил представитель МИД, не уточнив подробностей"
GERUND_AFTER = re.compile(r",\s+(?:(?i:не)\s+)?(?P<word>[а-яёіїєґ'’-]+)(?![\w'’-])")
SPEAKER_TO_END = re.compile(r"\s+(?P<who>[^\W\d_][^,.:;!?«»\"“”\n]{2,80}?)\s*[.!?…]*\s*$")


def statements(article: Article) -> list[Statement]:
    """The statements of a Russian or Ukrainian article whose entities were found (``analyse.slavic``)."""
    lang = article.language if article.language in PHRASINGS else "ru"
    patterns = PATTERNS[lang]
    people = [m for m in article.mentions if m.label == "PERSON"]
    out: list[Statement] = []
    previous = None
    for sentence in article.sentences:
        def read(start: int, end: int, before: list[Statement]) -> Statement | None:
            return _read(article, start, end, patterns, people, [*out, *before], lang, previous)

        def speaks(start: int, end: int) -> bool:
            text = article.body[start:end]
            return bool(patterns.past.search(text) or _modal_cues(text, lang) or patterns.according.match(text))

        found = by_voice(article.body, sentence.start, sentence.end, read, speaks)
        if not found and out and previous is not None and (more := quote_after(
                article.body, out[-1], (previous.start, previous.end), sentence.start, sentence.end)) is not None:
            found = [more]  # "«...», — сказал он. «...»": the same speaker goes on
        for one in found:
            more = _gerund_then(article, one, sentence.end, lang)
            out.extend(more or [one])
            if (then := _said_then(article, one, sentence.end, lang)) is not None:
                out.append(then)
        previous = sentence
    return out


def _read(article: Article, start: int, end: int, patterns: _Patterns, people: list[Mention],
          earlier: list[Statement], lang: str, previous: Span | None) -> Statement | None:
    "The statement of one sentence, or of one voice of it (``voices.by_voice``)."
    text = article.body[start:end]
    names = [m for m in article.mentions if start <= m.start < end and m.label in SPEAKERS]
    found = None  # "По данным МИД, Кастеллан заявил, что ...": the verb's speaker before the source's
    for verb in sorted([*patterns.past.finditer(text), *_modal_cues(text, lang), *_gerund_cues(text, lang)],
                       key=lambda v: v.start()):
        if found:
            break
        if inside_quotation(text, verb.start()) and not INTERJECTED.search(text, 0, verb.start()):
            continue  # what was said, not who says it: "«... Садован обещал ...», — заявила Добраш"
        if bool(verb["self"]) != (verb["stem"].lower() in PHRASINGS[lang].reflexive):
            continue  # "сказалось на ценах" is no speech; "возмутился" is, and only with its -ся
        found = _said(article, start, text, verb, names, people, earlier, lang, previous)
    opening = text.lstrip(" «»\"„“”—–-")
    if found is not None and (patterns.according_pronoun.match(opening) or IN_WORDS.match(opening)):
        # "За його словами, кожну людину ... передали корванській стороні", "По словам Вялкина, Хоршелли пообещал,
        # что ...": in his words, not the words of whom a verb inside them names (but "По данным МИД, Кастеллан
        # заявил": the verb's, by what the ministry knows)
        found = _according(article, start, text, names, people, earlier, lang) or found
    return found or _according(article, start, text, names, people, earlier, lang) or \
        _said_in_statement(article, start, text, lang, previous, people, earlier) or \
        _colon_quote(article, start, text, names, lang) or \
        _said_by_a_side(article, start, text, lang) or _as_noted(article, start, text, earlier, lang)


def _office_before(article: Article, offset: int, start: int, names: list[Mention]) -> Mention | None:
    "The office named by its holder right before the verb ('пресс-служба Александра Лукашенко сообщила'), as a body."
    person = next((m for m in reversed(names) if m.label == "PERSON" and m.end <= start), None)
    if person is None or article.body[person.end:start].strip():
        return None
    office = OFFICE_OF.search(article.body, max(offset, person.start - 30), person.start)
    if office is None:
        return None
    return Mention(office.start(), person.end, article.body[office.start():person.end], "ORG")


def _as_noted(article: Article, offset: int, text: str, earlier: list[Statement], lang: str) -> Statement | None:
    """'Как отмечается, ...' right after a statement quoted in its paragraph or the one before: what follows the comma
    is that statement's too, its speaker's."""
    m = AS_NOTED.match(text)
    last = earlier[-1] if earlier else None
    if m is None or last is None or last.speaker_name is None or \
            article.body.count("\n", last.content.end, offset) > 2 or last.content.end > offset:
        return None
    content = _content_after(offset + m.end(), text[m.end():], lang)
    if content is None:
        return None
    return replace(last, content=content, cue=Span(offset + m.start(), offset + m.end()),
                   kind=_statement_kind(article, content))


def _agency_just_quoted(article: Article, offset: int, words: str, earlier: list[Statement],
                        lang: str) -> str | None:
    """The name of the ministry whose statement came last in this paragraph or the one before, where words name a body
    by its noun for what it is alone ("оборонного ведомства", "министерства"): the article's other name for it."""
    if not AGENCY_NOUN.search(words.split()[-1]):
        return None
    last = earlier[-1] if earlier else None
    if last is None or last.speaker_kind != "body" or not last.speaker_name or last.cue is None or \
            article.body.count("\n", last.cue.end, offset) > 2 or \
            not last.speaker_name.lower().startswith(SLAVIC_BODIES):
        return None
    nation = NATIONALITY_FIRST.match(words)  # "британского оборонного ведомства" is no other country's ministry
    if nation is not None and not _alike(nation["whose"], last.speaker_name.split()[1:], lang):
        return None
    return last.speaker_name


def _statement_kind(article: Article, content: Span) -> str:
    "'direct' for words in quotation marks, else 'indirect'."
    quoted = article.body[content.start] in QUOTES and article.body[content.end - 1] in QUOTES
    return "direct" if quoted else "indirect"


def _named_before(article: Article, before: int) -> Mention | None:
    """The last body the article named before a point by a body's word or initials ("Министерство обороны РФ", "МИД"),
    as "в ведомстве" names one; not a news agency that passed statements on, nor where they were posted ("в
    Telegram"), nor a body of another kind ("ВСУ")."""
    return next((n for n in reversed(article.mentions) if n.end <= before and n.label == "ORG" and not _passed_on(n)
                 and not _posted_on(article.body, n) and n.text.lower().startswith(SLAVIC_BODIES)), None)


class _PastCue:
    """A verb of saying in another form, read as a past verb of saying would be (``patterns.past``): the cue runs from
    a past verb whose ending, and so the gender, it takes, to the verb of saying (``_modal_cues``, ``_gerund_cues``)."""

    def __init__(self, start: int, end: int, ending: str, stem: str):
        self.span, self.groups = (start, end), {"stem": stem, "end": ending, "self": ""}

    def __getitem__(self, key: str) -> str:
        return self.groups[key]

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]


def _modal_cues(text: str, lang: str) -> list[_PastCue]:
    """The verbs of saying in the infinitive after 'поспешил', 'стал', 'решил', 'попытался' in a sentence: a past verb
    that says how it was said ("поспешила заявить", "стал уверять")."""
    pattern, stems = _modal_pattern(lang)
    return [_PastCue(m.start(), m.end(), m["end"], stems[m["inf"].lower()]) for m in pattern.finditer(text)]


def _gerund_cues(text: str, lang: str) -> list[_PastCue]:
    """A verb of saying as a gerund after the clause's own past verb: "Президент обратилась к ним с видеообращением,
    заявив, что ...", "..., наголосивши, що ...". What follows "что" is said by the clause's subject, whose verb's
    ending gives the gender; the cue runs from that verb, the nearest past verb before the comma that the
    dictionary knows as one ("справ", of affairs, is none), to the gerund."""
    pattern, past = _gerund_pattern(lang)
    cues = []
    for m in pattern.finditer(text):
        clause = re.split(r"[.;!?«»\"“”]", text[max(0, m.start() - GERUND_REACH):m.start()])[-1]
        at = m.start() - len(clause)
        verb = next((v for v in reversed(list(past.finditer(clause))) if _past_verb(v.group(), lang)), None)
        if verb is not None:
            cues.append(_PastCue(at + verb.start(), m.end(), verb["end"].lower(), m["gerund"].lower()))
    return cues


@cache
def _gerund_pattern(lang: str) -> tuple[re.Pattern, re.Pattern]:
    phrasing = PHRASINGS[lang]
    stems = [stem for stem, infinitive in phrasing.verbs.items() if not infinitive.endswith("ся")]
    gerunds = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    ending = "вши" if lang == "uk" else "в|вши"  # Ukrainian "заявив" is the past ("he said"), "заявивши" the gerund
    return (re.compile(rf",\s*(?P<gerund>{gerunds})(?:{ending}),?\s+(?={phrasing.that}\s)", re.I),
            re.compile(rf"(?<![\w-])[а-яёіїєґ'’]{{2,}}(?P<end>{phrasing.masculine}|ла|ли|ло)(?:ся|сь)?(?![\w-])", re.I))


@lru_cache(maxsize=8192)
def _past_verb(word: str, lang: str) -> bool:
    """Whether the dictionary reads a word as a verb in the past ("обратилась", "виступив"), and first as that: "дел"
    of "Министр иностранных дел" is the past of "деть" only second."""
    parses = slavic.morph(lang).parse(word.lower())
    return any(p.tag.POS == "VERB" and "past" in p.tag for p in parses) and parses[0].tag.POS == "VERB"


@cache
def _modal_pattern(lang: str) -> tuple[re.Pattern, dict[str, str]]:
    phrasing = PHRASINGS[lang]
    stems = {infinitive: stem for stem, infinitive in phrasing.verbs.items() if not infinitive.endswith("ся")}
    modals = MODALS[lang]
    infinitives = "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
    return (re.compile(rf"(?<![\w-])(?:{modals})(?P<end>{phrasing.masculine}|ла|ли|ло)(?:ся|сь)?\s+(?P<inf>{infinitives})"
                       r"(?![\w-])", re.I), stems)


# a preposition, which governs the name after it: "После встречи с премьером Карло Пеллегрини представитель ..."
PREPOSITION = re.compile(r"(?<![\w-])(?:с|со|после|за|при|для|от|к|ко|о|об|по|перед|над|под|между|без|через|з|із|зі|"
                         r"після|від|до|про|між)(?![\w-])", re.I)
# a common word before a name that it governs ("главы ДНР", "представителями ООН", "телеканалу France 24"), not "и"
GOVERNED = re.compile(r"(?<![\w-])(?!(?:и|й|і|та|а|но|або|или)\s)[а-яёіїєґ][а-яёіїєґ'’-]*\s+$")


def _said(article: Article, offset: int, text: str, verb: re.Match, names: list[Mention],
          people: list[Mention], earlier: list[Statement], lang: str, previous: Span | None = None) -> Statement | None:
    phrasing, patterns = PHRASINGS[lang], PATTERNS[lang]
    start, end = offset + verb.start(), offset + verb.end()
    gender = _gender_of_ending(verb, lang)
    # "заявила" makes "Самира" a woman's name in the nominative; "заявил" leaves "Бола" one, not a genitive
    woman = "femn" if gender == "femn" else None
    cue = Span(start, start + len(verb["stem"]) + len(verb["end"]) + len(verb["self"]))
    base = phrasing.verbs[verb["stem"].lower()]
    informing = verb["stem"].lower() in phrasing.informing  # what "проинформировал коллегу о решении" said is after "о"
    if base in COMPLAINING and re.match(r"\s+на\s", text[verb.end():]):
        return None  # "сетует на падение спроса": what about, not what was said
    if (office := _office_before(article, offset, start, names)) is not None:
        content = _content_after(offset + verb.end(), text[verb.end():], lang, informing, denies(base))
        return None if content is None else _statement(
            article, content, cue, base, Span(office.start, office.end), office,
            name=office.text[:1].upper() + office.text[1:], lang=lang)
    if (source := next(filter(None, (p.match(text[:verb.start()]) for p in SOURCE_OPENS)), None)) is not None:
        # "Источник в правительстве Сарнии рассказал, что ...": someone unnamed, known by where they stand, not a
        # name among those words
        content = _content_after(offset + verb.end(), text[verb.end():], lang, informing, denies(base))
        who = Mention(offset + source.start("who"), offset + source.end("who"), source["who"], "PERSON")
        return None if content is None else _statement(article, content, cue, base, Span(who.start, who.end), who,
                                                       name=who.text, lang=lang)
    # the one speaking is named in the nominative: "Байрамов в разговоре с Сергеем Лавровым заявил" is Bayramov
    before = [m for m in names if m.end <= start and _near_subject(article.body, m, start) and _fits(m, gender, lang, people)
              and _nominative(m, lang, woman) and not _where(article.body, m) and not _of_a_nation(article.body, m)
              and not _of_a_noun_before(article.body, m, lang) and not _posted_on(article.body, m)]
    # "Путин на встрече с врио главы ДНР Денисом Пушилиным выразил", "Пашинян в интервью телеканалу France 24 заявил":
    # a name no case ending tells, after a common word that governs it, is that word's object, not the subject
    # named before it
    person = next((m for m in reversed(before) if m.label == "PERSON"), None)
    if person is not None and before[-1] is not person and GOVERNED.search(article.body[person.end:before[-1].start]) \
            and not PREPOSITION.search(text[:person.start - offset]):  # "После встречи с премьером X": X is governed
        before = [m for m in before if m.end <= person.end]
    # "Он также обратился к депутатам конгресса США и заявил": he, the subject of both verbs, not a name between
    coordinated = patterns.pronoun_and.match(text[:verb.start()])
    if coordinated is not None and gender in (None, phrasing.pronouns[coordinated[1].lower()]):
        before = [m for m in before if m.start < offset + coordinated.start(1)]
    else:
        coordinated = None
    # "Томе Ребелу, который поддержал Варежан, заявил": the one before the clause set off, not whom it names; in
    # the nominative, or a foreign name no dictionary declines ("Ребелу"), not "Лаврову, который ..., заявили"
    outer = next((m for m in names if m.end <= start and _set_off(article.body[m.end:start], lang)
                  and _fits(m, gender, lang, people) and not _where(article.body, m)), None)
    if outer is not None and (_nominative(outer, lang, woman) or outer.label == "PERSON" and not
                              slavic.morph(lang).word_is_known(outer.text.split()[-1].lower())):
        before = [outer]
    after = [m for m in names if m.start >= end and m.start - end <= NEAR and _fits(m, gender, lang, people)
             and m.text.split()[0].lower() not in words("ru-agencies")  # "сообщил ТАСС": a channel
             and not _where(article.body, m) and not _of_a_nation(article.body, m)  # "заявили в Москве": where
             and not _of_a_noun(article.body, m, end, lang) and not _posted_on(article.body, m)]
    rest, whole = text[verb.end():], None
    gap = article.body[before[-1].end:start] if before else ""
    if before and article.body[before[-1].start - 1:before[-1].start] in CLOSING_OF and \
            gap[:1] == CLOSING_OF[article.body[before[-1].start - 1]] and not gap[1:].strip():
        gap = ""  # a name in quotation marks right before the verb ("«Газпром» заявил"), not a quotation's end
    if (re.fullmatch(r"\s*,\s*", gap) or not before and AS_SET_OFF.search(text, 0, verb.start())) and \
            (inside := SET_OFF_VERB.match(rest)) is not None:
        # "Водохранилище, добавил министр, заполнено лишь наполовину ...", "Епіцентр, як повідомила служба, був ...":
        # the verb and who said it are set off inside what was said, which is the whole sentence; not "Дарвани, как
        # сообщили в МИД, предложил ...", where a person before says it through the body
        return _set_off_inside(article, offset, text, verb, cue, base, inside, after, gender, earlier, lang)
    closing = SPEAKER_TO_END.match(_before_gerund(rest, lang))  # "— сказал министр, отвечая на вопрос журналистов."
    if (cited := _cited_by_agency(article, offset, text, verb, cue, base, rest, names, previous, lang)) is not None:
        return cited
    if patterns.about_it_opens.match(text[:verb.start()]):  # "Об этом сообщило Министерство обороны.": the
        return _said_about_it(article, previous, cue, base, after, closing, rest, end, lang)  # sentence before
    if not after and closing and _closing_speaker(closing["who"], rest, lang) and UNNAMED_AFTER.match(rest) is None \
            and _before_is_content(text[:verb.start()], lang) and not (before and SET_OFF.match(gap)):
        # "..., сообщило ведомство."; not "Клара Вендт, яка прибула на місце, пообіцяла родинам відповіді", nor
        # "— рассказала одна из жительниц села Цинубани", someone unnamed (``UNNAMED_AFTER``)
        content = _said_before_verb(article.body, offset, start, lang)
        if content is None:
            return None
        who = _without_addressee(_closing_mention(closing, end), lang)
        if (when := OPENING_ADVERBIAL.match(who.text)) is not None and not when["word"]:
            who = Mention(who.start + when.end(), who.end, who.text[when.end():], who.label)  # "— заявил в среду X"
        if (titled := _closing_title(article, content, cue, base, who, gender, earlier, lang)) is not None:
            return titled  # "«...», — сказала губернатор."
        if IN_AGENCY.fullmatch(who.text):  # "— добавили в ведомстве": the body that just spoke, or the ministry
            # named before, or no one
            last = earlier[-1] if earlier else None
            if last is not None and last.speaker_kind == "body" and last.cue is not None and \
                    "\n" not in article.body[last.cue.end:content.start]:
                return replace(last, content=content, cue=cue, cue_word=base, kind=_statement_kind(article, content))
            body = _named_before(article, content.start)
            return None if body is None else _statement(article, content, cue, base, Span(who.start, who.end), body,
                                                        lang=lang)
        if (inside := IN_LOCATIVE.match(who.text)) is not None and gender is None:
            # "— зазначили в Коордштабі": the body they spoke in, in the nominative, after a plural verb (a verb of one
            # gender has a subject of its own: "— сказал в Москве Лавров")
            who = Mention(who.start + inside.end(), who.end, who.text[inside.end():], "ORG")
            return _statement(article, content, cue, base, Span(who.start, who.end), who,
                              name=_head_nominative(who.text, lang), lang=lang)
        if (kind := _titled_kind(who.text.split()[0], lang)) is not None:
            # "— сказал министр", "— заявили эксперты" with no one introduced so: a person, or a group
            found = _statement(article, content, cue, base, Span(who.start, who.end), replace(who, label="PERSON"),
                               name=who.text, lang=lang)
            return replace(found, speaker_kind=kind)
        return _statement(article, content, cue, base, Span(who.start, who.end), who, name=who.text, lang=lang)
    # "В Брюсселе заявили европейские дипломаты, что ...": the ones named after the verb spoke there, not the place
    subject_after = re.match(rf"\s+(?:[а-яёіїєґ'’-]+\s+){{0,3}}[а-яёіїєґ'’-]{{4,}},\s*(?:{phrasing.that})\s", rest)
    if not after and subject_after is None and \
            (place := _speaking_place(text[:verb.start()], verb, names, offset, lang)) is not None:
        content = _or_just_said(_content_after(offset + verb.end(), rest, lang, informing, denies(base)), article,
                                base, cue, offset + len(text))  # «В Баку это отрицают»
        if content is None:
            return None
        name = _place_nominative(place.text, lang)
        return _statement(article, content, cue, base, Span(place.start, place.end), place, name, lang=lang)
    # "В офісі президентки Пелларії повідомили, що ...": the body the sentence opens in, whose name holds any name
    # before the verb ("В офисе президента Пеллари", the country the model may take for a person)
    inside = _opened_in(text[:verb.start()], lang)
    if inside is not None and gender is None and all(m.start >= offset + inside for m in before):
        content = _or_just_said(_content_after(offset + verb.end(), rest, lang, denying=denies(base)), article, base,
                                cue, offset + len(text))  # "В агентстве это отрицают"
        if content is None:
            return None
        # "В агентстве это отрицают", "В службе эти заявления опровергли": the body, not what it denies
        said = FILLERS.sub("", text[:verb.start()])
        said = said[:m.start()] if (m := WHAT_IT_DENIES.search(said, inside)) else said
        said = said[:m.start()] if (m := POSTED_AFTER.search(said, inside)) else said
        said = said[:inside] + _body_name(said[inside:], lang)
        where = Mention(offset + inside, offset + len(said), said[inside:], "ORG")
        quoted = QUOTED_NAME.match(where.text)  # "«Гражданском фронте» это заявление": the name in the marks
        name = slavic.nominative(quoted[1].split(), lang=lang) if quoted else _head_nominative(where.text, lang)
        return _statement(article, content, cue, base, Span(where.start, where.end), where, name=name, lang=lang)
    # a sentence that opens with a title and names no person before the verb ("Глава МИД РФ подчеркнул")
    # "Армянский министр заявил": the minister of Armenia; "Генеральный прокурор заявил": the prosecutor
    opening = _without_adverbial(text[:verb.start()], lang)  # "В среду глава МИД заявил", "Ранее министр заявлял"
    first = _title_first(opening)
    title = TITLE_OPENS.match(first if first != opening else _without_qualifiers(first, lang))
    if title is not None and not _person_noun(title["title"], lang):
        title = None  # "Посольство Эскарии сообщило": a body whose noun opens as a title's ("посол") does
    if title is not None and (not title["title"].lower().startswith(TITLES)
                              or any(m.label == "PERSON" for m in before)):
        title = None
    if AS_SAID.match(text[:verb.start()]) and (agency := re.match(r"\s+([^\W\d_][\w-]*)", rest)) is not None and \
            agency[1].lower() in words("ru-agencies"):
        return None  # "Як повідомляв Укрінформ, ...": the outlet recalls its own report; no one else speaks
    if AS_SAID.match(text[:verb.start()]) and (said_by := AS_SAID_BY.match(rest)) is not None and \
            not any(m.label == "PERSON" and m.start < end + said_by.end("who") for m in after) and \
            (found := _titled_words(article, end + said_by.start("who"), said_by["who"], gender, earlier, lang)):
        # "Как отметил министр, ...", "Як зазначив глава МЗС, ...": the person the article introduced with that title
        content = _content_after(end + said_by.end(), rest[said_by.end():], lang)
        if content is None:
            return None
        who = Span(end + said_by.start("who"), end + said_by.end("who"))
        return _titled_statement(article, content, cue, base, who, found, lang)
    if after and AS_SAID.match(text[:verb.start()]):  # "Как отметил Лавров, ...": what follows the name
        speaker = next((m for m in after if m.label == "PERSON" and _nominative(m, lang, woman)), after[0])
        comma = article.body.find(",", speaker.end, offset + len(text))
        content = _content_after(comma + 1, article.body[comma + 1:offset + len(text)], lang) if comma >= 0 else None
    elif before and not title and not patterns.clause_break.search(SET_OFF.sub("", WHO_SAID.sub("", gap))) \
            and not SAID_BEFORE.search(gap) and not _closes_on_speaker(article.body, text[:verb.start()], end, after,
                                                                       lang, woman):
        # "Лавров заявил, что ..."
        speaker = _whole_body(article, offset, before[-1], names, lang)
        whole = _head_nominative(speaker.text, lang) if speaker is not before[-1] else None
        content = _content_after(offset + verb.end(), rest, lang, informing, denies(base))
    elif (unnamed := UNNAMED_AFTER.match(rest)) is not None and _before_is_content(text[:verb.start()], lang) and \
            not any(m.label == "PERSON" and not PLACE_BETWEEN.search(article.body, end + unnamed.end(), m.start)
                    for m in after):
        # "«...», — сказав один із таксистів на проспекті Льєвант": someone unnamed, not a name after where they
        # were; but "— заявила одна из организаторов акции Самира Кендерли" is named
        content = _said_before_verb(article.body, offset, start, lang)
        who = Mention(end + unnamed.start("who"), end + unnamed.end("who"), unnamed["who"], "PERSON")
        if content is None:
            return None
        return _statement(article, content, cue, base, Span(who.start, who.end), who, who.text, lang=lang)
    elif after and _before_is_content(text[:verb.start()], lang) and not patterns.pronoun_after.match(rest):
        # "«...», — заявил Лавров."; not "— добавила она, напомнив о гибели солдата у поста Хескет"
        # "заявил глава МИД Сергей Лавров"; "заявив представник Дорнланду ... посол Едвард Лінке": the person
        # named in the nominative, not one the model found in another case
        # "— сообщила Пограничная служба Олмарии": a body right after the verb, not the country it belongs to
        body = after[0] if after[0].label == "ORG" and not article.body[end:after[0].start].strip() else None
        speaker = body or next((m for m in after if m.label == "PERSON" and _nominative(m, lang, woman)), None) or \
            next((m for m in after if m.label == "PERSON"), after[0])
        content = _said_before_verb(article.body, offset, start, lang)
        if speaker.label != "PERSON" and closing is not None and closing["who"].lower().startswith(TITLES) and \
                content is not None:
            # "— добавил глава МИД России.": the person the article introduced with that title, not the ministry
            titled = _closing_title(article, content, cue, base, _closing_mention(closing, end), gender, earlier, lang)
            if titled is not None:
                return titled
    elif (pronoun := patterns.pronoun_after.match(rest)) and _before_is_content(text[:verb.start()], lang):
        content = _said_before_verb(article.body, offset, start, lang)
        # "», — сказала она": not a name inside what she said
        who = _antecedent(phrasing.pronouns[pronoun[1].lower()], content.start if content else start, people,
                          earlier, lang, article.body)
        if who is None or content is None:
            return None
        return _statement(article, content, cue, base, Span(end + pronoun.start(1), end + pronoun.end(1)),
                          *who, lang=lang)
    elif (pronoun := patterns.pronoun.search(text[:verb.start()]) or coordinated):
        who = _antecedent(phrasing.pronouns[pronoun[1].lower()], offset + pronoun.start(1), people, earlier, lang,
                          article.body)
        content = _content_after(offset + verb.end(), rest, lang, informing, denies(base))
        if who is None or content is None:
            return None
        return _statement(article, content, cue, base, Span(offset + pronoun.start(1), offset + pronoun.end(1)),
                          *who, lang=lang)
    elif title:  # "Глава МИД РФ подчеркнул, что ...": the person the article introduced with that title
        found = _titled(article, offset + title.start("title"), title, gender, earlier, lang)
        qualifiers = opening[:title.start("title")].split() if first == opening else []
        if found is not None and not _qualified_alike(article.body, found[0], qualifiers):
            found = None  # "Новый президент" is not who was introduced as "Уходящий президент"
        content = _content_after(offset + verb.end(), rest, lang, informing, denies(base))
        if content is None:
            return None
        titled = Span(offset + title.start("title"), offset + title.end())
        if found is None:  # "Президент Эскарии заявил, что ..." with no one introduced so: the title as written
            kind = _titled_kind(title["title"], lang, verb["end"].lower())
            begin = offset + len(opening) - len(opening.lstrip())  # a qualifier's, if any; not "В среду"
            return None if kind is None else _as_titled(article, content, cue, base, begin, titled.end, kind, lang)
        return _titled_statement(article, content, cue, base, titled, found, lang)
    elif not before and (body := _common_body(text[:verb.start()], verb, lang)) is not None:
        # "Полиция сообщила, что ...", "Профсоюз железнодорожников заявил": a body named by a common noun
        speaker = Mention(offset + body[0], offset + body[1], text[body[0]:body[1]], "ORG")
        whole = speaker.text
        content = _content_after(offset + verb.end(), rest, lang, informing, denies(base))
    else:
        return None
    content = _or_just_said(content, article, base, cue, offset + len(text))  # «Вострик это отрицает»
    if content is None:
        return None
    return _statement(article, content, cue, base, Span(speaker.start, speaker.end), speaker, whole, lang=lang,
                      gender=woman)


def _or_just_said(content: Span | None, article: Article, base: str, cue: Span, end: int) -> Span | None:
    """What a denial with no words of its own after it denies: what was just said, the word before it stands for
    ("Вострик это отрицает", "Вострик это отрицает и заявляет, что ...", "Вострик опроверг это и заявил, что ...")."""
    if content is not None or not denies(base):
        return content
    lang = article.language if article.language in PHRASINGS else "ru"
    then = _denied_then(article.body, cue.end, end, lang)
    if then is None:
        return pronoun_before(article.body, cue, end)
    return trimmed(article.body, cue.end, then.start(), least=1) or pronoun_before(article.body, cue, then.start())


def _denied_then(body: str, start: int, end: int, lang: str, quoted: bool = False) -> re.Match | None:
    """The "and" after a denial's verb and a few words it names, before another verb of saying: "опроверг это и
    заявил, что ...", "відкинув звинувачення та наголосив, що ..."; None where a comma or quotation comes first,
    or with ``quoted``, a comma (a word that calls it baseless may be quoted: "назвали его «ложью» и заявили")."""
    then = DENIED_THEN.search(body, start, min(end, start + DENIED_REACH))
    if then is None or re.search(r"[,;:]" if quoted else r"[,;:«»\"“”]", body[start:then.start()]):
        return None
    return then if PATTERNS[lang].past.match(body, then.end(), end) is not None else None


def _said_then(article: Article, found: Statement, end: int, lang: str) -> Statement | None:
    """'Вострик опроверг это и заявил, что ...': the one who denied says what follows the second verb's "that"
    too."""
    if found.cue is None or not (denies(found.cue_word) or BASELESS.search(
            article.body, found.content.start, found.content.end)):
        return None
    then = _denied_then(article.body, found.cue.end, end, lang, quoted=not denies(found.cue_word))
    verb = PATTERNS[lang].past.match(article.body, then.end(), end) if then is not None else None
    if verb is None or bool(verb["self"]) != (verb["stem"].lower() in PHRASINGS[lang].reflexive):
        return None
    base = PHRASINGS[lang].verbs[verb["stem"].lower()]
    content = _content_after(verb.end(), article.body[verb.end():end], lang)
    if denies(base) or content is None or not re.match(rf"\s*,?\s*{PHRASINGS[lang].that}\s", article.body[verb.end():end]):
        return None
    return replace(found, content=content, cue=Span(verb.start(), verb.end()), cue_word=base, kind="indirect")


def _gerund_then(article: Article, found: Statement, end: int, lang: str) -> list[Statement] | None:
    """'«...», — сказал министр, добавив, что ...', 'заявил, что ..., отметив, что ...', 'відхилив прохання,
    зазначивши, що ...': a gerund of saying after the verb says more, the same speaker's, and what it says is no
    part of what the verb said before it: the statement, cut before the gerund where it ran on into it, and the
    gerund's. None where no such gerund follows the verb outside a quotation."""
    if found.cue is None or found.cue_word == "according to":
        return None
    body = article.body
    gerund = _gerund_pattern(lang)[0].search(body, found.cue.end, end)
    if gerund is None or inside_quotation(body[found.cue.end:end], gerund.start() - found.cue.end):
        return None
    that = re.match(rf"\s*{PHRASINGS[lang].that}\s", body[gerund.end():end])
    content = trimmed(body, gerund.end() + that.end(), end) if that else None
    if content is None:
        return None
    word = re.match(r"[\w'’-]+", body[gerund.start("gerund"):end])  # the gerund with its ending: "добавив"
    said = replace(found, content=content, cue=Span(gerund.start("gerund"), gerund.start("gerund") + word.end()),
                   kind="indirect", cue_word=PHRASINGS[lang].verbs[gerund["gerund"].lower()])
    if found.content.start >= gerund.start():
        return [said]  # "приветствовал решение, заявив, что ...": what the verb took is the gerund's
    if found.content.end <= gerund.start():
        return [found, said]
    cut = trimmed(body, found.content.start, gerund.start(), least=1)
    return [replace(found, content=cut), said] if cut is not None else [said]


def _closes_on_speaker(body: str, before: str, end: int, after: list[Mention], lang: str, woman: str | None) -> bool:
    """"..., сообщила губернатор провинции Божена Щигел.", "..., сообщил на брифинге Дмитрий Песков.": after a comma,
    the verb, a few words (a title, where or when) and a person's name in the nominative that ends the sentence, or a
    body right after the verb or "в" ("..., заявили в Кремле."); the sentence before is what was said, and a name in
    it ("... на юго-востоке Тескарии, выросло до 41 человека") is no speaker. Not "Темир, напротив, упрекнул
    Тессарон в том, что ...", "Дален, прилетевший в Орлин, сообщил, что Бюро ... начало", "Лавров, отвечая на
    вопрос, заявил о готовности к диалогу с ЕС" nor "... заявил о встрече с Холмсетер": there the name before
    speaks."""
    if re.search(r"[,—–]\s*$", before) is None:
        return False
    for m in after:
        between = body[end:m.start]
        if re.match(r"\s*(?:[.!?…]|$)", body[_with_owner(m, after, body).end:]) is None or \
                not _nominative(m, lang, woman):
            continue
        if m.label == "PERSON" and re.fullmatch(r"(?:\s*[^\W\d][\w-]*)*\s+", between) \
                and not CLOSING_PREPOSITION.search(between) or m.label == "ORG" and WHERE_BODY.fullmatch(between):
            return True
    return False


def _cited_by_agency(article: Article, offset: int, text: str, verb, cue: Span, base: str, rest: str,
                     names: list[Mention], previous: Span | None, lang: str) -> Statement | None:
    """What an agency reports citing a source is the source's, the agency its channel: "..., сообщает ТАСС со
    ссылкой на МИД Азербайджана.", "Про це повідомляє Укрінформ з посиланням на МЗС Азербайджану." (the sentence
    before). The source is the body or person named right after "со ссылкой на" or "з посиланням на"."""
    cited = CITING.match(rest)
    if cited is None or cited["agency"].split()[0].lower() not in words("ru-agencies") and \
            agency_name(cited["agency"]) is None:
        return None
    at = offset + verb.end() + cited.end()
    who, name = next((m for m in names if m.start == at and m.label in SPEAKERS), None), None
    if who is None and (source := CITED_BODY.match(article.body, at)) is not None and \
            _noun_in(source["noun"], "accs", lang) and opens_a_body(BODY_PREFIX.sub("", source["noun"])):
        # "со ссылкой на генпрокуратуру Азербайджана": a body the entity model did not tag, in the accusative
        who = Mention(source.start(), source.end(), source.group(), "ORG")
        name = _head_nominative(source.group(), lang)
    if who is None:
        return None
    if PATTERNS[lang].about_it_opens.match(text[:verb.start()]):  # "Про це повідомляє ...": the sentence before
        content = _sentence_before(article, previous, offset + verb.start())
    else:
        content = _said_before_verb(article.body, offset, offset + verb.start(), lang)
    if content is None:
        return None
    return replace(_statement(article, content, cue, base, Span(who.start, who.end), who, name, lang=lang),
                   channel=cited["agency"])


def _with_owner(m: Mention, after: list[Mention], body: str) -> Mention:
    "A body with the country or body named right after it, whose it is: 'МИД' of 'заявили в МИД России'."
    if m.label != "ORG":
        return m
    for n in after:
        if n.start >= m.end and not body[m.end:n.start].strip() and n.label in ("ORG", *PLACES):
            m = Mention(m.start, n.end, body[m.start:n.end], "ORG")
    return m


def _set_off_inside(article: Article, offset: int, text: str, verb, cue: Span, base: str, inside: re.Match,
                    after: list[Mention], gender: str | None, earlier: list[Statement], lang: str) -> Statement | None:
    """The statement whose verb and speaker are set off by commas inside what was said: a name right after the
    verb, or the person the article introduced with the title there ("добавил министр")."""
    content = Span(offset + len(text) - len(text.lstrip()), offset + len(text.rstrip(" .!?…")))
    who = next((m for m in after if m.start < offset + verb.end() + inside.end() and m.label == "PERSON"), None)
    if who is not None:
        return _statement(article, content, cue, base, Span(who.start, who.end), who, lang=lang)
    at = offset + verb.end() + inside.start("who")
    found = _titled_words(article, at, inside["who"], gender, earlier, lang)
    if found is not None:
        return _titled_statement(article, content, cue, base, Span(at, at + len(inside["who"])), found, lang)
    # "як повідомила Національна сейсмологічна служба": a body the name model did not tag, named in the nominative
    who = inside["who"].split()
    tag = slavic.morph(lang).parse(who[-1])[0].tag if who else None
    if tag is None or len(who) > BODY_WORDS or tag.POS != "NOUN" or tag.case != "nomn" or tag.animacy == "anim" or \
            {"Name", "Surn", "Patr"} & tag.grammemes:
        return None  # not "как сообщил его машинист", a person
    body = Mention(at, at + len(inside["who"]), inside["who"], "ORG")
    return _statement(article, content, cue, base, Span(body.start, body.end), body, name=inside["who"], lang=lang)


def _said_by_a_side(article: Article, offset: int, text: str, lang: str) -> Statement | None:
    """What a country's side said, in the passive of a readout: "С российской стороны подчеркнута важность
    выполнения договоренностей" (on the Russian side the importance ... was stressed), the Russian side's."""
    m = SIDE_PASSIVE.search(text)
    content = trimmed(article.body, offset + m.end(), offset + len(text)) if m is not None else None
    if content is None:
        return None
    return Statement(content=content, cue=Span(offset + m.start("cue"), offset + m.end("cue")), kind="indirect",
                     cue_word=PARTICIPLE_CUES[m["stem"]], speaker=Span(offset + m.start("side"), offset + m.end("noun")),
                     speaker_name=_side_nominative(m["side"], m["noun"], lang), speaker_kind="group")


def _side_nominative(adjective: str, noun: str, lang: str) -> str:
    """The side in the nominative: "российской стороны" is "российская сторона", "російського боку" "російський
    бік"."""
    stem = re.sub(r"(?:ой|ого|ої)$", "", adjective)
    if noun == "боку":
        return f"{stem}ий бік"
    return f"{stem}{'а' if lang == 'uk' else 'ая'} сторона"


def _common_body(before: str, verb: re.Match, lang: str) -> tuple[int, int] | None:
    """Where a sentence that opens with a common noun names the body that speaks: the noun and the genitives
    that say whose it is ("Профсоюз железнодорожников"), as offsets into ``before``, the words before the
    verb; an adverb may follow ("Компания также сообщила"). Only a noun in the nominative that agrees with
    the verb: "Полиция сообщила", "Власти заявили", not "Сообщение передали"."""
    if (side := SIDE_OPENS.match(before)) is not None and verb["end"].lower() == "ла":
        return side.start("side"), side.end("side")  # "Российская сторона подчеркнула": one country's side, a woman's verb
    opening = NOUN_OPENS.match(before)
    if opening is None or AS_SAID.match(before[:opening.end("noun")] + " "):
        return None  # not "Як" (a yak, to the dictionary) of "Як зазначає агентство, ..."
    morph = slavic.morph(lang)
    head = next((p.tag for p in morph.parse(opening["noun"]) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                 and not {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes), None)
    if head is None or not _agrees(head, verb["end"].lower(), lang):
        return None
    end, named = opening.end("noun"), True
    for word in re.finditer(r"\S+", opening["rest"]):
        tag = morph.parse(word.group())[0].tag
        if named and tag.case == "gent" and tag.POS in ("NOUN", "ADJF"):
            end = opening.start("rest") + word.end()
        elif tag.POS in ("ADVB", "PRCL", "CONJ"):
            named = False
        else:
            return None
    return opening.start("noun"), end


def _agrees(noun, ending: str, lang: str) -> bool:
    "A noun's number and gender (its pymorphy3 tag) agree with a verb's ending: 'Полиция сообщила', 'Власти заявили'."
    if ending in PLURAL_ENDINGS:
        return noun.number == "plur"
    if noun.number == "plur":
        return False
    if ending in ("ла", "ло"):
        return noun.gender == ("femn" if ending == "ла" else "neut")
    if ending in (PHRASINGS[lang].masculine, ""):
        return noun.gender in ("masc", "ms-f")
    return True  # the present's singular: "Оппозиция утверждает"


def _whole_body(article: Article, offset: int, m: Mention, names: list[Mention], lang: str) -> Mention:
    """'МИД России заявил', 'Пресс-служба Кремля сообщила': a country or body named in the genitive after the
    body that speaks is part of its name, not the speaker; the name runs from that body, or from the noun
    opening the clause."""
    body = next((n for n in names if n.label == "ORG" and n.end < m.start and not article.body[n.end:m.start].strip()),
                None)
    if m.label == "ORG" and (of := GENITIVE_AFTER.match(article.body, m.end)) is not None and \
            _genitive_noun(of["word"], lang):  # "Независимый профсоюз горняков": the body's name runs on
        m = Mention(m.start, of.end(), article.body[m.start:of.end()], "ORG")
    unknown = " " not in m.text and not slavic.morph(lang).word_is_known(m.text.lower())
    if m.label in ("PERSON", *PLACES) and unknown and \
            (start := _body_opening(article.body, offset, m.start, lang)) is not None:
        # "Министерство обороны Несбора отвергло", "Профспілка машиністів Сарновії заявила": a place the dictionary
        # does not know (or the entity model took for a person), whose the body opening the clause is
        return Mention(start, m.end, article.body[start:m.end], "ORG")
    if body is not None and m.label in PLACES and unknown:  # "В МИД Орсении заявили": the body of a place the
        return Mention(body.start, m.end, article.body[body.start:m.end], "ORG")  # dictionary does not know
    if m.label == "PERSON" or slavic.morph(lang).parse(m.text.split()[-1])[0].tag.case in ("nomn", None):
        return m  # "Представитель МИД Захарова заявила" is Zakharova
    if body is not None:
        return Mention(body.start, m.end, article.body[body.start:m.end], "ORG")
    start = _noun_opening(article.body, offset, m.start, lang)
    if start is None:
        return m
    return Mention(start, m.end, article.body[start:m.end], "ORG")


def _body_opening(body: str, offset: int, end: int, lang: str) -> int | None:
    """Where the clause opens with a body's noun in the nominative, a thing and one ('Министерство', 'Профспілка';
    not a title, 'Полковник', nor "Переговоры"), with only nouns in the genitive after it up to ``end`` ("обороны",
    "машиністів"); not a place or what the clause opens in ("В интервью Пашинян заявил")."""
    start = _noun_opening(body, offset, end, lang)
    if start is None or IN_BEFORE.search(body, max(offset, start - 4), start):
        return None
    noun, *between = body[start:end].split()
    parse = next((p for p in slavic.morph(lang).parse(noun) if p.tag.POS == "NOUN"), None)
    if parse is None or parse.tag.animacy != "inan" or parse.tag.number == "plur" or \
            not all(w[:1].islower() and _genitive_noun(w, lang) for w in between):
        return None
    return start


def _genitive_noun(word: str, lang: str) -> bool:
    "A lower-case noun in the genitive, as the dictionary reads it first: 'горняков', 'шахтарів'."
    return _noun_in(word, "gent", lang)


def _noun_in(word: str, case: str, lang: str, reading: int = 1) -> bool:
    """A noun in this case as the dictionary reads it first, or in one of its first ``reading`` readings
    ('loct': 'офісі', 'министерстве'; 'компанії' reads first as a genitive)."""
    return any(p.tag.POS == "NOUN" and p.tag.case == case for p in slavic.morph(lang).parse(word)[:reading])


def _opened_in(before: str, lang: str) -> int | None:
    """Where the body's name begins in a clause that opens with it in the locative, a common noun after "в"
    or "у" ("В офісі президентки Пелларії", "В министерстве обороны"), up to the verb: None for a place
    ("В Москве Лавров заявил") or a clause with more words than a body's name takes."""
    opening = IN_BODY.match(before)
    if opening is None:
        return None
    nested = [m for m in NESTED_IN.finditer(before, opening.end("noun") if opening["noun"] else 0)
              if not POSTED_AFTER.match(before, m.start())]  # not "в телеграм-каналі": where it was posted
    if nested and (inner := IN_BODY.match(before, nested[-1].start())) is not None and inner["noun"]:
        opening = inner  # "В комментарии изданию в пресс-службе губернатора ...": the service, not the comment
    if opening["noun"] is None:
        return before.index("«")  # "В «Кетраводе» уточнили": the name in quotation marks
    start = opening.start("adjective") if opening["adjective"] else opening.start("noun")  # "В Арвенському агентстві"
    if _noun_in(opening["noun"], "loct", lang, reading=3):
        return start
    head = (opening["adjective"] or "").strip()  # "У Міністерстві оборони ...": a body's word, capitalised;
    # not "У Вашингтоні вчора", a place
    return start if head and opens_a_body(head) and _noun_in(head, "loct", lang) else None


def _body_name(words: str, lang: str) -> str:
    """A body's name without the words after it that say when or how it spoke: "Министерстве обороны России" of
    "В Министерстве обороны России вчера (в понедельник, в начале недели, официально) заявили"; "по чрезвычайным
    ситуациям" and "енергетики" are the name's own."""
    parts, timed = words.split(" "), False
    while len(parts) > 1 and (parts[-1][:1].islower() or parts[-1].isdigit()):
        word = parts[-1].lower()
        if WHEN_WORD.match(word) or word.isdigit() or slavic.morph(lang).parse(word)[0].tag.POS == "ADVB":
            timed = True
        elif not (timed and WHEN_PREPOSITION.fullmatch(word)):
            break
        parts.pop()
    return " ".join(parts)


def _head_nominative(name: str, lang: str) -> str:
    """A body's name with its head noun, and a capitalised adjective before it, in the nominative and the
    genitive after it as it is: 'Министерство обороны Азербайджана', 'Арвенське агентство водних ресурсів'."""
    words = name.split(" ")
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].islower():
        return " ".join([_agreeing_nominative(words[0], words[1], lang), *words[2:]])
    normal = slavic.nominative(words[:1], lang=lang)
    return " ".join([words[0] if normal.lower() == words[0].lower() else normal, *words[1:]])


def _agreeing_nominative(adjective: str, noun: str, lang: str) -> str:
    "An adjective and its noun in the nominative, the adjective in the noun's gender: 'Верховній раді': Верховна рада."
    morph = slavic.morph(lang)
    head = slavic.nominative([noun], lang=lang)
    gender = next((p.tag.gender for p in morph.parse(head) if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
    parse = next((p for p in morph.parse(adjective.lower()) if p.tag.POS == "ADJF"), None)
    agreed = parse.inflect({"nomn", gender}) if parse is not None and gender else None
    if agreed is None:
        return slavic.nominative([adjective, noun], lang=lang)
    return f"{agreed.word[:1].upper()}{agreed.word[1:]} {head}"


def _noun_opening(body: str, offset: int, end: int, lang: str) -> int | None:
    """Where a clause opens with a noun in the nominative right before ``end`` ('Пресс-служба', 'Правительство'),
    or in the locative after "в" ('В Министерстве обороны ... заявили')."""
    clause = CLAUSE_TO.search(body[offset:end])  # the sentence alone: its "^" is where the sentence begins
    if clause is None or not (clause["in"] or clause["noun"][0].isupper()) or \
            clause["in"] and "Geox" in slavic.morph(lang).parse(clause["noun"])[0].tag.grammemes:
        return None  # "В Женеве США заявили": where the country spoke, no body
    return offset + clause.start("noun") if _noun_in(clause["noun"], "loct" if clause["in"] else "nomn", lang) else None


def _said_about_it(article: Article, previous: Span | None, cue: Span, base: str, after: list[Mention],
                   closing: re.Match | None, rest: str, end: int, lang: str) -> Statement | None:
    """'Об этом сообщило Министерство обороны.', 'Про це заявив Лавров.': the speaker after the verb said the
    sentence before, when it is of the same paragraph; an agency ("Об этом сообщает ТАСС") only passed it on."""
    content = _sentence_before(article, previous, cue.start)
    if content is None:
        return None
    if after:
        who = next((m for m in after if m.label == "PERSON" and _nominative(m, lang)), after[0])
        return _statement(article, content, cue, base, Span(who.start, who.end), who, lang=lang)
    if closing is None or not _closing_speaker(closing["who"], rest, lang):
        return None
    who = _closing_mention(closing, end)
    return _statement(article, content, cue, base, Span(who.start, who.end), who, name=who.text, lang=lang)


def _sentence_before(article: Article, previous: Span | None, at: int) -> Span | None:
    """What the sentence before said, where it is of the same paragraph as ``at``: its words past a wire's dateline
    ("МОСКВА, 17 января. /ТАСС/." is no part of it)."""
    if previous is None or "\n" in article.body[previous.end:at]:
        return None
    start = past_dateline(article.body, previous.start, previous.end)
    return _content_before(start, article.body[start:previous.end].rstrip(" .!?…"))


def _closing_mention(closing: re.Match, end: int) -> Mention:
    """The speaker that closes a sentence after its verb (``SPEAKER_TO_END`` matched from ``end``), as a
    body's mention, up to its last capitalised word (``_named_part``)."""
    named = _named_part(closing["who"])
    last = list(re.finditer(r"\S+", closing["who"]))[len(named.split()) - 1]  # its last word, whatever the spaces
    return Mention(end + closing.start("who"), end + closing.start("who") + last.end(), named, "ORG")


def _without_addressee(who: Mention, lang: str) -> Mention:
    """The speaker closing a sentence without whom it was said to: "— рассказала корреспонденту агентства
    жительница села" is the villager's. The addressee is a word for reporters (``TOLD_TO``) and the words in the
    genitive after it that cannot be a subject in the singular ("агентства")."""
    if (channel := CHANNEL_FIRST.match(who.text)) is not None and channel.end() < len(who.text):
        # "— написал в Twitter президент Азербайджана": where it was posted is no part of who wrote it
        who = Mention(who.start + channel.end(), who.end, who.text[channel.end():], who.label)
    words = list(re.finditer(r"\S+", who.text))
    if len(words) < 2 or not TOLD_TO.fullmatch(words[0].group()):
        return who
    k = 1
    while k < len(words) - 1 and _only_oblique(words[k].group(), lang):
        k += 1
    cut = words[k].start()
    return Mention(who.start + cut, who.end, who.text[cut:], who.label)


def _only_oblique(word: str, lang: str) -> bool:
    "A lowercase word the dictionary reads in the genitive and never as a subject in the singular: 'агентства'."
    parses = slavic.morph(lang).parse(word)
    return word[:1].islower() and any(p.tag.case == "gent" for p in parses) and \
        not any(p.tag.case == "nomn" and p.tag.number == "sing" for p in parses)


def _titled(article: Article, before: int, title: re.Match, gender: str | None, earlier: list[Statement],
            lang: str) -> tuple[Mention, str | None] | None:
    """The last person named before ``before`` with this title just ahead of the name ("глава МИД России
    Сергей Лавров", "главы МИД Сергея Лаврова", "премьер" of "премьер-министр Жорди Пучсерсос") and words that say whose title it is alike ("Глава
    азербайджанского МИД" is not Lavrov's), in the name the article's statements gave them if any."""
    word = title["title"]
    stem = word.lower()[:max(4, len(word) - 2)]  # "глава", "главы", "министра": one title in any case
    whose = [w for w in title.group()[title.end("title") - title.start():].split()
             if not (TOLD_TO.fullmatch(w) or ADVERB.fullmatch(w))]  # "Спикер также заявил": no one's "также"
    # a minister is the head of a ministry: "Глава МИД Казмерии Левон Аракелян ... , — подчеркнул министр"
    titled = rf"{re.escape(stem)}\w*(?:-\w+)*" + (MINISTRY_HEAD if stem.startswith(("минис", "мініс")) else "") + \
        next((more for start, more in SAME_TITLES.items() if stem.startswith(start)), "")
    office = HEAD_OF.get(whose[0].lower()) if stem.startswith(("глав", "голов")) and whose else None
    if office:  # "глава государства" is the president introduced so, no other head and no one untitled
        titled, whose = rf"{office}\w*(?:-\w+)*", whose[1:]
    elif stem.startswith(("глав", "голов", "очільн", "керівн")) and any(w in FOREIGN_MINISTRY for w in whose):
        # "— ответил глава армянского МИД" is the foreign minister introduced so, or as "министр иностранных дел
        # Армении Арарат Мирзоян"; whose the ministry is says which
        titled = FOREIGN_MINISTER  # not "Глава МВД Армении", another ministry's head
        whose = [w for w in whose if w not in FOREIGN_MINISTRY]
    found = []
    for m in reversed([m for m in article.mentions if m.label == "PERSON" and m.end <= before]):
        # the title is this person's, not one named before them and set apart ("президента Азербайджана Ильхама
        # Алиева и премьер-министра Армении Никола Пашиняна": Pashinyan is no president), though it may be one whose
        # title it is ("Пресс-секретарь президента Велории Олега Дранова Игорь Масленников")
        reach = max([0, m.start - TITLE_REACH] + [o.end for o in article.mentions if o.label == "PERSON"
                                                   and m.start - TITLE_REACH < o.end <= m.start
                                                   and PEOPLE_APART.search(article.body, o.end, m.start)])
        lead = re.search(rf"(?<![\w-])(?:{titled})\s(?:[^\s.!?;:«»\"]+\s){{0,{TITLE_WORDS}}}$",
                         article.body[reach:m.start], re.I)
        # whose title it is, said after it ("министр ... Эстрании") or by a nationality's adjective before it ("при
        # посредничестве эстранского министра Юрунда Хальвесена", "с армянским министром ... Араратом Мирзояном")
        introduced = lead.group().split()[1:] + _nationality_before(article.body, reach + lead.start(), lang) \
            if lead else []
        if lead and _fits(m, gender, lang) and all(_alike(w, introduced, lang) for w in whose) and \
                not _title_of_another(article.body, reach + lead.start(), lang):
            # "разговор с главой МИД России Сергеем Лавровым": whom the subject spoke to
            after_preposition = PREPOSITION_BEFORE.search(article.body, 0, m.start - len(lead.group())) is not None
            found.append((m, lead.group().split()[0], after_preposition))
    # a feminine title ("За словами президентки") is first the woman introduced with it in the feminine ("президентки
    # Пелларії Мірели Кастан"), not a man introduced since with it in the masculine ("президента Теодора Валкана")
    feminine = _title_gender(word, lang) == "femn"
    # one introduced in the nominative and not after a preposition, as a subject is, before any other: "Министр ...
    # Джейхун Байрамов провел разговор с главой МИД России Сергеем Лавровым. Министр подчеркнул" is Bayramov
    found = [f for f in found if _nominative(f[0], lang, "femn" if feminine else None) and not f[2]] or found
    m = next((m for m, lead, _ in found if feminine and _title_gender(lead, lang) == "femn"),
             found[0][0] if found else None)
    # of several introduced so, the one who just spoke: "— сказал Путин. ... Глава государства отметил" after
    # "Президент России Владимир Путин, президент Азербайджана Ильхам Алиев ..." is Putin
    spoke = _just_spoke(article, before, earlier)
    if len(found) > 1 and spoke is not None and not feminine:
        m = next((f[0] for f in found if f[0].key and f[0].key.split()[-1] == spoke), m)
    if m is None and not whose and not office:
        m = _untitled_subject(article, before, gender, lang, titled)
    if m is None:
        return None
    return m, next((s.speaker_name for s in earlier if s.speaker.start <= m.start < s.speaker.end), None)


def _just_spoke(article: Article, before: int, earlier: list[Statement]) -> str | None:
    "The surname key of the person whose statement came last before a point, in its paragraph or the one before."
    last = next((s for s in reversed(earlier) if s.cue is not None and s.cue.end <= before), None)
    if last is None or not last.speaker_name or last.speaker_kind != "person" or \
            article.body.count("\n", last.cue.end, before) > 2:
        return None
    key = name_key(last.speaker_name)
    return key.split()[-1] if key else None


def _untitled_subject(article: Article, before: int, gender: str | None, lang: str,
                      title_pattern: str = "") -> Mention | None:
    """Where no one was introduced with the title (``title_pattern``), the one person the sentence right before
    names, opening it with no title of their own: "Сергей Лавров провел пресс-конференцию в Москве. Министр
    подчеркнул важность ..." is Lavrov; "Путин на встрече с врио главы региона Петром Ганиным выразил ...", then
    "— сказал президент", is Putin, whom another title set apart from the one named with it."""
    sentence = next((s for s in reversed(article.sentences) if s.end <= before), None)
    if sentence is None or article.body[sentence.end:before].strip(" \n\t\"«»—–-").count(".") > 0:
        return None
    m = next((m for m in article.mentions if m.label == "PERSON" and sentence.start <= m.start < sentence.end), None)
    opening = article.body[sentence.start:m.start] if m is not None else ""
    if m is None or not _nominative(m, lang) or not _fits(m, gender, lang) or \
            any(w.lower().startswith(TITLES) for w in re.findall(r"[^\W\d_]+", opening)) or len(opening.split()) > 2:
        return None
    # nor one another person of that sentence may be: "Путин провел совещание с Сергеем Шойгу. Министр ..." could be
    # Shoigu, whom the reader knows as the minister
    others = [o for o in article.mentions if o.label == "PERSON" and sentence.start <= o.start < sentence.end
              and o.key and m.key and o.key.split()[-1] != m.key.split()[-1]
              and not _titled_otherwise(article, o, title_pattern)]
    return None if others else m


def _titled_otherwise(article: Article, m: Mention, title_pattern: str) -> bool:
    """Whether a person was introduced with a title that cannot be a head of state's or government's, asked for one:
    'врио главы региона' for 'президент'. A minister may be "глава" of a ministry any article names its own way, and
    is never set apart so."""
    if not title_pattern.lower().startswith(HEAD_TITLES):
        return False
    lead = article.body[max(0, m.start - TITLE_REACH):m.start].lower()
    found = [w for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", lead) if w.startswith(TITLES)]
    return bool(found) and not re.search(rf"(?<![\w-])(?:{title_pattern})|государств|держав|правительств|уряд", lead,
                                         re.I)


def _titled_words(article: Article, before: int, words: str, gender: str | None, earlier: list[Statement],
                  lang: str) -> tuple[Mention, str | None] | None:
    """The person (``_titled``) words that open with a title stand for ('министр', 'губернатор'), or with a nationality
    word before it ('эстранский министр', 'сардавська міністерка': whose title it is, as words after it say);
    None for others."""
    title = TITLE_OPENS.match(_title_first(words))
    if title is None or not title["title"].lower().startswith(TITLES):
        return None
    return _titled(article, before, title, gender, earlier, lang)


def _title_first(words: str) -> str:
    """Words that open with a nationality's adjective, with it after the title, as the words that say whose title it
    is stand: "армянский министр" reads "министр армянский" (as "министр Армении"); offsets stay as they were."""
    adjective = NATIONALITY_FIRST.match(words)
    lead = words[:len(words) - len(words.lstrip())]
    return f"{lead}{adjective['rest']} {adjective['whose']}" if adjective is not None else words


def _without_adverbial(words: str, lang: str) -> str:
    """Words before a verb with what opens the sentence before its subject blanked out: when or how it stands
    against what came before ("В среду", "В свою очередь,", "При этом", "Ранее", "Кроме того,"); offsets stay."""
    m = OPENING_ADVERBIAL.match(words)
    if m is None or m["word"] and slavic.morph(lang).parse(m["word"].lower())[0].tag.POS not in ("ADVB", "CONJ",
                                                                                                  "PRCL"):
        return words
    return " " * m.end() + words[m.end():]


def _closing_title(article: Article, content: Span, cue: Span, base: str, who: Mention, gender: str | None,
                   earlier: list[Statement], lang: str) -> Statement | None:
    """The statement of the person a title closing a sentence stands for ("«...», — сказала губернатор", "— добавил
    глава МИД России"): the one the article introduced with that title before the quotation, not one its words name,
    read before where it was said ("президент на церемонии открытия"); None where no one was."""
    found = _titled_words(article, min(content.start, who.start), PLACE_AFTER.split(who.text, 1)[0], gender, earlier,
                          lang)
    return _titled_statement(article, content, cue, base, Span(who.start, who.end), found, lang) if found else None


def _person_noun(word: str, lang: str) -> bool:
    "A noun of someone in any case ('президент', 'Президенту'), or an adjective that stands as one ('уполномоченный')."
    return word.lower().startswith(TITLE_ADJECTIVES) or any(
        p.tag.POS == "NOUN" and "anim" in p.tag for p in slavic.morph(lang).parse(word.lower()))


def _titled_kind(word: str, lang: str, ending: str | None = None) -> str | None:
    """"person" for a title in the nominative that names someone: a noun of someone ("президент", "глава",
    "міністерка") or one of the adjectives that stand as such a noun ("уполномоченный", "командующий"); "group" for
    their plural ("эксперты", "послы"); None for others ("Главное" of "Главное управление", "Посольство") and for a
    title in another case ("Президенту сообщили": whom it was told). With a verb's ``ending``, only a title that
    agrees with it ("Президент и премьер заявили" is no one president)."""
    word = word.lower()
    if word.startswith(TITLE_ADJECTIVES):
        plural = word.endswith(("ые", "ие", "і"))
        if not plural and not word.endswith(("ый", "ий", "ая", "а")):
            return None
        return None if ending and (ending in PLURAL_ENDINGS) != plural else "group" if plural else "person"
    # in number only: "министр заявила" is a woman minister; Ukrainian's dictionary gives some nouns no case
    noun = next((p for p in slavic.morph(lang).parse(word) if p.tag.POS == "NOUN" and "anim" in p.tag
                 and p.tag.case in ("nomn", None)
                 and (ending is None or (ending in PLURAL_ENDINGS) == (p.tag.number == "plur"))), None)
    return None if noun is None else "group" if noun.tag.number == "plur" else "person"


def _as_titled(article: Article, content: Span, cue: Span, base: str, start: int, end: int, kind: str,
               lang: str) -> Statement:
    """The statement of someone the article names only by the title that opens the sentence, in the nominative
    already ("Президент Эскарии", "Эскарийский президент", as English keeps "the Azerbaijani president"), without
    the words after it that say how or where they spoke ("также", "на пресс-конференции")."""
    end = start + _subject_end(article.body[start:end], lang)
    words = list(re.finditer(r"\S+", article.body[start:end]))
    # a name the entity model missed after the title: "Речник поліції Дуарте Кінтела" is Duarte Kintela
    named = next((k for k in range(1, len(words) - 1) if _given_name_first(words[k:], lang)), None)
    name_start = start + words[named].start() if named is not None else start
    who = Mention(name_start, end, article.body[name_start:end], "PERSON")
    found = _statement(article, content, cue, base, Span(start, end), who, who.text, lang=lang)
    return replace(found, speaker_kind=kind if named is None else "person")


def _given_name_first(words: list[re.Match], lang: str) -> bool:
    """Capitalised words, two or three, the first a given name the list holds and no common noun of the dictionary:
    a person's name ("Дуарте Кінтела"), not 'МИД Сарнии', 'Сената Сарнии' nor 'Республики Сарния'."""
    if not 2 <= len(words) <= 3 or not all(w.group()[:1].isupper() and not w.group().isupper() for w in words):
        return False
    first = words[0].group()
    return listed_gender(first) is not None and not any(
        p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes
        for p in slavic.morph(lang).parse(first.lower()))


def _subject_end(words: str, lang: str) -> int:
    "Where the words that name a subject end: before an adverb, a preposition, a conjunction or a particle."
    end = 0
    for k, word in enumerate(re.finditer(r"\S+", words)):
        if k and slavic.morph(lang).parse(word.group().lower())[0].tag.POS in ("ADVB", "PREP", "CONJ", "PRCL",
                                                                                "INTJ", "GRND"):
            break
        end = word.end()
    return end


def _qualified_alike(body: str, who: Mention, qualifiers: list[str]) -> bool:
    "Whether the words that qualified a title ('Новый', 'Генеральный') qualified it where this person was introduced."
    introduction = body[max(0, who.start - TITLE_REACH):who.start].lower()
    return all(w.lower()[:5] in introduction for w in qualifiers)


def _without_qualifiers(words: str, lang: str) -> str:
    """Words before a verb with the adjectives that qualify a title blanked out ("Генеральный прокурор", "Бывший
    президент", "Официальный представитель МИД"), so that the title opens them; offsets stay as they were."""
    for m in filter(None, (pattern.match(words) for pattern in QUALIFIED_TITLE)):
        if m["next"].lower().startswith(TITLES) and all(slavic.morph(lang).parse(w.lower())[0].tag.POS in
                                                        ("ADJF", "PRTF") for w in m["qualifiers"].split()):
            return words[:m.start("qualifiers")] + " " * len(m["qualifiers"]) + words[m.end("qualifiers"):]
    return words


def _titled_statement(article: Article, content: Span, cue: Span, base: str, speaker: Span,
                      found: tuple[Mention, str | None], lang: str) -> Statement:
    "The statement of the person a title stood for (``_titled``), named as the article named them."
    who, name = found
    return _statement(article, content, cue, base, speaker, who, name, genitive=not _nominative(who, lang), lang=lang)


def _alike(word: str, words: list[str], lang: str = "ru") -> bool:
    """One of ``words`` is ``word`` ("МИД"), or the same stem in another form ("азербайджанского",
    "Азербайджана"), or, for a nationality's adjective, the country it opens as ("армянский" of "Армении", whose
    stems differ in a vowel); "РФ" and "России" are not alike."""
    if word.isupper():
        return word in words
    stem = word.lower()[:5]
    # ... or inside a compound ("спасателей" of "горноспасательной", "газовой" of "нефтегазовой")
    if any(w.lower().startswith(stem) or len(w) >= COMPOUND and stem in w.lower() for w in words):
        return True
    if not NATION_ADJECTIVE.search(word):
        return False
    countries = tuple(country for adjective, country in NATIONALITY_STEMS if word.lower().startswith(adjective))
    return any(_nation_stem(w) == _nation_stem(word) and known_in_any_form(w, lang, ("GPE",)) or
               countries and " ".join(words[k:k + 2]).lower().startswith(countries)  # "турецкий", "Турции"
               for k, w in enumerate(words))


def _title_of_another(body: str, at: int, lang: str) -> bool:
    """Whether a person's noun stands right before a title, or before its nationality's adjective, and the title is
    whose they are: "Заместитель министра иностранных дел Андрей Руденко", "Сын турецкого президента Билал ..." are no
    minister or president."""
    before = re.split(r"[.!?;:«»\"()\n—–,]", body[max(0, at - 80):at])[-1]  # within its clause
    words = re.findall(r"[^\W\d_][\w'’-]*", before)[-2:]
    if len(words) == 2 and NATIONALITY_CASES.search(words[1]):
        words = words[:1]
    if not words:
        return False
    top = slavic.morph(lang).parse(words[-1].lower())[0].tag  # "и" is a noun too, far down the dictionary's readings
    return top.POS == "NOUN" and "anim" in top and not {"Name", "Surn", "Patr"} & top.grammemes


def _nationality_before(body: str, at: int, lang: str) -> list[str]:
    """The nationality's adjective right before a title, in any case ("эстранского министра", "армянским министром"),
    as a list of one word; else an empty list."""
    words = re.search(r"([^\W\d_][\w'’-]*)\s+$", body[max(0, at - 40):at])
    if words is None or not NATIONALITY_CASES.search(words[1]) or \
            slavic.morph(lang).parse(words[1].lower())[0].tag.POS != "ADJF":
        return []
    return [words[1]]


def _nation_stem(word: str) -> str:
    "The first letters a nationality's adjective and its country share, я read as е: армян(ский) and Армен(ии)."
    return word.lower().replace("я", "е")[:NATION_STEM]


def _named_part(who: str) -> str:
    """The words of a closing speaker up to its last capitalised one: "ас-Сурайфі журналістам" is
    al-Surayfi, told to journalists; "ведомство", with no name, stays as it is."""
    words = who.split()
    last = max((k for k, w in enumerate(words) if any(c.isupper() for c in w)), default=len(words) - 1)
    return " ".join(words[:last + 1])


def _before_gerund(rest: str, lang: str) -> str:
    """The words after a verb up to a gerund's clause set off after them ("министр, отвечая на вопрос", "Дервен,
    добавив, что ..."): how the speaker acted as they spoke is no part of whose name closes the sentence."""
    comma = GERUND_AFTER.search(rest)
    if comma is None or "GRND" not in slavic.morph(lang).parse(comma["word"])[0].tag:
        return rest
    return rest[:comma.start()]


def _closing_speaker(who: str, rest: str, lang: str) -> bool:
    "A few words closing the sentence after the verb that name a speaker: no pronoun, 'что' or agency (a channel)."
    first = who.split()[0].lower()
    return len(who.split()) <= 5 and first != PHRASINGS[lang].that and first not in words("ru-agencies") \
        and not PATTERNS[lang].pronoun_after.match(rest)


def _antecedent(gender: str, before: int, people: list[Mention], earlier: list[Statement],
                lang: str, body: str = "") -> tuple[Mention, str | None] | None:
    """Whom "он" or "она" stands for: the last speaker of that gender (by the name in the nominative,
    where the case form cannot tell: "Байрамова" may be a woman's name or a man's genitive), unless a
    person of that gender is named in the nominative after that speaker's words; else the last person
    of that gender the article named, in the nominative if one was, and not in someone's quoted words."""
    # never a name quoted in what someone said ("«пока Велмория не выдаст ...»"): no subject of the article's
    # (a subject's own past verb tells the gender surer than the name: "Алмада назвал" is a man; not "Адвокат Анны
    # Ветровой заявил", the lawyer's)
    fitting = [m for m in people if m.end <= before
               and (_acted_as(body, m, lang) == gender and _nominative(m, lang) or _fits(m, gender, lang))
               and (_acted_as(body, m, lang) or _gender_of(m.text, people, lang, m.key)) in (None, gender)
               and not any(s.content.start <= m.start < s.content.end
                           and inside_quotation(body[s.content.start:m.start + 1], m.start - s.content.start)
                           for s in earlier)
               and not slavic.after_settlement(body, m.start)]  # nor a place the model took for a person
    for k, s in enumerate(reversed(earlier)):
        # the speaker's own verb tells the gender ("Ташко предложил", "Инес Марвалле признала"), else the name does
        verb = _verb_gender(body[s.cue.start:s.cue.end], lang) if s.cue is not None else None
        said_by = verb or (_acted_gender(s.speaker_name, people, body, lang) or _gender_of(s.speaker_name, people, lang)
                           if s.speaker_name else None)
        # ... or, for one who just spoke in the paragraph, neither their verb nor a given name nor a pronoun says
        # it, and a foreign surname may be a woman's that does not decline: "Юлевайн это отрицает. «...», — заявила она"
        just = k == 0 and s.cue is not None and verb is None and \
            "\n" not in body[s.cue.end:before] and _given_gender(s.speaker_name or "", people, lang) is None and \
            not (s.speaker_name or "").lower().endswith(slavic.GENDERED_SURNAMES) and not any(
                PRONOUN_GENDER.get(w) not in (None, gender) for w in WORD.findall(body[s.cue.start:before].lower()))
        # ("Петров это отрицает", "Кларк это отрицает: по его словам, ...": a man)
        # a name the dictionary cannot tell the gender of, that reads as one of this gender ("Мирела Даскова")
        # ... or a lone surname the model took for a body, whose own verb tells it is of this gender ("Градек
        # відкинув"; not "МИД заявил")
        person = s.speaker_kind == "person" or said_by == gender and s.speaker_kind in (None, "body") and \
            SURNAME_ALONE.fullmatch(s.speaker_name or "") is not None
        if person and s.speaker_name and (said_by == gender or just or said_by is None
                                          and slavic.may_be(s.speaker_name, gender, lang)):
            # "Посредником выступал ... Хамид ас-Сурайфи ... «...», — сказал он": the subject named since
            # (a multiword name by its last two words: the model may take "Харкана" into it)
            newer = next((m for m in reversed(fitting) if m.start > max(s.content.end, s.speaker.end)
                          and _nominative(replace(m, text=" ".join(m.text.split()[-2:])), lang)), None)
            if newer is not None:
                return newer, None
            return next(((m, s.speaker_name) for m in people if m.start >= s.speaker.start and m.end <= s.speaker.end),
                        None) or (Mention(s.speaker.start, s.speaker.end, s.speaker_name, "PERSON"), s.speaker_name)
    # else the last such person named as a subject is, in the nominative: not "Брелока" of "обвинения Брелока"
    return (next((m for m in reversed(fitting) if _nominative(replace(m, text=" ".join(m.text.split()[-2:])), lang,
                                                              "femn" if gender == "femn" else None)),
                 fitting[-1]), None) if fitting else None


def _given_gender(name: str, people: list[Mention], lang: str) -> str | None:
    """'masc' or 'femn' by the given name, of the name or of the full name the article gave its surname, as the list
    or the dictionary knows it ("Томас Гердан"); None where none does ("Хелье Юлевайн" for "Юлевайн")."""
    words = name.split()
    if len(words) == 1:
        full = next((m.text.split() for m in people if len(m.text.split()) > 1 and m.text.split()[-1] == words[0]),
                    None)
        words = full or words
    if len(words) < 2:
        return None
    if (listed := listed_gender(words[0])) is not None:
        return "femn" if listed == "f" else "masc"
    return next((p.tag.gender for p in slavic.morph(lang).parse(words[0]) if "Name" in p.tag.grammemes), None)


def _acted_gender(name: str, people: list[Mention], body: str, lang: str) -> str | None:
    """The gender the past verb of the person of this surname gives where the article names them as a subject:
    "Карла Бенвенуті змусила" is a woman, though "Карла" also reads as a case of Карл."""
    key = name_key(name).split()
    return next((g for m in people if m.key and m.key.split()[-1:] == key[-1:] and (g := _acted_as(body, m, lang))
                 and (len(key) < 2 or len(m.key.split()) < 2 or m.key.split()[0] == key[0])), None)  # not her husband


def _acted_as(body: str, m: Mention, lang: str) -> str | None:
    """The gender a person's own past verb gives, right after the name or an adverb ("Асмик Даранян накануне
    опубликовала доклад"): surer than the dictionary's guess at a foreign name."""
    for word in NEXT_WORDS.match(body, m.end).group().split():
        tag = slavic.morph(lang).parse(word)[0].tag
        if tag.POS == "VERB" and "past" in tag:
            return "femn" if "femn" in tag else "masc" if "masc" in tag else None
        if tag.POS != "ADVB":
            return None
    return None


def _verb_gender(cue: str, lang: str) -> str | None:
    "The gender of a statement's cue, where it is a past verb of saying; None for others ('по словам')."
    verb = PATTERNS[lang].past.fullmatch(cue.strip())
    return _gender_of_ending(verb, lang) if verb is not None else None


def _gender_of_ending(verb: re.Match, lang: str) -> str | None:
    "The gender a past verb's ending says: 'сказала' a woman's, 'сказал' ('сказав') a man's; None for the plural."
    ending = verb["end"].lower()
    return "femn" if ending == "ла" else "masc" if ending == PHRASINGS[lang].masculine else None


def _gender_of(name: str, people: list[Mention], lang: str, key: str | None = None) -> str | None:
    """A speaker's gender by the name, or for a lone surname ("Халдейн", "Халдейна" of "По словам Халдейна")
    by the full name the article gave it ("Виктор Халдейн"), which the first name tells: a lone surname's
    case form may read as a woman's ("Халдейна")."""
    if " " not in name.strip():
        surname = (key or name_key(name)).split()[-1]
        full = next((m for m in people if m.key and " " in m.key and m.key.split()[-1] == surname), None)
        if full is not None and (found := slavic.name_gender(full.text, lang)) is not None:
            return found
    return slavic.name_gender(name, lang)


def _according(article: Article, offset: int, text: str, names: list[Mention], people: list[Mention],
               earlier: list[Statement], lang: str) -> Statement | None:
    "'По словам Лаврова, ...': what follows the name is what was said; 'По его словам, ...': his, the last speaker's."
    m = PATTERNS[lang].according.search(text)
    if m is None:
        pronoun = PATTERNS[lang].according_pronoun.search(text)
        comma = text.find(",", pronoun.end()) if pronoun else -1
        if comma < 0 or text[pronoun.end():comma].strip():
            return None
        content = _content_after(offset + comma + 1, text[comma + 1:], lang)
        found = _antecedent(PRONOUN_GENDER[pronoun["whose"].lower()], offset + pronoun.start(), people, earlier, lang,
                            article.body)
        if content is None or found is None:
            return None
        who, name = found
        cue = Span(offset + pronoun.start(), offset + pronoun.end())
        return _statement(article, content, cue, PHRASINGS[lang].according_cue, cue, who, name, lang=lang)
    # the name right after, or a person after the titles that introduce him ("по словам официального
    # представителя ведомства полковника Рамиля Октайлы"); not past a preposition ("источника в правительстве
    # Армении" is a source, not Armenia)
    if (closing := _according_closes(article, offset, text, m, names, lang)) is not None:
        return closing
    speaker = next((n for n in names if n.start == offset + m.end() or n.label == "PERSON"
                    and TITLES_BETWEEN.fullmatch(article.body[offset + m.end():n.start]) or n.label == "ORG"
                    and NATIONALITY_BEFORE.fullmatch(article.body[offset + m.end():n.start])), None)
    until = text.find(",", m.end())
    if speaker is not None and " " not in speaker.text and until >= 0 and speaker.start > offset + m.end():
        # "За словами уповноваженого Ардалеті у справах утримуваних Давита Гогічаішвілі, ...": the full name the
        # titles lead to, not a country the model took for a person on the way (but "По словам Зеленского в
        # разговоре с Дональдом Трампом" is Zelensky's: his name comes right after the cue)
        speaker = next((n for n in reversed(names) if n.label == "PERSON" and " " in n.text
                        and speaker.end <= n.start and n.end <= offset + until), speaker)
    if speaker is None and (title := TITLE_UNTIL_COMMA.match(text, m.end())) is not None and \
            (title["title"].lower().startswith(TITLES) or NATIONALITY_FIRST.match(title.group())):
        # "За словами президентки, ...": whom it introduced so (a feminine title, "президентки", "міністерки", is a
        # woman's); "По словам армянского министра": the minister of Armenia the article introduced
        head = _title_first(title.group()).split()[0]
        found = _titled_words(article, offset + m.start(), title.group(), _title_gender(head, lang), earlier, lang)
        content = _content_after(offset + title.end() + 1, text[title.end() + 1:], lang)
        if found is not None and content is not None:
            cue = Span(offset + m.start(), offset + m.start() + len(m.group().rstrip()))
            return _titled_statement(article, content, cue, PHRASINGS[lang].according_cue,
                                     Span(offset + title.start(), offset + title.end()), found, lang)
        if content is None or any(w.lower().startswith(TITLES) for w in title.group().split()):
            return None  # "По словам армянского министра, ..." with no such minister introduced: unresolved
        # else a body's common nouns after a nationality: "По данным азербайджанского военного ведомства, ..."
    if speaker is None and (whose := GENITIVE_UNTIL_COMMA.match(text, m.end())) is not None and \
            (name := _genitive_body(whose["words"], lang)) is not None:
        # "По данным столичной полиции, ...", "по подсчётам организаторов, ...": a body named by common nouns; "по
        # данным оборонного ведомства" with no name after it, the ministry that just spoke
        body = None if whose["whose"] else _agency_just_quoted(article, offset, whose["words"], earlier, lang)
        if body is not None:
            return _according_body(article, offset, text, m, whose, body, lang)
        return _according_body(article, offset, text, m, whose, " ".join(filter(None, (name, whose["whose"]))), lang)
    if speaker is None and (quoted := QUOTED_UNTIL_COMMA.match(text, m.end())) is not None:
        # after the noun for what it is, the name keeps its own form ("компания «Лусаргаз»"); alone, it takes the
        # case ("«Лусаргаза»": Лусаргаз)
        name = _head_nominative(f"{quoted['noun'].strip()} «{quoted['name']}»", lang) if quoted["noun"] \
            else _quoted_nominative(quoted["name"], lang)
        return _according_body(article, offset, text, m, quoted, name, lang)
    if speaker is None and (lone := LONE_UNTIL_COMMA.match(text, m.end())) is not None and \
            _lone_surname(lone["name"], lang):
        # "За словами Зеленського, ...": a surname the entity model left untagged after the cue
        speaker = Mention(offset + lone.start("name"), offset + lone.end("name"), lone["name"], "PERSON")
    comma = text.find(",", (speaker.end - offset) if speaker else m.end())
    if speaker is None or comma < 0:
        return None
    content = _content_after(offset + comma + 1, text[comma + 1:], lang)
    if content is None:
        return None
    cue = Span(offset + m.start(), offset + m.start() + len(m.group().rstrip()))
    nation = NATIONALITY_BEFORE.fullmatch(article.body, offset + m.end(), speaker.start) \
        if speaker.label == "ORG" and speaker.start > offset + m.end() else None
    if nation is not None:  # "По данным британского Минобороны": Britain's, not the ministry another sentence names
        whole = article.body[nation.start():speaker.end]
        return _statement(article, content, cue, PHRASINGS[lang].according_cue, Span(nation.start(), speaker.end),
                          Mention(nation.start(), speaker.end, whole, "ORG"),
                          _genitive_body(whole, lang) or _of_nation(nation.group().strip(), speaker, lang), lang=lang)
    return _statement(article, content, cue, PHRASINGS[lang].according_cue, Span(speaker.start, speaker.end),
                      speaker, genitive=True, lang=lang)


def _of_nation(adjective: str, body: Mention, lang: str) -> str:
    "'турецкого' and 'Управления по ... (AFAD)': 'турецкое Управление по ... (AFAD)', the adjective agreeing with it."
    name = slavic.nominative(body.text.split(), lang=lang)
    morph = slavic.morph(lang)
    noun = next((p for p in morph.parse(name.split()[0]) if p.tag.POS == "NOUN"), None)
    parse = next((p for p in morph.parse(adjective) if p.tag.POS == "ADJF" and p.tag.case == "gent"), None)
    agreed = parse.inflect({"nomn", noun.tag.gender} - {None}) if parse is not None and noun is not None else None
    return f"{agreed.word if agreed is not None else adjective} {name}"


def _according_closes(article: Article, offset: int, text: str, cue: re.Match, names: list[Mention],
                      lang: str) -> Statement | None:
    """'Первый толчок произошел в 04:17, по данным Геологической службы США.': the source that closes the sentence,
    after a comma, said what comes before it; a name the model tagged, or a body named by common nouns ("..., по
    данным местных властей.")."""
    source = text[cue.end():].rstrip(" .!?…")
    if not source or "," in source or not re.search(r",\s*$", text[:cue.start()]) or \
            PATTERNS[lang].past.search(text, 0, cue.start()):
        return None  # "Пресс-секретарь заявил, что ..., по данным ТАСС.": his words, which the agency passed on
    content = trimmed(article.body, offset, offset + text.rfind(",", 0, cue.start()), lead=" \t\n,:;—–-")
    if content is None:
        return None
    where = Span(offset + cue.end(), offset + cue.end() + len(source))
    said = Span(offset + cue.start(), offset + cue.start() + len(cue.group().rstrip()))
    who = next((n for n in names if n.label in SPEAKERS and n.start >= where.start and n.end <= where.end and (
        n.start == where.start or n.label == "ORG"
        and NATIONALITY_BEFORE.fullmatch(article.body[where.start:n.start]))), None)
    if who is not None:
        return _statement(article, content, said, PHRASINGS[lang].according_cue, Span(who.start, who.end), who,
                          genitive=True, lang=lang)
    if any(n.start < where.end and n.end > where.start for n in names) or \
            any(w.lower().startswith(TITLES) for w in source.split()) or \
            not any(w.lower().startswith(SOURCE_NOUNS) for w in source.split()) or \
            (name := _genitive_body(source, lang)) is None:
        return None  # "..., по словам министра.": unresolved; "..., по данным прошлого года.": a time, no one
    return _statement(article, content, said, PHRASINGS[lang].according_cue, where,
                      Mention(where.start, where.end, source, "ORG"), name, lang=lang)


def _title_gender(word: str, lang: str) -> str | None:
    """"femn" for a woman's form of a title, which the dictionary reads as a feminine noun in -ка, -ниця or -иня
    ("президентки", "міністерка", "речниці") or a feminine adjective ("уполномоченной"); None for one that names a
    man or a woman alike ("президента": "президент Мирела Кастан"), and for "глава", feminine in grammar only."""
    return "femn" if any(p.tag.gender == "femn" and (p.tag.POS in ("ADJF", "PRTF")  # "уполномоченной"
                                                     or p.normal_form.endswith(FEMININE_TITLE_ENDINGS))
                         for p in slavic.morph(lang).parse(word.lower())) else None


def _lone_surname(word: str, lang: str) -> bool:
    """A capitalised word that is a surname in some case, not a place or a body's noun: one the dictionary reads as a
    surname or given name ("Ніколенка", "Мирзояна"), or an adjective's genitive in -ського, -ської ("Зеленського")."""
    if known_name(word, lang):
        return False  # "України", a place the gazetteer knows
    parses = slavic.morph(lang).parse(word)[:3]
    return any({"Surn", "Name"} & p.tag.grammemes for p in parses) or \
        bool(ADJECTIVE_SURNAME.search(word.lower())) and any(p.tag.POS == "ADJF" for p in parses)


def _according_body(article: Article, offset: int, text: str, cue: re.Match, body: re.Match, name: str,
                    lang: str) -> Statement | None:
    "'По данным X, ...' where X, matched as ``body`` up to the comma, is a body: it said what follows the comma."
    content = _content_after(offset + body.end() + 1, text[body.end() + 1:], lang)
    if content is None:
        return None
    where = Span(offset + body.start(), offset + body.end())
    return _statement(article, content, Span(offset + cue.start(), offset + cue.start() + len(cue.group().rstrip())),
                      PHRASINGS[lang].according_cue, where,
                      Mention(where.start, where.end, article.body[where.start:where.end], "ORG"), name, lang=lang)


def _quoted_nominative(name: str, lang: str) -> str:
    """A one-word name in guillemets in the nominative, where the dictionary reads it as a noun in the genitive
    ("Лусаргаза": "Лусаргаз"); any other name as written."""
    if " " in name.strip():
        return name
    parse = next((p for p in slavic.morph(lang).parse(name)
                  if p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number != "plur"), None)
    return name if parse is None else name[:1] + parse.normal_form[1:]


def _genitive_body(phrase: str, lang: str) -> str | None:
    """The nominative of a body named in the genitive by common nouns and their adjectives ("столичной полиции":
    "столичная полиция", "организаторов": "организаторы", "служби охорони кордону": "служба охорони кордону");
    None for any other phrase ("одного из жителей")."""
    morph = slavic.morph(lang)

    def genitive(word: str, pos: tuple[str, ...] = ("NOUN", "ADJF")):
        return next((p for p in morph.parse(word) if p.tag.case == "gent" and p.tag.POS in pos
                     and not {"Name", "Surn", "Patr"} & p.tag.grammemes), None)

    parses = [genitive(w) for w in phrase.split()]
    if parses and parses[-1] is not None and all(p is None or p.tag.POS != "NOUN" for p in parses):
        parses[-1] = genitive(phrase.split()[-1], ("NOUN",)) or parses[-1]  # "российских военных": the military
    if any(p is None for p in parses) or all(p.tag.POS != "NOUN" for p in parses):
        return None
    head = next(i for i, p in enumerate(parses) if p.tag.POS == "NOUN") + 1  # the genitives after it stay
    noun = parses[head - 1].tag  # an adjective takes its noun's gender ("военного ведомства": "военное ведомство")
    agree = {"nomn", "plur" if noun.number == "plur" else noun.gender} - {None}
    # the noun in its own number: "организаторов" are "организаторы"
    named = [(p.tag.POS == "ADJF" and p.inflect(agree)) or p.inflect({"nomn"}) for p in parses[:head]]
    written = phrase.split()
    return " ".join([w if n is None else _as_written(n.word, w) for n, w in zip(named, written)] + written[head:])


def _as_written(word: str, written: str) -> str:
    """A word put in another case with the capital it was written with ("Минобороны" of "британского Минобороны");
    initials as written, without the case ending ("МИДа": "МИД")."""
    if (acronym := CASE_OF_ACRONYM.fullmatch(written)) is not None:
        return acronym["acronym"]
    return word[:1].upper() + word[1:] if written[:1].isupper() else word


def _statement(article: Article, content: Span, cue: Span, base: str, speaker: Span, who: Mention,
               name: str | None = None, genitive: bool = False, lang: str = "ru",
               gender: str | None = None) -> Statement:
    """The statement, its speaker named in the nominative (``name`` where already known), of the verb's
    gender where it has one."""
    if who.label == "ORG" and name is None:
        who = _with_country(article, who)
    words = who.text.split()
    if genitive and who.label == "PERSON" and MASCULINE_GENITIVE.search(words[-1]):
        words = [MASCULINE_ENDING.sub(lambda e: "й" if e[0] == "я" else "", w) for w in words]
    elif genitive and who.label == "PERSON" and len(words) == 1 and (surname := _introduced_surname(article, who)):
        words = [surname]  # "По словам Долана" after "Марек Долан": Долан, as the article introduced him
    if name is None and who.label in PLACES:
        name = who.text  # a place speaks in the nominative already ("Баку заперечує"), which a guess would mangle
    if name is None and len(words) == 1 and (acronym := CASE_OF_ACRONYM.fullmatch(words[0])):
        name = acronym["acronym"]  # "МИДа", "МЗСу": the initials, which take no case
    if name is None:
        name = slavic.nominative(words, person=who.label == "PERSON", lang=lang, gender=gender)
        if _indeclinable(who):  # "Тинубу" in any case, not the dictionary's "Тинуба"
            name = " ".join([*name.split()[:-1], words[-1]])
    return Statement(content=content, cue=cue, kind=_statement_kind(article, content), cue_word=base,
                     speaker=speaker, speaker_name=name, speaker_kind="person" if who.label == "PERSON" else "body")


def _introduced_surname(article: Article, who: Mention) -> str | None:
    """The surname as the full name the article gave it first spells it, where this lone surname is the same one in
    another case ("Долана" of "Марек Долан"): the dictionary may read an unknown surname's genitive as a woman's."""
    return next((last for m in article.mentions if m.label == "PERSON" and m.start < who.start and m.key and who.key
                 and " " in m.key and m.key.split()[-1] == who.key.split()[-1]
                 and who.text.startswith(last := m.text.split()[-1])
                 and who.text[len(last):] in MASCULINE_CASE_ENDINGS), None)


def _with_country(article: Article, body: Mention) -> Mention:
    """A body and the country named in the genitive right after it, whose body it is: "МИД России",
    "Министерство обороны Армении"; the country is part of the speaker's name."""
    country = next((m for m in article.mentions if m.start > body.end and m.label in (*PLACES, "PERSON")
                    and not article.body[body.end:m.start].strip() and " " not in m.text), None)
    if country is None or slavic.nominative([country.text], lang=article.language or "ru") == country.text and not (
            country.text.isupper() and known_name(country.text, article.language)):
        return body  # not a genitive: "МИД Сергей Лавров" is two names; but "МИД РФ", initials of no case, is one
    return replace(body, end=country.end, text=article.body[body.start:country.end])


def _place_nominative(place: str, lang: str) -> str:
    """A place's name in the nominative: as written where the gazetteer knows it so ("Баку"), else the first of the
    dictionary's readings it knows ("Києві": Київ, not the model's guess "Кий"), else the model's ("Рамаве": Рамава)."""
    if known_name(place, lang) or " " in place:
        return place
    readings = [p.normal_form for p in slavic.morph(lang).parse(place)]
    known = next((r for r in readings if known_name(r.capitalize(), lang)), None)
    return known.capitalize() if known else slavic.nominative([place], lang=lang)


def _speaking_place(before: str, verb, names: list[Mention], offset: int, lang: str) -> Mention | None:
    """The place a clause opens in, named whole, with no one named, when the verb after it is in the plural ("В Баку
    это отрицают", "В Рамаве заявили"): a capital or country speaking for its government, also one the entity model
    missed or took for a person whose nominative the gazetteer knows as a place or a seat of power ("У Києві
    заявили", "У Кремлі заявили"). Not "В Москве Лавров заявил", where Moscow is where he spoke, nor "В Женеве США
    заявили" (the place is where the country spoke), nor "В МИД России заявили" (a body, read as one)."""
    opening = IN_PLACE.match(before)
    if opening is None or not PLURAL.search((verb["stem"] + verb["end"]).lower()):
        return None
    start, end = offset + opening.start("place"), offset + opening.end("place")
    tagged = next((m for m in names if m.start == start and m.end == end), None)
    if tagged is not None and tagged.label in PLACES:
        return tagged
    if tagged is not None and tagged.label != "PERSON" or any(start <= m.start < end for m in names if m is not tagged):
        return None
    known = known_name(_place_nominative(opening.group("place"), lang), lang)
    return Mention(start, end, opening.group("place"), known[1]) if known and known[1] in (*PLACES, "ORG", "FAC") \
        else None


def _content_after(start: int, rest: str, lang: str, informing: bool = False, denying: bool = False) -> Span | None:
    """What follows the verb: after 'что', a colon or a comma, to the end of the sentence; after the
    words to whom it was said ("заявил корвенскому коллеге, что ..."), or whom a verb of informing
    informed ("проинформировал коллегу о решении": what was said is "о решении"). Three words at
    least, or two with a quotation: "назвала удар «преднамеренным»"; where the verb denies, a claim
    named by its noun alone ("відкинув ці звинувачення")."""
    if (and_then := _denied_then(rest, 0, len(rest), lang, quoted=not denying)) is not None and (
            denying or BASELESS.search(rest, 0, and_then.start())):
        # "опроверг эти обвинения и заявил, что ...": what it denies ends at the "and" (``_said_then``), and so does
        # what it calls baseless ("назвали это сообщение «дезинформацией» и заявили, что ...")
        named = trimmed(rest, 0, and_then.start(), least=1)
        return Span(start + named.start, start + named.end) if named is not None else None
    then = rf",\s*{PHRASINGS[lang].that}\s" + (rf"|\s(?=(?:{PHRASINGS[lang].about})\s)" if informing else "")
    reach = INFORMED_WORDS if informing else TOLD_WORDS  # "поінформувала прем'єр-міністра Ліндмарку Генріка Таллгрена"
    # ... an outlet's name in quotation marks among them, in the dative: "рассказал «Курьеру», что ...", not
    # what was said ("сказал «нет», что вызвало скандал", "назвал это «ошибкой», что ...")
    word = rf"(?:[^\W\d_][\w'’-]*|{OUTLET_TOLD})"
    told = re.match(rf"\s*(?:{word}\s+){{0,{reach - 1}}}{word}(?={then})", rest)
    m = PATTERNS[lang].content.match(rest, told.end() if told else 0)
    body = rest[m.end():].rstrip(" .!?…")
    body = body[:channel.start()] if (channel := CHANNEL_AFTER.search(body)) else body
    # two words after "что" are a whole clause: "отметил, что дорога закрыта", "заперечив, що блокада існує"
    after_that = re.match(rf"\s*,?\s*(?:{PHRASINGS[lang].that})\s", rest[told.end() if told else 0:]) is not None
    if len(body.split()) < (2 if "«" in body or after_that else 3):
        claim = bare_claim_at(rest, m.end(), m.end() + len(body)) if denying else None
        return Span(start + claim.start, start + claim.end) if claim is not None else None
    return Span(start + m.end(), start + m.end() + len(body))


# a line headed by a name of one to three words and a colon, what they said after it
NAME_HEADS = re.compile(r"\s*(?P<name>[А-ЯЁІЇЄҐ][\w'’-]+(?:\s+[А-ЯЁІЇЄҐ][\w'’-]+){0,2})\s*(?P<colon>:)\s+(?=\S)")


def _finite_verb(text: str, lang: str) -> bool:
    "Whether words hold a verb in a finite form: a claim, not a line of a list ('уверенная игра, два сейва')."
    return any("VERB" == (tag := slavic.morph(lang).parse(w.lower())[0].tag).POS and ("past" in tag or "pres" in tag
                                                                                     or "futr" in tag)
               for w in re.findall(r"[^\W\d_]+", text))


def _surname_heading(article: Article, at: int, upto: int, name: str, lang: str) -> Mention | None:
    """A line's heading the entity model did not take for a name there, that reads as one: a surname the dictionary
    knows ("Лавров: ..."), or a word it does not know that the article names a person by elsewhere ("Гараханли: ..."
    after "Гараханли заявил"); not a place ("Бриссау: ...", unknown too), a body, an abbreviation ("МЗС") nor a
    heading ("Срочно", "Итоги")."""
    word = name.split()[-1]
    if " " in name or word.isupper() or word.lower() in POST_HEADINGS or \
            any(m.start < upto and at < m.end for m in article.mentions):
        return None
    morph = slavic.morph(lang)
    parses = morph.parse(word.lower())
    if any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes for p in parses[:1]):
        return None
    if morph.word_is_known(word.lower()):
        surname = any({"Surn", "Name"} & p.tag.grammemes for p in parses)
    else:
        surname = any(m.label == "PERSON" and m.text.split()[-1] == word for m in article.mentions)
    return Mention(at, upto, name, "PERSON") if surname else None


def _colon_quote(article: Article, offset: int, text: str, names: list[Mention], lang: str) -> Statement | None:
    """'Армен Хачикян, комментируя итоги встречи, был краток: «Люди хотят мира ...»': no verb of saying, but a
    quotation after a colon is the words of the person the sentence opens with, named in the nominative."""
    colon = COLON_QUOTE.search(text)
    if colon is None and (headed := NAME_HEADS.match(text)) is not None and \
            not article.body[article.body.rfind("\n", 0, offset) + 1:offset].strip():
        # "Лубінець: Росія досі не передала тіл загиблих": a line headed by the surname of who says it, unquoted
        at, upto = offset + headed.start("name"), offset + headed.end("name")
        who = next((m for m in names if m.label == "PERSON" and m.start == at and m.end == upto
                    and _nominative(m, lang)), None) or next(
            (Mention(at, upto, m.text, "PERSON") for m in reversed(article.mentions) if m.label == "PERSON"
             and m.end <= at and " " in m.text and m.text.split()[-1] == headed["name"]), None) or \
            _surname_heading(article, at, upto, headed["name"], lang)  # named in full before, or a surname alone
        content = trimmed(article.body, offset + headed.end(), offset + len(text))
        said = article.body[content.start:content.end] if content is not None else ""
        if who is not None and len(said.split()) >= 3 and _finite_verb(said, lang):  # not "Акинфеев: два сейва"
            return _statement(article, content, Span(offset + headed.start("colon"), offset + headed.end("colon")),
                              ":", Span(who.start, who.end), who, lang=lang)
    spoken = SPEAKING_HEAD.match(text) if colon is None else None  # "🗣 Губернатор Шалва Очиаури: эвакуированы ..."
    if spoken is not None:
        colon = re.compile(r":").search(text, spoken.end())
    if colon is None:
        return None
    opening = next((m for m in names if m.label == "PERSON" and m.start - offset <= OPENING_REACH), None)
    if spoken is not None:  # a post's line headed by the speaking head: who speaks, then what they said, unquoted
        # the name closes the label, in the nominative: not "🗣 Источник в окружении Путина:", "🗣 Вопрос к Пескову:"
        who = next((m for m in names if m.label == "PERSON" and not text[m.end - offset:colon.start()].strip()
                    and _nominative(m, lang)), None)
        content = trimmed(article.body, offset + colon.end(), offset + len(text))
        if who is None or content is None:
            return None
        return _statement(article, content, Span(offset + colon.start(), offset + colon.end()), ":",
                          Span(who.start, who.end), who, lang=lang)
    if opening is None and (label := POST_LABEL.match(text, 0, colon.start())) is not None:
        # "🗣 Беляк: «...»": a post's line, opened by a bullet or emoji, names who speaks before the colon; by
        # the full name the article gave before, if it gave one
        start, end = offset + label.start("name"), offset + label.end("name")
        if any(m.start < end and start < m.end and m.label != "PERSON" for m in article.mentions):
            return None  # "🔥 Хальдра: «...»", "🔴 МЧС: «...»": a place or a body heads the line
        surname = label["name"].split()[-1]
        opening = next((m for m in reversed(article.mentions) if m.label == "PERSON" and m.end <= start
                        and " " in m.text and m.text.split()[-1] == surname), None)
        tag = slavic.morph(lang).parse(surname)[0].tag
        if opening is None and not {"Surn", "Name"} & tag.grammemes and (
                surname.lower() in POST_HEADINGS or tag.POS not in ("NOUN", None)):
            return None  # "⚡️ Срочно: «...»", "📌 Цитата: «...»": a heading, not a name
        opening = opening or Mention(start, end, label["name"], "PERSON")
        return _colon_statement(article, offset, colon, Span(start, end), opening, lang)
    if opening is None or opening.end - offset > colon.start() or not _nominative(opening, lang):
        return None
    return _colon_statement(article, offset, colon, Span(opening.start, opening.end), opening, lang)


def _colon_statement(article: Article, offset: int, colon: re.Match, speaker: Span, who: Mention,
                     lang: str) -> Statement | None:
    "The quotation after the colon, closed in its paragraph, as the words of ``who``."
    begin = offset + colon.end() - 1  # the opening mark, closed in its paragraph
    paragraph_end = article.body.find("\n", begin)
    close = article.body.find(CLOSING_OF.get(article.body[begin], article.body[begin]), begin + 1,
                              len(article.body) if paragraph_end < 0 else paragraph_end)
    if close < 0:
        return None
    cue = Span(offset + colon.start(), offset + colon.start() + 1)
    return _statement(article, Span(begin, close + 1), cue, ":", speaker, who, lang=lang)


def _said_in_statement(article: Article, offset: int, text: str, lang: str, previous: Span | None = None,
                       people: list[Mention] = (), earlier: list[Statement] = ()) -> Statement | None:
    """'«...», — говорится в сообщении МИД России', '«...», — йдеться в заяві відомства': the body whose statement it
    is, in the nominative, not where it was posted ("на сайте МИД России"). "The agency", or no one named, is the body
    named before (``_issuer``); "Об этом говорится в заявлении МИД" says the sentence before, in its paragraph; "в его
    заявлении" is the statement of the last speaker of his gender (``_antecedent``)."""
    m = IN_STATEMENT.search(text)
    if m is None or (m["when"] or "")[:1].isupper():  # "МИД России, Армении и Азербайджана": whose is a list
        return None
    if JOINT.search(m["cue"]):
        return None  # "— говорится в совместном заявлении": more than one body's, none alone
    relay = AS_AGENCY_SAYS.match(text, 0, m.start())  # "Как сообщает Report, об этом говорится ...": through Report
    if PATTERNS[lang].about_it_opens.match(text[relay.end() if relay else 0:m.start()]):
        if previous is None or "\n" in article.body[previous.end:offset + m.start()] and not (
                _whole_paragraph(article.body, previous) and not article.body[previous.end:offset].strip()):
            return None  # the sentence before in its paragraph, or a lead of one sentence in the paragraph before
        start = past_dateline(article.body, previous.start, previous.end)  # "МОСКВА, 12 декабря. /ТАСС/." is none of it
        content = _content_before(start, article.body[start:previous.end].rstrip(" .!?…"))
    elif _before_is_content(text[:m.start()], lang):
        content = _said_before_verb(article.body, offset, offset + m.start(), lang)
    else:
        return None
    if content is None:
        return None
    cue = Span(offset + m.start("cue"), offset + m.end("cue"))
    whose = POSSESSIVE.search(m["cue"])
    found = _antecedent(PRONOUN_GENDER[whose[0].lower()], offset + m.start(), list(people), list(earlier), lang,
                        article.body) if whose is not None and not m["who"] else None
    if found is not None and not any(n.label == "ORG" and found[0].start <= n.end <= offset + m.start()
                                     for n in article.mentions):
        # "— говорится в его заявлении": his, where no body was named since ("Пентагон прокомментировал удар")
        person, name = found
        return _statement(article, content, cue, "say", Span(offset + m.start("cue") + whose.start(),
                                                              offset + m.start("cue") + whose.end()), person, name,
                          lang=lang)
    who = m["who"] or ""
    who = who[channel.end():] if (channel := CHANNEL.match(who)) else who
    who = who[:channel.start()] if (channel := CHANNEL_BEHIND.search(who) or POSTED_AFTER.search(who)) else who
    speaker = Span(offset + m.end("who") - len(who), offset + m.end("who")) if who else None
    body = None if who and who.lower() not in AGENCY_WORDS else \
        _issuer(article, offset, m, content, bool(who), previous)
    if who and PREPOSITION_OPENS.match(who):
        return None  # "в телеграмме на имя Путина": to whom it was sent
    person = next((n for n in article.mentions if n.label == "PERSON" and speaker is not None
                   and n.start == speaker.start and n.end == speaker.end), None)
    if person is not None and not any(p.tag.case == "gent" for p in slavic.morph(lang).parse(who.split()[-1])):
        return None  # "в телеграмме Путину": to him, not his
    if body is not None:
        found = _statement(article, content, cue, "say", speaker or Span(body.start, body.end), body, lang=lang)
    elif person is not None:  # "— говорится в телеграмме Путина": his
        found = _statement(article, content, cue, "say", speaker, person, genitive=True, lang=lang)
    elif not who:
        return None
    else:
        found = _statement(article, content, cue, "say", speaker, Mention(speaker.start, speaker.end, who, "ORG"),
                           name=_body_nominative(who, lang), lang=lang)
    return replace(found, channel=relay["agency"]) if relay is not None and found is not None else found


def _whole_paragraph(body: str, sentence: Span) -> bool:
    "Whether a sentence is a paragraph of its own: a lead the next paragraph says where it comes from."
    return (sentence.start == 0 or body[sentence.start - 1] == "\n") and \
        (sentence.end >= len(body.rstrip()) or body[sentence.end:].lstrip(" \t")[:1] in ("\n", ""))


def _issuer(article: Article, offset: int, m: re.Match, content: Span, agency: bool,
            previous: Span | None) -> Mention | None:
    """Whose the statement is where the words name no body: the one where it was posted ("— говорится в сообщении,
    опубликованном на сайте МИД Азербайджана"); else, for "the agency", the last body the article named before, and
    for a statement of no one named, the last one its sentence or the sentence before named, in its paragraph. Never a
    body inside what the statement says, nor a news agency, which passed it on ("Как передает ТАСС")."""
    def bodies(start: int, end: int) -> Mention | None:
        return next((n for n in reversed(article.mentions) if start <= n.start and n.end <= end and n.label == "ORG"
                     and (n.end <= content.start or n.start >= content.end) and not _passed_on(n)), None)

    if m["when"] and (posted := bodies(offset + m.start("when"), offset + m.end("when"))) is not None:
        return posted
    if agency:
        return bodies(0, offset + m.start())
    paragraph = article.body.rfind("\n", 0, offset) + 1
    since = max(previous.start if previous else 0, paragraph)
    found = bodies(since, offset + m.start())
    if found is None and not article.body[paragraph:offset].strip() and paragraph > 0:
        # a paragraph that opens with the quotation: the lead before it said whose statement it is ("..., сообщает
        # МИД России." / "«...», — говорится в сообщении.")
        lead_end = len(article.body[:paragraph].rstrip())
        lead = article.body.rfind("\n", 0, lead_end) + 1
        said = max(lead, *(s.start for s in article.sentences if lead <= s.start < lead_end))  # its last sentence
        if SAYS.search(article.body, said, lead_end):  # that says who spoke: "..., сообщает МИД России."
            found = bodies(said, paragraph)
    return found


def _passed_on(m: Mention) -> bool:
    "A news agency, which passes statements on: 'ТАСС', 'Укрінформ', 'Reuters'."
    return m.text.split()[0].lower() in words("ru-agencies") or agency_name(m.text) is not None


def _body_nominative(name: str, lang: str) -> str:
    """A body named in the genitive as a speaker is named: "министерства обороны России" is Министерство обороны
    России, with a capital as when it opens a sentence; initials ("МИД России") and other names stay as written."""
    if name.split()[0].isupper() or (nominative := _genitive_body(name, lang)) is None:
        return name
    return nominative[:1].upper() + nominative[1:]


def _said_before_verb(body: str, offset: int, verb: int, lang: str) -> Span | None:
    """What was said before the verb: its sentence's words, or the quotation over sentences it closes; two words
    in quotation marks where the verb and who said them close the sentence ("«Дорога закрыта», — заявил он."), not a
    name the sentence goes on to say something of ("«Тихий берег», — рассказал режиссёр, — снимали в Карелии")."""
    begin = quotation_start(body, offset, verb)
    return _content_before(begin, body[begin:verb], short=_closes_sentence(body, verb, lang))


def _closes_sentence(body: str, at: int, lang: str) -> bool:
    """No comma, dash or quotation from ``at`` to the end of its sentence, or to a gerund's clause set off there
    ("— сказал губернатор, подводя итоги"): the verb and its speaker end it."""
    end = re.search(r"[.!?…\n]|$", body[at:])
    return not SAID_GOES_ON.search(_before_gerund(body[at:at + end.start()], lang))


def _content_before(offset: int, before: str, short: bool = False) -> Span | None:
    """What precedes '..., — заявил X': the sentence up to the comma and dash (two words will do in quotation marks
    if ``short``)."""
    body = re.sub(r"[\s,—–-]+$", "", before)
    lead = len(body) - len(body.lstrip())
    if len(body.split()) < (2 if short and whole_quotation(body) else 3):
        return None
    return Span(offset + lead, offset + len(body))


def _before_is_content(before: str, lang: str) -> bool:
    """The verb comes after what was said: '«...», — заявил' or '..., сообщил'; not after a place and the words that
    stand between it and its verb: "В Баку, в свою очередь, назвали ложью ..."."""
    words = 2 if whole_quotation(before) else 3
    return bool(PATTERNS[lang].before_content.search(before)) and len(before.split()) >= words and \
        not IN_PLACE.match(before) and not OWN_WORDS_ASIDE.search(before)


def _of_a_nation(body: str, m: Mention) -> bool:
    """'Ильдарийская сторона', 'ильдарийские дипломаты': an adjective of a nation before a word for its side or
    its officials, which the model may take for a name; no speaker of its own."""
    return " " not in m.text and NATION_ADJECTIVE.search(m.text) is not None and \
        NATION_GROUP.match(body, m.end) is not None


def _near_subject(body: str, m: Mention, verb: int) -> bool:
    """Close enough to its verb to be its subject: within ``NEAR``, or within ``SUBJECT_NEAR`` where what stands
    between is a clause set off by commas (", который ...,") or words without a mark of a clause's end or a
    quotation (when and with whom); names in other cases among them are left out by the caller's nominative."""
    gap = body[m.end:verb]
    if len(gap) <= NEAR:
        return True
    return len(gap) <= SUBJECT_NEAR and (SET_OFF.match(gap) is not None or not re.search(r"[,;:.!?«»\"—]", gap))


def _posted_on(body: str, m: Mention) -> bool:
    """A name that says what a statement came through, not who made it: "в соцсети X", "в Telegram", "на запрос РИА
    Новости", "в интервью ТАСС" (``POSTED_ON``)."""
    if m.label == "PERSON":
        return False  # "В интервью Пашинян заявил", "В соцсетях Зеленский написал": a person's own words there
    posted = POSTED_ON.search(body, max(0, m.start - 40), m.start)
    if posted is None:
        return False
    bare = re.fullmatch(r"(?:в|во|у|на)\s+[«\"„“]?", posted.group(), re.I) is not None  # "в X": only a platform
    return not bare or m.text.lower() in PLATFORMS


def _where(body: str, m: Mention) -> bool:
    """A place after a preposition ('в Москве', 'у Києві', 'из Баку', 'з міста Каменець') is where something was
    said or done, not who said it."""
    return m.label in PLACES and (PREPOSITION_BEFORE.search(body, max(0, m.start - 6), m.start) is not None
                                  or slavic.after_settlement(body, m.start))


def _of_a_noun(body: str, m: Mention, end: int, lang: str) -> bool:
    """A place in the genitive right after a word in lower case, between the verb's ``end`` and it, says whose or
    where that word is, and is no speaker: "сообщило министерство обороны Армении", "рассказала жительница села
    Цинубани" (a name no dictionary knows: after a noun). Not a place in the nominative: "заявила в понедельник
    Москва", "заявил официальный Баку"."""
    words = body[end:m.start].split()
    if m.label not in PLACES or not words or not words[-1][:1].islower():
        return False
    known = [p for p in slavic.morph(lang).parse(m.text.split()[0]) if p.is_known]
    if known:
        return not any(p.tag.case == "nomn" for p in known)
    return any(p.tag.POS == "NOUN" for p in slavic.morph(lang).parse(words[-1]))


def _of_a_noun_before(body: str, m: Mention, lang: str) -> bool:
    """A place in an oblique case right after a noun that a preposition governs says whose or where that noun is, and
    is no subject: "перед жителями сел Тавушской области заявил"; not "официальный Баку заявил", nor the body it
    names ("Профспілка машиністів Сарнової заявила"), nor a place that may be in the nominative ("По итогам
    переговоров Азербайджан заявил"; nor, so, the indeclinable "США" of "к депутатам конгресса США")."""
    parse = slavic.morph(lang).parse
    if m.label not in PLACES or any(p.tag.case == "nomn" for p in parse(m.text.split()[0].lower())):
        return False
    clause = re.split(r"[,;:.!?«»\"—–]", body[max(0, m.start - 80):m.start])[-1].split()[-PHRASE_WORDS:]
    return bool(clause) and clause[-1][:1].islower() and any(p.tag.POS == "NOUN" and p.is_known
                                                            for p in parse(clause[-1].lower())) and \
        any(p.tag.POS == "PREP" for w in clause[:-1] for p in parse(w.lower())[:1])


def _set_off(gap: str, lang: str) -> bool:
    """A clause set off by commas between a name and its verb: ", который ...," or one a participle or gerund opens
    (", выступая в марте перед жителями сел Тавушской области,", ", выступавший посредником вместе с Египтом и США,")."""
    if SET_OFF.match(gap):
        return True
    phrase = SET_OFF_PHRASE.match(gap)
    return phrase is not None and any(p.tag.POS in ("GRND", "PRTF") and p.is_known
                                      for p in slavic.morph(lang).parse(phrase["first"].lower()))


def _nominative(m: Mention, lang: str, gender: str | None = None) -> bool:
    """Named in the nominative, as a subject is: 'Сергей Лавров', not 'Сергеем Лавровым'; 'Самира' too,
    when a verb says a woman spoke."""
    if m.label != "PERSON":
        return True
    words = [w for w in m.text.split() if not slavic.is_patronymic(w, lang)]  # the nominative drops "Владимировна"
    normal = slavic.nominative(words, person=True, lang=lang, gender=gender)
    if normal == " ".join(words) or _indeclinable(m) and normal.split()[:-1] == words[:-1]:
        return True
    # "Ильзе Варга пообещала": a foreign first name no dictionary knows, whose guessed case the surname in the
    # nominative of the verb's gender belies
    return gender == "femn" and len(words) >= 2 and not slavic.morph(lang).word_is_known(words[0].lower()) and \
        slavic.nominative(words[-1:], person=True, lang=lang, gender=gender) == words[-1]


def _indeclinable(m: Mention) -> bool:
    "A person whose foreign surname the article's mentions show to be the same in every case ('Тинубу')."
    surname = m.text.split()[-1]
    return m.label == "PERSON" and bool(m.key) and surname[-1].lower() in slavic.INDECLINABLE_ENDINGS and \
        m.key.split()[-1] == name_key(surname)


def _fits(m: Mention, gender: str | None, lang: str, people: list[Mention] = ()) -> bool:
    """A speaker the verb's gender allows: "заявила" is said by a woman or a body, never by "Лавров".
    A lone surname is of the gender of the full name the article gave it: "Марек заявила" after "Илона Марек"."""
    if gender is None or m.label != "PERSON":
        return True
    found = slavic.name_gender(m.text, lang)
    given = listed_gender(m.text.split()[0]) if len(m.text.split()) > 1 else None
    if gender in ("masc", "femn") and found not in (None, gender) and given == found[0]:
        return False  # a given name the list holds says so, whatever else the surname may be: "Ирена Добраш"
    return found is None or found == gender or slavic.may_be(m.text, gender, lang) or \
        gender == "femn" and slavic.as_written_woman(m.text, lang) or \
        bool(people) and " " not in m.text.strip() and _gender_of(m.text, people, lang, m.key) == gender

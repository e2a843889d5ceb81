"""Who said what in languages read without a parser or a name model: French, Italian, Spanish,
Portuguese, German, Polish, Romanian, Serbian (Croatian, Bosnian), Macedonian, Indonesian, Turkish,
Armenian.

News in these languages reports speech in a few fixed orders, which rules over the sentence read
well enough (``data/speech.tsv`` lists each language's verbs of saying and the words around them):

- "Maria Zakharova a déclaré que ...", "Peskow sagte, ...": the name, the verb, the content;
- "« ... », a déclaré Maria Zakharova.", "..., kata Peskov.": the content, the verb, the name;
- "Selon Peskov, ...", "..., según Peskov." and "Peskow zufolge ...": the content on the other side of the name;
- "Il a ajouté que ...", "..., a-t-il ajouté.", "..., sagte er.", and where a language leaves the
  subject out, "Ha aggiunto che ..." or "..., dodao je.": the article's last speaker of that gender;
- Turkish ends the sentence with the verb: "Peskov, ... söyledi." names the speaker before a comma.

A name is a run of capitalised words, less the common words a sentence start or a German noun
capitalises ("Le Kremlin" is the Kremlin, "Die Regierung" nobody), and a lone surname is the
full name the article gave it before ("Zakharova" after "Maria Zakharova"). What is only
guessed from capitals stays a name as written: no entity is made of it.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from ..group.names import common_word, frequency_language, starts_sentence
from ..ingest.metadata import agency_name
from ..ingest.months import month_names
from ..model import Article, Span, Statement
from ..resources import language_stopwords, split_list, table
from ..vocabulary import given_gender, given_names, listed_gender, weekday_names, words
from .entities import known_name
from .named_claims import AND, DENIED_REACH, DENIED_THEN, bare_claim_at, claim_pronoun, denies, pronoun_before
from .names import ARMENIAN, known_in_any_form
from .sentences import ARMENIAN_COLON
from .speakers import TITLE_NOUNS, surname_gender
from .voices import after_turn, by_voice, inside_quotation

# languages whose verbs need no subject, so that "Ha aggiunto che ..." is the last speaker's
DROPS_SUBJECT = frozenset({"it", "es", "pt", "pl", "ro", "sr", "mk", "tr", "hy"})
SAME_AS = {"hr": "sr", "bs": "sr", "sh": "sr", "me": "sr"}  # read with another language's phrasings
QUOTES = "«»\"“”„‹›"
# an adverb between an auxiliary and its participle: "a également déclaré", "ha invece sottolineato", and the
# phrases that set a speaker against the last: "a pour sa part estimé", "ha dal canto suo ribadito"
ADVERB = (r"(?:(?:également|aussi|encore|ensuite|déjà|alors|pourtant|toutefois|cependant|sempre|allora|tuttavia|"
          r"comunque|anche|poi|invece|inoltre|già|ancora|también|además|ya|"
          r"também|ainda|já|pour\s+sa\s+part|de\s+son\s+côté|dal\s+canto\s+suo|da\s+parte\s+sua|per\s+parte\s+sua|"
          r"por\s+su\s+parte|por\s+sua\s+vez|[^\W\d_]+(?:ment|mente))\s+)?")
# ... or such a phrase set apart by commas: "a, de son côté, affirmé", "ha, dal canto suo, ribadito"
BETWEEN = (r"(?:,\s*(?:pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+(?:lui|elle|eux)|dal\s+canto\s+suo|"
           r"da\s+parte\s+sua|per\s+parte\s+sua|por\s+su\s+parte|por\s+sua\s+vez|toutefois|cependant|pourtant|"
           r"invece|tuttavia|però|sin\s+embargo|no\s+entanto|[^\W\d_]+(?:ment|mente))\s*,\s*|\s+" + ADVERB + ")")
# the languages a body's last word is looked up in as a common noun ("la Difesa", "la Justice"), whatever the article's
COMMON_IN = ("it", "fr", "es", "pt", "de", "pl", "ro", "id", "tr", "sh", "mk")
BODY_STEMS = tuple(sorted(words("bodies-other")))  # "ministère", "kementerian": a body's name begins with one
LONG_BODY_STEMS = tuple(s for s in BODY_STEMS if len(s) >= 7)  # "kementerian", "ministère"; not "vlada", "sud"
# a body's word made a person's: "ambassadeur", "procuratore", "Regierungssprecher"
PERSON_NOUN = re.compile(r"(?:eur|euse|ore|ora|ador|adora|sprecher\w*|chef\w*)$", re.I)
INVERTED = re.compile(r"(?:-t)?-(?:ils|elles|il|elle)\b")  # French "-t-il", "-elle" after a verb or its auxiliary
CHANNEL_STEMS = tuple(sorted(words("channel-openings")))  # "nota", "communiqué", "saopšten"
# what a body spoke through, closing the clause of its name: "l'ufficio dell'inviata in una nota", "le bureau de
# l'envoyée dans un communiqué", "kancelarija izaslanice u saopštenju"
# the networks a statement is posted on, as one alternation, the longest first ("truth social" before "x")
PLATFORM_NAMES = "|".join(sorted(map(re.escape, words("platforms")), key=len, reverse=True))
CHANNEL_TAIL = re.compile(r"\s+(?:in|nel|nella|dans|en|u|dalam|во|в|у|на|su|sur)\s+(?:(?:un|una|uno|une|le|la|il|l['’]|"
                          r"svom|svojem|свом|своем|своето)\s*)?(?:[^\W\d_]+\s+)?(?:"
                          + "|".join(map(re.escape, CHANNEL_STEMS)) + r")[\w-]*(?:\s+[^\W\d_]+){0,4}\s*$"
                          # ... or the network it posted on: "a écrit l'armée sur X", "ha scritto il ministero su X"
                          r"|\s+(?:on|sur|su|en|auf|na|di|u|w)\s+(?:(?:son|sa|seinem|svom|svojem|il\s+suo|su)\s+)?"
                          r"(?:(?:compte|account|profil|profilo|cuenta|nalogu|akun)\s+)?(?:"
                          + PLATFORM_NAMES + r")(?![\w-])\s*$", re.I)
# a body's noun in lower case right after the capitalised adjective that opens its name, or after another adjective:
# "Centralna izborna komisija", "Državna izborna komisija" (Slavic languages put the adjectives first)
BODY_AFTER_ADJECTIVE = re.compile(r"(?:\s+(?P<between>[a-zà-ÿčćđšžа-яё][\w-]*))?\s+(?:"
                                  + "|".join(map(re.escape, BODY_STEMS)) + r")", re.I)
ADJECTIVE_END = re.compile(r"(?:[nlkv]|sk|šk|čk|ck)[aeio]$|(?:[нлкв]|ск)[аеио]$", re.I)  # "Centralna", "Државна"
FUNCTION_WORDS = frozenset("u na di da de a au à al alla del della di ke dari pada w we z ze i o".split())
CAPITALISED_NOUNS = words("capitalised-nouns")  # "État", "Stato": a capital by convention, no name alone ...
NAMING_ADJECTIVE = re.compile(r"\s+isl[aâáà]mi", re.I)  # ... but with this adjective after, one: "l'Etat islamique"
# a sentence's opening of a few words in lower case but the first, up to a comma: "Dans un communiqué publié lundi,"
CHANNEL_OPENING = re.compile(r"(?P<words>[^\W\d_][\w’'-]*(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ][\w’'-]*){0,5}),\s*")
CLOSING_WORDS = 8  # words after a verb that closes a sentence by who spoke: "a indiqué le porte-parole du Quai"
BODY_WORDS_AFTER = 5  # words of a body's name in lower case that closes its sentence after the verb
BODY_PHRASE = 8  # words a body's name may take before its verb ("Il ministero degli Esteri ormerino ha invece ...")
ARTICLE_WORDS = frozenset({"le", "la", "les", "l", "il", "lo", "gli", "el", "los", "las", "o", "a", "os", "as",
                           "der", "die", "das", "den", "dem"})
COLON_QUOTE = re.compile(r"(:)\s*[«„“\"]")  # a quotation after a colon
QUOTED_NAME_LAST = re.compile(r"[«„“\"](?P<name>[^\W\d_][^«»„“”\"\s]*(?:\s+[^«»„“”\"\s]+){0,2})[»“”\"]\s*$")
CLOSING_OF = {"«": "»", "„": "“", "“": "”"}  # the mark that closes each opening one; '"' closes itself
# a line headed by one capitalised word, a colon (Armenian ․) and a quotation: "Գալստանյան․ «...»"
SURNAME_HEAD = re.compile(r"[\s⚡️🔴🗣•-]*(?P<name>[^\W\d_][^\W\d_'’-]+)\s*(?P<colon>[:․])\s*(?P<quote>[«„“\"])")
# the endings that make a word a surname wherever it stands: Armenian -յան, -yan, -ян; Slavic -ova, -ić
# (not -ov, -ev: as many towns end so, "Rostov")
SURNAME_ENDING = re.compile(r"(?:յան|յանց|yan|ian|ян|ова|ева|ova|eva|ović|ević|ић|ович|евич|енко|enko|zade|zadeh|زاده|"
                            r"ski|ska|ский|ська|ський)$", re.I)
# a word in lower case that agrees with "саопштењу" (statement), a participle or adjective, not whose it is
SLAVIC_ATTRIBUTE = re.compile(r"[a-zа-яčćžšđђјљњћџ]\w*(?:om|oj|em|im|ом|ој|ем|им)")
PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")
AFTER_VERB_QUOTE = re.compile(r"\s*[:․]\s*[«„“\"]")  # right after a verb, a colon (Armenian ․) and a quotation
# a name set off by what it is, then its verb: "..., la cheffe de l'opposition Irina Vashta, présidente du Front
# civique, a lancé un ultimatum au Premier ministre : « ... »"
SET_OFF = r",[^,.;:!?«»\"“”]{1,70},"  # what a name is, between commas after it
SET_OFF_SUBJECT = re.compile(SET_OFF + r"\s+(?!(?:et|e|y|i|и|і|та|und|and|ve|dan|ma|mais|ali)\s)"
                             r"[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ]")  # not an object's: "a interrogé X, présidente ..., et a posé"
SET_OFF_BEFORE_VERB = re.compile(SET_OFF + r"\s*")
# a clause of the same subject after "but" or "and", right before the verb: "..., ali je ponovio da", "..., но оцени дека"
BUT_THEN = re.compile(r",\s*(?:ali|али|но|ma|mais|pero|aber|tetapi|namun|a|и|i|e|et|y|und|dan)\s+(?:(?:je|је)\s+)?$",
                      re.I)
COMMA_AFTER = 3  # words between a verb and a comma that may set off when and to whom: "sagte am Montag, ..."
QUOTATION = r"(?P<quote>[«„“\"][^«»„“”\"]{3,}[»“”\"])\s*[.!?…]?\s*"  # a quotation ending its sentence
QUOTE_SENTENCE = re.compile(r"\s*" + QUOTATION)  # a sentence all quotation
# the rest of a quotation after the clause that interrupts it, to the sentence's end: "..., «ma un'offerta ...»."
QUOTE_GOES_ON = re.compile(r",\s*" + QUOTATION + "$")
# where what one voice said ends and another's begins: "qu'ils avaient été « enlevés », ce que Méranie
# conteste : selon son ministère, ...", "...; secondo il ministero, ..."
ANOTHER_VOICE = re.compile(r",\s*ce\s+(?:que|qu['’]|qui)\s|\s*[:;]\s*(?:selon|d['’]après|secondo|según|segundo|"
                           r"prema|према|według|potrivit|menurut|според)\s", re.I)
# the article a name takes: -ը, or -ն before a vowel, after a consonant ("Լավրովն") or another ն ("Միրզոյանն");
# not the ն a name ends with ("Միրզոյան")
ARMENIAN_ARTICLE = re.compile(r"(?<=\w\w\w)(?:ը|(?<=ն)ն|(?<=[^աեէըիոօւն\W])ն)$")
# the definite article of the nominative; not the dative -ին, nor the genitive -ության ("Ազատության հրապարակ")
ARMENIAN_VOWELS = "աեէըիոօւ"  # and ու, written with ւ last
ARMENIAN_NOMINATIVE = re.compile(r"(?:ը|(?<!ի)(?<!ությա)ն)$")
OPENING, CLOSING = "«„“\"‹", "»“”\"›"  # “ opens in English and closes „...“ in German and Serbian
NEAR = 80  # characters between a name and its verb: a title or a day may stand between
OPENING_TITLE_WORDS = 6  # words of title that may stand before the name that opens a sentence
# the articles a title before a sentence's subject may take: "Le président", "Der Kanzler"; not "den", "dem"
ARTICLES = {"fr": {"le", "la"}, "it": {"il", "lo", "la"}, "es": {"el", "la"}, "pt": {"o", "a"},
            "de": {"der", "die", "das"}}
# a description after the verb that closes the sentence, a definite article and lower-case words: "..., insiste
# le responsable olmarien.", "..., ha aggiunto il portavoce.", and the body it is of, named: "..., ha dichiarato il
# portavoce del Fronte civico.", "..., a déclaré le porte-parole de l'Union civique."
# words that end a body's name after a title: where and when it was said ("il portavoce della Farnesina in una nota",
# "le porte-parole du Kremlin lors d'un point presse", "el presidente del Gobierno el martes")
NOT_OF_THE_BODY = (r"a|à|ad|al|alla|au|aux|in|en|em|im|am|nel|nella|lors|durante|während|ieri|oggi|hier|ayer|hoy|el|la|"
                   r"le|il|lo|los|las|les|un|una|une|on|at|per|par|por|pour|con|avec|mit|sur|su|sul|sulla|dopo|après|"
                   r"después|nach|prima|avant|antes|vor|dans|nos|na|no|ao|à|sabato|domenica|lunedì|martedì|mercoledì|"
                   r"giovedì|venerdì|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi")
DESCRIBED = re.compile(r"\s+(?P<article>\w+)\s+(?:[^\W\d_A-ZÀ-ÞА-Я][\w'’-]*\s*){1,3}"
                       r"(?:(?<=\s)(?:del|della|dello|degli|dei|delle|dell['’]|di|du|des|de\s+la|de\s+l['’]|de|"
                       r"do|da|dos|das|der)\s*[A-ZÀ-Þ][\w'’-]*"
                       r"(?:\s+(?!(?:" + NOT_OF_THE_BODY + r")(?![\w'’-]))[\w'’-]+){0,4}\s*)?[.!?…]?\s*$")
# ... an indefinite one, someone unnamed: "..., rekao je jedan meštanin.", "..., a confié une habitante."
UNNAMED_AFTER = re.compile(r"\s+(?P<who>(?:jedan|jedna|један|једна|еден|една|un|une|uno|una|um|uma|ein|eine|einer|"
                           r"seorang|salah\s+seorang|jeden|jedna)\s+(?:[^\W\d_A-ZÀ-ÞА-Я][\w'’-]*\s*){1,3}?)"
                           r"\s*[.!?…]?\s*$")
# ... but not when it says when ("dijo una vez más", "un giorno dopo"), nor when an article names someone after it
NOT_UNNAMED = frozenset({"vez", "volta", "fois", "día", "dia", "giorno", "jour", "semana", "settimana", "semaine",
                         "momento", "moment", "mes", "mese", "mois", "año", "anno", "ano", "an", "hora", "ora", "heure",
                         "minuto", "minute", "noche", "notte", "nuit", "tarde", "poco", "peu", "dan", "put", "hari",
                         "kali", "ден", "пат", "el", "la", "le", "il", "lo", "les", "los", "las", "o", "a", "os", "as",
                         "der", "die", "das", "l"})
CONNECTIVE = re.compile(r"\s*[^\W\d_]+\s*,\s*")  # a sentence's first word set off by a comma: "However, ..."
# titles not spelled like an English one of ``words.tsv`` ("président", "ministro" are read as "president", "minister")
OTHER_TITLES = re.compile(r"porte-parole|portavo(?:ce|z)|homologue|omolog[oa]|homólog[oa]|porta-voz|rzeczni(?:k|czka)|prezydent\w*|predsedni\w*|"
                          r"premijer\w*|președint\w*|šef\w*|шеф\w*|chef\w*|direktor\w*|директор\w*|dyrektor\w*|"
                          r"segretari[oa]|sekretar(?:z|za|zem|ka|ki|ke|ku|a|u|om|e)?|секретар(?:от|ката|ка|ки|ке|ку|а|у|ом|е)?|"
                          r"sindac[oa]|alcaldes?a?|maire|bürgermeister\w*|prefeit[oa]|burmistrz\w*|primar\w*|"
                          r"gradonačelni\w*|градоначални\w*|walikota|wali|bupati|"  # mayors ("Wali Kota")
                          r"պաշտպան(?:ը|ն|ի|ին)?|(?:արտգործ|փոխ)?նախարար(?!ություն)\w*|"
                          r"օգնական\w*|խորհրդական\w*|советни\w*|savetni\w*|savjetni\w*|"  # aides and advisers
                          r"խոսնակ\w*|միջնորդ\w*|բանագնաց\w*|նախագահ\w*|վարչապետ\w*|դեսպան\w*|քաղաքապետ\w*|ղեկավար\w*|տնօրեն\w*|лидер\w*|lider\w*|"
                          r"menteri|perdana|presiden|gubernur|kepala|ketua|duta|juru|direktur|wakil|rappresentant[ei]|"
                          r"predstavni(?:k|ka|ku|kom|ke|ci|ce|cu|com|ca|cima)|представни(?:к|ка|ку|ком|ке|ци|це|цу|цом|ца|цима)|"
                          r"претставни(?:к|ка|ку|ци|чка|чката|кот)|"
                          # Serbian and Macedonian, in either script, and not the ministry ("министерството")
                          r"(?:министер|министар|ministar)(?!ств|stv)\w*|портпарол\w*|portparol\w*|претседател\w*|"
                          r"председни\w*|predsjedni\w*|предсједни\w*|predsjedavajuć\w*|guverner\w*|гувернер\w*|"
                          r"премиер\w*|премијер\w*|амбасадор\w*|ambasador\w*|командант\w*|komandant\w*|"
                          r"директор\w*|министри(?:те)?|пратени(?:к|кот|ци|ците|чка|чката)|"
                          # commissioners, chancellors, deputies: "Комесарот за проширување", "vicepremijer"
                          r"комесар\w*|komesar\w*|канцелар(?!иј)\w*|kancelar(?!ij)\w*|вицепремиер\w*|вицепремијер\w*|"
                          r"vicepremijer\w*|потпретседател\w*|потпредседни\w*|potpredsedni\w*|potpredsjedni\w*|"
                          r"заменик(?:-министер)?\w*|zamenik\w*|"
                          r"gouverneur\w*|governat\w*|gobernador\w*|governador\w*|guvernat\w*|préfète|préfet|"
                          r"ambasciat(?:ore|rice)|embajador[a]?|embaixador[a]?|procurat(?:ore|rice)|procureure?|"
                          r"tužila\w*|tužite\w*|тужила\w*|тужите\w*|обвинител\w*|"
                          # a company's head, a court's registrar: "l'amministratore delegato", "le PDG", "le greffier"
                          r"amministrat(?:ore|rice)|administrat(?:eur|rice)|pdg|greffi(?:er|ère)|cancellier[ea]",
                          re.I)  # Armenian: the defender (ombudsman), minister, ..., head, director; Indonesian: minister, prime, ...
SHORT_LINE = 5  # words of a byline or a credit line
# the endings of an office's or a body's noun that ``_title`` reads by a title's first letters ("présidence",
# "direzione", "Direktion", "presidencia", "diplomatie", "exécutif", "secrétariat", "consulat"), not of a person's
OFFICE_ENDINGS = ("ence", "enza", "encia", "ência", "ion", "ione", "ión", "ção", "ung", "ium", "ture", "ura", "ie", "if",
                  "ariat", "ariato", "ariado", "ulat", "olato", "ulado")  # not "procureure", "deputato": people
FEMININE_ARTICLES, MASCULINE_ARTICLES = {"la", "une", "una"}, {"le", "il", "lo", "el", "un", "uno"}
SAINTS = frozenset({"san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "sankt", "sveti", "sveta", "свети",
                    "света", "сан", "санта", "санкт"})  # before a given name, a place's: "San Antonio", "São Paulo"
# adverbs between a body's name and its verb: "Mahkamah juga meminta", "Il ministero inoltre ha detto"
BODY_ADVERBS = frozenset({"juga", "pun", "sudah", "telah", "kemudian", "lalu", "pula", "anche", "inoltre", "poi",
                          "invece", "aussi", "également", "ensuite", "también", "además", "também", "takođe", "такође",
                          "исто", "also", "then", "tada", "тада", "тогаш", "alors", "allora", "entonces",
                          "понатаму", "dalje", "даље", "միաժամանակ", "նաև", "նույնպես", "կրկին", "այնուհետև",
                          "հետագայում", "sekaligus", "istovremeno", "истовремено", "također", "ujedno", "исто така",
                          "istodobno", "contemporaneamente", "simultanément", "parallèlement"})
# "and" before such an adverb: "Министерството ... и понатаму тврди" (still maintains)
AND_BEFORE_ADVERB = frozenset({"и", "i", "e", "et", "y"})
# the words that link a body's noun to the rest of its name: "il comitato di Varejão", "le ministère des Affaires"
BODY_LINKS = frozenset({"di", "del", "della", "dello", "dei", "degli", "delle", "de", "des", "du", "of", "the", "do",
                        "da", "dos", "das", "na", "za", "od", "на", "за", "од"})
PARTICLES = {"de", "da", "di", "del", "della", "von", "van", "der", "bin", "al", "el", "ibn", "dos"}
JOINED_PARTICLE = re.compile(r"(?:al|el|as|ad|ar|an|at|az|ash|es|ed)-(?=[^\W\d_])", re.I)  # "Hamid al-Souraïfi"
DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\.?\s+$")  # a day's number right before a month's name
WORD = re.compile(r"[^\W\d_](?:[\w’'-]|·(?=\w))*")  # and Catalan's "l·l" inside a word: "Marcel·lí"
# before a capital; French sets a space before its closing quote ("jamais. »")
SENTENCE_END = re.compile(r"[.!?…։](?:\s?[\"»”])?\s+(?=[«„“\"]?\s?[A-ZÀ-ÞА-ЯЁЀ-ЏĀ-ŽԱ-Ֆ])")
CONTENT_BEFORE = re.compile(r"[,»\"”“›]\s*[—–-]?\s*$")  # "« ... », a déclaré": the verb after what was said
# Armenian: a body "issued a statement" ("հայտարարություն է տարածել"), "in which it is noted that" ("որում նշվում է, որ
# ..."); "«...», - it is said in the statement" ("ասված է հայտարարության մեջ")
ISSUED_HY = re.compile(r"(?:հայտարարություն|հաղորդագրություն)\s+է\s+(?:տարածել|հրապարակել|տարածում|հրապարակում)")
NOTED_HY = re.compile(r"\s*,\s*որ(?:ում|տեղ)\s+(?P<cue>նշվում|ասվում|ընդգծվում|շեշտվում)\s+է\s*,?\s*(?:որ\s+)?")
IN_STATEMENT_HY = re.compile(r"[,»\"”]\s*[—–-]?\s*(?P<cue>ասված|նշված|նշվում|ասվում)\s+է\s+(?:\S+\s+){0,2}?"
                             r"(?:հայտարարության|հաղորդագրության|որոշման)(?:\s+մեջ)?")
# an adjective that opens a sentence, capitalised, is no name: "Կազմերիական կողմը" (the Kazmerian side),
# "Синдикалната лидерка" (the union's leader); Macedonian surnames end in -ски, not these
ADJECTIVE = {"hy": re.compile(r"ական$"), "mk": re.compile(r"(?:ниот|ната|ното|ните|скиот|ската|ските)$")}
# a title that opens the clause, after its definite article ("un porte-parole" may be another), and the lower-case
# words that say what it heads: "Le chef de la diplomatie européenne", "La ministra degli Esteri" (a capitalised word
# after it may be its body's name)
TITLE_OPENING = re.compile(r"^[\s«»\"“”„—–-]*(?P<article>(?i:le|la|il|lo|el|o|a|der|die)\s+|[lL]['’])"
                           r"(?P<title>[^\W\d_][\w-]*)"
                           r"(?:\s+(?:[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ][\w'’-]*|[dD]['’][\w-]+|[A-ZÀ-Þ][\w-]+)){0,5}\s*$")
# the name or title that opens a Turkish sentence, with the particle after it ("Blinken ise", "Hacıyev de") or a comma
TURKISH_OPENING = re.compile(r"\s*(?P<who>(?:[A-ZÇĞİÖŞÜ][\w'’-]*\s+){0,7}[A-ZÇĞİÖŞÜ][\w'’-]*)(?:\s+(?:ise|de|da|ayrıca)"
                             r"(?:\s+de)?\s+|\s*,\s*)")
# a phrase of where or how it was said, closed by a comma: "görüşmelerin ardından yaptığı açıklamada,"
SAID_IN = re.compile(r"[^,.;:!?«»\"“”]{3,80}?(?:açıklamada|paylaşımda|konuşmada|toplantıda|mesajında|röportajda|"
                     r"basın toplantısında|yazılı açıklamasında|açıklamasında)(?:\s+(?:da|de))?\s*,\s*")
# the statement a Turkish sentence opens with, and who made it: "Dışişleri Bakanlığından yapılan açıklamada,",
# "Cumhurbaşkanlığının açıklamasında,", "Azerbaycan Dışişleri Bakanlığı yaptığı açıklamada,", "... Tugayları'nın yaptığı
# açıklamada,", or what it says ("Cumhurbaşkanlığından yapılan açıklamaya göre,"); the name loses its ablative or
# genitive ending ("Bakanlığı-ndan", "Kremlin'-den", "Bakanlık-tan") and may hold an Arabic article ("el-Kassam")
TURKISH_CAPITALISED = r"(?:[a-z]{2}-)?[A-ZÇĞİÖŞÜ][\w’'-]*"
_TR_NOUN = r"(?:açıklama|bildiri|paylaşım|mesaj|konuşma|veriler|bilgiler)"  # a statement, a post, a speech, data
_TR_MADE = r"(?:yaptığı|yayımladığı|yayınladığı|açıkladığı|verdiği|paylaştığı|düzenlediği)"  # ... that it made
_TR_KIND = r"(?:(?:yazılı|ortak|resmi|kısa|son|sosyal\s+medya)\s+)*"  # "yazılı açıklama", "ortak açıklama"
_TR_IN = r"(?:n?[dt][ae]|(?P<according>n?[ae]\s+göre|y[ae]\s+göre))"  # in it, or according to it
TURKISH_SOURCE = re.compile(
    rf"\s*(?:[^,.;:!?«»\"“”]{{0,80}}?\s)??(?P<who>(?:{TURKISH_CAPITALISED}\s+){{0,7}}{TURKISH_CAPITALISED}?)(?:"
    rf"['’]?n?[dt][ae]n\s+(?:yapılan|yayımlanan|yayınlanan|gelen)\s+{_TR_KIND}{_TR_NOUN}(?:s?[ıiuü])?"  # made by it
    rf"|\s+tarafından\s+(?:yapılan|yayımlanan|yayınlanan)\s+{_TR_KIND}{_TR_NOUN}(?:s?[ıiuü])?"
    rf"|['’]?n?[ıiuü]n\s+(?:{_TR_MADE}\s+{_TR_KIND}{_TR_NOUN}(?:s?[ıiuü])?|{_TR_KIND}{_TR_NOUN}s?[ıiuü])"  # its own
    rf"|\s+{_TR_MADE}\s+{_TR_KIND}{_TR_NOUN}(?:s?[ıiuü])?)"
    rf"{_TR_IN}(?:\s+(?:ise|de|da)(?!\w))?\s*,?\s*")
GOES_ON = re.compile(r"[\s«»\"“”„—–-]*(?:Ayrıca|Öte yandan)\s*,?\s*")  # "Ayrıca ... ifade edildi" (also)
# a sentence that tells who issued a statement: "Vardistan Dışişleri Bakanlığı da konuyla ilgili bir açıklama yaptı."
TURKISH_ISSUER = re.compile(rf"\s*(?P<who>(?:{TURKISH_CAPITALISED}\s+){{0,6}}{TURKISH_CAPITALISED})"
                            r"(?:\s+(?:de|da|ise))?\s+[^.!?]{0,60}?\bbir\s+(?:yazılı\s+)?(?:açıklama|bildiri)\s+"
                            r"(?:yaptı|yayımladı|yayınladı|paylaştı)")
# "Açıklamada, ...": in the statement just told of
THE_STATEMENT = re.compile(r"\s*(?:Açıklamada|Açıklamanın devamında|Bildiride|Paylaşımda)(?:\s+(?:ise|de|da|ayrıca))?"
                           r"\s*,?\s*")
# ... and the same phrase opening the content after the speaker's comma, without a comma of its own
SAID_IN_OPENING = re.compile(r"\s*(?:(?:yaptığı|düzenlediği|yayımladığı)\s+)?(?:yazılı\s+)?"
                             r"(?:açıklamasında|açıklamada|konuşmasında|paylaşımında)\s+")
ELIDED = re.compile(r"^(?:[ldLD]['’])")  # the article French and Italian join to a word: "L'émissaire"
# ... and Italian with a preposition: "dell'ambasciatore"
ELIDED_WITH_PREPOSITION = re.compile(r"^(?:(?:[ldLD]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull|[uU]n|[qQ]uest|[qQ]u)['’])")
TITLE_AFTER = 3  # lower-case words (an article, adjectives) between a verb and the title after it
ACCORDING_TITLE_REACH = 100  # ... after "according to" ("Pour la directrice du bureau d'enquête sur les accidents, X")
TITLE_BODY_WORDS = 6  # lower-case words of a title's body between its capitalised word and the name ending the sentence
# ... never past the words of after or of meeting someone, and "with" only within a few words (``_holds_the_title``)
AFTER_MEETING = frozenset({"nakon", "posle", "poslije", "након", "после", "по", "after", "après", "dopo", "después",
                           "depois", "nach", "setelah", "sonra", "susreta", "sastanka", "razgovora", "средбата",
                           "разговорот", "meeting", "talks", "incontro", "rencontre", "reunión", "treffen"})
WITH_WORDS = frozenset({"s", "sa", "se", "с", "са", "со", "so", "z", "ze", "with", "avec", "con", "com", "mit", "dengan",
                        "ile"})
TITLE_REACH = 60  # characters from a title to the name it introduces ("l'émissaire spécial du Harqan, Hamid ...")
TOLD_BEFORE_VERB = re.compile(r"[»\"”“›]\s*,\s*[—–-]?\s*(?P<to>[^\W\d_]+\s+(?:[^\W\d_]+\s+){0,2})$")
# a dash opens what is said and another closes it, as Polish and Croatian write speech: "– Na stole są ... –
# powiedział Brannik"
DIALOGUE = re.compile(r"^\s*[—–]\s.*\S\s+[—–]\s*$", re.S)
# between a name and its verb: "Maria Zakharova, porte-parole ..., a déclaré", or a day ("Sahakyan yesterday said")
APPOSITION = re.compile(r"^\s*(?:(?:je|је)(?=,))?(?:,[^,.;:!?«»\"“”]{1,70})?,?\s*(?:(?:je|је)\s+)?"
                        r"(?:yang(?:\s+[^\W\d_]+){1,4}\s+)?"  # "Hendro Sasmitapura yang meninjau lokasi menegaskan"
                        r"(?:(?:pred|posle|nakon|пред|после|по|након|dopo|prima\s+di|après|avant|nach|vor|"
                        r"setelah|sebelum|înainte\s+de)\s+[^\W\d_][\w’']*\s+)?"  # "Ташвијан пред разговорот изјави"
                        r"(?:(?!(?:ги|го|ја|ga|ju|ih)\s*$)(?P<day>[^\W\d_]+)\s*)?"
                        r"(?:(?:ги|го|ја|ga|ju|ih)\s*)?$", re.I)  # and the pronoun that doubles it: "Велморија тоа го негира"
# between a speaker and the place where they spoke before the verb: "Dorić je danas u", "Дориќ денеска во"
PLACE_BETWEEN = re.compile(r"\s*(?:(?:je|је)\s+)?(?:(?P<day>[^\W\d_]+)\s+)?(?:u|у|во|в|na|на|in|à|a|en|di|ke)\s+$",
                           re.I)
LEAD = re.compile(r"^[\s«»\"“”„—–-]*(?:(?:et|e|y|i|und|dan|și|и|а|ve|ama|mais|ma|pero|aber|ali|но)\s+)?$", re.I)
# a title that languages capitalise, written as one word with a name after it
TITLE_WORD = re.compile(r"(?:sprecher|minister|präsident|kanzler|chef|sözcüsü|bakanı?|başkanı|büyükelçisi)(?:in)?$",
                        re.I)
# "selon lesquelles", "secondo cui": "according to which" attributes nothing to anyone
RELATIVE = re.compile(r"(?:l[ea]s?quel\w*|cui|qui|quien(?:es)?|qual[ei]|(?:el|la|los|las)\s+cual\w*|cuy\w+|któr\w+|căr\w+|koj\w+|кој\w*|"
                      r"denen|dem|der|welche\w*)\b", re.I)
# "Come ha spiegato X, ...", "Kako je saopštila X, ...", "Comme l'a indiqué X, ...": as X said, what follows
FROM_BODY = re.compile(r"\s+(?:iz|из|od|од|from|of|de|du|des|della|dello|del|di|dari|von|vom|z|ze)\s+", re.I)
WHOSE_WORDS = re.compile(r"\b(?:njegov|njen|његов|њен)\w*", re.I)  # "prema njegovim rečima": in his words
# "Prema Vučićevim rečima, ...", "Према Ковриним речима, ...": in the words of a surname made possessive
# (Vučić-ev-im, Ковр(а)-ин-им), a person named before
OWNERS_WORDS = re.compile(r"[\s\"«„“—–-]*(?P<cue>(?:prema|према)\s+(?P<owner>[A-ZА-ЯĐŠČĆŽЂЈЉЊЋЏ][^\W\d_]+?)"
                          r"(?:ov|ev|in|ов|ев|ин)(?:im|ом|им|om)\s+(?:re[čc]ima|rije[čc]ima|речима))\s*,\s*", re.I)
# ... also after a comma and a conjunction inside the sentence: "..., a kako je saopštio Borelj, dve strane su ..."
AS_SAID = re.compile(r"(?:^[\s«»\"“”„—–-]*|,\s*(?:(?:a|i|ali|а|и|али|e|et|mais|ma|dan|tetapi|but|and)\s+)?)"
                     r"(?:comme\s+l['’]|come|como|kako(?:\s+je)?|како(?:\s+што)?|seperti(?:\s+yang)?|"
                     r"sebagaimana|jak|după\s+cum|wie|ինչպես)\s*$", re.I)
# the words that say whose a thing is ("ministre des Affaires", "portparol ministarstva"), and before a word
OF = frozenset({"de", "du", "des", "di", "del", "della", "degli", "dei", "of", "za", "na", "od", "за", "на", "од", "во"})
OF_BEFORE = re.compile(r"(?<!\w)(?:de\s+la|de\s+los|" + "|".join(sorted(OF, key=len, reverse=True)) + r")\s+$", re.I)
OF_ELIDED = re.compile(r"(?<!\w)[dD]['’]$")  # "d'État" of "le secrétaire d'État": a title's "of", joined to its word
# (after a title only: "un rapport d'Amnesty cité par X" is Amnesty's)
# where a document's words are quoted and whose it is follows: "si legge in una nota del ministero", "navodi se u
# nalogu suda", "се наведува во одлуката на судот", "heißt es in einer Erklärung des Ministeriums"
IN_DOCUMENT = {lang: re.compile(pattern + r"(?:(?<=['’])\s*|\s+)", re.I) for lang, pattern in {  # "dell'azienda"
    "it": r"(?P<cue>si\s+legge)\s+(?:in\s+una|nella|nel|nell['’])\s*(?:nota|comunicato|ordinanza|sentenza|decisione|"
          r"dichiarazione)\s+(?:del|della|dello|dell['’]|dei|degli)",
    "fr": r"(?P<cue>peut-on\s+lire|lit-on|indique)\s+(?:dans\s+)?(?:un|le|l['’]|la)\s*(?:communiqué|ordonnance|arrêt|décision|"
          r"déclaration)\s+(?:du|de\s+la|de\s+l['’]|des)",
    "de": r"(?P<cue>heißt\s+es)\s+in\s+(?:einer|der)\s+(?:Erklärung|Mitteilung|Entscheidung|Anordnung)\s+(?:des|der)",
    "es": r"(?P<cue>se\s+lee|señala)\s+(?:un|el|la)\s+(?:comunicado|orden|sentencia|decisión|declaración)\s+"
          r"(?:del|de\s+la)",
    "sr": r"(?P<cue>navodi\s+se|kaže\s+se|stoji|наводи\s+се|каже\s+се|стоји)\s+(?:u|у)\s+(?:saopštenju|nalogu|"
          r"odluci|presudi|izjavi|саопштењу|налогу|одлуци|пресуди|изјави)",
    "mk": r"(?P<cue>се\s+наведува|се\s+вели|стои)\s+во\s+(?:соопштението|одлуката|наредбата|пресудата|изјавата)"
          r"\s+(?:на|од)",
}.items()}
# "for" opening a sentence says whose view follows: "Pour le ministre caldorien, Edgar Tachvian, il s'agit d'un ..."
FOR_SOMEONE = re.compile(r"[\s«»\"“”„—–-]*(?:[Pp]our|[Pp]er|[Pp]ara)\s+")  # lower case after a colon
# a sentence that opens by pointing at the one before, then the verb and who said it: "Lo ha reso noto l'Agenzia",
# "C'est ce qu'a annoncé X", "To je saopštilo Ministarstvo", "Ова го соопшти X", "Այս մասին հայտնում է X",
# "Hal itu disampaikan X": the sentence before is theirs
BACK = re.compile(r"[\s«»\"“”„—–-]*(?:(?:lo|è\s+quanto|to|o\s+tome|то|о\s+томе|ова\s+го|тоа\s+го|այս\s+մասին|"
                  r"այդ\s+մասին|hal\s+(?:itu|tersebut)|demikian)\s+|c['’]est\s+ce\s+qu['’]\s*)", re.I)
PASSIVE_SAID = re.compile(r"di(?:sampaikan|katakan|ungkapkan|jelaskan|umumkan|tegaskan)(?:\s+oleh)?(?!\w)", re.I)
# a clause set off between a subject and its verb that begins with "which": ", која управува со браната,"
WHICH = (r"(?:qui|que|che|il quale|la quale|i quali|le quali|which|who|that|koj[aei]?|кој[аие]?|чиј\w*|čij\w*|кое|"
         r"котор\w+|як\w+|yang|که|որ|ում|որի|որը|որն|ով|որոնք|որոնց|któr\w+|care|quien(?:es)?|der|die|das)")
# a title set off after a name, in lower case but for the names of its body: ", segretario generale della COM, "
SET_OFF_TITLE = re.compile(r"\s*,\s*(?=[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ])[^,.;:!?«»\"“”„()]{3,60},\s*")
SLAVIC_IT_BEFORE = re.compile(r"\s+(?:то|тоа|ово|to|ovo)$", re.I)  # "it", standing before the verb
# between a name and the one whose it is: "il Movimento Alvorada di Inês Varejão", "le Mouvement Alvorada d'Inês"
OWNER_LINK = re.compile(r"\s+(?:di|de|del|della|of|von|do|da|du|des)\s+|\s+[dD]['’]\s*")
ASIDE_BEFORE_VERB = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2},\s*$")  # ", իր հերթին,", ", pour sa part,"
RELATIVE_SET_OFF = re.compile(rf"(?P<head>[^,.;:!?]+?),\s*{WHICH}\s[^,.;:!?«»\"“”„]+,\s*$", re.I)
RELATIVE_AFTER_NAME = re.compile(rf",\s*{WHICH}\s[^,.;:!?«»\"“”„]{{1,120}},\s*", re.I)
IN_RELATIVE = re.compile(rf",\s*{WHICH}\s[^,.;:!?«»\"“”„]{{0,70}}$", re.I)  # "..., che aveva sostenuto"
QUOTED_BODY = re.compile(r"[«„“\"][^\W\d_][^«»„“”\",.;:!?]{0,40}[»“”\"]")  # a body's name in quotes: „Телса Хидро“
HONORIFICS = "M|MM|Mme|Mlle|Dr|Mr|Mrs|Ms|Sr|Sra|Hr|Fr|Sig|Dl|Dna|Pan|Pani|Pak|Bu"
HONORIFIC = re.compile(rf"(?<![\w-])(?:{HONORIFICS})\.?(?=\s)")
FORMS_OF_ADDRESS = frozenset(HONORIFICS.split("|")) | {"Don", "Doña", "Dom", "Dona"}  # before a person's name
# ... each in the languages that write it, where it is no other word ("Bu" is "this" in Turkish); "Dr" in all
LANGUAGE_HONORIFICS = {"fr": {"M", "MM", "Mme", "Mlle"}, "es": {"Sr", "Sra"}, "pt": {"Sr", "Sra"}, "de": {"Hr", "Fr"},
                       "it": {"Sig"}, "ro": {"Dl", "Dna"}, "pl": {"Pan", "Pani"}, "id": {"Pak", "Bu"}}
# a club, a party or a firm named in quotes: "«Շիրակ Սթար» ակումբի", "директор на „Тарвекс“"
QUOTED_NAME = re.compile(r"«[^\W\d_][^«»,.;:!?]{0,40}»|„[^\W\d_][^„“”,.;:!?]{0,40}[“”]")
CLITICS_AFTER = re.compile(r"(?:\s+(?:ги|го|ја|ѝ|му|им|се|си|ih|ga|ju|je|se|su|их|га|ју|је|су))+$")
SET_OFF_NAME = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,\s*")  # a name set off after a body's: "(KWC), Petar Ivek"
ACRONYM_ASIDE = re.compile(r"\(\s*[^\W\d_a-zа-яё][^\W_a-zа-яё]{1,9}\s*\)")  # a body's initials after its name: "(KWC)"
# "a declarat șefa statului după ședința Consiliului ...": what comes after "after" names no speaker
WHEN = re.compile(r"(?<![\w-])(?:après|dopo|después|após|nach|po|după|posle|после|по|usai|setelah|sonra|durante|"
                  r"pendant|lors|bei|während|podczas|în timpul|tokom|током|за време|saat)(?![\w-])", re.I)
# a name after a preposition is where or whose ("sur Telegram", "in Chișinău", "du Kremlin"), not who speaks
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:sur|pe|na|auf|su|in|în|im|am|dans|en|via|w|we|u|z|ze|iz|od|aus|von|"
                                r"avec|con|mit|com|dengan|"
                                r"dari|di|ke|de|du|des|del|della|da|dal|a|à|al|au|aos|ai|alla|nel|nella|em|no|"
                                r"на|во|у|в|из|од|за)\s+"
                                r"(?:(?:la|le|les|el|los|las|il|lo|gli|o|os|as|der|die|dem|den)\s+|l['’]\s*)?[«„]?$",
                                re.I)  # and after its article: "de la Libre circulation", "dans l'Union"


@dataclass(frozen=True)
class Phrasing:
    """How one language reports speech: its verbs of saying (form -> English cue) and the words around them."""

    language: str
    verbs: dict[str, str]
    after_content: frozenset[str]  # forms that are verbs of saying only right after what was said ("tulis")
    according: tuple[str, ...]
    after_name: tuple[str, ...]  # "according to" after the name: "Peskow zufolge", "Peskov'a göre"
    that: tuple[str, ...]
    pronouns: dict[str, str | None]  # "il" -> "m", "dia" -> None
    gerunds: dict[str, str] = field(default_factory=dict)  # "ajoutant" -> "add": "..., ajoutant que ..."
    passive: frozenset[str] = frozenset()  # forms with no speaker for a subject: "belirtildi" (it was stated)

    @property
    def cue(self) -> re.Pattern:
        return _patterns(self.language)[0]

    @property
    def according_to(self) -> re.Pattern:
        return _patterns(self.language)[1]

    @property
    def according_after(self) -> re.Pattern:
        return _patterns(self.language)[2]


ASIDE = r",[^,.;:!?«»„“”\"]{1,70},"  # words set off by commas inside a verb: "je, prema saopštenju ministarstva, ocenio"
# Serbian and Croatian online are often typed without their letters' marks ("nece", "poslova", "saopstio")
TYPED_WITHOUT_MARKS = {"sr", "hr", "bs"}
WITHOUT_MARKS = str.maketrans({"č": "c", "ć": "c", "š": "s", "ž": "z", "đ": "dj", "Č": "C", "Ć": "C", "Š": "S",
                               "Ž": "Z", "Đ": "Dj"})


@cache
def phrasings() -> dict[str, Phrasing]:
    rows: dict[str, dict] = {}
    for row in table("speech.tsv"):
        p = rows.setdefault(row["language"], {"verbs": {}, "verb-after": set(), "verb-passive": set(), "according": [],
                                              "after-name": [], "that": [], "pronouns": {}, "gerunds": {}})
        forms = split_list(row["forms"])
        if row["language"] in TYPED_WITHOUT_MARKS:  # "rekla je" and "porucila je", "prema recima" typed without č, ć
            forms += [folded for f in forms if (folded := f.translate(WITHOUT_MARKS)) != f]
        if row["role"] in ("verb", "verb-after", "verb-passive"):
            p["verbs"].update((f.lower(), row["cue"]) for f in forms)
            if row["role"] != "verb":
                p[row["role"]].update(f.lower() for f in forms)
        elif row["role"] in ("according", "after-name", "that"):
            p[row["role"]] += forms
        elif row["role"] == "gerund":
            p["gerunds"].update((f.lower(), row["cue"]) for f in forms)
        else:  # he, she, or a pronoun of either
            p["pronouns"].update((f.lower(), {"he": "m", "she": "f"}.get(row["role"])) for f in forms)
    return {lang: Phrasing(lang, p["verbs"], frozenset(p["verb-after"]), tuple(p["according"]),
                           tuple(p["after-name"]), tuple(p["that"]), p["pronouns"], p["gerunds"],
                           frozenset(p["verb-passive"]))
            for lang, p in rows.items()}


def reads(language: str | None) -> bool:
    "Whether this module knows how the language reports speech."
    return SAME_AS.get(language or "", language) in phrasings()


@cache
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    p = phrasings()[lang]
    forms = sorted(p.verbs, key=len, reverse=True)
    that = "|".join(map(re.escape, p.that)) or "(?!)"

    def after_content(form: str) -> str:
        # right after what was said, or before a "that" a few words on: "napisao je na Fejsbuku da ..." (not
        # "napisao je knjigu")
        verb = re.escape(form).replace(r"\ ", r"\s+")
        return rf"(?<=[,\"”»’] ){verb}|{verb}(?=(?:,?\s+[^\s,.;:!?«»\"]+){{0,3}}?,?\s+(?:{that})\s)"

    alternatives = "|".join(after_content(f) if f in p.after_content else re.escape(f).replace(r"\ ", BETWEEN)
                            for f in forms)
    if lang == "fr":  # "a-t-il ajouté", "avait-elle assuré": the pronoun between the auxiliary and the verb;
        # "dit-il", "raconte-t-elle", "se souvenait-il": after the verb; the plural's "ont annoncé", "avaient assuré"
        alternatives = "|".join(
            (r"(?:a|avait|ont|avaient)(?:-t-(?:il|elle)|-(?:il|elle|ils|elles))?" + BETWEEN
             + re.escape(f[2:]).replace(r"\ ", r"\s+"))
            if f.startswith("a ") else re.escape(f).replace(r"\ ", BETWEEN) + r"(?:(?:-t)?-(?:il|elle))?"
            for f in forms)
    elif lang == "it":  # "aveva detto", "avevano smentito": the past perfect of each "ha detto", "hanno smentito"
        # "attacca", "incalza" speak only right after a quotation: "«...», attacca il deputato"; not "Dopo la
        # tregua, attacca l'esercito"
        alternatives = "|".join(
            r"(?:(?<=[\"”»’] )|(?<=[\"”»’], ))" + re.escape(f).replace(r"\ ", r"\s+") if f in p.after_content else
            (r"(?:ha|aveva)" if f.startswith("ha ") else r"(?:hanno|avevano)") + BETWEEN
            + re.escape(f.split(" ", 1)[1]).replace(r"\ ", r"\s+") if f.startswith(("ha ", "hanno "))
            else re.escape(f).replace(r"\ ", BETWEEN) for f in forms)
    elif lang in TYPED_WITHOUT_MARKS:  # "Vjalkin je, prema saopštenju ministarstva, ocenio da ...": an aside between
        # the auxiliary and the participle of each "ocenio je"
        alternatives = "|".join(
            (after_content(f) if f in p.after_content else
             re.escape(f).replace(r"\ ", r"\s+" + ADVERB) + (
                 rf"|je{ASIDE}\s+" + re.escape(f[:-3]) if re.fullmatch(r"[^\W\d_]+ je", f) else "")) for f in forms)
    elif lang == "hy":  # "պնդել էր", "հերքել էին", "պնդում էր": the past of each "պնդել է", "հերքել են", "պնդում է"
        alternatives = "|".join(re.escape(f[:-2]).replace(r"\ ", r"\s+" + ADVERB) + r"\s+(?:է|էր)"
                                if re.search(r"[ելմ] է$", f) else
                                re.escape(f[:-3]).replace(r"\ ", r"\s+" + ADVERB) + r"\s+(?:են|էին)"
                                if re.search(r"[ելմ] են$", f) else
                                re.escape(f).replace(r"\ ", r"\s+" + ADVERB) for f in forms)
    cue = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
    # "prema rečima Vučića"; "prema njegovim rečima, ...", whose words a comma follows
    according = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in p.according) or '(?!)'})(?:\s+|(?=,))", re.I)
    after = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in p.after_name) or '(?!)'})(?![\w-])", re.I)
    return cue, according, after


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    text: str
    head: int  # where its run of capitalised words began: "Белог Поља" before "Зоран Јовановић"


def statements(article: Article) -> list[Statement]:
    """The statements of an article in a language ``reads`` knows."""
    lang = SAME_AS.get(article.language or "", article.language or "")
    p = phrasings()[lang]
    body = article.body.replace("ş", "ș").replace("ţ", "ț") if lang == "ro" else article.body
    names = [n for n in _names(body, lang) if not (lang == "az" and _az_where(n.text))]  # "Bakıda": where
    out: list[Statement] = []
    previous = None
    for start, end in _sentences(body, article):
        def read(at: int, upto: int, before: list[Statement]) -> Statement | None:
            return _read(body, at, upto, previous, names, [*out, *before], p)

        def speaks(at: int, upto: int) -> bool:
            return p.according_to.match(body, at) is not None or any(
                not inside_quotation(body[at:upto], verb.start()) for verb in p.cue.finditer(body[at:upto]))

        found = by_voice(body, start, end, read, speaks)
        if not found and out and (more := quote_after(body, out[-1], previous, start, end)) is not None:
            found = [more]  # '"...," katanya. "Hari ini kami menghitung korban tewas."': the same speaker goes on
        if not found and out and previous is not None and previous[0] <= out[-1].content.start < previous[1] and \
                (more := _incise_goes_on(body, out[-1], start, end)) is not None:
            found = [more]  # "« ..., a réagi Lina Vasko, porte-parole. Mais personne ... »": hers, after her name
        previous = (start, end)
        for k, one in enumerate(found):
            out.append(one)
            upto = found[k + 1].cue.start if k + 1 < len(found) else end  # where the next voice's verb begins
            if (then := _said_then(body, one, upto, p)) is not None:
                out.append(then)
            elif (going_on := _saying_too(body, one, upto, p)) is not None:
                out[-1:] = going_on
            if (more := _quote_goes_on(body, one, upto) or _incise_then(body, one, upto)) is not None:
                out.append(more)
    return out


def _read(body: str, start: int, end: int, previous: tuple[int, int] | None, names: list[_Name],
          earlier: list[Statement], p: Phrasing) -> Statement | None:
    "The statement of one sentence, or of one voice of it (``voices.by_voice``)."
    text = body[start:end]
    found = _said_back(body, start, end, previous, names, p)
    found = found or next((st for verb in p.cue.finditer(text)
                           if (not inside_quotation(text, verb.start()) or _incise(body, start, end, verb, names, p))
                           and not _in_relative(text, verb, p)
                           and (st := _said(body, start, end, verb, names, earlier, p))),
                          None)  # "« Le Tribunal estime que ... », a souligné sa présidente": not the Tribunal
    if found is not None and found.cue is not None and found.content.end <= found.cue.start and \
            body[found.content.start] in "«“„" and found.kind == "indirect":
        found = dataclasses.replace(found, kind="direct")  # "« Nous appliquerons l'ordonnance, a réagi ...": quoted
    if found is not None and (closing := _closing_attribution(body, start, end, found, names, earlier, p)) is not None:
        found = closing  # "Mahkamah menolak permintaan itu, kata hakim Mira Tosk.": the judge's, of the whole
    if found is not None and (inner := _said_after_colon(body, found, end, names, earlier, p)) is not None:
        found = inner  # "Szilvásd nega: la portavoce del ministero, Réka Gyarmati, ha detto che ...": hers
    if found is not None and (inner := _said_within(body, found, end, names, earlier, p)) is not None:
        found = inner
    if found is not None and found.speaker is not None and found.cue is not None and \
            found.speaker.start > found.cue.start and p.according and \
            p.according_to.match(text.lstrip(" \t\n«»\"“”„—–-")):
        # "Prema rečima Gerdana, obećao je ... od nalaza Komisije": in the words of whom the sentence opens
        # with, not of a name after a verb inside them ("Secondo il ministero, Kastellan ha denunciato" is
        # Kastellan's)
        found = _according(body, start, text, names, earlier, p) or found
    if found is None and p.according:
        found = _according(body, start, text, names, earlier, p)
    if found is None and p.after_name:
        found = _according_after(body, start, end, names, earlier, p)
    if found is None and p.language == "tr":
        found = _turkish_according(body, start, end)
    if found is None:
        found = _colon_quote(body, start, end, names, p.language) or _surname_line(body, start, end, names)
    if found is None:
        found = _said_in_document(body, start, end, p.language)
    if found is None and p.language == "hy":
        found = _armenian_statement(body, start, end, names) or _armenian_from_body(body, start, end)
    return found


# a body in the ablative that opens the sentence, then a plural verb of saying: "Ռուսաստանի ԱԳՆ-ից հայտարարել են,
# որ ..." (from the Russian MFA they declared that), "«Հայաստան» խմբակցությունից հայտարարեցին, որ ..."
FROM_BODY_HY = re.compile(r"\s*(?P<who>(?:[^\s,։՝]+\s+){0,4}?(?P<last>[^\s,։՝]+?))-?ից\s*(?:,[^,։]{1,40},\s*)?"
                          r"(?P<cue>(?:հայտարարել|հայտնել|նշել|ասել|պնդել|հերքել)\s+են|հայտարարեցին|հայտնեցին|"
                          r"նշեցին|ասացին|հերքեցին)\s*,?\s*(?:որ\s+)?")


INCISE_END = re.compile(r"[.!?…](?=\s)")  # the end of the clause set off inside a quotation: "a réagi X. Mais ..."


def _incise(body: str, start: int, end: int, verb: re.Match, names: list[_Name], p: Phrasing) -> bool:
    """A verb of saying set off by a comma inside a quotation that the sentence opened and does not close, with a
    name after it: "« Nous appliquerons l'ordonnance, a réagi Lina Vasko, porte-parole ... Mais ... »", where French
    (and Italian) typography keeps the quotation open around who said it. Not one in the middle of a sentence whose
    quotation closes right after it ("« La situation, a estimé Lina Vasko, reste préoccupante. »"): which of the words
    after the name are hers again is not told."""
    text = body[start:end]
    before = text[:verb.start()]
    stop = INCISE_END.search(text, verb.end())  # where the clause of who said it ends: the quotation goes on after
    closes_after = stop is not None and body[start + stop.end():].lstrip()[:1] in "»”"
    return any(ch in "«“„" for ch in before) and re.search(r",\s*$", before) is not None \
        and not any(ch in "»”" for ch in before) \
        and not any(ch in "»”«“„" for ch in text[verb.end():stop.start() if stop else len(text)]) \
        and not closes_after \
        and _name_after(body, start + verb.end(), start + (stop.end() if stop else len(text)), names, p) is not None


def _incise_then(body: str, found: Statement, end: int) -> Statement | None:
    "The rest of a quotation an incise interrupted (``_incise``) in its own sentence: '«A, ha detto X. B.»'."
    if found.cue is None or found.cue.start < found.content.end:
        return None
    stop = INCISE_END.search(body, found.cue.end, end)
    return _incise_goes_on(body, found, stop.end(), end) if stop is not None else None


def _incise_goes_on(body: str, found: Statement, start: int, end: int) -> Statement | None:
    """The rest of a quotation that a verb set off inside it interrupted (``_incise``), in the next sentence up to its
    closing mark: "... a réagi Lina Vasko, porte-parole de la diplomatie. Mais personne ne pourra nous dicter notre
    politique. »" is hers too."""
    if found.cue is None or found.cue.start < found.content.end or body[found.content.start] not in "«“„" or \
            any(ch in "»”" for ch in body[found.content.start:found.cue.start]):
        return None  # the verb set off after the quotation's first part, which it did not close
    close = next((k for k in range(start, end) if body[k] in "»”"), None)
    if close is None or any(ch in "«“„" for ch in body[start:close]):
        return None
    content = trimmed(body, start, close + 1, tail=" \t\n,:;")
    return dataclasses.replace(found, content=content, kind="direct") if content is not None else None


def _closing_attribution(body: str, start: int, end: int, found: Statement, names: list[_Name],
                         earlier: list[Statement], p: Phrasing) -> Statement | None:
    """A verb of saying after a comma later in the sentence, that a person's name closes: it says whose the whole
    sentence is, the verb found before inside it ("menolak", rejected) included, where that verb's subject is a body
    or no one. Not an agency or an office that passes a person's words on ("Emmanuel Macron a affirmé que ..., a
    rapporté l'AFP", "..., a indiqué le Kremlin"): the person who said them."""
    if found.cue is None or found.speaker_kind == "person" or \
            found.speaker_kind != "body" and bool(found.speaker_name) and _a_person(found.speaker_name):
        return None
    text = body[start:end]
    for verb in p.cue.finditer(text, found.cue.end - start):
        if re.search(r",\s*$", text[:verb.start()]) and not inside_quotation(text, verb.start()) and \
                _ends_with_name(body, start + verb.end(), end, names, p):
            later = _said(body, start, end, verb, names, earlier, p)
            if later is not None and later.cue is not None and later.cue.start > found.cue.start and \
                    later.content is not None and later.content.start < found.cue.start and \
                    later.speaker_kind != "body" and bool(later.speaker_name) and _a_person(later.speaker_name) \
                    and agency_name(later.speaker_name) is None:
                return later
    return None


def _armenian_from_body(body: str, start: int, end: int) -> Statement | None:
    """'Ռուսաստանի ԱԳՆ-ից հայտարարել են, որ ...': a body named in the ablative, whose people said what follows;
    a body by its initials or by a body's noun ("խմբակցություն", "նախարարություն"), not a place ("Երևանից")."""
    said = FROM_BODY_HY.match(body, start, end)
    if said is None or not (said["last"].isupper() and len(said["last"]) >= 2 or said["last"].lower().startswith(
            BODY_STEMS) or said["last"].lower().endswith(("ություն", "խմբակցություն"))):
        return None
    content = trimmed(body, said.end(), end)
    if content is None:
        return None
    # whose body it is, in the genitive ("Ռուսաստանի ԱԳՆ"), quoted ("«Հայաստան» խմբակցություն") or capitalised, up to
    # a word of another kind: "Այս առթիվ կառավարությունից" (on this occasion, from the government) is the government
    words = list(re.finditer(r"\S+", body[said.start("who"):said.end("last")]))
    first = len(words) - 1
    while first > 0 and (words[first - 1].group().endswith("ի") or words[first - 1].group()[:1] in "«\"" or
                         words[first - 1].group()[:1].isupper() and first - 1 == 0):
        first -= 1
    who = Span(said.start("who") + words[first].start(), said.end("last"))
    return _statement(body, content, Span(said.start("cue"), said.end("cue")), "say", None, [], who,
                      body[who.start:who.end], "body")


def _armenian_statement(body: str, start: int, end: int, names: list[_Name]) -> Statement | None:
    """What a body's statement says, as Armenian news gives it: "ԱԳՆ-ն հայտարարություն է տարածել, որում նշվում է, որ
    ..." (issued a statement in which it is noted that), or "«...», - ասված է հայտարարության մեջ" (it is said in the
    statement) after a sentence that told who issued it."""
    text = body[start:end]
    issued = ISSUED_HY.search(text)
    if issued is not None and (noted := NOTED_HY.match(text, issued.end())) is not None:
        who = _body_opening(body, start, start + issued.start(), names)
        content = trimmed(body, start + noted.end(), end)
        if who is None or content is None:
            return None
        return _statement(body, content, Span(start + noted.start("cue"), start + noted.end("cue")), "say", None,
                          names, who, body[who.start:who.end], "body")
    said = IN_STATEMENT_HY.search(text)
    if said is None or not CONTENT_BEFORE.search(text[:said.start("cue")]):
        return None
    content = trimmed(body, quotation_start(body, start, start + said.start()), start + said.start())
    paragraph = body.rfind("\n\n", 0, start)  # the sentence that told who issued it: this paragraph or the one before
    earlier = list(ISSUED_HY.finditer(body, body.rfind("\n\n", 0, max(paragraph, 0)) + 1, start))
    if content is None or not earlier:
        return None
    opening = max(body.rfind("\n", 0, earlier[-1].start()) + 1, _sentence_start(body, earlier[-1].start()))
    who = _body_opening(body, opening, earlier[-1].start(), names)
    if who is None:
        return None
    return _statement(body, content, Span(start + said.start("cue"), start + said.end("cue")), "say", None, names,
                      who, body[who.start:who.end], "body")


def _said_after_colon(body: str, found: Statement, end: int, names: list[_Name], earlier: list[Statement],
                      p: Phrasing) -> Statement | None:
    """Who answers for a party that denies, named after the colon with a verb of their own or after "per",
    "selon": "Bakou dément : le porte-parole du ministère, Aykhan Hajizada, a déclaré que ...", "I sindacati
    respingono questa lettura: per Marcel·lí Vilaseca, segretario generale della COM, ...". Only a person named in
    full, and only after a denial: what follows "a rappelé :" is the speaker's own account, names and all."""
    if found.cue is None or found.content is None or not denies(found.cue_word) or \
            ":" not in body[found.cue.end:found.content.start]:
        return None
    at = found.content.start
    text = body[at:end]
    if p.according and (p.according_to.match(text) or FOR_SOMEONE.match(text)):
        found_inner = _according(body, at, text, names, earlier, p)
    else:
        found_inner = next((st for verb in p.cue.finditer(text) if not inside_quotation(text, verb.start())
                            and (st := _said(body, at, end, verb, names, earlier, p)) is not None), None)
    if found_inner is None or found_inner.speaker is None or found_inner.speaker.start < at:
        return None
    named = next((n for n in names if n.start == found_inner.speaker.start), None)
    return found_inner if named is not None and " " in named.text and _a_person(named.text) else None


def _said_within(body: str, found: Statement, end: int, names: list[_Name], earlier: list[Statement],
                 p: Phrasing) -> Statement | None:
    """What a person said that a body passes on: "Kementerian Luar Negeri Azerbaijan mengatakan Bayramov menyebut
    tuduhan itu tidak berdasar", "Ադրբեջանի ԱԳՆ-ն հայտնում է, որ Ջեյհուն Բայրամովը ... հայտարարել է, որ ...": the
    person's words, through the body, where what the body said opens with the person's name and a verb of saying
    whose speaker that name is. Only a body's ("ԱԳՆ", "Kementerian"): what one person says another said stays
    theirs ("Pashinyan a déclaré que Aliyev avait affirmé ...")."""
    if not (found.speaker_kind == "body" or _names_a_body(found.speaker_name or "") or any(
            w.split("-")[0].isupper() and len(w.split("-")[0]) >= 2 for w in (found.speaker_name or "").split())) \
            or found.content is None or found.speaker is None or \
            found.speaker.start > found.content.start:
        return None
    that = _that(p.that).match(body, found.content.start) if p.that else None
    start = that.end() if that else found.content.start
    name = next((n for n in names if n.start == start and _a_person(n.text)), None)
    if name is None:
        return None
    text = body[start:end]  # the person's verb, right after the name or, as Armenian has it, at the clause's end
    verb = next((v for v in p.cue.finditer(text, name.end - start) if not inside_quotation(text, v.start())), None)
    inner = _said(body, start, end, verb, names, earlier, p) if verb else None
    if inner is None or inner.speaker is None or inner.speaker.start != name.start:
        return None
    return dataclasses.replace(inner, channel=found.speaker_name)


def _in_relative(text: str, verb: re.Match, p: Phrasing) -> bool:
    """A verb inside a clause set off after a subject, whose own verb comes after it: "Tomé Rebelo, che aveva
    sostenuto Varejão, ha detto che ..." is what Rebelo said, not what he supported."""
    close = text.find(",", verb.end())
    return IN_RELATIVE.search(text, 0, verb.start()) is not None and close >= 0 and \
        any(not inside_quotation(text, v.start()) for v in p.cue.finditer(text, close))


def _said_then(body: str, found: Statement, end: int, p: Phrasing) -> Statement | None:
    """'ha smentito le accuse e ha detto che ...', 'je to negirala i izjavila da ...': the one who denied says
    what follows the second verb's "that" too (``_said_before`` ended the denial at the "and")."""
    if found.cue is None or not denies(found.cue_word) or (denied := max(found.content.end, found.cue.end)) > end:
        return None
    then = DENIED_THEN.match(body, denied)
    verb = (p.cue.match(body, then.end(), end) or _participle(body, then.end(), end, p)) if then is not None else None
    if verb is None or _that(p.that).match(body, verb.end() + 1) is None or denies(base := _verb_base(verb, p)):
        return None
    content = _content_after(body, verb.end(), end, p)
    return None if content is None else dataclasses.replace(
        found, content=content, cue=Span(verb.start(), verb.end()), cue_word=base, kind="indirect")


# an adverb between a gerund and its "that": ", sottolineando però che", ", ajoutant toutefois que", ", додајући
# међутим да"
GERUND_ADVERBS = (r"però|tuttavia|inoltre|anche|pure|comunque|cependant|toutefois|aussi|également|néanmoins|también|"
                  r"además|sin\s+embargo|também|porém|međutim|међутим|takođe|такође|ipak|ипак|сепак|исто\s+така")
# a clause of another subject between a verb and a gerund, whose the gerund then is
ANOTHER_SUBJECT = re.compile(r"(?<![\w-])(?:tandis\s+que|alors\s+que|pendant\s+que|mientras(?:\s+que)?|mentre|"
                             r"enquanto|while|whereas|dok|док|додека)(?![\w-])", re.I)


@cache
def _gerund_then_that(lang: str) -> re.Pattern:
    "A language's gerunds of saying after a comma and before its 'that': ', ajoutant que '."
    p = phrasings()[lang]
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(p.gerunds, key=len, reverse=True))
    that = "|".join(map(re.escape, p.that))
    return re.compile(rf",\s*(?P<verb>{forms})(?:,?\s+(?:{GERUND_ADVERBS}),?)?\s+(?:{that})\s*", re.I)


def _saying_too(body: str, found: Statement, end: int, p: Phrasing) -> list[Statement] | None:
    """'a déclaré que la trêve tenait, ajoutant que ...', '« ... », a-t-il dit, estimant que ...', 'dijo que ...,
    añadiendo que ...': a gerund of saying after the verb says more, the same speaker's, and what it says is no part
    of what the verb said before it. None where no such gerund follows."""
    if found.cue is None or not p.gerunds or found.cue_word == "according to":
        return None  # "Según la policía, los manifestantes bloquearon ..., asegurando que": the protesters said it
    gerund = _gerund_then_that(p.language).search(body, found.cue.end, end)
    if gerund is None or inside_quotation(body[found.cue.end:end], gerund.start() - found.cue.end) or \
            ANOTHER_SUBJECT.search(body, found.cue.end, gerund.start()):
        return None  # "..., tandis que son homologue a quitté la salle, estimant que ...": the other one's
    content = trimmed(body, gerund.end(), end)
    if content is None:
        return None
    verb = Span(gerund.start("verb"), gerund.end("verb"))
    said = dataclasses.replace(found, content=content, cue=verb, kind="indirect",
                               cue_word=p.gerunds[" ".join(gerund["verb"].lower().split())])
    if found.content.start >= gerund.start():
        return [said]  # "ha salutato la decisione, affermando che ...": what the first verb took is the gerund's
    before = found
    if found.content.start < gerund.start() < found.content.end:
        cut = trimmed(body, found.content.start, gerund.start())
        if cut is None:
            return None
        before = dataclasses.replace(found, content=cut)
    return [before, said]


def _participle(body: str, start: int, end: int, p: Phrasing) -> re.Match | None:
    "A participle whose auxiliary the first verb took: 'dodala' of '... je to negirala i dodala da ...'."
    word = WORD.match(body, start, end)
    return word if word is not None and any(f"{word.group().lower()} {aux}" in p.verbs for aux in ("je", "је")) \
        else None


def _quote_goes_on(body: str, found: Statement, end: int) -> Statement | None:
    """'«Abbiamo ascoltato», ha dichiarato la ministra al termine dell'incontro, «ma un'offerta ...».': the
    quotation the verb's clause interrupts goes on after it, said by the same speaker."""
    if found.cue is None or found.content.end > found.cue.start or body[found.content.start] not in QUOTES:
        return None
    rest = QUOTE_GOES_ON.search(body, found.cue.end, end)
    if rest is None:
        return None
    return dataclasses.replace(found, content=Span(rest.start("quote"), rest.end("quote")), kind="direct")


def quote_after(body: str, last: Statement, previous: tuple[int, int] | None, start: int, end: int
                 ) -> Statement | None:
    """A sentence that is all quotation, right after a sentence whose quotation its verb attributed, in the same
    paragraph: the same speaker goes on ('"...," katanya. "Hari ini ..."', '« ... », a-t-il dit. « ... »')."""
    if previous is None or last.cue is None or not previous[0] <= last.cue.start < previous[1] \
            or body[last.content.start] not in QUOTES or "\n" in body[previous[1]:start]:
        return None
    whole = QUOTE_SENTENCE.fullmatch(body, start, end)
    if whole is None:
        return None
    return dataclasses.replace(last, content=Span(whole.start("quote"), whole.end("quote")), kind="direct")


def _said_in_document(body: str, start: int, end: int, lang: str) -> Statement | None:
    """'«...», si legge in una nota del ministero', '..., navodi se u nalogu suda', '..., heißt es in einer
    Erklärung des Ministeriums': what a document says, spoken by whose document it is (named after it)."""
    pattern = IN_DOCUMENT.get(lang)
    m = pattern.search(body, start, end) if pattern else None
    if m is None or not CONTENT_BEFORE.search(body[start:m.start()]):
        return None
    owner = body[m.end():end].rstrip(" \t\n.!?…։")
    content = trimmed(body, quotation_start(body, start, m.start()), m.start())
    if content is None or not re.match(r"[^\W\d_]", owner) or len(owner.split()) > BODY_PHRASE:
        return None
    return _statement(body, content, Span(m.start("cue"), m.end("cue")), "say", None, [],
                      Span(m.end(), m.end() + len(owner)), owner, "body")


def _said_back(body: str, start: int, end: int, previous: tuple[int, int] | None, names: list[_Name],
               p: Phrasing) -> Statement | None:
    """'Lo ha reso noto l'Agenzia nazionale.', 'Ова го соопшти Министерството.': who is named after the verb
    said the sentence before, in the same paragraph (``BACK``)."""
    opening = BACK.match(body, start, end)
    if opening is None or previous is None or "\n" in body[previous[1]:start]:
        return None
    verb = p.cue.match(body, opening.end(), end) or (PASSIVE_SAID.match(body, opening.end(), end)
                                                     if p.language == "id" else None)
    if verb is None:
        return None
    cue = Span(verb.start(), verb.end())
    base = p.verbs.get(" ".join(verb.group().lower().split()), "say")
    name = _name_after(body, cue.end, end, names, p) or _title_after(body, cue.end, end, names)
    content = trimmed(body, *previous)
    if name is None or content is None:
        return None
    return _said_by(body, content, cue, base, name, names, end, p.language)


def _sentences(body: str, article: Article) -> Iterator[tuple[int, int]]:
    "The article's sentences, cut again where the splitter left two joined ('... fondement. « Nous ...')."
    for s in article.sentences:
        start = s.start
        for stop in _sentence_ends(body, s.start, s.end):
            yield start, stop.start() + 1
            start = stop.end()
        yield start, s.end


def _sentence_ends(body: str, start: int, end: int) -> Iterator[re.Match]:
    "Where a sentence ends inside a span: a stop before a capital, not after 'M.' or an initial."
    for m in SENTENCE_END.finditer(body, start, end):
        word = re.search(r"(\w+)$", body[max(start, m.start() - 5):m.start()])
        if ARMENIAN_COLON.match(body, m.start() - 1):
            continue  # "հայտարարել է. «...»": Armenian's colon typed as a stop
        if word is None or not (re.fullmatch(HONORIFICS, word[1]) or len(word[1]) == 1 and word[1].isupper()):
            yield m


def _said(body: str, start: int, end: int, verb: re.Match, names: list[_Name], earlier: list[Statement],
          p: Phrasing) -> Statement | None:
    cue = Span(start + verb.start(), start + verb.end())
    base = _verb_base(verb, p)
    before = body[start:cue.start]
    if p.language == "tr":
        return _turkish(body, start, cue, base, names, earlier)
    if p.language == "az" and (saying := SAYING_AZ.search(before)) is not None:
        return _azerbaijani_saying(body, start, cue, base, saying, names, earlier)
    if denies(base) and (claim := bare_claim_at(body, start, cue.start)) is not None and \
            (name := _name_after(body, cue.end, end, names, p)) is not None:
        # "Tuduhan itu dibantah Menteri Luar Negeri Belstria Ilona Marek.": the claim denied, then who denies it
        return _said_by(body, claim, cue, base, name, names, end, p.language)
    if AS_SAID.search(before) and (found := _as_said(body, end, cue, base, names, p, earlier)):
        return found
    told = TOLD_BEFORE_VERB.search(before)  # "«...»,- լրագրողներին ասել է Բրաննիկը": to journalists, then the verb
    told = told if told is not None and told["to"].islower() and not LEAD.match(told["to"].split()[0] + " ") else None
    # three words said at least, counted from where the quotation opened, sentences before if so ("«... էինք։
    # Հալդրան կվերակառուցվի»,– ասել է Սոկուլը")
    # ... unless a person set off right before the verb speaks a quotation after a colon: "..., la cheffe de
    # l'opposition X, présidente du Front civique, a lancé un ultimatum à Y : « ... »"
    speaks_after = COLON_QUOTE.search(body, cue.end, end) and not any(q in before for q in QUOTES) and any(
        start <= n.start and _a_person(n.text) and SET_OFF_BEFORE_VERB.fullmatch(body, n.end, cue.start) for n in names)
    said = body[quotation_start(body, start, cue.start):cue.start]
    # "Warga, kata dia, terpaksa menggali ...": a verb set off inside what was said, with no quotation around it
    incise = before.rstrip().endswith(",") and _set_off_inside(body, cue.end, end, p) is not None and \
        not any(q in body[start:end] for q in QUOTES)
    said_first = incise or (CONTENT_BEFORE.search(before) or DIALOGUE.match(before) or told) and \
        len(said.split()) >= (2 if _short_quotation(body, said, cue.end, end) else 3) and not speaks_after and \
        not _quoted_name_then_quote(before, body, cue.end, end)
    # "« ... », a déclaré X", "..., dodao je.": but not "Le Premier ministre, Dorin Recean, a accusé ...", nor
    # "Компанијата „X“, која управува со браната, соопшти дека ...", whose verb a "that" follows
    gap = THAT_GAP.match(body, cue.end, end)  # "հայտարարել է, որ": the comma before "that" in Armenian
    that_follows = gap is not None and _that(p.that).match(body, gap.end())
    # ... nor "... кај мостот Хакари, соопшти азербејџанската гранична служба.", whose body after the verb ends it
    # ... nor "« ... » contre l'Iran, a déclaré X": a sentence that opens with a quotation, and names its speaker after
    quoted_first = before.lstrip()[:1] in "«“„\"" and _name_after(body, cue.end, end, names, p) is not None
    subject_first = said_first and before.rstrip()[-1:] == "," and (
        _name_before(body, start, cue.start, names) or that_follows) and not (
        (_ends_with_name(body, cue.end, end, names, p) or _ends_with_body(body, cue.end, end, names, p))
        and not _name_set_off(before)) and not quoted_first
    if said_first and not subject_first and (found := _said_after(body, start, end, verb, cue, base, names,
                                                                  earlier, p, start + told.start("to") if told else None)):
        return found
    found = _said_before(body, start, end, cue, base, names, earlier, p)
    if found is None and subject_first and _name_after(body, cue.end, end, names, p):  # "... par Moscou, a dit X"
        return _said_after(body, start, end, verb, cue, base, names, earlier, p)
    return found  # "..., le chef de la région, Vadim Krasnoselski, a rejeté la proposition": he is no speaker


THAT_GAP = re.compile(r",?\s+")
# after a verb and its speaker, a mark that the sentence goes on: "«Zona rossa», ha detto il ministro, resterà ..."
SAID_GOES_ON = re.compile(r"[,;:—–«»„“”\"]|\s-\s")


def _quoted_name_then_quote(before: str, body: str, at: int, end: int) -> bool:
    """A name in quotation marks right before the verb, one to three capitalised words after who speaks (the paper,
    agency or channel they told: "Մելքումյանը «Արշալույսին» ասաց․ «...»"), where a quotation follows the verb after
    a colon: that one is what was said."""
    name = QUOTED_NAME_LAST.search(before)
    return name is not None and before[:name.start()].strip() != "" and \
        all(w[:1].isupper() for w in name["name"].split()) and AFTER_VERB_QUOTE.match(body, at, end) is not None


def _short_quotation(body: str, said: str, at: int, end: int) -> bool:
    """Two words will do in quotation marks where the verb and who said them close the sentence: "«È falso», ha detto
    Marco Pirel.", not a name the sentence goes on to say something of ("«Zona rossa», ha detto il ministro, resterà
    fino a lunedì")."""
    return whole_quotation(said) and not SAID_GOES_ON.search(body[at:end].rstrip(" .!?…\n"))


def whole_quotation(text: str) -> bool:
    """Words in quotation marks and nothing else but the comma and dash before the verb ('«È falso», '): what a short
    one says is said too, where words without marks before a verb are as often a headline's ("Акинфеев: два сейва")."""
    text = re.sub(r"[\s,—–-]+$", "", text).strip()
    return len(text) > 2 and text[0] in QUOTES and text[-1] in QUOTES and not any(q in text[1:-1] for q in QUOTES)


def _verb_base(verb: re.Match, p: Phrasing) -> str:
    "The verb's base form: 'say', 'deny', 'stress'."
    base = p.verbs.get(" ".join(verb.group().lower().split()))
    if base is None:  # the French inverted forms: "a-t-il ajouté", "avait-il ajouté" and "ajoute-t-il" are listed
        # as "a ajouté" and "ajoute"
        plain = re.sub(r"^aveva\b", "ha", re.sub(r"^avevano\b", "hanno", INVERTED.sub("", verb.group().lower())))
        plain = re.sub(r"\s*,[^,]*,\s*", " ", plain)  # "ha, dal canto suo, ribadito": "ha ribadito"
        plain = re.sub(r"\sէր$", " է", re.sub(r"\sէին$", " են", plain))  # Armenian "պնդել էր": "պնդել է"
        plain = re.sub(rf"^je{ASIDE}\s+(.+)$", r"\1 je", plain)  # Serbian "je, prema ..., ocenio": "ocenio je"
        base = p.verbs.get(" ".join(plain.split())) or p.verbs.get(plain + " je") or p.verbs.get(plain + " је") or \
            p.verbs.get("a " + plain.split()[-1], "say")
    return base


def _said_by(body: str, content: Span | None, cue: Span, base: str, name: _Name, names: list[_Name], end: int,
             lang: str) -> Statement | None:
    """The statement of who is named after a verb: a body through its whole name ("saopštilo je Ministarstvo
    odbrane Pelarije", an Armenian "Պելլարիայի պաշտպանության նախարարությունը"), else the name."""
    whole = _body_named(body, name, end) or (_armenian_body(body, name, end) if lang == "hy" else None)
    if whole is not None:
        return _statement(body, content, cue, base, None, names, whole, body[whole.start:whole.end], "body")
    return _statement(body, content, cue, base, name, names)


ADJECTIVE_AFTER_NOUN = frozenset({"fr", "it", "es", "pt", "ro"})  # "le ministère zelvanien", not "полицијата вчера"


def _ends_with_body(body: str, start: int, end: int, names: list[_Name], p: Phrasing) -> bool:
    """Whether the words after a verb are a body's name in lower case, of a few words, and end the sentence:
    '..., соопшти азербејџанската гранична служба.', '..., a annoncé le service des gardes-frontières'. The body's
    noun ends the name or stands before whose it is, past an adjective in the Romance languages ('le ministère
    zelvanien de la Défense'); not what was said after "that" ('..., a déclaré que la police enquête', '..., рекао је
    да војска нема оружје'), nor a clause whose noun a verb follows ('..., mengatakan polisi sedang menyelidiki',
    '..., mengatakan Kantor Investigasi ... telah memulai ...')."""
    if p.that and _that(p.that).match(body, start + len(body[start:end]) - len(body[start:end].lstrip())):
        return False
    named = _body_after_verb(body, start, end, names)
    if named is None or not body[named.start:named.start + 1].islower() or \
            len(body[named.start:named.end].split()) > BODY_WORDS_AFTER or body[named.end:end].strip(" .!?…\"»”"):
        return False
    words = [ELIDED.sub("", w).lower() for w in body[named.start:named.end].split()]
    noun = next(k for k, w in enumerate(words) if w.startswith(BODY_STEMS) and not PERSON_NOUN.search(w))
    after = words[noun + 1:]
    if p.language in ADJECTIVE_AFTER_NOUN and len(after) > 1 and after[1] in OF | ARTICLE_WORDS:
        after = after[1:]  # a people's adjective after the noun: "le ministère zelvanien de la Défense"
    return not after or after[0] in OF | ARTICLE_WORDS


def _ends_with_name(body: str, start: int, end: int, names: list[_Name], p: Phrasing) -> bool:
    """The sentence ends with the name after the verb, or with what it spoke through: "..., na liniji sa Ketrom,
    saopštilo je Ministarstvo odbrane Pelarije." is the ministry's, though the words before the verb end in a name,
    and so is "..., a annoncé Mira Tosk sur X." Tosk's."""
    name = _name_after(body, start, end, names, p)
    if name is None:
        return False
    whole = _body_named(body, name, end)
    tail = body[(whole or name).end:end].rstrip(" \t\n.!?…։")
    return not tail.strip() or CHANNEL_TAIL.fullmatch(tail) is not None  # "..., a annoncé Emmanuel Macron sur X."


def _name_set_off(before: str) -> bool:
    """The words between the last two commas are a name alone ("Le Premier ministre, Dorin Recean, "), not
    a phrase that ends in one ("..., na liniji razgraničenja sa Ketrom, ")."""
    segment = before.rstrip().rstrip(",").rsplit(",", 1)[-1]
    return not any(w[:1].islower() for w in WORD.findall(segment))


def _as_said(body: str, end: int, cue: Span, base: str, names: list[_Name], p: Phrasing,
             earlier: list[Statement] = ()) -> Statement | None:
    """'Come ha spiegato il ministro Goran Lazov, ...', 'Kako je saopštila Služba za spasavanje, ...': who is
    named after the verb said what follows the comma after their name; 'Kako je rekla, ...', named by no one,
    the last speaker the verb's gender fits."""
    comma = re.match(r"\s*,", body[cue.end:end])  # "Kako je navela, Kirsomar je ...": the name is in what she said
    name = None if comma else _name_after(body, cue.end, end, names, p)
    if name is None:
        if comma is None or p.language not in DROPS_SUBJECT:
            return None
        ending = next((w for w in reversed(body[cue.start:cue.end].lower().split()) if w not in ("je", "је")), "")
        gender = "f" if ending.endswith(("la", "ла")) else "m" if ending.endswith(("o", "о", "л")) else None
        return _last_speaker(body, trimmed(body, cue.end + comma.end(), end), cue, base, gender, earlier, names,
                             p.language)
    whole = _body_named(body, name, end)
    comma = body.find(",", whole.end if whole else name.end, end)
    if comma < 0 or re.search(r"[.;:!?«»\"“”]", body[name.end:comma]):
        return None
    content = trimmed(body, comma + 1, end)
    if whole is not None:
        return _statement(body, content, cue, base, None, names, whole, body[whole.start:whole.end], "body")
    return _statement(body, content, cue, base, name, names)


def _body_named(body: str, name: _Name, end: int) -> Span | None:
    """A body's whole name from its first word to the end of its clause ("Služba za spasavanje",
    "Ministarstvo odbrane Pelarije"), where that word begins like a body's ("ministarstvo", "služba")."""
    opens_with_adjective = " " not in name.text and ADJECTIVE_END.search(name.text) is not None and \
        (after := BODY_AFTER_ADJECTIVE.match(body, name.end)) is not None and \
        (after["between"] or "").lower() not in FUNCTION_WORDS
    if PERSON_NOUN.search(name.text.split()[0]) or (
            not name.text.lower().startswith(BODY_STEMS) and not opens_with_adjective):
        return None  # ... or its first word is a Slavic adjective before its noun: "Centralna izborna komisija"
    stop = re.search(r"[,.;:!?«»\"“”()]|\s[—–-]\s", body[name.start:end])
    close = name.start + stop.start() if stop else end
    if (channel := CHANNEL_TAIL.search(body, name.end, close)) is not None:
        close = channel.start()  # "Kancelarija izaslanice u saopštenju": what it spoke through is no part of it
    words = list(WORD.finditer(body, name.start, close))
    if not words or len(words) > BODY_PHRASE:
        return None
    return Span(name.start, words[-1].end())


def _armenian_body(body: str, name: _Name, end: int) -> Span | None:
    """An Armenian body named after whose it is: "Պելլարիայի պաշտպանության նախարարությունը" (Pellaria's
    ministry of defence), the name in the genitive, then a word or three in lower case, the last a body's."""
    stop = re.search(r"[,.;:!?«»\"“”()։]", body[name.end:end])
    for k, word in enumerate(WORD.finditer(body, name.end, name.end + stop.start() if stop else end)):
        if k == 3 or word.group()[0].isupper():
            return None
        if word.group().lower().startswith(BODY_STEMS):
            return Span(name.start, word.end())
    return None


def _set_off_inside(body: str, at: int, end: int, p: Phrasing) -> re.Match | None:
    """After a verb of saying, a comma and lower-case words: what was said goes on past it ("Le squadre di soccorso,
    ha aggiunto, faticano a ..."), past a pronoun too ("Warga, kata dia, terpaksa ..."); not past a name, whose
    relative clause may follow (", ha detto Rossi, che ...")."""
    m = SET_OFF_INSIDE.match(body, at, end)
    if m is None or m["pronoun"] and m["pronoun"].lower() not in p.pronouns:
        return None
    return m if body[m.end():end][:1].islower() else None


SET_OFF_INSIDE = re.compile(r"(?:\s+(?P<pronoun>[^\W\d_]+))?,\s+")


def _said_after(body: str, start: int, end: int, verb: re.Match, cue: Span, base: str, names: list[_Name],
                earlier: list[Statement], p: Phrasing, said_end: int | None = None) -> Statement | None:
    """What was said comes first, then the verb and who said it: '« ... », a déclaré X', '..., kata dia';
    ``said_end`` where what was said ends, when words to whom stand before the verb."""
    said_end = cue.start if said_end is None else said_end
    begin = quotation_start(body, start, said_end)
    # "Le squadre di soccorso, ha aggiunto, faticano a ...": a verb set off inside what was said, which goes on
    inside = _set_off_inside(body, cue.end, end, p)
    goes_on = inside is not None and body[begin] not in QUOTES
    least = 2 if not goes_on and _short_quotation(body, body[begin:said_end], cue.end, end) else 3
    content = trimmed(body, begin, end if goes_on and said_end == cue.start else said_end, least=least)
    # "La posizione di Berulan: «...», ha affermato il ministro": the words before the colon say whose the
    # quotation is, and are not part of it
    lead = COLON_QUOTE.search(body, begin, said_end) if not goes_on else None
    named = [n for n in names if begin <= n.start < lead.start() and _a_person(n.text)] if lead else []
    if lead is not None:
        content = trimmed(body, lead.start(1) + 1, said_end) or content
    pronoun = _pronoun_in(verb.group(), p) or _word_after(body, cue.end, end, p)
    mk_title = None if pronoun or p.language != "mk" else _mk_title(MK_TITLE_AFTER.match(body, cue.end, end))
    if mk_title is not None and any(mk_title.start <= n.start and " " in n.text and _a_person(n.text) and
                                    (n.start < mk_title.end or re.fullmatch(r"\s*,\s*", body[mk_title.end:n.start]))
                                    for n in names):
        mk_title = None  # "..., изјави амбасадорот на Франција Пјер Дибоа.": his name is read after the title
    if mk_title is not None and " " in mk_title.text:
        # "„...“, изјави претседателот на Ерменија.": who was introduced with these words, else a speaker of its own
        return _by_title(body, content, cue, base, mk_title, names, earlier, _mk_gender(mk_title.text),
                         "group" if _mk_plural(mk_title.text) else "person")
    name = None if pronoun else _name_after(body, cue.end, end, names, p) or \
        (named[-1] if named and _title_after(body, cue.end, end, names) else None) or \
        _title_after(body, cue.end, end, names, earlier)
    if name is not None and (titled := _title_of_place(body, cue.end, end, name, names, earlier, p.language)):
        return _statement(body, content, cue, base, titled, names, full=titled.text, speaker_kind="person") \
            if titled.start < name.start else _statement(body, content, cue, base, titled, names)
    speaking = None if pronoun else _body_after_verb(body, cue.end, end, names)
    if speaking is not None and (name is None or speaking.start < name.start):  # "il ministero degli Esteri"
        return _statement(body, content, cue, base, None, names, speaking, body[speaking.start:speaking.end], "body")
    if name is not None:
        return _said_by(body, content, cue, base, name, names, end, p.language)
    described = None if pronoun else DESCRIBED.match(body, cue.end, end)
    if described is not None and described["article"].lower() not in ARTICLES.get(p.language, ()):
        described = None
    if described is not None and any(_title(w) for w in WORD.findall(described.group())):
        # "..., ha aggiunto il portavoce del governo.": a title the article gave no name with is a speaker
        # of its own, not the one who spoke before
        words = Span(described.start("article"), cue.end + len(described.group().rstrip(" .!?…")))
        gender = _title_gender(body, cue.end, end)
        # ... unless the sentence before opened with a person of the title's gender: "Son homologue, Tomas Gerdel,
        # dément catégoriquement. « ... », a déclaré le ministre."
        # ... whom the text gave no other title: "Il ministro Marco Rossi ... «...», ha dichiarato il portavoce" is
        # the spokesman's (the first title is the speaker's: "ministère" of "le porte-parole du ministère" is not)
        titles = [w for w in WORD.findall(described.group()) if _title(w)][:1]
        titles = titles if titles and SPOKESMAN.fullmatch(ELIDED.sub("", titles[0])) else []
        opener = next((n for n in reversed(names) if n.end <= begin and n.start >= _sentence_before(body, begin)
                       and " " in n.text and _a_person(n.text) and _fits(n.text, gender)
                       and _opens_sentence(body, n.start, p.language, n.end)
                       and not _titled_otherwise(body, n.text, titles)), None) if gender else None
        if opener is not None:
            return _statement(body, content, cue, base, opener, names, words)
        return _statement(body, content, cue, base, None, names, words, body[words.start:words.end], "person")
    if not pronoun and (unnamed := UNNAMED_AFTER.match(body, cue.end, end)) is not None and \
            not {ELIDED.sub("", w).lower() for w in WORD.findall(unnamed["who"])} & NOT_UNNAMED:
        # "„...“, rekao je jedan meštanin.", "« ... », a confié une habitante.": someone unnamed, not who spoke before
        words = Span(unnamed.start("who"), unnamed.end("who"))
        return _statement(body, content, cue, base, None, names, words, body[words.start:words.end], "person")
    # "..., a déclaré le ministre, selon qui ...": no name given with the title
    titled = any(_title(w.group()) for w in _words_after_verb(body, cue.end, end))
    if pronoun or p.language in DROPS_SUBJECT or described is not None or titled:
        # "..., afirmó durante una visita a Valdeoro.": no subject; "..., insiste le responsable olmarien.": the
        # one who spoke before, as a pronoun would
        gender = p.pronouns.get(pronoun.lower()) if pronoun else _title_gender(body, cue.end, end)
        found = _last_speaker(body, content, cue, base, gender, earlier, names, p.language,
                              _pronoun_at(body, cue, end, pronoun) if pronoun else None)
        if found is None and mk_title is not None:  # "..., изјави министерот." with no one who spoke before
            return _statement(body, content, cue, base, None, names, Span(mk_title.start, mk_title.end),
                              mk_title.text, "group" if _mk_plural(mk_title.text) else "person")
        return found
    return None


def _by_title(body: str, content: Span | None, cue: Span, base: str, phrase: _Name, names: list[_Name],
              earlier: Sequence[Statement], gender: str | None = None, kind: str = "person",
              introduced: _Name | None = None) -> Statement | None:
    """The statement of the person a title's words stand for (``_introduced_as``, of ``introduced`` where those
    words are searched for in another form: "Ադրբեջանի նախագահ" of "Ադրբեջանի նախագահի"), else of the words as
    written, a ``kind`` of speaker."""
    person = _introduced_as(body, introduced or phrase, names, gender, earlier)
    if person is not None:
        return _statement(body, content, cue, base, person, names)
    return _statement(body, content, cue, base, None, names, Span(phrase.start, phrase.end), phrase.text, kind)


def _mk_title(opening: re.Match | None) -> _Name | None:
    """The words of a Macedonian title (``MK_TITLE``) with its article, suffixed to it or to the adjective before
    it, and whose it is; None where the words are no such title, or a body's ("Министерството")."""
    if opening is None or not _title(title := opening["title"]) or _an_office(title) or \
            opening["adjective"] is None and not MK_ARTICLE.search(title):
        return None
    at = opening.start("adjective" if opening["adjective"] else "title")
    return _Name(at, opening.end("whose"), opening.string[at:opening.end("whose")], at)


def _mk_plural(title: str) -> bool:
    "'Пратениците на опозицијата': the MPs, many."
    return title.split()[0].endswith("ите")


def _mk_gender(title: str) -> str | None:
    "The gender a Macedonian title's article tells: 'Министерката', 'Азербејџанската министерка' a woman."
    first = title.split()[0]
    return None if _mk_plural(title) else "f" if first.endswith("та") else "m" if first.endswith("от") else None


def _title_of_place(body: str, start: int, end: int, name: _Name, names: list[_Name], earlier: list[Statement],
                    lang: str) -> _Name | None:
    """'..., izjavio je predsednik Rusije', '..., изјави претседателот на Ерменија': a title right after the verb,
    that a place in its case form ends, stands for the person the article introduced with it, else for the words
    as written; never for the place, which only says whose the title is."""
    if not _whose_place(name.text, lang) or " " in name.text and not _names_a_body(name.text) or \
            not _lower_only(body, start, name.start):  # a place of one word, or a body: "potpredsednik Vlade Srbije"
        return None
    title = next((w for w in _words_after_verb(body, start, end) if w.start() < name.start and _title(w.group())), None)
    if title is None or _an_office(title.group()):
        return None
    whole = _body_named(body, name, end)  # "portparol Ministarstva odbrane Srbije": the body's whole name
    close = whole.end if whole is not None else name.end
    said = _Name(title.start(), close, body[title.start():close], title.start())
    return _introduced_as(body, said, names, _title_gender(body, start, end), earlier) or said


# a Romanian genitive with its article, "Franței", "Egiptului": a country's after a title, as a surname takes "lui"
RO_GENITIVE = re.compile(r"\w{3}(?:ei|ului)$")


def _whose_place(name: str, lang: str) -> bool:
    "A place or body a title after the verb or 'according to' may be of: 'Rusije', 'Ерменија', 'Franței', 'Vlade'."
    return known_in_any_form(name, lang, ("GPE", "LOC")) is not None or _names_a_body(name) or \
        lang == "ro" and RO_GENITIVE.search(name) is not None


def _pronoun_at(body: str, cue: Span, end: int, pronoun: str) -> Span | None:
    "Where the pronoun after a verb stands, or inside it ('a-t-elle ajouté'); None where the verb's ending is it."
    m = re.compile(rf"(?<!\w){re.escape(pronoun)}(?!\w)", re.I).search(body, cue.start, min(end, cue.end + 2 + len(pronoun)))
    return Span(m.start(), m.end()) if m else None


def _an_office(word: str) -> bool:
    """A word a title's stem begins, that is a body's: "Министерството", "ministarstvo"; not "ambasador", whose
    stem "ambasad" is also an embassy's."""
    return _names_a_body(word) and not OTHER_TITLES.fullmatch(word)


def _names_a_body(phrase: str) -> bool:
    """A few words with one a body's word in any case form ('службе' of 'служба', 'policije'), the stem without
    its last two letters: what 'according to' may name before its comma."""
    words = [ELIDED_WITH_PREPOSITION.sub("", w) for w in phrase.lower().split()]  # "l'hôpital", "dell'ospedale"
    return 0 < len(words) <= BODY_PHRASE and any(w.startswith(stem[:max(4, len(stem) - 2)]) for w in words
                                                 for stem in BODY_STEMS)


def _on_a_short_line(body: str, name: _Name) -> bool:
    "A name on a line of a few words: a byline or a credit ('di Chiara Benvenuti', 'Foto: Aras Belim'), no subject."
    start, end = body.rfind("\n", 0, name.start) + 1, body.find("\n", name.end)
    return len(body[start:end if end >= 0 else len(body)].split()) <= SHORT_LINE


def _sentence_before(body: str, start: int) -> int:
    "Where the sentence before the one at ``start`` begins, within its paragraph."
    paragraph = body.rfind("\n", 0, start) + 1
    ends = [m.end() for m in _sentence_ends(body, paragraph, start)]
    return ends[-2] if len(ends) >= 2 else paragraph


def _words_after_verb(body: str, start: int, end: int) -> list[re.Match]:
    "The words right after a verb that a title after it may be among: an article and an adjective or two first."
    return list(WORD.finditer(body, start, min(end, start + TITLE_REACH)))[:TITLE_AFTER + 1]


def _title_gender(body: str, start: int, end: int) -> str | None:
    """The gender the article of a title right after the verb gives: "..., ha dichiarato la ministra", "..., a
    précisé le ministre"; None without a title, or with an article that tells none."""
    words = [w.group().lower() for w in _words_after_verb(body, start, end)]
    k = next((k for k, w in enumerate(words) if _title(w)), None)
    before = words[k - 1] if k else ""
    return "f" if before in FEMININE_ARTICLES else "m" if before in MASCULINE_ARTICLES else None


def _said_before(body: str, start: int, end: int, cue: Span, base: str, names: list[_Name],
                 earlier: list[Statement], p: Phrasing) -> Statement | None:
    "Who speaks comes first, then the verb and what was said: 'Maria Zakharova a déclaré que ...'."
    before = body[start:cue.start]
    # "Холмсетер го негираше тоа и изјави дека ...", "ha smentito le accuse e ha detto che ...": what she denied is
    # what was just said, or the claim the verb names, not what follows the second verb's "that"
    then = DENIED_THEN.search(body, cue.end, min(end, cue.end + DENIED_REACH)) if denies(base) else None
    named = body[cue.end:then.start()].strip() if then is not None else ""
    if then is not None and not _that(p.that).search(named) and not re.search(r"[,;:«»\"“”]", named):
        content = Span(cue.end + body[cue.end:then.start()].index(named), then.start()) if named \
            else pronoun_before(body, cue, cue.end)
        if content is None:
            return None
    else:
        content = _content_after(body, cue.end, end, p) or \
            (bare_claim_at(body, cue.end, end) or pronoun_before(body, cue, end) if denies(base) else None)
    if content is None:
        return None
    speaking_body = _body_opening(body, start, cue.start, names)
    if speaking_body is not None:  # "Le ministère des Affaires étrangères a déclaré que ...": not "Affaires"
        return _statement(body, content, cue, base, None, names, speaking_body,
                          body[speaking_body.start:speaking_body.end], speaker_kind="body")
    name = _name_before(body, start, cue.start, names) or \
        (_armenian_subject(body, start, cue.start, names, earlier) if p.language == "hy" else None)
    if name is not None and (joined := BUT_THEN.search(before)) is not None and name.end <= start + joined.start():
        # "Bratić ha ringraziato Portesca, ma ha avvertito che ...": whom the clause before "but" named after its
        # verb is no subject of the verb after it; the name that opens the sentence is
        opener = next((n for n in names if start <= n.start < name.start
                       and _opens_sentence(body, n.start, p.language, n.end)), None)
        name = opener if opener is not None else name
    # "..., dok je predsednik Azerbejdžana rekao", "Sementara itu, menteri ...": a voice's own words, past its turn
    turn = after_turn(body, start, cue.start)
    if name is not None and (titled := _title_of_place(body, turn, cue.start, name, names, earlier, p.language)):
        # "..., dok je predsednik Azerbejdžana rekao da ...": the president, not the country
        return _statement(body, content, cue, base, titled, names, full=titled.text, speaker_kind="person") \
            if titled.start < name.start else _statement(body, content, cue, base, titled, names)
    if name is not None:
        return _statement(body, content, cue, base, name, names, earlier=earlier, lang=p.language)
    # the pronoun, and a lower-case word or two between it and the verb: "Тој и натаму тврди дека ..."
    pronoun = re.search(r"(\w+)(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁЀ-Џ][\w'’]*){0,2}\s*$", before)
    if pronoun and pronoun[1].lower() in p.pronouns and LEAD.match(before[:pronoun.start(1)]):
        return _last_speaker(body, content, cue, base, p.pronouns[pronoun[1].lower()], earlier, names, p.language,
                             Span(start + pronoun.start(1), start + pronoun.end(1)))
    opened = body[turn:cue.start]  # "..., mentre il presidente della Russia ha affermato": past the turn
    if (titled := _title_opening(body, turn, opened, names, earlier)) is not None:
        return _statement(body, content, cue, base, titled, names, earlier=earlier)
    if (opening := TITLE_OPENING.match(opened)) is not None and _title(opening["title"]) and \
            not _a_report(opening["title"]):
        # "Le président escarien a déclaré que ..." with no one introduced so: the title as written, as English keeps
        # "the Azerbaijani president"
        at = turn + opening.start("article")
        phrase = body[at:turn + len(opened.rstrip())]
        office = opening["title"].lower().endswith(OFFICE_ENDINGS)  # "La présidence", "la direzione": a body
        return _statement(body, content, cue, base, _Name(at, at + len(phrase), phrase, at), names, full=phrase,
                          speaker_kind="body" if office else "person")
    if (suffixed := _suffixed_title(body, turn, opened, names, earlier, p.language)) is not None:
        titled, kind = suffixed
        return _statement(body, content, cue, base, titled, names, full=None if kind is None else titled.text,
                          speaker_kind=kind)
    if (joined := BUT_THEN.search(before)) is not None:
        # "Pavel Ostrik podržao je odluku, ali je ponovio da ...": the subject of the clause before "but"
        opener = next((n for n in names if start <= n.start < start + joined.start() and " " in n.text
                       and _a_person(n.text) and _opens_sentence(body, n.start, p.language, n.end)), None)
        if opener is not None:
            return _statement(body, content, cue, base, opener, names)
    if p.language in DROPS_SUBJECT and LEAD.match(before):  # "Ha aggiunto che ...": no subject at all
        return _last_speaker(body, content, cue, base, None, earlier, names, p.language)
    return None


def _title_opening(body: str, start: int, before: str, names: list[_Name], earlier: list[Statement]) -> _Name | None:
    """The person a title that opens the clause stands for, with its article and lower-case words that say what it
    heads: "Le ministre a ajouté que ...", "Le chef de la diplomatie européenne a ajouté que ...", "La presidente ha
    detto che ..." (``_titled_person``)."""
    opening = TITLE_OPENING.match(before)
    if opening is None or not _title(opening["title"]):
        return None
    article = (opening["article"] or "").lower().strip()
    gender = "f" if article in FEMININE_ARTICLES else "m" if article in MASCULINE_ARTICLES else None
    # the words after the title say whose it is ("Le chef de la diplomatie russe"): the introduction must have them
    phrase = " ".join(before[opening.start("title"):].split())
    at = start + opening.start("title")
    if phrase != opening["title"] and not re.search(r"\s+".join(map(re.escape, phrase.split())), body[:at], re.I):
        return None
    return _titled_person(body, _Name(at, at + len(phrase), phrase, at), names, gender, earlier)


# Macedonian joins the article to the first word of a phrase: the title itself ("Претседателот на Ерменија", the
# president of Armenia; "Министерката", the minister, a woman), or an adjective before it ("Азербејџанскиот министер");
# the words that say whose title it is follow ("за надворешни работи", "на МНР"), then words of when or how. These
# end those words: of when, where, how or to whom ("Министерот за одбрана на пресконференција"), and an "and"
# before another title ("Министерот за правда и министерот за ...")
MK_NOT_WHOSE = ("на", "за", "од", r"и\s+\S+(?:от|та|те)", "или", "му", "ѝ", "им", "ги", "го", "ја", "се", "си", "ќе",
                "е", "не", "пред", "по", "со", "кон", "при", "меѓу", "преку", "после", "според", "околу", "без", "до",
                "во", "денес", "денеска", "вчера", "утрово", "синоќа", "попладнево", "исто", "повторно", "уште",
                "потоа", "понатаму", "веќе", "притоа", "сепак", "претходно", "подоцна", r"пресконференциј\w*",
                r"прес-конференциј\w*", r"конференциј\w*", r"брифинг\w*", r"самит\w*", r"средб\w*", r"седниц\w*",
                r"состан\w*", r"собир\w*", r"настан\w*")
MK_WORDS = r"(?:\s+(?!(?:" + "|".join(MK_NOT_WHOSE) + r")\b)[^\W\d_][\w-]*){1,3}"
# the title, with whose it is: "на" again, or "за" and a word in lower case ("Министерот на Македонија за надворешни
# работи"), as "за МИА" after it tells to whom
MK_TITLE = (r"(?:(?P<adjective>[^\W\d_]+(?:ниот|ната|ното|ните|скиот|ската|ските))\s+)?(?P<title>[^\W\d_][\w-]*)"
            rf"(?P<whose>(?:\s+(?:на|за|од){MK_WORDS}(?:\s+(?:на|за(?=\s+[^\W\d_A-ZА-ЯЃЅЈЉЊЌЏ])){MK_WORDS})*)?)")
MK_TOLD = r"(?:\s+(?:за|во)\s+[A-ZА-ЯЃЅЈЉЊЌЏ][\w-]*)?"  # "... за МИА", "... во Скопје": the outlet told, where
MK_TITLE_OPENING = re.compile(r"^[\s«»\"“”„—–-]*" + MK_TITLE + MK_TOLD +
                              r"(?:\s+[^\W\d_A-ZА-ЯЃЅЈЉЊЌЏ][\w-]*){0,3}\s*$")
# after the verb, up to the sentence's end or where and when: "..., изјави претседателот на Ерменија на самитот."
MK_TITLE_AFTER = re.compile(r"\s*" + MK_TITLE + MK_TOLD +
                            r"(?=(?:\s+(?:на|во|пред|по|за)(?:\s+[^\W\d_][\w-]*){1,2}){0,2}\s*(?:[,.;!?…]|$))")
MK_ARTICLE = re.compile(r"(?:от|та|те|то)$")
SUFFIXED_ARTICLE = {"mk": MK_ARTICLE, "hy": ARMENIAN_NOMINATIVE}  # a title with its article joined to it
RO_TITLE_OPENING = re.compile(r"^[\s«»\"“”„—–-]*(?P<title>[^\W\d_]+(?:ul|le|a))\s*$")  # "Ambasadorul a precizat"
# the genitive of a word or an acronym, that says whose an Armenian title is: "Ադրբեջանի նախագահը" (Azerbaijan's
# president), "ԱԳՆ խոսնակը" (the MFA's spokesman), "Մարդու իրավունքների պաշտպանը" (the defender of human rights)
HY_WHOSE = re.compile(r"[^\W\d_]+(?:ի|ու|ության|ական)|[Ա-Ֆ]{2,}(?:-ի)?|[Աա]րտաքին|[Նն]երքին")  # "Կենտրոնական
# բանկի", "Արդարադատության", "Արտաքին գործերի" (foreign affairs')
HY_WHOSE_WORDS = 4
# a title in the genitive after whose it is, before the pause that closes "according to": "Ըստ Ադրբեջանի նախագահի՝"
HY_TITLE_OF = re.compile(r"(?:\s+[ա-ֆ][^\s,՝]*){0,3}?\s+(?P<title>[ա-ֆ][^\s,՝]*ի)(?=\s*[՝,])")


def _suffixed_title(body: str, start: int, before: str, names: list[_Name], earlier: list[Statement],
                    lang: str) -> tuple[_Name, str | None] | None:
    """A title that opens the clause in a language that suffixes its article, Macedonian or Armenian, with the
    words that say whose it is: the person the article introduced with it (no ``kind``), else the words as
    written, a person's or, plural, a group's ("Пратениците на опозицијата", "փորձագետները")."""
    if lang == "mk" and (titled := _mk_title(MK_TITLE_OPENING.match(before))) is not None:
        if any(start + titled.start <= n.start < start + len(before) and " " in n.text and _a_person(n.text)
               for n in names):
            return None  # a person named inside is read elsewhere
        at, end = start + titled.start, start + titled.end
        plural, gender = _mk_plural(titled.text), _mk_gender(titled.text)
    elif lang == "hy":
        words = list(WORD.finditer(before))
        k = next((k for k in range(len(words) - 1, -1, -1)
                  if ARMENIAN_NOMINATIVE.search(words[k].group()) and
                  _title(ARMENIAN_ARTICLE.sub("", words[k].group()))), None)
        if k is None or re.search(r"[.;:!?«»\"“”()]", before[words[k].end():]) or \
                any(w.group()[:1].isupper() and ARMENIAN_NOMINATIVE.search(w.group()) for w in words[k + 1:]):
            return None  # "Նախագահը Ադրբեջանի նախագահին ասել է" (the president told Azerbaijan's president)
        title, first = words[k].group(), k
        while first > 0 and k - first < HY_WHOSE_WORDS and HY_WHOSE.fullmatch(words[first - 1].group()):
            first -= 1
        if first > 0 and not LEAD.match(before[:words[first - 1].start()]) or \
                any(start + words[first].start() <= n.start < start + len(before) and " " in n.text and
                    _a_person(n.text) for n in names):
            return None  # "Երեկ Ադրբեջանի նախագահը" (yesterday ...) and a person named inside are read elsewhere
        at, end = start + words[first].start(), start + words[k].end()
        plural = PLURAL_REST.search(ARMENIAN_ARTICLE.sub("", title)) is not None
        gender = None
    elif lang == "ro" and (opening := RO_TITLE_OPENING.match(before)) is not None and _title(opening["title"]) \
            and not _an_office(opening["title"]):
        at, end = start + opening.start("title"), start + opening.end("title")
        plural, gender = False, "f" if opening["title"].endswith("a") else "m"
    else:
        return None
    phrase = body[at:end]
    if not plural and (person := _introduced_as(body, _Name(at, end, phrase, at), names, gender, earlier)):
        return person, None
    return _Name(at, end, phrase, at), "group" if plural else "person"


def _introduced_as(body: str, phrase: _Name, names: list[_Name], gender: str | None,
                   earlier: Sequence[Statement]) -> _Name | None:
    """The person a title stands for: the one named right after its words before, in any of their forms
    (``_spellings``: "Премиерот Марковски", "Министерот за правда Ана Ристова"), else the one ``_titled_person``
    finds for the title alone, where the title's other words ("на Србија", "за образование", "кетранскиот")
    share a stem with the words about that person where the text first names them (``_described_so``). So
    another minister, or who spoke before, is not "Министерот за образование"; "Томас Берин, шеф на службата за
    спасување" is "шефот на спасувачите"."""
    spellings = _spellings(phrase.text)
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, spellings))})\w{{0,4}}\s*,?\s+", re.I)
    right_after = [n for m in pattern.finditer(body, 0, phrase.start) for n in names
                   if n.start == m.end() and _a_person(n.text) and _fits(n.text, gender)
                   and not (ARMENIAN.search(n.text) and n.text.endswith("ի"))  # "նախարար Լև Մարաչևի հետ": with him
                   and not FORMER.search(body, max(0, m.start() - 12), m.start())]
    direct = right_after[-1] if right_after else None
    words = list(WORD.finditer(phrase.text))
    k = next((k for k in range(len(words) - 1, -1, -1) if _title(ARMENIAN_ARTICLE.sub("", words[k].group()))), None) \
        if ARMENIAN.search(phrase.text) else next((k for k, w in enumerate(words) if _title(w.group())), None)
    if k is None:
        return direct
    word = words[k]
    title = _Name(phrase.start + word.start(), phrase.start + word.end(), ARMENIAN_ARTICLE.sub("", word.group())
                  if ARMENIAN.search(word.group()) else word.group(), phrase.start + word.start())
    if direct is not None and len(words) > 1:
        return direct  # "Министерот за надворешни работи Тимчо Велевски", not a minister "... на Ескарија"
    titled = _titled_person(body, title, names, gender, earlier, or_last=direct is None)
    if direct is not None and (titled is None or direct.start < titled.start
                               and not pattern.search(body, direct.end, titled.start)):
        return direct  # "Премиерот Марковски се сретна со Антонио Кошта": Марковски, not whom he met
    others = [w.group() for n, w in enumerate(words) if n != k]
    return titled if titled is not None and _described_so(body, titled, others, names) else direct


STEM = 5  # letters two forms of a word share: "Кетранија" and "кетранскиот", "спасување" and "спасувачите"


def _described_so(body: str, person: _Name, words: Sequence[str], names: list[_Name]) -> bool:
    """Whether each of a title's other words ("на Србија", "кетранскиот") shares a stem with the words that
    describe a person where the text first names them: those before the name in its sentence ("Министрите за води
    на Кетранија и Залвонија, Томас Гердан") and those set off after it ("Томас Берин, шеф на службата за
    спасување, ..."), not the rest of the sentence ("... հանդիպել է թուրք գործընկերոջ հետ", the Turkish one he
    met)."""
    stems = {w.lower()[:STEM] for w in words if len(w) >= 4 and w.lower() not in OF | ARTICLE_WORDS | BODY_LINKS}
    if not stems:
        return True  # "ԱԺ նախագահը", "Премиерот": no word to tell
    surname = person.text.split()[-1]
    first = next((n for n in names if n.text.split()[-1:] == [surname]), person)
    about = body[_sentence_start(body, first.start):first.start]
    if (aside := re.match(r"\s*,([^,.;:!?«»\"“”„]{1,80})", body[first.end:])) is not None:
        about += " " + aside[1]
    return stems <= {w.lower()[:STEM] for w in WORD.findall(about) if len(w) >= 4}


CASE_ENDING = re.compile(r"(?<=\w{5})(?:om|em|ом|ем|a|u|e|i|а|у|е|и)$")  # a Slavic title's case: "predsednika"


def _spellings(phrase: str) -> list[str]:
    """The ways an introduction may write a title's words: an Armenian title without its article ("Ադրբեջանի
    նախագահ"), or contracted ("արտգործնախարար" of "արտաքին գործերի նախարար"); a Macedonian one without its
    article ("министерка за здравство"); a Slavic one in its nominative ("predsednik" of "predsednika Rusije")."""
    words = phrase.split()
    if ARMENIAN.search(phrase):
        *whose, title = words
        title = ARMENIAN_ARTICLE.sub("", title)
        bare = " ".join([*whose, title])
        # the title contracted, or spelled out where the introduction contracted it ("Արտգործնախարար Սամվել ...")
        return [bare, *(" ".join([*whose, t]) for t in TITLE_SPELLINGS.get(title.lower(), ())),
                *(bare[:-len(form)] + short for short, forms in TITLE_SPELLINGS.items() for form in forms
                  if bare.lower().endswith(form.lower()))]
    forms = [phrase, *(" ".join([f, *words[1:]])
                       for f in (MK_ARTICLE.sub("", words[0]), CASE_ENDING.sub("", words[0])))]
    return list(dict.fromkeys(f for f in forms if f))


def _according(body: str, start: int, text: str, names: list[_Name], earlier: list[Statement],
               p: Phrasing) -> Statement | None:
    """'Selon Peskov, ...' and '..., selon Peskov.': what stands on the other side of the name; 'Selon
    elle, ...': the last speaker she fits."""
    if (owner := OWNERS_WORDS.match(text)) and (name := _owner(owner["owner"], names, start)) is not None:
        cue = Span(start + owner.start("cue"), start + owner.end("cue"))
        return _statement(body, trimmed(body, start + owner.end(), start + len(text)), cue, "according to", name, names)
    m = p.according_to.search(text) or FOR_SOMEONE.match(text)
    if m is not None and (whom := RELATIVE.match(text, m.end())) is not None:
        # "..., Emil Trosk, secondo cui l'allerta ...", "..., Dragan Pelkin, selon qui ...": according to whom, the
        # name set off right before said what follows; "un rapport selon lequel" names nobody
        name = next((n for n in reversed(names) if n.end <= start + m.start()
                     and re.fullmatch(r"\s*,\s*", body[n.end:start + m.start()])), None)
        if name is None:
            return None
        cue = Span(start + m.start(), start + whom.end())
        return _statement(body, trimmed(body, cue.end, start + len(text)), cue, "according to", name, names)
    if m is None:
        return None
    at = start + m.end()
    cue = Span(start + m.start(), start + m.end() - (len(m.group()) - len(m.group().rstrip())))
    if owner := WHOSE_WORDS.search(m.group()):  # "Prema njegovim rečima, ...": in his words, the last speaker's
        return _last_speaker(body, _said_beside(body, start, text, m, at), cue, "according to",
                             "f" if owner.group().lower().startswith(("njen", "њен")) else "m", earlier, names,
                             p.language, cue)
    pronoun = re.match(r"\w+", body[at:start + len(text)])
    if pronoun is not None and p.language in ("sr", "hr", "mk") and SLAVIC_ATTRIBUTE.fullmatch(pronoun.group()):
        return None  # "Према саопштењу објављеном на сајту владе, ...": what the statement is, not whose
    if pronoun is not None and pronoun.group().lower() in p.pronouns:
        said = Span(at, at + pronoun.end())
        return _last_speaker(body, _said_beside(body, start, text, m, said.end), cue, "according to",
                             p.pronouns[pronoun.group().lower()], earlier, names, p.language, said)
    comma = body.find(",", at, start + len(text))
    if comma > at and _a_title_opens(body[at:comma]) and \
            not any(at <= n.start < comma for n in names) and (titled := _title_after(body, at, comma, names)) \
            and not _set_off_person(body, comma, start + len(text), names):
        # "Secondo il procuratore, ...": the person the article introduced with that title, none named here
        return _statement(body, _said_beside(body, start, text, m, comma), cue, "according to", titled, names)
    speaking = _body_after_verb(body, at, start + len(text), names)  # "Selon le ministère des Affaires étrangères, ..."
    if speaking is None and comma > at and \
            _names_a_body(body[at:comma]) and not any(at <= n.start < comma and " " in n.text and _a_person(n.text)
                                                      for n in names) and not _a_title_opens(body[at:comma]) \
            and not (body.find(",", comma + 1, start + len(text)) > 0
                     and _set_off_person(body, comma, start + len(text), names)):
        # "Према подацима Националне хидрометеоролошке службе Залвоније, ...", "Prema proceni policije, ...": a
        # body named in a case form, up to the comma; not the person set off after it ("Per la direttrice degli
        # ospedali cittadini, Zsófia Kertész, ..."), which a second comma closes: "Prema proceni policije, Marko
        # Petrović je pucao" is the police's
        speaking = Span(at, comma)
    if speaking is not None and (content := _said_beside(body, start, text, m, speaking.end)) is not None:
        return _statement(body, content, cue, "according to", None, names, speaking,
                          body[speaking.start:speaking.end], "body")
    # lower case up to where the name's capitalised run begins ("Secondo il ministro delle Miniere Goran Lazov"),
    name = next((n for n in names if at <= n.start <= at + 40 and _lower_only(body, at, n.head)
                 and not re.search(r"[,՝]", body[at:n.start])), None)  # not "Potrivit planului, Energocom ...",
    # nor "Ըստ այդ փաստաթղթի՝ Լաչինի միջանցքը ..." (according to that document, the Lachin corridor ...)
    if name is None:  # "Secondo il ministro dell'Energia, Goran Lazov, ...": a full name after the title's comma
        # ("..., il colonnello Ramil Oktayli, ...": with the lower-case words of a rank or a role after the comma)
        name = next((n for n in names if at < n.start <= at + ACCORDING_TITLE_REACH and " " in n.text
                     and (title := re.match(r"[^,.;:!?«»\"“”]+,", body[at:n.start]))
                     and _lower_only(body, at + title.end(), n.head) and re.match(r"\s*,", body[n.end:])), None)
    if name is None:
        return None
    role = _role_before(body, at, name.head)
    if role and " " not in name.text and comma > name.end and \
            (person := _person_set_off(body, comma, start + len(text), names)) is not None:
        # "Selon le représentant de la Dolnavie devant la Cour, Ondrej Borik, ...": the person the role is
        return _statement(body, _said_beside(body, start, text, m, person.end), cue, "according to", person, names)
    # "selon le porte-parole du Kremlin, Dmitri Peskov, ...": the name after the title's comma, set off by another
    # or ending the sentence ("Selon la Dolnavie, Ondrej Borik a menti" is Dolnavia's)
    # ... or after an acronym in brackets: "Menurut Kepala Kantor Investigasi Kecelakaan Kereta Api (RAIO) Ines Maro"
    # ... with a rank or a title in capitals before it: "..., Mayor Lena Hoskar, ..." (whose name opens at its head)
    later = next((n for n in names if n.start > name.end and (
        re.fullmatch(r",\s*", body[name.end:min(n.start, n.head)])
        and (n.head >= n.start or re.match(r"\s*,", body[n.end:]))  # not "..., Presiden Joko Widodo akan ..."
        and (role or re.match(r"\s*(?:[,.;!?…]|$)", body[n.end:]))
        or re.fullmatch(r"\s*\([^()]{1,15}\)\s*", body[name.end:n.start]))), None)
    if later is None and " " not in name.text and (
            OF_BEFORE.search(body, at, name.start) or (elided := OF_ELIDED.search(body, at, name.start))
            and (title := re.search(r"(\w+)\s*$", body[at:elided.start()])) and _title(title[1])
            and not _a_report(title[1])):
        # "Selon le ministre des Affaires étrangères, Edgar Tachvian": "Affaires" is of the title, the name after it;
        # "Selon le secrétaire d'État hanvarien Ákos Hegyközi": so is "État"
        later = next((n for n in names if name.end < n.start <= name.end + TITLE_REACH
                      and _lower_only(body, name.end, n.head)), None)
    name = later if later is not None and " " in later.text else name
    if p.language == "hy" and (person := next((n for n in names if n.start > name.end and " " in n.text and _a_person(
            n.text) and re.fullmatch(r"(?:\s+[ա-ֆ][^\s,՝]*){1,4}\s*,?\s*", body[name.end:n.start])), None)):
        name = person  # "Ըստ ԱԳՆ խոսնակ Անի Բադալյանի՝ ...", "Ըստ ԱԳՆ խոսնակի, Անի Բադալյանի, ...": the spokeswoman
    if p.language == "hy" and (whose := HY_TITLE_OF.match(body, name.end, start + len(text))) is not None and \
            _title(whose["title"][:-1]):
        # "Ըստ Ադրբեջանի նախագահի՝ ..." (according to Azerbaijan's president): the president, not the country
        said = _Name(name.start, whose.end(), body[name.start:whose.end()], name.start)
        content = _said_beside(body, start, text, m, said.end) or (trimmed(body, said.end, start + len(text), least=2)
                                                                   if body[said.end:].startswith("՝") else None)
        return _by_title(body, content, cue, "according to", said, names, earlier,
                         introduced=_Name(said.start, said.end, said.text[:-1], said.start))
    content = _said_beside(body, start, text, m, name.end)
    if content is None:
        return None
    title = role if " " not in name.text else None
    if title is not None and _whose_place(name.text, p.language):
        # "Secondo il presidente della Russia, ...", "Prema rečima predsednika Rusije, ...": the president, whom the
        # article may have introduced so, not the country
        said = _Name(title.start(), name.end, body[title.start():name.end], title.start())
        return _by_title(body, content, cue, "according to", said, names, earlier)
    return _statement(body, content, cue, "according to", name, names)


def _set_off_person(body: str, comma: int, end: int, names: list[_Name]) -> bool:
    "A person's full name set off after a comma: ', Marina Dobrova,', ', il colonnello Ramil Oktayli,'."
    close = body.find(",", comma + 1, end)
    return any(comma < n.start < (close if close > 0 else end) and " " in n.text and _a_person(n.text)
               and _lower_only(body, comma + 1, n.head, names) for n in names)


def _person_set_off(body: str, comma: int, end: int, names: list[_Name]) -> _Name | None:
    "The person's full name a comma sets off and another closes, right after ``comma``: ', Ondrej Borik,'."
    return next((n for n in names if comma < n.start and " " in n.text and _a_person(n.text)
                 and not body[comma + 1:n.head].strip() and re.match(r"\s*,", body[n.end:end])), None)


def _role_before(body: str, start: int, end: int) -> re.Match | None:
    """A person's title before a name, its first word: "représentant" of "le représentant de la" before "Dolnavie",
    "wakil" before "Dolnavia"; not "la" of "Selon la Tessie", nor "les médias de la", "la police de", "un rapport
    d'"."""
    return next((w for w in WORD.finditer(body, start, end) if (word := ELIDED.sub("", w.group()))
                 and _title(word) and not _a_report(word)), None)


def _a_report(word: str) -> bool:
    "'rapport', 'rapporto': a document, which ``_title`` reads as 'rapporteur'."
    return word.lower().startswith("rapport") and not word.lower().startswith("rapporteu")


def _a_title_opens(phrase: str) -> bool:
    """A person's title opens the phrase, after an article: "la portavoce del ministero degli Esteri" is the
    spokeswoman of a body, whose name the comma after it sets off, not the body."""
    opening = [ELIDED.sub("", w) for w in WORD.findall(phrase)[:2]]
    first = opening[1] if len(opening) > 1 and opening[0].lower() in ARTICLE_WORDS else opening[0] if opening else ""
    return bool(first) and _title(first)


def _owner(stem: str, names: list[_Name], before: int) -> _Name | None:
    "The last person named before whose surname the possessive was made from: Vučić of Vučićev, Ковра of Коврин."
    stem = stem.lower()
    return next((n for n in reversed(names) if n.end <= before and " " in n.text
                 and n.text.split()[-1].lower() in (stem, stem + "a", stem + "а")), None)


def _said_beside(body: str, start: int, text: str, according: re.Match, who_end: int) -> Span | None:
    "What an 'according to' gives: after who, where it opens the sentence ('Selon Peskov, ...'), else before it."
    if text[:according.start()].strip(" \t\"«“—–-") == "" or text[:according.start()].rstrip().endswith(":"):
        # ... or after a colon: "Rune Ostby s'est montré plus prudent : selon lui, « ... »"
        comma = re.match(r"\s*,", body[who_end:])  # "Selon Peskov, ...", "Według Sandu partnerzy ..."
        # ... and past the title set off after the name: "Per Marcel·lí Vilaseca, segretario generale della COM, ..."
        title = SET_OFF_TITLE.match(body, who_end, start + len(text)) if comma else None
        title = title if title is not None and _a_title_opens(title.group().strip(" ,")) else None
        return trimmed(body, title.end() if title else who_end + (comma.end() if comma else 0), start + len(text))
    if text[:according.start()].rstrip().endswith(",") and re.match(r"\s*,\s*\w", body[who_end:start + len(text)]):
        return trimmed(body, start, start + len(text))  # "Le retard, selon lui, est dû à ...": set off inside it
    return trimmed(body, start, start + according.start())  # at the end or in the middle: what came before it


def _according_after(body: str, start: int, end: int, names: list[_Name], earlier: list[Statement],
                     p: Phrasing) -> Statement | None:
    """'Peskow zufolge ist ...', "Peskov'a göre, ...": the name right before the word, and what follows it
    said; where the sentence opened before the name ('Die Lage sei ernst, Peskow zufolge'), what came first."""
    for m in p.according_after.finditer(body, start, end):
        pronoun = re.search(r"(\w+)$", body[start:m.start()])
        if pronoun is not None and pronoun[1].lower() in p.pronouns and LEAD.match(body[start:start + pronoun.start(1)]):
            # "Նրա խոսքով՝ ...": in his or her words, the last speaker's
            cue = Span(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
            comma = re.match(r"\s*[,՝]", body[m.end():end])
            return _last_speaker(body, trimmed(body, m.end() + (comma.end() if comma else 0), end), cue,
                                 "according to", p.pronouns[pronoun[1].lower()], earlier, names, p.language,
                                 Span(start + pronoun.start(1), start + pronoun.end(1)))
        name = next((n for n in names if n.end == m.start() and n.start >= start), None)
        if name is None or RELATIVE.fullmatch(body[name.start:name.end]):
            continue
        if p.language == "tr" and not re.search(r"['’]\w+$", body[name.start:name.end]):
            continue  # a Turkish name takes its case ending after an apostrophe; "Rapora göre" is a report
        cue = Span(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        if p.language == "hy" and name.text.endswith("ի"):  # "Արարատ Միրզոյանի խոսքով": the name, not its genitive
            name = _Name(name.start, name.end - 1, armenian_base(name.text[:-1], body), name.head)
        opening = WORD.findall(body[start:name.head])
        comma = re.match(r"\s*[,՝]", body[m.end():end])
        if LEAD.match(body[start:name.head]) or opening and all(_title(w) or w.isupper() for w in opening) or \
                comma is not None and trimmed(body, m.end() + comma.end(), end) is not None:
            # "ԱԳ նախարար Արարատ Միրզոյանի խոսքով՝ ...": only the title before the name, or a mark after the word
            # that opens what was said ("Զալվոնիայի ջրային ռեսուրսների նախարար Իրենա Դոբրաշի խոսքով՝ ...")
            content = trimmed(body, m.end() + (comma.end() if comma else 0), end)
        else:
            content = trimmed(body, start, name.head)
        return _statement(body, content, cue, "according to", name, names, earlier=earlier)  # "Նախարարի խոսքով՝"
    return None


def _colon_quote(body: str, start: int, end: int, names: list[_Name], lang: str) -> Statement | None:
    """'La sindaca di Pelin, Sanja Rudek, ha lanciato un appello: «Non tornate ...»': a quotation after a
    colon, to the sentence's end, is said by the person the sentence opens with, title and all."""
    colon = COLON_QUOTE.search(body, start, end)
    content = trimmed(body, colon.start(1) + 1, end) if colon else None
    if content is None or body[content.end - 1] not in QUOTES:
        return None
    people = [n for n in names if start <= n.start < colon.start() and _a_person(n.text)
              and not inside_quotation(body[start:n.start], n.start - start)]
    name = next((n for n in people if _set_off_after_title(body, start, n)), None) or \
        next((n for n in people if " " in n.text and _opens_sentence(body, n.start, lang)), None) or \
        next((n for n in people if " " in n.text and SET_OFF_SUBJECT.match(body, n.end, colon.start())
              and not PREPOSITION_BEFORE.search(body, start, n.head)), None)
    if name is None:
        return None
    return _statement(body, content, Span(colon.start(1), colon.start(1) + 1), "say", name, names)


def _surname_line(body: str, start: int, end: int, names: list[_Name]) -> Statement | None:
    """A line headed by a surname alone, a colon (Armenian ․) and a quotation, as posts and live pages give who said
    what: "Գալստանյան․ «...»". The word must end a full name the article gave, or read as a surname by its ending
    (``SURNAME_ENDING``) and be no place the gazetteer knows ("Rostov: „...“")."""
    head = SURNAME_HEAD.match(body, start, end)
    if head is None or body[body.rfind("\n", 0, start) + 1:start].strip():
        return None
    word = head["name"]
    named = next((n for n in names if n.end <= start and " " in n.text and n.text.split()[-1] == word), None)
    if named is None and (not SURNAME_ENDING.search(word) or known_in_any_form(word, None, PLACE_LABELS)):
        return None
    # the quotation closed in its paragraph, past the sentences it holds ("«...։ ...»")
    opens = head.start("quote")
    mark, paragraph = body[opens], body.find("\n", opens)
    stop = len(body) if paragraph < 0 else paragraph
    # „ closes with “ or, as Serbian and Croatian often type it, with ”
    close = min((at for closer in CLOSING_OF.get(mark, mark) + ("”" if mark == "„" else "")
                 if (at := body.find(closer, opens + 1, stop)) > 0), default=-1)
    content = trimmed(body, opens, close + 1) if close > 0 else None
    if content is None:
        return None
    who = _Name(head.start("name"), head.end("name"), named.text if named else word, head.start("name"))
    return _statement(body, content, Span(head.start("colon"), head.end("colon")), "say", who, names)


def _set_off_after_title(body: str, start: int, name: _Name) -> bool:
    "'La presidente della Banca del Nord, Claire Dumoulin, ...': a name set off after the title that opens the sentence."
    opening = body[start:name.start]
    return len(opening) <= TITLE_REACH and opening.rstrip().endswith(",") and \
        re.match(r"\s*,", body[name.end:]) is not None and any(_title(w) for w in WORD.findall(opening))


def _turkish(body: str, start: int, cue: Span, base: str, names: list[_Name],
             earlier: Sequence[Statement] = ()) -> Statement | None:
    """'Kremlin Sözcüsü Dmitriy Peskov, iddiaların asılsız olduğunu söyledi.': the name before the first
    comma speaks; what stands between the comma and the verb is what was said. The name that opens the sentence
    speaks without a comma too, after "ise", "de" or "da" ("Blinken ise taraflar arasında ilerleme kaydedildiğini
    belirtti"), and so does a title alone, as the person introduced with it ("Bakan, ... ifade etti"); where a comma
    closes a phrase of how it was said ("yaptığı açıklamada,"), what was said starts after it. A sentence that opens
    with the statement it reports says whose it is there, and its verb is often passive: "Dışişleri Bakanlığından
    yapılan açıklamada, ... kaydedildi", "Cumhurbaşkanlığının açıklamasında, ... belirtildi"."""
    comma = body.find(",", start, cue.start)
    passive = " ".join(body[cue.start:cue.end].lower().split()) in phrasings()["tr"].passive
    name = next((n for n in reversed(names) if start <= n.start and n.end <= comma and
                 body[n.end:comma].strip() == ""), None) if comma > 0 and not passive else None
    if name is None and not passive and (opening := TURKISH_OPENING.match(body, start, cue.start)) is not None:
        # the name that ends the opening words ("ABD Dışişleri Bakanı Antony Blinken ise"), or a title alone
        name = next((n for n in names if opening.start("who") <= n.start and n.end == opening.end("who")), None)
        if name is None and _title(opening["who"]):
            at = opening.start("who")
            name = _titled_person(body, _Name(at, at + len(opening["who"]), opening["who"], at), names, None, earlier)
        comma = opening.end() - 1
    if name is None and (source := TURKISH_SOURCE.match(body, start, cue.start)) is not None \
            and not source["according"]:
        # "Dışişleri Bakanlığından yapılan açıklamada, ... kaydedildi": who made the statement the sentence opens with
        at = source.start("who")
        name, comma = _Name(at, source.end("who"), source["who"], at), source.end() - 1
    # "Açıklamada, ... belirtildi" (in the statement): the statement the sentence before told of, by who made it or
    # said it; "Ayrıca ... ifade edildi" (also): what the sentence before said, by whoever said it
    told = THE_STATEMENT.match(body, start, cue.start) or (GOES_ON.match(body, start, cue.start) if passive else None)
    if name is None and told is not None:
        content = trimmed(body, told.end(), cue.start)
        before = _previous_sentence(body, start)
        last = earlier[-1] if earlier else None
        if content is None:
            return None
        if last is not None and last.speaker_name and before.start <= last.content.start < before.end:
            return _statement(body, content, cue, base, None, names, last.speaker, last.speaker_name,
                              last.speaker_kind)
        issuer = TURKISH_ISSUER.match(body, before.start, before.end) if told.group().strip().startswith(
            ("Açıklama", "Bildiri", "Paylaşım")) else None
        if issuer is None:
            return None
        at = issuer.start("who")
        return _statement(body, content, cue, base, _Name(at, issuer.end("who"), issuer["who"], at), names)
    if name is None:
        return None
    if (said_in := SAID_IN.match(body, comma + 1, cue.start)) is not None:
        comma = said_in.end() - 1  # "..., görüşmelerin ardından yaptığı açıklamada, ...": what follows it
    elif (said_in := SAID_IN_OPENING.match(body, comma + 1, cue.start)) is not None:
        comma = said_in.end() - 1  # "Peskov, yaptığı açıklamada müzakerelerin ...": no comma closes it
    content = trimmed(body, comma + 1, cue.start)
    return _statement(body, content, cue, base, name, names) if content else None


def _previous_sentence(body: str, start: int) -> Span:
    "The sentence that ends right before ``start``: from the sentence end before it (or the text's start)."
    ends = [m.end() for m in SENTENCE_END.finditer(body[:start + 2])]
    ends = [e for e in ends if e <= start]
    return Span(ends[-2] if len(ends) > 1 else 0, ends[-1] if ends else start)


# Azerbaijani "saying" between what was said and who said it: '"...", – deyə Yaşar Əliyev bildirib', "– deyə nazir bildirib"
SAYING_AZ = re.compile(r"[»\"”“]\s*,?\s*[—–-]?\s*deyə\s+(?P<who>o|[^\W\d_]+|(?:[^\W\d_]+\s+)?(?:[A-ZÇƏĞİÖŞÜ][\w'’-]*\s*)"
                       r"{1,3})\s*$")


def _azerbaijani_saying(body: str, start: int, cue: Span, base: str, saying: re.Match, names: list[_Name],
                        earlier: Sequence[Statement]) -> Statement | None:
    """'"...", – deyə Yaşar Əliyev bildirib': the quotation before "deyə" (saying) is said by the one named between
    it and the verb, by a name, a title the article introduced someone with ("deyə nazir bildirib") or "o" (the last
    speaker)."""
    content = trimmed(body, quotation_start(body, start, start + saying.start()), start + saying.start() + 1)
    at = start + saying.start("who")
    who = _Name(at, start + saying.end("who"), saying["who"].strip(), at)
    if content is None or body[content.start] not in QUOTES:
        return None  # 'Ermənistan tərəfi "təxribat" deyə Azərbaycanı ittiham edib': calling it so, no quotation said
    if " " not in who.text and who.text.islower() and who.text != "o" and not _title(who.text):
        return None  # "deyə onlar bildirib" (they): whom, the text does not say
    if who.text.lower() == "o":
        return _last_speaker(body, content, cue, base, None, list(earlier), names, "az", Span(who.start, who.end))
    name = next((n for n in names if who.start <= n.start and n.end == who.end), None)
    return _statement(body, content, cue, base, name or who, names, earlier=earlier)


def _turkish_according(body: str, start: int, end: int) -> Statement | None:
    """'Azerbaycan Cumhurbaşkanlığından yapılan açıklamaya göre, üçlü görüşmede ... ele alındı': according to the
    statement the sentence opens with, whose maker it names, the rest of the sentence."""
    source = TURKISH_SOURCE.match(body, start, end)
    if source is None or not source["according"] or not source["who"]:
        return None
    at = source.start("who")
    cue = Span(source.start("according"), source.end("according"))
    return _statement(body, trimmed(body, source.end(), end), cue, "according to", _Name(at, source.end("who"),
                                                                                       source["who"], at), [])


def _statement(body: str, content: Span | None, cue: Span, base: str, name: _Name | None, names: list[_Name],
               speaker: Span | None = None, full: str | None = None, speaker_kind: str | None = None,
               earlier: Sequence[Statement] = (), lang: str | None = None) -> Statement | None:
    """The statement; the speaker's kind is ``speaker_kind`` where the phrasing tells it, else what the name
    tells: a body or place the data knows, or a person by a given name. With the ``lang``uage, a place in its case
    forms after a title no one was introduced with is whose the title is ("Predsednik Azerbejdžana")."""
    if content is None or (name is None and full is None):
        return None
    if name is not None and full is None and " " not in name.text and _title(name.text):
        # "Ministarka je rekla ...", "Նախարարի խոսքով՝ ...": the person the article introduced with that title, the
        # one who just spoke among those so introduced (``earlier``)
        name = _titled_person(body, name, names, earlier=earlier) or name
    elif name is not None and full is None and " " not in name.text and name.head < name.start and \
            _title(body[name.head:name.start].split()[0]):
        # "Председник Србије је навео" after "Председник Србије Александар Вучић": the person introduced with the
        # whole title, not a name the word after the title ends ("у Председништву Србије")
        titled = _Name(name.head, name.end, body[name.head:name.end], name.head)
        name = _titled_person(body, titled, names, earlier=earlier) or name
        if name is not titled and lang and known_in_any_form(name.text, lang, ("GPE", "LOC")):
            # "Predsednik Eskarije je izjavio" with no one introduced so: the title as written, not the country
            name, full, speaker_kind = titled, titled.text, "person"
    quoted = body[content.start] in QUOTES and body[content.end - 1] in QUOTES
    full = full or _full_name(name, names)
    words = full.split()
    known = known_name(full)
    kind = speaker_kind or ("body" if known and known[1] in ("ORG", "GPE") else
                            "person" if words[0].lower() in given_names() or surname_gender(full) else None)
    return Statement(content=content, cue=cue, kind="direct" if quoted else "indirect", cue_word=base,
                     speaker=speaker or (Span(name.start, name.end) if name else None), speaker_name=full,
                     speaker_kind=kind)


def _last_speaker(body: str, content: Span | None, cue: Span, base: str, gender: str | None,
                  earlier: list[Statement], names: list[_Name], lang: str,
                  speaker: Span | None = None) -> Statement | None:
    """"Il a ajouté", "..., dodao je": the last speaker of the pronoun's gender, else the last person the
    article named before it; a person who opens a sentence after that speaker's words is the more recent
    subject ("Kurti ... schrieb er. Serbiens Präsident Aleksandar Vučić wies ... zurück. ..., sagte er")."""
    told = _told_genders(body, earlier, lang)
    if gender is not None:
        told = _agreed_genders(body, earlier, lang) | told
    for s in reversed(earlier):
        # "Ona je zatražila ...": a person's pronoun, never a body's words ("Prema proceni policije, ..."), also where
        # it tells no gender ("..., ասել է նա" after "Ադրբեջանը դա հերքում է")
        if s.speaker_name and _fits(s.speaker_name, gender) and told.get(s.speaker_name, gender) == gender \
                and not ((gender or speaker is not None) and s.speaker_kind == "body"):
            after = max(s.content.end, s.cue.end if s.cue else 0)
            subject = next((n for n in reversed(names) if after <= n.start and n.end <= cue.start
                            and (content is None or not content.start <= n.start < content.end)
                            and (" " in n.text or _surname_of_one_named(n, names)  # not "Primirje na liniji"
                                 or _title(ELIDED.sub("", n.text)) or _after_title(body, n))  # "Министар Хоршели"
                            and _fits(n.text, gender) and told.get(_full_name(n, names), gender) == gender
                            and _opens_sentence(body, n.start, lang, n.end)
                            and _a_person(n.text) and (lang != "hy" or _armenian_nominative(body[n.start:n.end]))), None)
            if subject is not None and _title(ELIDED.sub("", subject.text)):
                subject = _titled_person(body, subject, names)  # "L'émissaire harqani s'est montré prudent."
            if subject is not None:
                return _statement(body, content, cue, base, subject, names, speaker)
            return _statement(body, content, cue, base, None, names, speaker, s.speaker_name)
    # else the last person named who opened a sentence, a subject ("Perdana Menteri Mirela Kosta menetapkan ...
    # Ia berjanji"), before any other name ("wilayah Telsa Hulu")
    # ... or by the surname of one named before ("Brannvik, arrivata lunedì, ha incontrato ... Danil Ostrovan")
    full = {id(n): _full_name(n, names) for n in names if n.end <= cue.start}
    # a surname alone too, after its title: "Министар Хоршели пункт описује ..."
    # ... not a part of a body's name that spoke ("Luar Negeri" of "Kementerian Luar Negeri menyatakan")
    bodies = [s.speaker for s in earlier if s.speaker is not None and s.speaker_kind == "body"]
    fitting = [n for n in reversed(names) if id(n) in full and (" " in full[id(n)] or _after_title(body, n))
               and _fits(full[id(n)], gender) and told.get(full[id(n)], gender) == gender
               and not _on_a_short_line(body, n) and not any(b.start <= n.start < b.end for b in bodies)]
    known = [n for n in fitting if gender is not None and _gender(full[id(n)]) == gender]
    fitting = known or fitting  # "la ministra": Irena Dobrash, not a Tomas Gerdan whose gender no list tells
    if lang == "hy":  # a subject takes the nominative's article ("Բրաննվիկը"), not "Օստրովանի հետ" (with Ostrovan)
        fitting = [n for n in fitting if _armenian_nominative(body[n.start:n.end])] or fitting
    last = next((n for n in fitting if _opens_sentence(body, n.start, lang) and _a_person(n.text)), None) or \
        next((n for n in fitting if _a_person(n.text)), None)
    return _statement(body, content, cue, base, last, names, speaker) if last else None


def _after_title(body: str, name: _Name) -> bool:
    """A name right after the title that opens its sentence: 'Министар Хоршели пункт описује ...', 'La ministra
    Varo ha detto'; not 'Šefovi diplomatija Vastorije' (the heads of Vastoria's diplomacy)."""
    before = WORD.findall(body, _sentence_start(body, name.start), name.start)
    return 0 < len(before) <= 2 and _title(ELIDED.sub("", before[-1])) and body[name.start - 1:name.start] == " " \
        and (len(before) == 1 or before[0].lower() in ARTICLE_WORDS)


def _told_genders(body: str, earlier: list[Statement], lang: str) -> dict[str, str]:
    """The genders the article's own pronouns gave its speakers: after "«...», ha detto lui" for Kordan, "ha
    ribattuto lei" is not Kordan's, though no list knows his name."""
    pronouns = phrasings()[lang].pronouns if lang in phrasings() else {}
    return {s.speaker_name: gender for s in earlier if s.speaker is not None and s.speaker_name
            and (gender := pronouns.get(body[s.speaker.start:s.speaker.end].lower()))}


def _agreed_genders(body: str, earlier: list[Statement], lang: str) -> dict[str, str]:
    """The genders the words about its speakers gave them, for a pronoun of one gender to pass by the others: their
    verbs, where the past tense tells it (after "рекао је Верешко", "Према њеним речима" is not his), and a feminine
    article of the title that opens their sentence ("La ministre des Secours, Irena Valdor, a assuré ...": not the one
    "Selon lui" stands for), where no list tells the name's; a masculine one tells nothing ("Il ministro, Carla
    Venti")."""
    people = [s for s in earlier if s.speaker_name and s.speaker_kind != "body"]
    told = {s.speaker_name: gender for s in people if s.speaker is not None and _gender(s.speaker_name) is None
            and (gender := _opening_title_gender(body, s.speaker.start))}
    if lang in PAST_GENDERED:
        told |= {s.speaker_name: gender for s in people if s.cue is not None
                 and (gender := _past_gender(body[s.cue.start:s.cue.end]))}
    return told


TITLE_BEFORE_NAME = 6  # words of a title that opens its sentence before the name: "Le chef de la diplomatie orsenienne"


def _opening_title_gender(body: str, name: int) -> str | None:
    "The gender a feminine article of a title opening the sentence of a name gives: \"La ministre ..., Irena Valdor\"."
    words = [w.lower() for w in WORD.findall(body, _sentence_start(body, name), name)]
    if not 2 <= len(words) <= TITLE_BEFORE_NAME or not _title(ELIDED.sub("", words[1])):
        return None  # the title must be the name's: "Le ministre ... s'est rendu à Kalivar, où la maire X" is not X's
    return "f" if words[0] in FEMININE_ARTICLES else None  # "Il ministro, Carla Venti": a man's title, any speaker


# the languages whose past tense agrees with its subject's gender: "рекао је" he, "рекла је" she; "сказал", "сказала"
PAST_GENDERED = frozenset({"sr", "ru", "uk", "pl", "cs", "sk", "sl"})
PAST_FEMININE = re.compile(r"(?:ла|la|ła)$", re.I)
PAST_MASCULINE = re.compile(r"(?:[аиеоу]о|[аиеоуыяі]л|[аиеі]в|[aieou]o|[aeiouy]ł|[aeiouy]l)$", re.I)


def _past_gender(cue: str) -> str | None:
    "The gender a verb of saying in the past tense gives its speaker: 'рекла је' \"f\", 'изјавио је' \"m\"."
    for word in WORD.findall(cue):
        if PAST_FEMININE.search(word) and len(word) > 3:
            return "f"
        if PAST_MASCULINE.search(word) and len(word) > 3:
            return "m"
    return None


# an article after a word that does not link it to what came before: another noun phrase begins, and the
# body's name before it has ended ("Secondo la polizia i partecipanti", but "il ministero della Difesa")
NEXT_PHRASE = re.compile(r"(?P<before>[^\W\d_]+)\s+(?P<article>(?:i|il|lo|la|le|gli|les|el|los|las|un|une|uno|una)\s)",
                         re.I)
LINKS = frozenset({"à", "a", "en", "in", "con", "per", "su", "da", "par", "pour", "sur", "avec", "dans", "por", "para",
                   "e", "et", "y", "tra", "fra", "entre", "contre", "contro", "chez", "presso", "verso", "vers"})


def _body_after_verb(body: str, start: int, end: int, names: list[_Name]) -> Span | None:
    """'..., saopštilo je ruvenijsko ministarstvo', '..., a indiqué le ministère': a body named in lower case
    right after the verb, an article and an adjective or two before it, the rest of the clause its name;
    not a person's title ("portparol ministarstva Ivan Petrović", "juru bicara kementerian Budi Santoso")."""
    words = list(WORD.finditer(body, start, min(end, start + TITLE_REACH)))
    for k, word in enumerate(words[:TITLE_AFTER + 1]):
        low = ELIDED.sub("", word.group()).lower()
        if low.startswith(BODY_STEMS) and not PERSON_NOUN.search(low) and not OTHER_TITLES.fullmatch(low):
            first = next((w for w in words[:k + 1] if w.group().lower() not in ARTICLE_WORDS
                          and w.group().lower() not in _days() and w.group().lower() not in BODY_ADVERBS), word)
            # not "lundi" of "a indiqué lundi le ministère", nor "tada" of "saopštilo je tada Ministarstvo"
            stop = re.search(r"[,.;:!?«»\"“”()]|\s[-–—]\s", body[word.end():end])
            close = word.end() + (stop.start() if stop else len(body[word.end():end].rstrip()))
            if (other := next((m for m in NEXT_PHRASE.finditer(body, word.start(), close)
                               if m["before"].lower() not in OF | LINKS), None)) is not None:
                close = other.end("before")  # "Secondo la polizia i partecipanti erano ...": the body ends
            if (channel := CHANNEL_TAIL.search(body, word.end(), close)) is not None:
                close = channel.start()  # "... l'ufficio dell'inviata in una nota": not part of its name
            if any(word.end() <= n.start < close and not OF_BEFORE.search(body, start, n.start)
                   and " " in n.text and _a_person(n.text) for n in names):
                return None  # a person named after it, not "degli Esteri" nor "poslova Srbije": their title's body
            aside = SET_OFF_NAME.match(body, close, end)  # "juru bicara Konfederasi (KWC), Petar Ivek.": theirs too
            if aside and any(n.start == aside.end() and " " in n.text and _a_person(n.text) for n in names):
                return None
            return Span(first.start() + len(first.group()) - len(ELIDED.sub("", first.group())), close)
        if word.group()[0].isupper() or re.search(r"[,.;:!?]", body[start:word.start()]) or low in OF \
                or _title(word.group()):
            return None  # "le porte-parole du ministère", "portparol ministarstva": the person of a body
    return None


def _title_after(body: str, start: int, end: int, names: list[_Name],
                 earlier: Sequence[Statement] = ()) -> _Name | None:
    """'..., sagte der varnesische Minister nach dem Treffen': a title right after the verb, after an article
    and an adjective or two in lower case, stands for the person the article introduced with it; of two
    introduced with it, the one who spoke last ("Klaim itu dibantah Kordan. '...,' kata menteri tersebut");
    see ``_titled_person`` for who spoke right before."""
    for k, word in enumerate(_words_after_verb(body, start, end)):
        if _title(word.group()):  # of the gender its article gives: "a déclaré le ministre" is no "La ministre"
            return _titled_person(body, _Name(word.start(), word.end(), word.group(), word.start()), names,
                                  _title_gender(body, start, end), earlier)
        if word.group()[0].isupper() or k == TITLE_AFTER:
            return None
    return None


def _titled_person(body: str, title: _Name, names: list[_Name], gender: str | None = None,
                   earlier: Sequence[Statement] = (), or_last: bool = True) -> _Name | None:
    """The person a title alone stands for: the full name the article gave right after that title before
    ("l'émissaire spécial du Harqan, Hamid al-Souraïfi" for "L'émissaire"), of the ``gender`` the title's
    article gives; the latest so introduced, unless that was before the last of the ``earlier`` statements,
    whose speaker was introduced so too. Where no one was introduced so, the person who spoke right before, whom
    the text gave no other title ("..., - ասաց Միրզոյանը։ Արտգործնախարարը նշեց"), else None. Where no one so
    introduced has spoken yet, and a
    person of the gender the title's article gives spoke in the sentence right before, it is that person:
    "Margineanu sostiene che ... «...», ha dichiarato la ministra", though the article introduced another
    minister who did not speak. Not ``or_last``: only one the article introduced so."""
    word = ELIDED.sub("", title.text)
    found = []
    contracted = TITLE_SPELLINGS.get(ARMENIAN_ARTICLE.sub("", word.lower()), ())
    spellings = "|".join(map(re.escape, (word, *contracted)))
    for seen in reversed(list(re.finditer(spellings, body[:title.start], re.I))):
        at = seen.end()
        if PLURAL_REST.match(body, at):
            continue  # "Նախարարները շնորհակալություն են հայտնել ... Տոկաևին" (the ministers thanked ...): many, no one
        if FORMER.search(body, max(0, seen.start() - 12), seen.start()):
            continue  # "бивши председник Србије Борис Тадић": who held the title once, not who holds it
        if ARMENIAN.search(seen.group()) and re.match(r"ի\s", body[at:at + 2]):
            continue  # "Ադրբեջանի նախագահի օգնական Հիքմեթ ..." (the president's aide): the title's, not its holder
        named = next((n for n in names if at < n.start <= at + TITLE_REACH and " " in n.text and _a_person(n.text)
                      and _fits(n.text, gender)),
                     None)  # not "Esteri di Velmora" of "ministra degli Esteri di Velmora"
        if named is not None:
            found.append(named)
    if contracted:  # the subject introduced so, not one named in the genitive ("... նախարար Սերգեյ Լավրովի հետ")
        found = [n for n in found if not n.text.endswith("ի")] or found
    last = earlier[-1] if earlier else None
    if not found and not or_last:
        return None
    if not found:  # "Արտգործնախարարը նշեց" (the foreign minister noted) after "..., - ասաց Միրզոյանը": no one was
        # introduced so, and the person who spoke in the sentence right before is the one the title stands for
        just = last is not None and last.speaker is not None and last.cue is not None and \
            last.cue.start < title.start and \
            len(list(_sentence_ends(body, max(last.cue.end, last.speaker.end), title.start))) <= 1  # that one's end
        person = next((n for n in names if n.start == last.speaker.start), None) if just else None
        return person if person is not None and _a_person(last.speaker_name or "") and \
            not _names_a_body(last.speaker_name or "") and _fits(last.speaker_name or "", gender) and \
            not _ever_titled(body, last.speaker_name or "") else None  # a ministry that spoke is no one titled
    spoke = (last.speaker_name or "").split()[-1:] if last is not None and last.cue is not None \
        and found[0].start < last.cue.start else []
    speakers = {(st.speaker_name or "").split()[-1] for st in earlier if st.speaker_name}
    if spoke and gender is not None and not any(_one_of(n.text.split()[-1], speakers) for n in found) and \
            last.speaker is not None and \
            _sentence_before(body, title.start) <= last.cue.start < _sentence_start(body, title.start):
        person = next((n for n in names if n.start == last.speaker.start), None)
        if person is not None and _a_person(last.speaker_name or "") and _fits(last.speaker_name or "", gender):
            return person
    return next((n for n in found if _one_of(n.text.split()[-1], spoke)), found[0]) if spoke else found[0]


# a title one word contracts, as the article may have introduced its holder: "Արտգործնախարարը" (the foreign minister)
# after "արտաքին գործերի նախարար Արարատ Միրզոյանը" or "ԱԳ նախարար ..."
TITLE_SPELLINGS = {"արտգործնախարար": ("արտաքին գործերի նախարար", "ԱԳ նախարար")}
# the rest of an Armenian word after a title, that makes it a plural: "Նախարարները" (the ministers)
PLURAL_REST = re.compile(r"ներ\w*")


def _one_of(word: str, surnames) -> bool:
    """A name's word is one of these surnames, in the form the speaker was named by or with the article or case
    ending its language adds (``_case_form``): "Միրզոյանը" (with the Armenian article) is the speaker Միրզոյան."""
    return any(_case_form(word, s) for s in surnames if s)


def _titles_before(body: str, name: str, word: str = r"[^\W\d_]+") -> list[str]:
    """The titles the text writes just before a person's surname, a word between them at most ("il ministro Goran
    Lazov"), without an elided article; ``word`` is what one title may be spelled with ("porte-parole" takes a
    hyphen)."""
    surname = name.split()[-1] if name.split() else ""
    if not surname:
        return []
    # ... the word right before it too, where another stands before that: "изјави премиерот Марковски"
    return [t for m in re.finditer(rf"({word})\s+(?:({word})\s+)?{re.escape(surname)}", body)
            for t in (ELIDED.sub("", w) for w in (m[1], m[2]) if w) if _title(t)]


def _ever_titled(body: str, name: str) -> bool:
    """Whether the text gives a person's surname a title just before it anywhere ("il ministro Goran Lazov"): then
    another title stands for someone else ("il portavoce del governo")."""
    return bool(_titles_before(body, name))


# a spokesman's title, never another's synonym: "le chef de l'État" may be "le président Emmanuel Macron"
SPOKESMAN = re.compile(r"porte-parole|portavo(?:ce|z)|porta-voz|\w*sprecher(?:in)?|rzeczni(?:k|czka)|portparol\w*|"
                       r"портпарол\w*|purtător", re.I)


def _titled_otherwise(body: str, name: str, titles: Sequence[str]) -> bool:
    """Whether the text gives a person's surname a title just before it, and none of these ("il ministro Marco
    Rossi" for "il portavoce"; not for "il ministro" nor "la ministra"): by their first five letters."""
    given = {t.lower()[:5] for t in _titles_before(body, name, r"[^\W\d_][\w'’-]*")} if titles else set()
    return bool(given) and not given & {ELIDED.sub("", t).lower()[:5] for t in titles}


def _sentence_start(body: str, start: int) -> int:
    "Where the sentence of the word at ``start`` begins, within its paragraph."
    paragraph = body.rfind("\n", 0, start) + 1
    # start + 1: a sentence end is one only before a capital, and the word's is the one after it
    return max((m.end() for m in _sentence_ends(body, paragraph, start + 1)), default=paragraph)


def _opens_sentence(body: str, start: int, lang: str, end: int | None = None) -> bool:
    """A name that opens its sentence, after a title at most ("Le président serbe Peter Brettl", "Am Dienstag
    wies Präsident Peter Brettl ..."), or set off by commas after the title that opens it ("À Kirsomar, le
    ministre de la Défense, Aram Lusik, a ...", given the name's ``end``): where the subject stands. Without
    a title, any other word before it, and with one a pronoun, makes the name an object or a place, which
    'he' after it is not: "Gestern traf er Brettl in Wien. ..., sagte er" is not Brettl."""
    begin = _sentence_start(body, start)
    if end is not None and _set_off_after_title(body, begin, _Name(start, end, body[start:end], start)):
        return True
    if CONNECTIVE.fullmatch(body, begin, start):
        return True  # "Namun, Valkan membantah ...", "Međutim, Kalan je ...": one word set off before the subject
    opening = WORD.findall(body, begin, start)
    pronouns = phrasings()[lang].pronouns if lang in phrasings() else {}
    if len(opening) > OPENING_TITLE_WORDS or any(w.lower() in pronouns for w in opening):
        return False
    return any(_title(ELIDED_WITH_PREPOSITION.sub("", w)) for w in opening) or all(_titles_a_name(w, lang) for w in opening)


def _titles_a_name(word: str, lang: str) -> bool:
    """A word of what may stand before a subject's name: an article, an honorific ("Mme Žemaitytė dément."), a title,
    a given name, or a name ('Serbiens')."""
    low = word.lower()
    return low in ARTICLES.get(lang, ()) or word == "Dr" or word in LANGUAGE_HONORIFICS.get(lang, ()) \
        or low in given_names() or _title(word) or word[0].isupper() and not _common(word, lang)


def title_word(word: str) -> bool:
    "Whether a word is a title in a language read here: 'Նախարար', 'ministre', 'Ministar'."
    return _title(word)


AZ_WHERE = re.compile(r"['’]?(?:d[aə]|t[aə]|d[aə]n|t[aə]n)$")  # Azerbaijani where and where from: "Bakıda", "Bakıdan"
def _az_where(word: str) -> bool:
    "A known place in the Azerbaijani locative or ablative ('Bakıda', 'Tbilisidən'), not a name in -zadə."
    suffix = AZ_WHERE.search(word)
    return suffix is not None and (known := known_name(word[:suffix.start()], "az")) is not None and known[1] == "GPE"


# Azerbaijani titles, in lower case only: "Nazir" is also a given name ("Nazir Razak")
AZ_TITLE = re.compile(r"(?:nazir|səfir|nümayəndə|sözçü|prezident)(?:i|in|si|nin|sü|nün)?")


@cache

def _title(word: str) -> bool:
    "'Präsident', 'Regierungssprecher', and kin of the English titles by six letters: 'président', 'ministro'."
    if TITLE_WORD.search(word) or OTHER_TITLES.fullmatch(word) or AZ_TITLE.fullmatch(word):
        return True
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return folded in TITLE_NOUNS or len(folded) >= 6 and folded[:6] in _title_stems()


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(t[:6] for t in TITLE_NOUNS if len(t) >= 6)


def _a_person(name: str) -> bool:
    """Whether a name may be a person's: "Dario Velk", not "República de Níger" or a known place or body."""
    known = known_name(name)
    if known and known[1] != "PERSON":
        return False
    words = name.split()
    return words[0].lower() in given_names() or surname_gender(name) is not None or \
        not any(w in PARTICLES for w in words[1:-1])


def _fits(name: str, gender: str | None) -> bool:
    if gender is None:
        return True
    found = _gender(name)
    return found is None or found == gender


def _gender(name: str) -> str | None:
    "A person's gender by the given name, else the surname's ending; None where neither tells."
    return (given_gender(name.split()[0]) if " " in name else None) or surname_gender(name)


def _surname_of_one_named(name: _Name, names: list[_Name]) -> bool:
    """A lone word that is the surname of a person the article named in full, either one a case form of the
    other ("Олвесунд" after "с Хенриком Олвесундом", "Peskova" after "Dmitrij Peskov")."""
    surnames = [n.text.split()[-1] for n in names if " " in n.text]
    return any(_case_form(name.text, surname) or _case_form(surname, name.text) for surname in surnames)


def _full_name(name: _Name, names: list[_Name]) -> str:
    """A lone surname is the full name the article gave before: 'Zakharova' after 'Maria Zakharova', and
    so is a case form of it ('prema rečima Peskova', 'ըստ Միրզոյանի'). A place is no one's surname: "Armenia menyebut"
    after "Kementerian Pertahanan Armenia" is Armenia, as "Ardaleti menuding" after "Kementerian Luar Negeri Ardaleti"
    is Ardaleti, a place no list holds: a body's name ends in whose it is."""
    if " " in name.text or (known := known_name(name.text)) is not None and known[1] in ("GPE", "LOC"):
        return name.text
    return next((n.text for n in reversed(names) if n.end <= name.start and " " in n.text
                 and _case_form(name.text, n.text.split()[-1]) and not _place_of_body(name.text, n.text)), name.text)


def _place_of_body(word: str, name: str) -> bool:
    """Whether a rare word alone is the place a body's name ends in ("Ardaleti" of "Kementerian Luar Negeri Ardaleti"),
    not the body by its noun ("la Difesa" of "Ministero della Difesa"). Only a body's long word tells: a short one
    opens given names ("Vladan", "Sudiro") and places ("Властове Радован Штовичек") too."""
    words_ = name.split()
    return len(words_) >= 3 and words_[0].lower().startswith(LONG_BODY_STEMS) and \
        not any(common_word(word, lang, True) for lang in COMMON_IN)


# the endings a surname in -a takes in other cases, for its -a: Serbian "prema rečima Zaharove", "sa Zaharovom",
# "Zaharovoj", Polish "według Zacharowej", "z Zacharową"
FEMININE_CASE_ENDINGS = frozenset({"e", "i", "u", "om", "oj", "ej", "ą", "е", "и", "у", "ом", "ој"})


def _case_form(word: str, surname: str) -> bool:
    if word == surname or len(surname) >= 4 and word.startswith(surname) and len(word) - len(surname) <= 2:
        return True
    stem = surname[:-1]
    return surname[-1:] in ("a", "а") and len(stem) >= 4 and word.startswith(stem) and \
        word[len(stem):] in FEMININE_CASE_ENDINGS


def _lower_only(body: str, start: int, end: int, names: list[_Name] = ()) -> bool:
    """Only words in lower case between two points, and other names, and no mark but a comma: 'le
    porte-parole du', 'M.', "l'entraîneur de l'AS Brévanne, ", "клуба «Спартак» "."""
    between = ACRONYM_ASIDE.sub(" ", QUOTED_NAME.sub(" ", HONORIFIC.sub(" ", body[start:end])))
    for n in names:
        if start <= n.head and n.end <= end:
            between = between.replace(body[n.head:n.end], " ")
    return not re.search(r"[.;:!?«»\"“”()]", between) and not any(w[0].isupper() for w in WORD.findall(between))


def _name_after(body: str, start: int, end: int, names: list[_Name], p: Phrasing) -> _Name | None:
    """'..., a déclaré la porte-parole Maria Zakharova': the name after the verb, past a title: the one
    set off by commas ("l'entraîneur de l'AS Brévanne, Loïc Pelletan,"), else the first of two words
    or more ("тренер Радничког из Белог Поља Зоран Јовановић"), else the first; none past a "que"
    ("a déclaré mardi que les accusations de Chisinau ...") or after a preposition ("sur Telegram")."""
    near = [n for n in names if start <= n.head < min(end, start + 2 * NEAR)
            and _lower_only(body, start, n.head, names)]
    near = [n for n in near if not _that(p.that).search(body, start, n.start)
            and not PREPOSITION_BEFORE.search(body, start, n.start) and not _when_before(body, start, n.head)
            and not BY_BEFORE.search(body, start, n.start)]  # "le dirigeant installé par Tarsk": not who speaks
    # ... unless a person's full name stood before it: "kata Teodora Milvan di Lapangan Kebebasan, Soravo."
    set_off = [n for n in near if re.search(r",\s*$", body[start:n.head])
               and re.match(r"\s*(?:[,.;!?…]|$)", body[n.end:])
               and not any(m.end <= n.start and " " in m.text and _a_person(m.text) and not _title(m.text.split()[0])
                           and not SET_OFF_NAME.match(body, m.end) for m in near)]
    if set_off or not near:
        return next(iter(set_off), None)
    # a full name right after the first name's words ("Радничког из Белог Поља Зоран Јовановић"), but not
    # further on ("Sandu dziennikarzom po posiedzeniu Najwyższej Rady Bezpieczeństwa")
    first = near[0]
    if p.language == "hy" and (first.text.endswith("ի") or first.text.split()[0].endswith("ի")):
        # "Վերին Սարնի ... ղեկավար Արշակ Վելունցը", "Իլդարիայի ԱԳ նախարար Եվգենի Վյալկինը": whose head
        return next((n for n in near[1:] if _armenian_nominative(body[n.start:n.end])), None) \
            or _armenian_titled(body, first, end, names) or first  # he is, then him
    return next((n for n in near[1:] if " " in n.text and " " not in first.text
                 and _holds_the_title(body, start, first, n, p.language, names)), first)


# a title right after a name in the genitive: "Հայաստանի վարչապետը" (Armenia's prime minister)
ARMENIAN_TITLE_AFTER = re.compile(r"\s+(?P<title>[^\W\d_]+)(?=[\s,.։՝!?…]|$)")


def _armenian_titled(body: str, whose: _Name, end: int, names: list[_Name]) -> _Name | None:
    """'ասաց Հայաստանի վարչապետը' (said Armenia's prime minister): the person the article introduced with that
    title of that country, else the words themselves; never the country, which is only whose title it is."""
    after = ARMENIAN_TITLE_AFTER.match(body, whose.end, end)
    if after is None or not after["title"][:1].islower() or after["title"].endswith("ի") \
            or not _title(ARMENIAN_ARTICLE.sub("", after["title"])):
        return None  # "Հայաստանի վարչապետի խոսնակը" (the prime minister's spokesman) is not the prime minister
    at = after.start("title")
    title = _Name(at, after.end("title"), ARMENIAN_ARTICLE.sub("", after["title"]), at)
    person = _titled_person(body, title, names)
    if person is not None and re.search(rf"{re.escape(whose.text)}\s+(?:\S+\s+)?{re.escape(title.text)}\s+$",
                                        body[max(0, person.start - TITLE_REACH):person.start]):
        return person  # "Հայաստանի վարչապետ Նիկոլ Փաշինյանը", not "Հայաստանի այցի ... Ռուսաստանի նախագահ ..."
    return _Name(whose.start, title.end, body[whose.start:title.end], whose.start)


FORMER = re.compile(r"(?<![\w-])(?:бивши|бивша|bivši|bivša|поранешн\w*|նախկին|former|ancien|ancienne|ex|ex-|экс-|"
                    r"бывший|бывшая|колишній|колишня|były|była|fost|fostul|ehemalige\w*|mantan)\s*$", re.I)
# words that join a name to the body it is part of: "Kancelarije za Kosovo i Metohiju", not "Tajani a Kiev"
OF_WORDS = frozenset({"za", "за", "of", "for", "de", "du", "des", "di", "del", "della", "dei", "degli", "per", "para",
                      "pour", "für", "для", "od", "од", "iz", "из", "i", "и", "and", "et", "e", "y"})


def _of_the_body(body: str, name: _Name) -> bool:
    "Whether a name inside a title's words is part of the body's name: after 'za', 'of', 'i' ('za Kosovo i Metohiju')."
    before = WORD.findall(body, max(0, name.start - 12), name.start)
    return bool(before) and before[-1].lower() in OF_WORDS


BY_BEFORE = re.compile(r"(?<![\w-])par\s+(?:(?:la|le|les)\s+|l['’]\s*)?$", re.I)


def _when_before(body: str, start: int, at: int) -> bool:
    """Whether words of when stand between a verb and a name, and no comma closes them before a title it holds: "a
    déclaré le président lors d'une rencontre avec X" (X is whom he met), not "a déclaré, lors d'un meeting, le
    candidat X"."""
    when = [m for m in WHEN.finditer(body, start, at)]
    comma = body.rfind(",", when[-1].end(), at) if when else -1
    return bool(when) and (comma < 0 or not any(_title(w) for w in WORD.findall(body, when[-1].end(), at)))


def _holds_the_title(body: str, start: int, first: _Name, name: _Name, language: str,
                     names: list[_Name] = ()) -> bool:
    """Whether ``name``, after the one-word ``first`` after a verb, is whom the title holds: right after it
    ("Радничког из Белог Поља Зоран Јовановић"), or a few lower-case words on, inside a title ("la ministra per la
    Cooperazione allo sviluppo Henrike Vallander"; not "ha detto Rossi incontrando il presidente Sergio
    Mattarella"), or more where the name ends the sentence ("rekao je šef Službe za spasavanje u rudnicima Ivo
    Kranjc."); never past the words of after or of meeting someone ("nakon razgovora s predsjednikom Ivom Marekom"),
    nor past "with" where the person's name follows it, with a title or not ("Barrot avec Anna Lind", "Rossi con il
    presidente Sergio Mattarella", "Retno dengan Presiden Joko Widodo"): where a body's name does, it is of the
    title ("il ministro per i Rapporti con il Parlamento Luca Ferri", "rzecznik PiS z Krakowa Jan Kowalski"); in
    German, which capitalises every noun, never."""
    gap = [w.lower() for w in WORD.findall(body, first.end, name.head)]
    between = len(gap)
    person_next = name.head == name.start or any(_title(w) or w in FORMS_OF_ADDRESS
                                                 for w in WORD.findall(body, name.head, name.start))
    with_person = not WITH_WORDS.isdisjoint(gap) and (person_next or between > 3 or language == "de")
    if with_person or not AFTER_MEETING.isdisjoint(gap):
        return False
    if between <= 1:
        return True
    return (between <= 3 or between <= TITLE_BODY_WORDS and re.match(r"\s*(?:[.!?…]|$)", body[name.end:]) is not None) \
        and _lower_only(body, first.end, name.head, [n for n in names if n is not name and _of_the_body(body, n)]) \
        and not re.search(r"[,;:]", body[first.end:name.start]) \
        and _a_person(name.text) and any(_title(w) for w in WORD.findall(body, start, first.end))  # "le Premier ministre"


def _body_opening(body: str, start: int, cue: int, names: list[_Name]) -> Span | None:
    """'Le ministère des Affaires étrangères de Tessie a déclaré que ...', 'Il ministero degli Esteri ha invece
    sottolineato che ...', 'Kementerian Luar Negeri menyatakan ...': a sentence that opens with a body (its first
    word, or the one after an article) speaks through it, if the words up to the verb name no person."""
    lead = re.match(r"[\s«»\"“”„—–-]*", body[start:cue]).end()
    lead = after_turn(body, start + lead, cue) - start  # "..., dok organizatori tvrde": the organisers
    lead = _past_channel(body, start + lead, cue) - start  # "In una nota, il ministero ...": the ministry
    if (set_off := RELATIVE_SET_OFF.match(body, start + lead, cue)) is not None:
        cue = set_off.end("head")  # "Компанијата „Телса Хидро“, која управува со браната, соопшти": the company
    elif (aside := ASIDE_BEFORE_VERB.search(body, start + lead, cue)) is not None and \
            not any(c.isupper() for c in aside.group()):  # not a name set off: "Perusahaan pengelola, Eryrfaen ..."
        cue = aside.start()  # "... նախարարությունը, իր հերթին, պնդում է": the ministry, in its turn
    opening = [ELIDED.sub("", w) for w in WORD.findall(body, start + lead, cue)]  # "L'ambassade": "ambassade"
    if not opening or len(opening) > BODY_PHRASE or \
            re.search(r"[,.;:!?«»\"“”„()]", QUOTED_BODY.sub("", body[start + lead:cue])):
        return None
    words = opening[1:3] if len(opening) > 1 and opening[0].lower() in ARTICLE_WORDS else opening[:2]
    if ARMENIAN.search(opening[-1]) and opening[-1].lower().startswith(BODY_STEMS) and \
            ARMENIAN_NOMINATIVE.search(opening[-1]):
        # Armenian names the body last, with its article: "Հայաստանի արտաքին գործերի նախարարությունը"; not where it
        # spoke ("... Մելքոնյանը դատարանում", in court)
        words = opening[-1:]
    # the body's noun, or an adjective and then it: "Државната компанија", "Руское министерство"
    noun = next((w for w in words if w.lower().startswith(BODY_STEMS)), words[0])
    if not noun.lower().startswith(BODY_STEMS) or PERSON_NOUN.search(noun) or OTHER_TITLES.fullmatch(noun) or \
            _title(words[0]) and not words[0].lower().startswith(BODY_STEMS) or any(
            # "ambassadeur", "Портпарол министарства ...": a person
            start <= n.start < cue and " " in n.text and (surname_gender(n.text) or any(
                w.lower() in given_names() for w in n.text.split() if w.lower() not in PARTICLES)) for n in names):
        return None
    named = body[start + lead:cue].rstrip()
    if re.search(rf"\s{AND}$", named, re.I):
        # "Il comitato di Varejão contesta i dati e sostiene che ...": the body named before the first verb's clause,
        # its noun and the capitalised words and links after it
        words = list(WORD.finditer(named))
        at = next(k for k, w in enumerate(words) if ELIDED.sub("", w.group()) == noun)
        end = words[at].end()
        for w in words[at + 1:]:
            if not (w.group()[0].isupper() or w.group().lower() in BODY_LINKS):
                break
            end = w.end()
        named = named[:end]
    while (last := re.search(r"\s+(\w+)$", named)) and last[1].lower() in BODY_ADVERBS:
        named = named[:last.start()]  # "Mahkamah juga meminta ...": the Court, not "Mahkamah juga"
        if (joined := re.search(r"\s+(\w+)$", named)) and joined[1].lower() in AND_BEFORE_ADVERB:
            named = named[:joined.start()]
    clitic = CLITICS_AFTER.search(named)  # "Агенцијата ги отфрли ...": the pronoun the verb takes is no part of it
    if clitic is not None:
        named = named[:clitic.start()]
        if (last := re.search(r"\s+(\w+)$", named)) and claim_pronoun(last[1]):
            named = named[:last.start()]  # "Владата тоа го негира": nor the word for what it denies, doubled
    elif (it := SLAVIC_IT_BEFORE.search(named)) is not None:
        named = named[:it.start()]  # "Мисија ... то је демантовала": nor the word for what it denies
    return Span(start + lead, start + lead + len(named))


def _past_channel(body: str, at: int, cue: int) -> int:
    """Past a sentence's opening that names what a statement came through, up to its comma ("In una nota,",
    "Dans un communiqué publié lundi,", "U saopštenju,"), or the place where it was said ("À Bakou,", "In Moskau,"):
    where the speaker's name begins; else ``at``."""
    if (place := PLACE_OPENING.match(body, at, cue)) is not None:
        return place.end()
    opening = CHANNEL_OPENING.match(body, at, cue)
    if opening is None or not any(w.lower().startswith(CHANNEL_STEMS) for w in WORD.findall(opening["words"])):
        return at
    return opening.end()


# the place a sentence opens in, set off by a comma: "À Bakou,", "A Erevan,", "In Moskau,", "En Moscú,", "U Beogradu,"
PLACE_OPENING = re.compile(r"(?:À|A|Au|En|In|Da|Desde|Em|Na|No|U|W|Di)\s+(?:[A-ZÀ-ÞА-ЯЁЀ-Џ][\w'’-]*\s*){1,3},\s*")


def _armenian_nominative(name: str) -> bool:
    """A capitalised Armenian word that may be a subject: a full name, or one word with the definite article
    of the nominative (-ը, -ն), not "Հարցին" (to the question) capitalised only to open its sentence."""
    return " " in name or ARMENIAN_NOMINATIVE.search(name) is not None


def _armenian_subject(body: str, start: int, cue: int, names: list[_Name],
                      earlier: Sequence[Statement] = ()) -> _Name | None:
    """Armenian puts what it says where, when and to whom between the subject and the verb ("Հասմիկ
    Դարանյանը նախօրեին հրապարակված զեկույցում նշել է"): the last name before the verb in the nominative,
    its definite article -ը or -ն, with only words in lower case between."""
    title = re.search(r"(?P<title>[^\W\d_]+)\s+$", body[start:cue])
    whose = title is not None and HY_WHOSE.fullmatch((body[start:start + title.start()].split() or [""])[-1])
    if title is not None and ARMENIAN_NOMINATIVE.search(title["title"]) and _title(title["title"]) and whose:
        # "Ադրբեջանի նախագահը նշել է": only who was introduced as Azerbaijan's president (``_suffixed_title``)
        return None
    if title is not None and ARMENIAN_NOMINATIVE.search(title["title"]) and _title(title["title"]):
        # "..., պաշտպանն ասել է, որ": the ombudsman the article named with that title
        word = ARMENIAN_NOMINATIVE.sub("", title["title"])  # "պաշտպանն": the title "պաշտպան"
        titled = _titled_person(body, _Name(start + title.start("title"), start + title.end("title"), word,
                                            start + title.start("title")), names, earlier=earlier)
        if titled is not None:
            return titled
    # past a name in another case: "Թեոդորա Միլվանը Սորավոյի Ազատության հրապարակում ... ասել է"
    last = next((n for n in reversed(names) if start <= n.start and n.end <= cue
                 and ARMENIAN_NOMINATIVE.search(body[n.start:n.end])), None)
    if last is None:  # "Լունարդին լրագրողներին ասել է": a name in -ի takes the article -ն, as a dative ends; opening
        # the sentence, it is the subject
        last = next((n for n in names if start <= n.start and n.end <= cue and body[n.start:n.end].endswith("ին")
                     and LEAD.match(body[start:n.start]) and any(
                         m.end <= n.start and " " in m.text and m.text.split()[-1] == n.text.split()[-1] for m in names)),
                    None)  # ... the article having named it so in full before: "Ալիևին ուղղված նամակում" is to Aliyev
    if last is None or cue - last.end > 2 * NEAR:
        return None
    return last if _lower_only(body, last.end, cue, names) else None


# between a subject and the one it spoke to, in South Slavic word order: "Bajramov je Lavrovu rekao", "Вучић је
# Курти поручио"; the dative's ending
DATIVE_AFTER_SUBJECT = re.compile(r"\s+(?:je|su|је|су)\s+")
DATIVE_END = re.compile(r"(?:u|ju|i|oj|у|ју|и|ој)$")


def _name_before(body: str, start: int, cue: int, names: list[_Name]) -> _Name | None:
    "'Maria Zakharova (, porte-parole ...,) a déclaré': the name right before the verb."
    last = next((n for n in reversed(names) if start <= n.start and n.end <= cue), None)
    if last is None:
        return None
    # "Omar Touray, saat membacakan resolusi KTT, mengatakan": a name inside the clause set off after the
    # speaker's is not the speaker; "Le porte-parole de Vladimir Poutine, Dmitri Peskov, a déclaré" is Peskov,
    # and "À Bruxelles, le chef de la diplomatie Josep Borrell a déclaré" is Borrell
    earlier = next((n for n in reversed(names) if start <= n.start and n.end <= last.head), None)
    if earlier is not None and DATIVE_AFTER_SUBJECT.fullmatch(body, earlier.end, last.start) and \
            DATIVE_END.search(last.text) and " " not in last.text and not body[last.end:cue].strip() and \
            not PREPOSITION_BEFORE.search(body, start, earlier.start) and \
            (known_name(earlier.text) or ("", ""))[1] not in ("GPE", "LOC"):  # not "U Rimu je Meloni rekla"
        return earlier  # "Bajramov je Lavrovu rekao": the one told, in the dative, after the speaker and "je"
    outer = next((n for n in reversed(names) if start <= n.start and n.end <= last.head
                  and RELATIVE_AFTER_NAME.fullmatch(body, n.end, cue)), None)
    if outer is not None:
        # "Томе Ребелу, кој ја поддржа Варежао, изјави": not whom the clause set off names
        return _owner_of(body, start, outer, names)
    if RELATIVE_AFTER_NAME.fullmatch(body, last.end, cue) and not PREPOSITION_BEFORE.search(body, start, last.start):
        return last  # "Ռուբեն Կաստելլին, ում գրասենյակը ..., հայտարարել է": the one the clause set off is about
    if earlier is not None and (title := re.match(r",\s+([^\W\d_]+)", body[earlier.end:last.head])) and \
            title[1][0].islower() and re.fullmatch(r",[^,.;:!?«»\"“”]{1,70},\s*", body[earlier.end:cue]):
        # "Геологинята Кристина Шиберас од Универзитетот во Зебиеха, авторка на ..., изјави": the person whose
        # body and place follow her name, not the place
        subject = _joined_head(body, start, earlier, names) if PREPOSITION_BEFORE.search(body, start, earlier.start) \
            else earlier
        if not PREPOSITION_BEFORE.search(body, start, subject.start) and LEAD.match(body[start:subject.head]) and \
                (subject is earlier or " " in subject.text and _a_person(subject.text)):
            return subject
    if earlier is not None and FROM_BODY.fullmatch(body, earlier.end, last.head) and _a_person(earlier.text) and \
            _lower_only(body, last.end, cue) and cue - earlier.end <= NEAR and LEAD.match(body[start:earlier.head]) \
            and not (" " not in earlier.text and len(last.text.split()) >= 2 and listed_gender(last.text.split()[0])):
        return earlier  # "Kiril Avenko iz Službe za hitne situacije rekao je": the person, from the body; not the
        # one word of a title before a full name: "Учитељица из Леска Маријам Оскан рекла је" is Mariam Oskan
    if PREPOSITION_BEFORE.search(body, start, last.start) and not body[last.end:cue].strip():
        # "Милена Дориќ денеска во Астрел најави": the place where it was said stands between
        spoken_in = next((n for n in reversed(names) if start <= n.start and n.end <= last.start), None)
        between = spoken_in and PLACE_BETWEEN.match(body, spoken_in.end, last.start)
        if between is None or between["day"] and between["day"].lower() not in _days() or \
                cue - spoken_in.end > NEAR or PREPOSITION_BEFORE.search(body, start, spoken_in.start) or \
                " " not in _full_name(spoken_in, names):  # a person's whole name, not "Protest u Nišu"
            return None
        return spoken_in
    between = APPOSITION.match(body[last.end:cue])
    if between is None or cue - last.end > NEAR or PREPOSITION_BEFORE.search(body, start, last.start) or \
            between["day"] and between["day"].lower() not in _days() \
            and between["day"].lower() not in words("speech-adverbs") and not claim_pronoun(between["day"]) \
            and not between["day"].endswith("ում"):
        return None  # a word between may only be the day ("Արամ Սահակյանը երեքշաբթի հայտարարել է"), what the
        # verb takes ("Gerdan je to odbacio"), how or to whom it was said ("Obrenic kratko je rekao") or, in
        # Armenian, where: the locative ("Հյալտադոտիրը Կվիտաուրոսում հայտարարել է")
    return _owner_of(body, start, last, names)


def _joined_head(body: str, start: int, name: _Name, names: list[_Name]) -> _Name:
    """The first of the names joined to ``name`` by "from" or "of", or by lower-case words ending in a preposition
    ("Кристина Шиберас од Универзитетот во Зебиеха" for "Зебиеха"), or ``name``."""
    while (before := next((n for n in reversed(names) if start <= n.start and n.end <= name.head), None)) is not None \
            and (FROM_BODY.fullmatch(body, before.end, name.head) or PREPOSITION_BEFORE.search(body, before.end, name.head)
                 and _lower_only(body, before.end, name.head) and "," not in body[before.end:name.head]):
        name = before
    return name


def _owner_of(body: str, start: int, name: _Name, names: list[_Name]) -> _Name:
    """The name before ``name`` that it belongs to, where one does ("Il Movimento Alvorada di Inês Varejão ha
    definito", "Le Mouvement Alvorada d'Inês Varejão a qualifié": the movement speaks), else ``name``."""
    owner = next((n for n in reversed(names) if start <= n.start and n.end <= name.start), None)
    return owner if owner is not None and OWNER_LINK.fullmatch(body, owner.end, name.head) else name


def _word_after(body: str, start: int, end: int, p: Phrasing) -> str | None:
    "'..., sagte er.': a pronoun right after the verb, the sentence ending soon after."
    m = re.match(r"\s+(\w+)\b", body[start:end])
    return m[1] if m and m[1].lower() in p.pronouns else None


def _pronoun_in(verb: str, p: Phrasing) -> str | None:
    "'a-t-elle ajouté', 'dit-il', 'katanya': a verb that holds its pronoun."
    inverted = re.search(r"-(?:t-)?(il|elle)\b", verb) if p.language == "fr" else None
    if inverted:
        return inverted[1]
    return "dia" if p.language == "id" and verb.lower().endswith("nya") else None


def _content_after(body: str, start: int, end: int, p: Phrasing) -> Span | None:
    """What follows the verb: after its "que", "dass" or "bahwa" when one comes soon, else after a colon
    or comma ("sagte am Montag, ..."; Armenian writes its colon "․"), else right after the verb."""
    window = min(end, start + 50)
    colon = r"[:,․]\s*|\.\s*(?=«)" if p.language == "hy" else r"[:,․]\s*"  # "հայտարարել է. «...»": a stop for "․"
    that, mark = _that(p.that).search(body, start, window), re.compile(colon).search(body, start, window)
    if that is not None and inside_quotation(body[start:window], that.start() - start):
        that = None  # "ha denunciato «una crisi che peggiora ...»": the "che" is the quotation's own
    if mark is not None and inside_quotation(body[start:window], mark.start() - start):
        mark = None  # "a qualifié l'atmosphère de « professionnelle, parfois tendue »": so is this comma
    if mark is not None and body[mark.start()] == "," and len(WORD.findall(body, start, mark.start())) > COMMA_AFTER:
        mark = None  # "mengatakan mogok adalah hak serikat, tetapi ...": what was said began at the verb
    if that is not None and mark is not None and mark.start() < that.start() and \
            re.fullmatch(r",\s*[^\W\d_]+\s*,\s*", body[mark.start():that.start()]):
        mark = None  # "priznao je, međutim, da ...": a word set off before the "that", which opens what was said
    first = min((m for m in (that, mark) if m is not None), key=lambda m: m.start(), default=None)
    if first is mark and mark is not None and body[mark.start()] == "," and _closing_cue(body, mark.end(), end, p):
        # "a salué la décision, a indiqué le gouvernement": another verb begins after the comma, not what was said
        return trimmed(body, start, mark.start())
    at = first.end() if first else start
    then = _that(p.that).match(body, at) if first is mark else None
    if then is not None:  # "oświadczyła, że ...", "հայտարարել է, որ ..."
        at = then.end()
    stop = next(_sentence_ends(body, at, end), None)  # a sentence the splitter left joined: ". „Nu vom ceda ..."
    end = stop.start() + 1 if stop else end
    other = ANOTHER_VOICE.search(body, at, end)  # "..., ce que Méranie conteste : selon son ministère, ..."
    # ... or a verb after a comma that says who passed it on: "..., a indiqué l'agence Tasnim."
    end = next((at + c.start() for c in re.finditer(r",\s*", body[at:end]) if _closing_cue(body, at + c.end(), end, p)),
               end)
    # a clause after "that" says a whole thing in two words: "негира дека постои блокада" (denies there is a blockade)
    return trimmed(body, at, other.start() if other else end,
                   least=2 if that is not None and first is that or then is not None else 3)


def _names_someone(word: str) -> bool:
    "A word that may name who spoke: a name's, a body's ('agence', 'gouvernement') or a title ('porte-parole')."
    return bool(word) and (word[0].isupper() or word.lower().startswith(BODY_STEMS) or _title(word))


def _closing_cue(body: str, at: int, end: int, p: Phrasing) -> bool:
    """Whether a verb of saying at ``at`` closes the sentence with whose words they are ("..., a indiqué l'agence
    Tasnim."), not one set off by commas inside them ("il rapporto, ha aggiunto lei, «conferma ...»")."""
    verb = p.cue.match(body, at, end)
    if verb is None:
        return False
    rest = body[verb.end():end]
    said = WORD.findall(rest)
    # who, not what: a name, a body or a title soon after it ("l'agence Tasnim", "le gouvernement", "Le Parisien"), no
    # "that" nor quotation of its own ("..., ha aggiunto che il governo è unito", "a dénoncé une « provocation »"),
    # nor a thing it says something of ("a démenti ces informations")
    return "," not in rest and not any(q in rest for q in QUOTES) and len(said) <= CLOSING_WORDS and \
        not _that(p.that).search(rest) and \
        (not said or any(_names_someone(ELIDED.sub("", word)) for word in said[:4]))


@cache
def _that(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words) or '(?!)'})(?:\s+|(?<=['’]))", re.I)


def quotation_start(body: str, start: int, end: int) -> int:
    """Where what was said before a verb begins: at ``start``, the sentence's, unless the sentence only
    closes a quotation opened sentences before in its paragraph ('„Trideset godina ... ogradom. Danas
    ... šest”, rekao je Kalan'): then at its opening mark."""
    before = body[start:end].rstrip(" \t,:;—–-")
    if not before or before[-1] not in CLOSING or any(c in OPENING for c in before[:-1]):
        return start
    paragraph = body.rfind("\n", 0, start) + 1
    opened = max(body.rfind(c, paragraph, start) for c in OPENING)
    if opened < 0 or any(c in CLOSING and c not in OPENING for c in body[opened + 1:start]) \
            or body[opened] == '"' and '"' in body[opened + 1:start]:
        return start
    return opened


def trimmed(body: str, start: int, end: int, lead: str = " \t\n,:;՝—–-", tail: str = " \t\n,:;՝.!?…։—–-",
            least: int = 3) -> Span | None:
    """The span without the punctuation and dashes at its edges (``lead`` before, ``tail`` after), if
    ``least`` words at least are left: what was said."""
    text = body[start:end]
    left = len(text) - len(text.lstrip(lead))
    right = len(text.rstrip(tail))
    if right <= left or len(text[left:right].split()) < least:
        return None
    return Span(start + left, start + right)


def _names(body: str, lang: str) -> Iterator[_Name]:
    """Runs of capitalised words (with the particles of names between them: "Ursula von der Leyen"),
    each cut to the name it ends with."""
    run: list[re.Match] = []
    surnames: set[str] = set()  # of the full names so far: "Şahin" opening a sentence is Levent Şahin
    for m in [*map(_without_article, WORD.finditer(body)), None]:
        if m is not None and run and body[run[-1].end():m.start()] == " " and \
                (m.group()[0].isupper() or m.group() in PARTICLES or _joined_particle(m.group())) and \
                not (lang == "hy" and run[-1].group().endswith("ը")) and \
                not (lang == "az" and _az_where(m.group())):  # the article ends a name: "Միլվանը Սորավոյի"; a
            # place in the locative or ablative no Azerbaijani name holds: "Ceyhun Bayramov Bakıda bildirib"
            run.append(m)
            continue
        for part in _of_apart(run):
            head = part[0].start() if part else 0
            part = _name_words(body, part, lang, surnames)
            if part:
                text = body[part[0].start():part[-1].end()]
                if lang == "tr":  # "Peskov'a": a Turkish case ending after an apostrophe
                    text = re.sub(r"['’]\w+$", "", text)
                elif lang == "hy":  # "Փաշինյանը", "Լավրովն իր", "Միրզոյանն": the Armenian article after a name
                    if len(part) == 1 and text.endswith("ում"):
                        continue  # the locative: where it was said ("Կվիտաուրոսում հայտարարել է"), no one who says it
                        # ("Օրլանդո Բլում", a name of two words, still does)
                    text = armenian_base(ARMENIAN_ARTICLE.sub("", text), body)
                if len(part) > 1:
                    surnames.add(part[-1].group())
                if len(part) == 1 and (lang in ADJECTIVE and ADJECTIVE[lang].search(text) or text.lower() in
                                       CAPITALISED_NOUNS and not NAMING_ADJECTIVE.match(body, part[-1].end())):
                    continue  # "télévision d'État": no one; but "l'Etat islamique" is a name
                yield _Name(part[0].start(), part[-1].end(), text, head)
        run = [m] if m is not None and m.group()[0].isupper() else []


def _of_apart(run: list[re.Match]) -> list[list[re.Match]]:
    """A run cut at a particle with two capitalised words or more on each side: "Kasimir Odell di Halcyon
    Risk" is a person of a firm, while "Ursula von der Leyen" and "Leonardo da Vinci" are one name each."""
    for i in range(len(run) - 1, 0, -1):
        if run[i].group() in PARTICLES:
            before = [w for w in run[:i] if w.group() not in PARTICLES]
            after = [w for w in run[i + 1:] if w.group() not in PARTICLES]
            if len(before) >= 2 and len(after) >= 2:
                return [run[:i], run[i + 1:]]
    return [run]


def armenian_base(name: str, body: str) -> str:
    """A name whose last word ends in a vowel, without the endings Armenian gives it after that vowel, where the
    article shows them to be endings: the article -ն ("Մարիա Զախարովան" is Զախարովա where the article also writes
    "Զախարովայի" or "Զախարովաի"), and the -յ a genitive in -յի leaves ("Զախարովայ" of "Զախարովայի", where the
    article also writes "Զախարովան"). Not the ն of "Պուտին", which "Պուտինի" shows, nor the յ of "Նիկոլայ"."""
    head, _, last = name.rpartition(" ")
    if len(last) > 3 and last[-1] in "նյ" and last[-2] in ARMENIAN_VOWELS:
        forms, base = set(WORD.findall(body)), last[:-1]  # read only for a name that may lose an ending
        if last[-1] == "ն":
            shown = base + "ի" in forms or base + "յի" in forms
            kept = any(last + ending in forms for ending in ("ի", "ը", "ին", "ից"))
        else:
            shown = base + "ն" in forms
            kept = any(last + ending in forms for ending in ("ը", "ին", "ից"))
        if shown and not kept:
            return f"{head} {base}" if head else base
    return name


def _without_article(word: re.Match) -> re.Match:
    "A capitalised word after the article French and Italian join to it: 'Agenzia' of \"l'Agenzia\"."
    elided = ELIDED.match(word.group())
    if elided and word.group()[elided.end():elided.end() + 1].isupper():
        return WORD.match(word.string, word.start() + elided.end())
    return word


def _joined_particle(word: str) -> bool:
    "A surname with its particle joined: 'al-Souraïfi', 'es-Sureyfi'; not 'ad-hoc'."
    m = JOINED_PARTICLE.match(word)
    return m is not None and word[m.end()].isupper()


def _name_words(body: str, run: list[re.Match], lang: str, surnames: set[str] = frozenset()) -> list[re.Match]:
    """The words of a capitalised run that name someone: without a sentence's capitalised first word
    ("Le Kremlin") or German nouns ("Die Regierung"), and without the title or body before a name,
    which these languages may capitalise too: "Kremlsprecher Dmitri Peskow", "MSZ Rosji Maria
    Zacharowa", "Cremlino Dmitrij Peskov" are the last two words, or those from a known given name on.
    A run that opens with a body's word and names no one after it is that body, whole."""
    while run and run[-1].group() in PARTICLES:
        run = run[:-1]
    while run and (run[0].group() in PARTICLES or re.fullmatch(HONORIFICS, run[0].group()) or
                   _common(run[0].group(), lang) and run[0].group() not in surnames and
                   (lang == "de" or starts_sentence(body, run[0].start()))):
        run = run[1:]
    while run and lang in SUFFIXED_ARTICLE and SUFFIXED_ARTICLE[lang].search(run[0].group()) and \
            _title(run[0].group()) and not _an_office(run[0].group()):
        run = run[1:]  # "Пратеникот Апасиев", "Портпаролката": the title, with its article, is no name
    if len(run) == 1 and TITLE_WORD.search(run[0].group()):
        return []  # "Sprecherin" alone names no one
    if len(run) == 1 and run[0].group().casefold() in month_names() and DAY_BEFORE.search(body, 0, run[0].start()):
        return []  # "pada 20 Juni", "le 3 Mars": a date's month
    given = [i for i, w in enumerate(run) if w.group().lower() in given_names()
             and not (i and run[i - 1].group().lower() in SAINTS)]  # "San Antonio", "São Paulo": a place
    titled = [i + 1 for i, w in enumerate(run[:-1]) if TITLE_WORD.search(w.group())]
    if given or titled:
        return run[(given or titled)[-1 if titled and not given else 0]:]
    if run and run[0].group().lower().startswith(BODY_STEMS) and not PERSON_NOUN.search(run[0].group()):
        return run  # a body's name, all capitalised: "Kementerian Luar Negeri Ildaria"
    named = [i for i, w in enumerate(run) if w.group() not in PARTICLES]
    return run[named[-2]:] if len(named) > 2 else run


@cache
def _days() -> frozenset[str]:
    "Weekdays, and yesterday and today, in the languages of ``data/weekdays.tsv`` and ``words.tsv``."
    return weekday_names() | words("days-near")


@cache
def _common(word: str, lang: str) -> bool:
    """A capitalised common word: a sentence's first word, or a German noun; by its frequency where
    wordfreq lists the language, else by the language's function words ("Նա", "Ըստ" in Armenian)."""
    if not word[0].isupper() or word.lower() in given_names():
        return not word[0].isupper()
    p = phrasings()[lang]
    if word.lower() in {*p.pronouns, *p.according, *p.that} or word.lower() in language_stopwords(lang) or \
            frequency_language(lang) is None and AS_SAID.match(word):  # "Ինչպես" (as), which no word list tells
        return True
    return common_word(word, lang, sentence_start=True)

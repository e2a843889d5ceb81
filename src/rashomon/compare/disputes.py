"""Disputes: one party asserts something, another denies it.

This is not two outlets contradicting each other but a quarrel they report, and what a
media researcher wants to see is each position, who holds it, and which outlets give
voice to each side. A denial is a statement whose cue denies ("Bayramov dismissed ...",
"Azerbaijan rejects ..."), whose content calls something baseless ("the allegations ...
have no basis") or says it does not exist ("there is no blockade"). What it denies is
its content without the words of denial ("the allegations of a roadblock and a
humanitarian crisis"). The sentences that assert it are those, in any of the compared
articles, that give the denied content's own words, weighted by how rare each is in the
story, so that a sentence sharing only the story's common words ("the corridor") does
not count. A party's position outlasts one event of a story, so a denial may answer a
sentence of another event, but such a link counts for less. Denials of one thing by
several reports become one dispute; sentences that are themselves denials, or that
negate what they say, never stand for the other side.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from functools import cache

from ..analyse import phrasings, slavic
from ..analyse.named_claims import CLAIM_NOUN, bare_claim, claim_nouns, claim_pronoun
from ..analyse.names import name_key, same_name, without_generation
from ..analyse.reported_denials import AS_MANNER, PLAN, PRESENTING, stands_for_a_claim_before
from ..analyse.speakers import nations
from ..group.bodies import POSSESSIVE
from ..group.names import starts_sentence
from ..group.speakers import FEMININE_SURNAME
from ..ingest.months import month_names
from ..model import Article, Statement
from ..vocabulary import baseless, concepts_in, denial_cues, parts, refusals, words
from .align import (STEM, SYNONYMS, WORD, Space, Unit, amount_or_date, function_words, name_stems, root,
                    term)
from .model import UNKNOWN_OUTLET, Dispute, Evidence, Position

DENIAL_CUES = denial_cues()  # data/denials.tsv
BASELESS = baseless()  # "no basis", "fabricated"
REFUSAL = refusals()  # "denied a request", "denied entry"
NO_PART, PART, BLAME = parts()  # "had nothing to do with", "was behind", "accused"
# "He declined to comment on the delay": a sentence that says someone said nothing asserts nothing
NO_COMMENT = re.compile(r"\b(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not)\s+(?:to\s+)?"
                        r"(?:comment|elaborate|say\s+more|give\s+(?:details|a\s+reason))\b", re.I)
# a clause the denier adds after what is denied: ", insisting ...", "..., а на дороге проходит акция экологов" (but on the
# road ecologists protest); not "..., а также о кризисе", which goes on naming what is denied
ADDED_CLAUSE = re.compile(r"[,،]\s+(?:\w+ing|and|but|while|because|as|а(?!\s+(?:также|також))|но|однако|тогда\s+как|"
                          r"але|проте|тоді\s+як|натомість|mais|alors\s+que|tandis\s+que|ma|mentre|tetapi|namun|"
                          r"sedangkan|ali|али|туку|اما|ولی|բայց|իսկ)(?![\w'’])", re.I)
# between a denier's verb and the claim it was said of: "said about", "said Friday of", "told reporters, referring to"
SPOKEN_OF = re.compile(r"\s+(?:[\w.]+\s+){0,3}?(?:about|of|regarding|concerning|referring\s+to|in\s+response\s+to)"
                       r"\s+(?:the|a|an|this|that|these|those)?\s*", re.I)
# a negation a few words before words that call a thing baseless ("is not a hoax", "would not call it a hoax", "Nobody
# is saying ...", "не является фейком"), or a fight against lies ("бороться с ложью", "між правдою і брехнею")
NOT_BEFORE = re.compile(r"(?:\b(?:not|never|nobody|no\s+one|не|ні|pas|non|nicht|nie)|n['’]t)(?:\s+\w+){0,4}\s+$|"
                        r"\b(?:с|со|з|із|зі|against|fight\w*|между|між)(?:\s+\w+){0,2}\s+$", re.I)
# a claim pointed at, which is the one just made ("rejected that claim, saying ..."), not what the clause after says
POINTED = re.compile(r"\s*(?:that|this|these|those)\s+\w+\s*$", re.I)
# a claim told as its owner's: "the NAACP's claim that", "Moscow's allegations of"
OTHERS_CLAIM = re.compile(r"\b(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:[a-z]+\s+)?"
                          r"(?:claims?|allegations?|accusations?|assertions?)\s+(?:that|of)\b")
SAID_OF_IT = re.compile(r"\s+(?:from|that|of|about|over|regarding|concerning)\s", re.I)  # words after a claim's noun
IF_TRUE = re.compile(r"\bif\s+(?:(?:they|it|that|this|the\s+\w+)\s+(?:is|are|was|were|prove|proves|proved)\s+)?"
                     r"(?:true|accurate|correct|proven|confirmed|substantiated)\b", re.I)
MEDIA_THINGS = {"video", "interview", "clip", "ad", "advertisement", "speech", "broadcast", "podcast", "post", "tweet"}
REPORTING = {"report", "allege", "accuse", "claim", "charge", "reveal", "disclose"}  # cues that make a claim
RELATIVE = re.compile(r",\s+(?:which|who|whom|whose)\b", re.I)
FULL_STOP = re.compile(r"[\s\"'”’»]*[.!?]")  # the sentence ends there ...
ENDED = re.compile(r"[.!?][\"'”’»]*\s*$")  # ... or has just ended
ADDED_JOIN = re.compile(r"\s*,\s*(?:and\s+)?")  # between a denial and the statement its denier adds
# a negation, in English, Russian and the languages ``analyse.phrasings`` reads ("не хватает", "is short of",
# "without", "без" assert a lack: no negation); to avoid or avert a thing says it is not there
NEGATED = re.compile(r"\b(?:no|not|never|nor|nothing|nobody|none|avoid\w*|avert\w*|prevent\w*|stave\w* off|нет|никогда|"
                     r"не(?!\s+(?:хвата|менее|более))|"
                     r"ne|n['’]|pas|jamais|non(?!-)|"
                     r"nicht|kein\w*|nie|nunca|não|nu|tidak|bukan|nema|нема|değil)\b|n['’]t\b", re.I)
# words of negation that negate nothing: "not only", "no fewer than", «не менее 300» (at least), "non solo"
NOT_NEGATING = re.compile(r"\b(?:not\s+(?:only|just|merely|least)|no\s+(?:fewer|less|more)\s+than|"
                          r"not\s+(?:\w+\s+){0,2}(?:until|till)|"  # "would not arrive until Monday": it arrives then
                          r"none\s+more\s+so|none\s+other\s+than|nothing\s+(?:but|short\s+of|(?:less|more)\s+than)|"
                          # no one can doubt, ignore or hide a thing: it is so ("nobody could ignore the famine")
                          r"(?:nobody|no\s+one|nothing)\s+(?:\w+\s+){0,2}?(?:doubt|ignor|hid|disput|question|overlook|"
                          r"escap|surviv|den(?:y|ie))\w*|"
                          r"не\s+(?:менее|более|только|раз)|"
                          r"не\s+(?:лише|тільки|менше|більше)|non\s+(?:seulement|solo|soltanto)|pas\s+seulement|"
                          r"no\s+solo|nicht\s+nur|ne\s+samo|не\s+само|tidak\s+hanya|"
                          r"(?:ne\s+|n['’])\w+\s+que|non\s+\w+\s+che)\b", re.I)  # "ne détient que trente": only
# the words that say "none" with a negation, stems of five letters at most: «ни одного», "aucun civil", "nessun civile"
NO_ONE = re.compile(r"aucun|aucu|nul|nulle|nessu|ningu|ни|одног|одной|никак|жодно|жодни|nijed|nijedn|нијед|ниеде", re.I)
# a negation that asserts nothing is so: a condition ("if there is no response from Flynn"), a warning or a request
# ("warning members of Congress not to reduce benefits")
# ... nor does not denying ("Korvania does not deny that it blocked the road"), nor "not yet", which tells of no end
UNASSERTED = re.compile(r"\b(?:if|unless|whether|not\s+to|never\s+to|si|wenn|ob|если|якщо|not\s+yet|пока|ще|"
                        r"(?:not|never|n['’]t)\s+(?:\w+ly\s+)?(?:deny|denie[sd]|dispute[sd]?|contest\w*|reject\w*))\b", re.I)
NEGATED_CUE = re.compile(r"(?:(?:\bnot|\bnever|n[’']t)\s+(?!only\b)(?:\w+ly\s+)?|\bне\s+)\w+$", re.I)  # "did not directly dispute"
URGED_TO = re.compile(r"\b(?:urg\w*|ask\w*|call\w*\s+on|pressed|pressing|encourag\w*|want\w*|expect\w*)\s+"
                      r"(?:[\w’']+\s+){0,3}to\s+$", re.I)
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+\w+$", re.I)  # the cue in the passive: "was denied"
REFUSED_PRONOUN = re.compile(r"(?:him|them|me|us)\b")  # lower case: "US claims" names a country
REFUSED_THING = re.compile(r"\s+(?:a|an|the|any|his|her|their|its|access|entry|permission|bail|asylum|passage|"
                           r"funding|approval|visas?)\b", re.I)
# words of any denial and of reporting, never what is denied
# (stems that begin other words too are left out: "ansch" is Anschuldigung and Anschlag, "groun" groundless and
# ground troops, "дейст" действительности and действия; what calls a thing baseless is cut off before, ``_denied``)
GENERIC = {"~deny", "~accuse", "claim", "claims", "said", "say", "says", "statement", "report", "repor", "basis",
           # "so-called", "так называемый", "prétendu", "soi-disant", "cosiddetto", "takozvani", "так званий",
           # "такозвани", "таканаречен": the denier's distance, no content of the claim
           "so-ca", "назыв", "préte", "soi-d", "cosid", "takoz", "звани", "такоз", "такан",
           "link", "links", "conne", "versi", "accou", "sugge",
           "absur", "false", "alleg", "asser", "untru", "basel", "unfou", "fabri", "lies", "slande", "nonse",
           "обвин", "утвер", "заявл", "сообщ", "основ", "беспо", "необо", "безос", "клеве", "вымыс", "ложью",
           "имеют", "имеет", "собой", "никак", "лишен", "соотв",
           "звину", "тверд", "заяви", "заява", "повід", "підст", "безпі", "необґ", "накле", "вигад", "брехн",
           "мають", "жодни", "позба", "дійсн",
           # the other languages' words of accusing, claiming and calling baseless, as 5-letter stems
           "accus", "allég", "affir", "infon", "fonde", "accue", "alleg", "affer", "acusa", "afirm", "infun", "funda",
           "vorwü", "behau", "haltl", "unbeg", "oskar", "zarzu", "twier", "bezpo", "acuza", "nefon",
           "optuž", "tvrdn", "neosn", "оптуж", "тврдњ", "обвин", "неосн", "tuduh", "klaim", "berda", "iddia",
           "asıls", "suçla"}
# cues that answer a claim, and what comes before their speaker when they answer one made in their sentence
COUNTERS = {"counter", "respond", "retort", "rebut"}
DENYING, COUNTERING, SAYING_NOT = "denies", "counters", "says not"  # how a statement takes the other side
HAD_NO_PART = "had no part"  # "Serbia had nothing to do with the attack", "denied any involvement in the outage"
PART_ONLY = 0.3  # a link to a sentence that gives the party a part in its event, but no word of the thing denied
# whoever had a part, not a party given one: "those responsible must face justice", "assessing who was responsible"
ANYONE = re.compile(r"\b(?:those|whoever|who|anyone|anybody|all|people|men|perpetrators|culprits|gunmen|attackers)\s+"
                    r"(?:(?:is|was|were|are|be|been|may\s+be)\s+)?$", re.I)
# a part the sentence says was denied or doubted, not given: "Korvania has refused to accept responsibility for",
# "rejected any responsibility", "questioned the accusations of involvement", «усомнилась в обвинениях»
DISOWNED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|refus\w*|disclaim\w*|dismiss\w*|question\w*|doubt\w*|"
                      r"rejet\w*|récus\w*|dément\w*|respin\w*|smenti\w*|negat\w*|bestritt\w*|bestreit\w*|"
                      r"zurückgewiesen|отверг\w*|отрица\w*|опроверг\w*|усомни\w*|сомнева\w*|заперечу\w*|"
                      r"відкин\w*|odbac\w*|demanti\w*|негира\w*|одбац\w*|reddet\w*|yalanla\w*)\b", re.I)
# a part word as a noun after its determiner: "the people responsible", "les responsables de la Korvanie"
DETERMINER = re.compile(r"\b(?:the|their|its|his|her|les|des|ses|leurs|nos|los|las|sus|gli|die|der|den|ihre)\s+$",
                        re.I)
PART_REACH = 40  # characters from a denying cue to the word of a part it denies: "denied that it played any role"
SUBJECT_WORDS = 5  # words from a party to the word that gives or denies it a part: "Serbia had nothing to do with"
# the prepositions that put a thing inside another ("the talks on the attack"), in the languages of the part words
PREPOSITIONS = frozenset("on at into about over after before during with against from to in for of within near "
                         "о об на после в во с со при для по за у під після про "
                         "u na nakon posle poslije o za sa "
                         "sur après dans avec contre pendant sulla sul dopo nella nel con contro durante über "
                         "nach mit bei gegen während sobre después en con contra durante".split())
VERB_LAST = frozenset({"tr", "az", "fa", "hy"})  # languages that name the thing before the words of no part
SUBJECT_AFTER = frozenset({"ru", "uk", "be", "sr", "hr", "bs", "mk", "sl", "bg", "pl", "cs", "it", "es", "pt"})
# a name right after a verb of a part, past an auxiliary: its subject in those languages
SUBJECT_NEXT = re.compile(r"\s+(?:(?:je|је|su|су|jest|была|был|было|были|ha|hanno|è|fue|foi|lo|la|le|ge)\s+)?"
                          r"(?P<name>[^\W\d_][\w'’-]*)")
# words from a word of a part to the thing: "was behind the deadly attack", not "responsible for security at the
# border post at Harna after the attack"
THING_WORDS = 7
AFTER_WORDS = 4  # words from a word that blames or takes an agent to the party: "supported by official Belgrade"
_AGENT = r"(?:by|par|da|von|от|од|od|nga|oleh)"  # the words a passive names its agent after
AGENT = re.compile(rf"\s*{_AGENT}(?!\w)", re.I)  # after a word of a part: "backed by", "podržan od"
AGENT_END = re.compile(rf"\s{_AGENT}$", re.I)  # ... or closing the listed words: "supported by", "soutenu par"
# "has neither confirmed nor denied responsibility", "would not confirm or deny": no denial
UNDECIDED = re.compile(r"\b(?:neither\s+\w+\s+nor|confirm\w*\s+or|ni\s+\w+\s+ni|ни\s+\w+,?\s+ни)\s+$", re.I)
BUT_BEFORE = re.compile(r"(?:[,;—–]\s*)?\bbut\s+$|;\s*$", re.I)
OBJECT_CUES = denial_cues(claims_only=True)  # deny only when what they take is a claim
ACCUSING = {"accuse", "обвинить", "звинуватити"}  # cues that accuse, in any language: never a denial
CLAIM_OBJECT = re.compile(r"\W*(?:\S+\s+){0,4}?(?:claims?|allegations?|accusations?|reports?|charges?|suggestions?|"
                          r"assertions?|rumou?rs?|notion|idea|criticism|statements?|links?|connection|version|account|that|"
                          r"обвинени\w*|утверждени\w*|заявлени\w*|сообщени\w*|информаци\w*|слух\w*|претензи\w*|что|"
                          r"звинувачен\w*|твердженн\w*|заяв\w*|повідомленн\w*|інформаці\w*|чутк\w*|претензі\w*|що|"
                          # French, Italian, Spanish, Portuguese, German, Polish, Romanian, Serbian, Macedonian,
                          # Indonesian, Turkish: the languages analyse.phrasings reads
                          r"accusations?|allégations?|affirmations?|informations?|rumeurs?|que|"
                          r"accuse|allegazioni|affermazioni|notizie|voci|che|acusaci\w+|afirmaci\w+|informaci\w+|"
                          r"acusaç\w+|alegaç\w+|afirmaç\w+|Vorw[üu]rf\w*|Anschuldigung\w*|Behauptung\w*|Bericht\w*|dass|"
                          r"oskarże\w+|zarzut\w*|twierdze\w+|doniesie\w+|że|acuza\w+|afirma\w+|informa\w+|că|"
                          r"optužb\w*|tvrdnj\w*|navod\w*|оптужб\w*|тврдњ\w*|навод\w*|обвинувањ\w*|тврдењ\w*|дека|да|da|"
                          r"tuduhan|klaim|laporan|bahwa|iddia\w*|suçlama\w*)\b", re.I)
GERMAN_ARTICLE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein\w*)\s+"
                            r"(?:[a-zäöüß0-9][\w-]*\s+){0,2}$")
LINK_BAR = 0.35  # share of the denied content's weight a sentence must give to assert it, in two of its
# words at least where it has two: "the incident occurred" does not assert "the attack occurred"
OTHER_EVENT = 0.6  # a link to a sentence of another event of the story counts this much
# a party saying a thing is not so, with no word of denial, answers a claim this surely: under the bar, since on
# BASIL two or three such answers in ten are true ("Mexico will not pay for a wall" against "Trump insisted Mexico
# would pay") and the rest are not ("Barr must not give Trump a preview" against "Barr will determine the next steps")
SAYS_NOT = 0.45
# a denial of one content word ("rejected that account", "dispute that the blockade is over") cannot be
# told from any sentence that uses the word: its links count this much, under the bar
ONE_WORD = 0.45
# ... unless the denial names the claim by that word alone: "the allegations of a blockade are baseless",
# «обвинения в блокаде», "les allégations de blocus", "optužbe o blokadi": the blockade is what is denied
CLAIM_NOUNS = claim_nouns()  # data/words.tsv claim-nouns
CLAIM_NOUN_END = re.compile(rf"\b(?:{CLAIM_NOUNS})\W*$", re.I)  # a claim's noun just before: "the rumors, which ..."
# whose claims they are, before what they claim: "the claims of Vastorian officials about the situation": who made
# them is the claims' holder, no word of what a sentence must assert; but "reports of shelling over the weekend"
# names the thing claimed
CLAIMANT = re.compile(rf"\W*(?i:(?:(?:the|these|those|such)\s+)?(?:{CLAIM_NOUNS})\s+)"
                      r"(?:(?:by|from)\s+|of\s+(?=[A-Z]|(?:the\s+)?\w+\s+(?:officials|residents|leaders|authorities)\b))"
                      r"(?:[\w'’-]+\s+){1,5}?(?=(?:about|regarding|concerning)\s)")
# ... but an account, a version or a link of a thing is not the thing: "dismissed the account of the delay" does not
# deny that there was a delay
NAMED_CLAIM = re.compile(rf"\b(?!(?:links?|connection|versions?|accounts?|testimon\w+)\b)(?:{CLAIM_NOUNS})\s+"
                         r"(?:of|about|regarding|over|в|во|у|de|d['’]|di|über|o|за)"
                         r"\s+(?:(?:an?|the|une?|la|le|les|des|du|del|della|einer|eines|der)\s+)?(?P<word>[^\W\d_]+)", re.I)
CLAIM_REACH = 4  # words up the parse from a participle to the claim's noun it tells of
NAMED_BEFORE = re.compile(r"\b(?:the|these|those|such)\s+(?P<word>[a-z]{4,})\s+(?:allegations|accusations|claims|charges|"
                          r"reports|rumou?rs)\b", re.I)
# "Pence press secretary Alyssa Farah", "a Pence aide": the surname of the one a speaker speaks for
SPEAKS_FOR = re.compile(r"\b([A-Z][\w-]+)(?:['’]s)?\s+(?:press\s+secretary|spokes(?:man|woman|person)|aides?|"
                        r"advis[eo]rs?|lawyers?|attorneys?|campaign|office|chief\s+of\s+staff)\b")
NOT_A_CLAIM_WORD = {"false", "baseless", "unfounded", "latest", "recent", "earlier", "similar", "other", "same", "media",
                    "press", "news", "above", "previous", "repeated", "serious", "wild", "absurd", "fresh", "initial",
                    "unconfirmed", "official", "conflicting", "first", "early", "further", "new", "these", "various"}
# a party denies a thing by saying it does not exist: "There is no blockade of the Lir Valley", «Никакой блокады
# нет», "Жодної блокади немає", „Nikakve blokade nema", "il n'y a pas de blocus", "es gibt keine Blockade", "no hay
# bloqueo", "non c'è alcun blocco", "tidak ada blokade"; the thing named next is what is denied
NO_SUCH = re.compile(r"\W*(?:that\s+)?(?:there\s+(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+no|"
                     r"(?:is|are|was|were|has|have|had)\s+never\s+(?:been\s+)?(?:an?|any))|"
                     r"никак\w+|жодн\w+|nikakv\w+|никакв\w+|nema|нема|немає|нет|"
                     r"il\s+n['’]y\s+(?:a|avait|a\s+eu)\s+(?:pas|aucun\w*|jamais)(?:\s+d['’e])?|es\s+(?:gibt|gab)\s+kein\w*|"
                     r"no\s+(?:hay|hubo|existe)(?:\s+ning\w+)?|non\s+(?:c['’]è|c['’]era|esiste)(?:\s+(?:alcun\w*|nessun\w*))?|"
                     r"tidak\s+ada)\s+(?=[^\W\d_])", re.I)
# ... but not a party's "there is no doubt", "no need", "no alternative to talks": nothing anyone asserts
NO_SUCH_IDLE = re.compile(r"(?:(?:doubt|need|reason|alternative|comment|time|way|question|word|immediate|further|"
                          r"other|more|one|choice|option|point|room|sign|indication|date|timetable|deadline|plan)s?|"
                          r"сомнени\w*|необходимост\w*|альтернатив\w*|причин\w*|смысл\w*|сумнів\w*|потреб\w*|"
                          r"сумње|sumnje|potrebe|alternativ\w*|razloga|doute|besoin|raison|duda|necesidad|razón|"
                          r"dubbio|bisogno|motivo|Zweifel|Bedarf|Grund|Alternative|keraguan|alasan)\b", re.I)
SCARE_QUOTES = re.compile(r"[“\"«„]([^”\"»“„«\n]{1,60}?)[”\"»“]")  # a few words set in quotation marks
# what a thing said not to exist is said not to be in: "no pathway to citizenship *in this proposal*"
SCOPE = re.compile(r"\s(?:in|within|inside|under)\s+(?:this|that|these|those|the|his|her|its|their|our|my|your)\s+"
                   r"(?P<scope>(?:[^\W\d_]+\s+){0,2}(?:budget|bill|plan|proposal|deal|agreement|law|legislation|"
                   r"package|draft|text|offer|order|resolution|treaty|contract|policy|programme|program|measure)s?)$",
                   re.I)  # ... a plan's or a text's: "in this region" is where, and any sentence of the place answers
THING_END = re.compile(r"[.!?;](?=[\s\"»”“]|$)|,|\s(?:or|and|but|nor)\s")  # "no torture at Kerran or at any other ..."
NEGATION_REACH = 4  # words from an English negation to the word it negates: "did not fully close the road"
CLAUSE_END = re.compile(r"[,;:—–]")  # a negation in another language negates its clause
QUOTE_EDGES = " ,;:\"'«»“”„‘’"  # trimmed from the ends of what a dispute is about
OPENING_QUOTES = "\"'«“„‘"
THAT = re.compile(r"^that\s+", re.I)  # what opens a clause said, no word of it
DISMISSING_ONLY = 3  # words beside those that dismiss, in a denial that names nothing: "There is", "We agreed to"
CONFIDENT = 0.5  # disputes whose best link reaches this are shown by default
MAX_CLAIMS = 6  # sentences shown for the asserted side of one dispute
SOMEONE_ELSE = re.compile(r"\b(?:he|she|they)\b", re.I)  # who may stand for a denier in a claim about them
TOLD_SENTENCES = 4  # sentences of one speaker that a bare "the claims" may answer
DEMONYM_SHAPE = re.compile(r"(?:ian|ean|ese|ish|i)$")  # "Velmorian", "Chinese", "Azerbaijani"
CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ]")
# a body's spokesperson, by the words that name her: "ministry spokeswoman", "a spokesman for the army", "пресс-секретарь
# ведомства", "речниця міністерства"; not "his spokeswoman", who speaks for a person
_BODY = "|".join(sorted(words("bodies"), key=len, reverse=True))
# with the words before the body's word that may name its owner ("Velmorian defence ministry spokeswoman")
SPOKESPERSON = re.compile(
    rf"(?P<owner>(?:\b[\w'’-]+\s+){{0,2}})\b(?P<body>{_BODY})(?:['’]s)?\s+(?:spokes(?:man|woman|person)|press\s+"
    rf"secretary)\b|\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?(?P<owner2>(?:[\w'’-]+\s+){{0,2}})"
    rf"(?P<body2>{_BODY})\b|(?<!\w)(?:пресс-секретар|прес-секретар|представител|представни|речни)\w*\s+"
    r"(?P<body3>ведомств|министерств|міністерств|відомств|правительств|уряд|МИД|МЗС|Минобороны|Міноборони)", re.I)
# verbs that say little alone, and their forms: what they take is what is denied ("carried out the strike")
LIGHT_VERBS = words("light-verbs")
LIGHT_FORMS = words("light-forms")


def _action_root(word: str) -> str:
    "A word's crude root without a lemmatizer (the pipeline runs none): 'fired', 'firing' and 'fire' -> 'fir'."
    return root(word).removesuffix("e")


# roots of denying and of claiming, never the denied action: "disputed" -> "disput", "claims" -> "claim"
DENIAL_ROOTS = {_action_root(w) for w in DENIAL_CUES | {"claim", "allege", "report", "accuse", "suggest", "assert",
                                                         "charge", "say"}}
# a denied action's root -> its synonym class, so "closed" is named by "the closure" ("shut" and "halted" too)
ACTION_CLASSES = {_action_root(w): kind for w, kind in SYNONYMS.items()}


def disputes(articles: list[Article], space: Space, events: Mapping[str, int] = {}, docs: list | None = None
             ) -> list[Dispute]:
    """Every denial the articles report, with the sentences that assert what it denies. With the
    articles' parses (``docs``, None where not English), a sentence asserts a denied action only if it
    names that action: "mortars were fired from the school" is not asserted by "a mortar strike on the school"."""
    actions = _Actions(docs, articles) if docs is not None else None
    denials = [(ai, st, piece, kind) for ai, a in enumerate(articles) for st in a.statements
               if (kind := _denial_kind(a, st)) for piece in _denying_pieces(a, st)]
    # a party's "it is not so" is no denial's sentence: it may still assert another claim ("the famine showed no
    # sign of easing") or stand for what a later denial answers ("said Belstria had not handed over ...")
    denial_units = {i for ai, st, _, kind in denials if kind != SAYING_NOT for i, u in enumerate(space.units)
                    if u.article == ai and u.start < st.content.end and u.end > st.content.start}
    # sentences that report a claim with its denial ("..., a claim Baku denies") still assert it for other denials
    both = {id(st): (ai, st.content.start) for ai, st, _, kind in denials if _reports_both(articles[ai], st, kind)}
    reporting = {i for ai, start in both.values() for i, u in enumerate(space.units)
                 if u.article == ai and u.start <= start < u.end}
    not_claims = denial_units - reporting  # the sentences that assert nothing a denial of a part answers
    holders = [_holder(articles, u) for u in space.units] if denials else []
    voices = [_speaks_for(articles[u.article], h) for u, h in zip(space.units, holders)]
    idf = _idf(space)
    found: list[Dispute] = []
    # what a bare denial answers, told without who said it ('Mr. Steele was “betting against our troops”'), by the
    # sentences' words, which tell its reports in other languages apart and together as merging does
    labels: dict[str, str] = {}
    uncertain_parts: dict[int, Dispute] = {}  # uncertain disputes of a party's denial of a part, by their denial
    for ai, st, (start, end), kind in denials:
        article = articles[ai]
        if kind == HAD_NO_PART:
            if start == st.content.start and \
                    (part := _no_part(articles, space, ai, st, _part_denied(article, st, denies=True), events,
                                      not_claims, holders, voices, idf)) is not None:
                if part.confident:
                    found.append(part)
                    continue
                uncertain_parts[id(st)] = part
            # ... else as any other denial, for the sentences that assert what it denies in its words ("Korvanian
            # drones struck the post"), and for a later sentence of its quote that calls a thing baseless
            kind = _denial_kind(article, st, part=False)
            if kind is None:
                continue
        at, unit = start, _unit_at(space, ai, start)  # None for a sentence too short to be a claim: "There is no blockade."
        says_not = kind == SAYING_NOT
        if says_not:  # «Корвания не удерживает ни одного мирного жителя»: the clause that says not, to its end
            start, end = _negated_clause(article.body, start, end) or (start, end)
        end = _object_end(article.body, start, end)
        absent = None if says_not else _none_such(article.body[start:end])
        if absent is not None:  # "there is no blockade ...": the blockade is denied, named as a claim would be,
            start += absent  # to the end of its clause ("... Shops are open," goes on with the denier's own account)
            stop = THING_END.search(article.body, start, end)
            end = stop.start() if stop else end
        if not says_not and absent is None and (claimant := CLAIMANT.match(article.body, start, end)) is not None:
            start = claimant.end()  # "the claims of Vastorian officials about the situation": about the situation
        denied = _denied(article, space, ai, start, end, idf)
        # "there is no pay rise in this budget" tells what the budget holds: only a sentence of that budget asserts it
        scope = SCOPE.search(article.body, start, end) if absent is not None else None
        scoped = {t for t in space.vector(ai, scope.start("scope"), end) if t not in GENERIC and not amount_or_date(t)} \
            if scope is not None else set()
        # the words a denial puts in quotation marks are the claim's own: 'denied they give the government a “back
        # door”' is answered only by a sentence with most of them, not by any that shares "government" and "systems"
        quoted = {t for q in SCARE_QUOTES.finditer(article.body, start, end) if len(q.group(1).split()) <= 4
                  for t in space.vector(ai, q.start(1), q.end(1)) if t in denied}
        if not _words_of(denied) and not POINTED.match(article.body, start, end) and \
                not _points_back(article.body[start:end]) and (said := _added(article, st, end)) is not None:
            # "rejected the accusations, saying reports of troops massing on the border were lies": what the
            # added clause says is what an object of no words of its own stands for; "rejected that claim, saying
            # ..." and "denied that, saying the aircraft had been confiscated" point at the claim just made, and
            # what follows is the denier's own account
            start, end = said
            denied = _denied(article, space, ai, start, end, idf)
        told, claimed_here = None, False
        # "rejected criticism from across the spectrum that ...": the parse cut the claim short; it says what it is
        bare = _bare_denial(article.body, start, end) and not SAID_OF_IT.match(article.body, end) \
            or stands_for_a_claim_before(article, st)
        if (bare or kind == COUNTERING) and (inside := _claimed_in_sentence(article, st)) is not None:
            # "Almadria said Verlin had promised to slow the filling and Drovec denied it", "Armenia accused Baku
            # of blocking the road, a claim Baku denies": the claim is in the denial's own sentence, which reports
            # both sides
            told, (start, end), claimed_here = [], inside, True
            denied = _denied(article, space, ai, start, end, idf)
        elif bare and (before := _told_before(space, ai, start, denial_units, holders, article, st)) is not None and \
                (not (pronoun := _points_back(article.body[start:end]))
                 or _said_by_another(st, before, holders, voices)) and not _own_words(st, before, holders, voices) and \
                not (pronoun and st.cue_word in OBJECT_CUES and _a_plan(space, before, holders)):
            # "Velmin rejected the accusation.": the one the sentences before made ("He said rescue teams had
            # taken 14 hours to reach the town"); a word standing for it ("he rejected it") stands only for what
            # another said, not for "he knew the White House had ordered the CIA to stand down", an order, nor,
            # where "it" is rejected, for "the proposal, which Mr. Trump unveiled", a plan
            told, (start, end) = before, (space.units[before[0]].start, space.units[before[-1]].end)
            denied = _denied(article, space, ai, start, end, idf)
            labels[_words(article.body[start:end])] = _what_they_said(article, space, before, holders)
        if says_not:  # what is said not to be so, without the word that says not ("n'a" of "n'a pas bloqué")
            denied = {t: w for t, w in denied.items() if not NEGATED.match(t) and not NO_ONE.fullmatch(t)}
        total = sum(denied.values())
        if not total or not _words_of(denied) or says_not and not _negated(article.body[start:end], denied,
                                                                           article.language):
            continue  # a party's words that negate no word of their own ("not only ...") deny nothing
        links = []
        own_event = events.get(article.id)
        one_word = _words_of(denied) < 2
        thin = ONE_WORD if one_word and absent is None and not _names_the_claim(article.body, start, end) else 1.0
        # "there has been no torture at Kerran" is sure of a sentence that tortures at Kerran, not of any torture;
        # "there was no power in the building" names no place, and is sure of nothing
        placed = {t for t in denied if t.startswith("@")} if one_word and absent is not None else None
        action = actions.denied(ai, start, end) if actions is not None else None
        # a claim reported with its denial that something is not so ("Ryan said the letters did not speak for all
        # bishops, a point the conference disputes") is asserted in the negative
        negative = claimed_here and _negated(article.body[start:end], denied, article.language)
        # a party saying a thing is not so answers only sentences that say the word its negation falls on: "they did
        # not know how many people were killed" answers no "twelve people were killed"
        forms = _negated_terms(article.body[start:end], denied, article.language) if says_not else {}
        negated = {t for t, more in forms.items() for t in (t, *more)}
        # the names it gives: its entities, or where no entity model found one, its capitalised words
        placed_not = {t for t in denied if t.startswith("@")} or (set(_capitalised(
            article.body, start, end, article.language == "de")) if says_not else set())
        for j, u in enumerate(space.units):
            if j in denial_units and j not in reporting or j == unit or \
                    u.article == ai and u.start < st.content.end and u.end > st.content.start:
                continue  # nor the denial's own words: a quote may run on into the next sentence
            vec = space.vectors[j]
            said = {t for t in denied if t in vec or not forms.get(t, set()).isdisjoint(vec)}
            share = sum(denied[t] for t in said) / total
            words = [t for t in said if not t.startswith("@")]
            # what a bare "the claims" answers is asserted, even in the negative ("did not hand over 11 people"),
            # where its speaker says it: not "Korvan shrugged off the testimony", told between his words
            told_here = told is not None and j in told
            answered = told_here and share > 0 and (len(told) == 1 or holders[j] is not None)
            if told_here and not answered:
                continue
            if not answered and (share < LINK_BAR or len(words) < min(3 if negative or says_not else 2, _words_of(denied))):
                continue  # a claim in the negative is met in a negative sentence: one more word of it must be there
            if not answered and (_negated(u.text, denied, articles[u.article].language) != negative
                                 or BASELESS.search(u.text) or NO_COMMENT.search(u.text)
                                 or _same_party(st, holders[j], voices[j]) or _anothers_claim(u.text, holders[j])):
                continue  # a negation, or calling a thing baseless, asserts nothing (a claim that something is not so,
                # only a negation asserts); nor is a party retelling its own words the other side, nor one telling
                # another's claim ('Palin said she was "saddened by the NAACP's claim that ..."')
            if action is not None and not actions.names(j, u, action) or says_not and (
                    negated.isdisjoint(vec) or placed_not.isdisjoint(vec)) or scoped and scoped.isdisjoint(vec) or \
                    quoted and 2 * len(quoted & vec.keys()) <= len(quoted) and not told_here:
                continue  # ... and of whom or where, by a name both give: "Mexico will not pay for a wall"
            # a position outlasts one event of a story, but a link across events is less sure
            other_event = events.get(articles[u.article].id)
            apart = own_event is not None and other_event is not None and own_event != other_event
            if apart and (absent is not None or told is not None or thin < 1.0 or says_not):
                continue  # "there were no casualties", or "denied the claims" just made, tell of their own event;
                # so does a claim named by one word ("dismissed the account of the delay"), too thin to carry over
            sure = (thin if placed is None or not placed.isdisjoint(vec) else ONE_WORD) * (SAYS_NOT if says_not else 1.0)
            links.append((round(share * sure * (OTHER_EVENT if apart else 1.0), 3), j, words))
        if claimed_here and unit is not None and id(st) in both:
            links.append((1.0, unit, [t for t in denied if not t.startswith("@")]))  # whose claim it reports too
        if not links:
            continue
        links.sort(key=lambda x: (-x[0], x[1]))
        best = links[0][0]
        content = _words(article.body[start:end])
        denial = _position("denies", st, _evidence(articles, space.units[unit]) if unit is not None
                           else _sentence_evidence(article, at))
        claims = [_position("asserts", holders[j] and (
                      _asserting(articles, space, j, words, st, denied, negative) or holders[j]),
                            _evidence(articles, space.units[j]))
                  for _, j, words in links[:MAX_CLAIMS]]
        features = (("link", best), ("denied_words", float(len(denied))), ("asserting_sentences", float(len(links))),
                    ("cue_denies", float(st.cue_word in DENIAL_CUES)), ("says_not", float(says_not)))
        plain = Dispute(content, [denial], claims, best, features, best >= CONFIDENT)
        found.append(_joined(part, plain) if (part := uncertain_parts.pop(id(st), None)) is not None else plain)
    found += uncertain_parts.values()
    names = {st.entity_id: st.entity_name for a in articles for st in a.statements if st.entity_id and st.entity_name}
    return [replace(_named(d, names), about=labels.get(d.about, d.about)) for d in _merged(found, events)]


def _position(stance: str, holder: Statement | None, evidence: Evidence) -> Position:
    return Position(stance, holder.speaker_name if holder else None, evidence, holder.entity_id if holder else None)


def _named(d: Dispute, names: Mapping[int, str]) -> Dispute:
    """The dispute with each side named as the store knows its holder: one minister or ministry under one name in
    every article. Named so once merged, which reads the names as written."""
    def named(p: Position) -> Position:
        return replace(p, holder=names[p.entity_id]) if p.entity_id in names else p
    return replace(d, denials=[named(p) for p in d.denials], claims=[named(p) for p in d.claims])


def _a_plan(space: Space, units: list[int], holders: list[Statement | None]) -> bool:
    """Whether the sentences a rejected "it" stands for name a plan, a request or an offer that no one in them claims
    anything of: "But the proposal, which Mr. Trump unveiled, appeared dead on arrival", not "Kalvany said the guards
    had fired first, wrecking the peace plan"."""
    return any(PLAN.search(space.units[j].text) for j in units) and \
        all(holders[j] is None or holders[j].cue_word in PRESENTING for j in units)


def _says_not(article: Article, st: Statement) -> bool:
    """A party saying that a thing is not so, with a verb of saying: «Корвания не удерживает ни одного мирного
    жителя», "la Korvanie ne détient aucun civil", "the road is not blocked". It holds the other side of a claim
    that it is, of its own event (``disputes`` checks that the negation falls on a word of what it says)."""
    if not st.speaker_name or st.cue is None or st.kind == "scare" or st.cue_word in DENIAL_CUES or st.cue_word in ACCUSING:
        return False
    return _negated_clause(article.body, st.content.start, st.content.end) is not None


def _negated_clause(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The first clause of what a party says, joined by "and", "but", "or" or "nor" in its first sentence, that says a
    thing is not so: "Armenian forces were strictly adhering to the ceasefire and *had not fired on Terter*"; None
    where none does, or its sentence asks ("Have I not been clear on a wall?")."""
    sentence = FULL_STOP.search(body, start, end)
    if sentence is not None and sentence.group().endswith("?"):
        return None
    at = start
    while at < end:
        stop = THING_END.search(body, at, end)
        if stop is not None and stop.group().startswith("?"):
            return None
        clause_end = stop.start() if stop else end
        clause = body[at:clause_end]
        if NEGATED.search(clause) is not None and not NO_COMMENT.search(clause) and not NOT_NEGATING.search(clause) \
                and not UNASSERTED.search(clause):
            return at, clause_end
        if stop is None or stop.group() in ",;" or stop.group()[:1] in ".!?":
            return None  # the clauses of its first sentence, up to a comma: not a clause it goes on to add
        at = stop.end()
    return None


def _denial_kind(article: Article, st: Statement, part: bool = True) -> str | None:
    """How a statement takes the other side of a claim, if it does: it counters a claim made in its sentence ("...,
    but Baku countered that ..."), it denies its party a part in a thing (``_part_denied``; not asked with ``part``
    false, for the plain reading of such a denial), it denies, or it says a thing is not so."""
    if _counters(article, st):
        return COUNTERING
    denies = _is_denial(article, st)
    if part and _part_denied(article, st, denies) is not None:
        return HAD_NO_PART
    if denies:
        return DENYING
    return SAYING_NOT if _says_not(article, st) else None


def _joined(part: Dispute, plain: Dispute) -> Dispute:
    "A party's denial of a part, with the sentences that give it one first, then those that assert the thing denied."
    shown = {(c.evidence.article_id, c.evidence.start) for c in part.claims}
    more = [c for c in plain.claims if (c.evidence.article_id, c.evidence.start) not in shown]
    return replace(part, claims=(part.claims + more)[:MAX_CLAIMS], score=max(part.score, plain.score),
                   confident=part.confident or plain.confident)


def _part_denied(article: Article, st: Statement, denies: bool) -> tuple[int, int, int] | None:
    """Where a statement says its party had no part in a thing, as (where the words that say so begin, where they
    end, where the clause that names the thing ends): "Serbia had nothing to do with the attack", «Россия не имеет
    к этому никакого отношения», "Srbija nema nikakve veze s napadom"; or, with a cue that denies, a part denied:
    "Baku denied any involvement in the outage", "Belgrade has denied that it played any role in the attack". The
    party is named in a few words before them, or is the denier: not "Korvania's decision to close the border had
    nothing to do with ...", which denies a decision a link. None where it says no such thing, asks or supposes it
    ("if Serbia had nothing to do with it"), denies that a party had no part, or calls a thing untrue ("had nothing
    to do with reality")."""
    if not st.speaker_name or st.cue is None or st.kind == "scare" or st.cue_word in ACCUSING:
        return None
    body, start = article.body, st.content.start
    stop = THING_END.search(body, start, st.content.end)
    end = stop.start() if stop else st.content.end
    if BASELESS.search(body, start, end):
        return None
    said = NO_PART.search(body, start, end)
    if said is not None:
        if st.cue_word in DENIAL_CUES or UNASSERTED.search(body, start, said.start()):
            return None  # "denied that Belstria had no role": a part asserted
    elif denies and st.cue_word in DENIAL_CUES:
        said = PART.search(body, start, min(end, start + PART_REACH))
    if said is None or len(WORD.findall(body, start, said.start())) > SUBJECT_WORDS * (
            3 if article.language in VERB_LAST else 1):  # the thing stands between: "... saldırıyla hiçbir ilgisi"
        return None
    return said.start(), said.end(), end


def _no_part(articles: list[Article], space: Space, ai: int, st: Statement, hinge: tuple[int, int, int],
             events: Mapping[str, int], denial_units: set[int], holders: list[Statement | None],
             voices: list[str | None], idf: Mapping[str, float]) -> Dispute | None:
    """A party's denial that it had a part in a thing, with the sentences that give it one (``_gives_part``): "Kurti
    said the attack was supported by official Belgrade" answers "Serbia had nothing to do with the attack", by the
    thing's own words; a sentence of another event only by most of them. Where the denial names no thing ("Baku
    again denied any involvement."), a sentence of its event that blames the party answers it, uncertainly."""
    article = articles[ai]
    at, stop, end = hinge
    phrase = set(space.vector(ai, at, stop))
    function = function_words(article.language or "en")
    # the party the denial names before its words (after a claim's noun: "denied Belstrian claims that it was behind"
    # names the claimant first), else the denier
    claimed = [c.end() for c in CLAIM_NOUN.finditer(article.body, st.content.start, at)]
    party = _named_party(article, space, ai, claimed[-1] if claimed else st.content.start, at, function) or \
        (_named_party(article, space, ai, st.speaker.start, st.speaker.end, function) if st.speaker else set())
    if not party:
        return None
    # the thing follows its words ("nothing to do with the attack"), or, in a language that puts the verb last,
    # comes before them ("Tahran'ın saldırıyla hiçbir ilgisi olmadığını")
    verb_last = article.language in VERB_LAST
    thing = {} if verb_last else \
        {t: w for t, w in _denied(article, space, ai, stop, end, idf).items() if t not in party}
    thing = thing or {t: w for t, w in _denied(article, space, ai, st.content.start, end, idf).items()
                      if t not in phrase and t not in party}
    # its head: the first word after the words of no part, or, where the verb comes last, the one just before them
    near = [m.group() for m in WORD.finditer(article.body, *((st.content.start, at) if verb_last else (stop, end)))]
    head = next((t for w in (reversed(near) if verb_last else near) if (t := term(w, function)) in thing), None) or \
        next((t for t in thing if not t.startswith("@")), None)
    total = sum(thing.values())
    unit = _unit_at(space, ai, st.content.start)
    own_event = events.get(article.id)
    links = []
    for j, u in enumerate(space.units):
        if j in denial_units or j == unit or u.article == ai and u.start < st.content.end and u.end > st.content.start:
            continue
        vec = space.vectors[j]
        if party.isdisjoint(vec) or head is not None and head not in vec or NO_PART.search(u.text) or \
                BASELESS.search(u.text) or NO_COMMENT.search(u.text) or _same_party(st, holders[j], voices[j]) or \
                not _gives_part(articles[u.article], space, u, party, head):
            continue
        share = sum(w for t, w in thing.items() if t in vec) / total if total else 0.0
        other_event = events.get(articles[u.article].id)
        apart = own_event is not None and other_event is not None and own_event != other_event
        if apart and (head is None or share < LINK_BAR):
            continue  # another event's sentence gives the party a part in the thing only in most of its words
        # sure of a sentence that names the thing by most of its words, from half way up
        score = (0.5 + 0.5 * share if head is not None and share >= LINK_BAR else PART_ONLY) * \
            (OTHER_EVENT if apart else 1.0)
        links.append((round(score, 3), j))
    if not links:
        return None
    links.sort(key=lambda x: (-x[0], x[1]))
    best = links[0][0]
    content = " ".join(article.body[st.content.start:end].split()).strip(QUOTE_EDGES)
    denial = _position("denies", st, _evidence(articles, space.units[unit]) if unit is not None
                       else _sentence_evidence(article, st.content.start))
    claims = [_position("asserts", holders[j], _evidence(articles, space.units[j])) for _, j in links[:MAX_CLAIMS]]
    features = (("link", best), ("denied_words", float(len(thing))), ("asserting_sentences", float(len(links))),
                ("cue_denies", float(st.cue_word in DENIAL_CUES)), ("no_part", 1.0))
    return Dispute(content, [denial], claims, best, features, best >= CONFIDENT)


def _gives_part(article: Article, space: Space, u: Unit, party: set[str], head: str | None) -> bool:
    """Whether what a sentence says (not who says it: "Belstrian officials said ...") gives the party a part in the
    thing: the party is the name closest before a word of a part ("Korvania was behind", "Корвания причастна к"),
    closest after one that blames or takes an agent ("accused Korvania of", "supported by official Belgrade"), or
    right after its verb where a Slavic or Romance language puts the subject ("napad je organizovala Korvanija");
    the thing's head word follows the part closely ("... behind the attack"), or, in the passive or after such a
    verb, stands anywhere in the sentence ("the attack was backed by"). Not "responsible for security at the post
    after the attack", "would hold Belstria responsible", a victim ("the attack on the Korvanian post"), one who
    blames ("Korvania blamed Belstria"), the noun ("les responsables"), a question or a supposition."""
    body, function = article.body, function_words(article.language or "en")
    if "?" in body[u.start:u.end] or any(st.cue_word == "ask" for st in article.statements
                                         if u.start <= st.content.start < u.end):
        return False  # "Was Korvania behind the attack?", "asked whether Korvania was behind"
    ai = u.article
    speakers = [(st.speaker.start, st.speaker.end) for st in article.statements
                if st.speaker is not None and u.start <= st.speaker.start < u.end]
    verb_last = article.language in VERB_LAST
    start, end = u.start, u.end
    for m in sorted((*PART.finditer(body, start, end), *BLAME.finditer(body, start, end)), key=lambda m: m.start()):
        if ANYONE.search(body, max(start, m.start() - 24), m.start()) or UNASSERTED.search(body, start, m.start()) \
                or NEGATED.search(body, max(start, m.start() - 16), m.start()) or \
                DETERMINER.search(body, max(start, m.start() - 12), m.start()) or \
                DISOWNED.search(body, max(start, m.start() - 60), m.start()):
            continue
        agent = AGENT.match(body, m.end())
        passive = agent is not None or AGENT_END.search(m.group()) is not None
        # the subject right after the verb, as Slavic and Romance languages may put it: "napad je organizovala
        # Korvanija", "lo organizó Korvania"
        inverted = article.language in SUBJECT_AFTER and (after := SUBJECT_NEXT.match(body, m.end())) is not None \
            and _name_word(after.group("name"), function)
        blames = passive or inverted or m.re is BLAME
        # the thing follows the part closely ("behind the attack", "accused Korvania of staging the attack"); in the
        # passive, whose agent is named right after "by", it is anywhere in the sentence ("the attack ... was backed
        # by Korvania", "supported by official Belgrade, is attacking our state"); a language that puts the verb last
        # names it just before ("saldırıdan Korvanya'nın sorumlu olduğunu")
        near = (start, end) if passive or inverted else \
            (_words_before(body, start, m.start(), 3), m.start()) if verb_last else \
            (m.end(), _words_after(body, m.end(), end, THING_WORDS))
        if head is not None and (head not in space.vector(ai, *near) or not blames and not verb_last
                                 and _in_another(body, m.end(), near[1], head, function)):
            continue
        at = agent.end() if agent is not None else m.end()
        at, upto = (at, _words_after(body, at, end, AFTER_WORDS)) if blames else \
            (_words_before(body, start, m.start(), SUBJECT_WORDS), m.start())
        names = [w for w in WORD.finditer(body, at, upto) if _name_word(w.group(), function)
                 and not any(s <= w.start() < e for s, e in speakers)]
        if names:  # the name closest to the word, not another's ("would hold Belstria responsible")
            closest = names[0] if blames else names[-1]
            m2 = next((x for x in article.mentions if x.start <= closest.start() < x.end), None)
            if not party.isdisjoint(space.vector(ai, *((m2.start, m2.end) if m2 else closest.span()))):
                return True
        elif not party.isdisjoint(space.vector(ai, at, upto)):  # a script without capitals
            return True
    return False


def _named_party(article: Article, space: Space, ai: int, start: int, end: int, function: frozenset[str]) -> set[str]:
    """The party words name: the entities they give, with the stems of their names' last words (the entity model may
    miss a name in a short sentence), or, in a language no entity model reads, its first capitalised word that is no
    function word or month ("Korvanien", not "Regierung" of "Korvaniens Regierung")."""
    keys = {t for t in space.vector(ai, start, end) if t.startswith("@")}
    if keys:
        return keys | {t for m in article.mentions if start <= m.start < end
                       if (t := term(m.text.split()[-1], function))}
    months = month_names()
    first = next((w.group() for w in WORD.finditer(article.body, start, end)
                  if _name_word(w.group(), function) and w.group().lower() not in months), None)
    return {term(first, function)} if first is not None else set()


def _name_word(word: str, function: frozenset[str]) -> bool:
    "A capitalised word that is no function word: what may name a party in a language no entity model reads."
    return word[0].isupper() and term(word, function) is not None


def _in_another(body: str, start: int, end: int, head: str, function: frozenset[str]) -> bool:
    """Whether the part named before ``start`` is in another thing that holds the head word: "a role in the talks on
    the attack", "involved in the inquiry into the attack"; not "behind the deadly attack": a preposition stands
    between, after the one the part takes."""
    found = list(WORD.finditer(body, start, end))
    at = next((i for i, w in enumerate(found) if term(w.group(), function) == head), len(found))
    between = [w.group().lower() for w in found[:at]]
    return any(w in PREPOSITIONS for w in between[1 if between[:1] and between[0] in PREPOSITIONS else 0:])


def _words_before(body: str, start: int, end: int, n: int) -> int:
    "Where the last ``n`` words before ``end`` begin, in its clause."
    clause = max([start, *(m.end() for m in CLAUSE_END.finditer(body, start, end))])
    found = list(WORD.finditer(body, clause, end))
    return found[-n].start() if len(found) >= n else clause


def _words_after(body: str, start: int, end: int, n: int) -> int:
    "Where the first ``n`` words after ``start`` end, in its clause."
    stop = CLAUSE_END.search(body, start, end)
    found = list(WORD.finditer(body, start, stop.start() if stop else end))[:n]
    return found[-1].end() if found else start


def _reports_both(article: Article, st: Statement, kind: str) -> bool:
    """A denial whose sentence reports the claim it denies too: '..., a claim Baku denies', '..., but Baku
    countered', 'Almadria said Verlin had promised ... and Drovec denied it'; not 'In a video announcing his
    resignation, Farenthold continued to deny the allegations', whose video, a thing no name or kind of party
    tells, claims nothing."""
    claim = _claim_in_sentence(article, st)
    if claim is None or stands_for_a_claim_before(article, st) or kind == COUNTERING:
        return claim is not None
    return _a_party(claim) and _bare_denial(article.body, st.content.start, st.content.end)


def _a_party(claim: Statement) -> bool:
    """Whether a claim's speaker is a party: a person, a body or a group, or one a name tells ("Sarvel", as no
    entity model knows, or "the National Enquirer article"); not "A video" or "a CNN interview" announcing."""
    name = claim.speaker_name or ""
    if claim.speaker_kind is not None:
        return True
    return re.search(r"\b[A-Z]", name[1:]) is not None and name.split()[-1].lower() not in MEDIA_THINGS


def _counters(article: Article, st: Statement) -> bool:
    """A speaker who answers, after "but", what another claims in the same sentence: "Armenia said the protesters
    were sent by the government, but Baku countered that they were activists" holds the other position."""
    if st.cue_word not in COUNTERS or st.speaker is None or st.cue is None or \
            NO_COMMENT.search(article.body, st.content.start, st.content.end):
        return False  # "..., but Sarnow responded that he would not comment": no answer
    return BUT_BEFORE.search(article.body, max(0, st.speaker.start - 12), st.speaker.start) is not None and \
        _claimed_in_sentence(article, st) is not None


def _negated(text: str, denied: Mapping[str, float], language: str | None) -> bool:
    """A negation of what is denied. In English, one just before a word of it ("there is no blockade", "was
    not closed"), not one elsewhere: "the famine showed no sign of easing" asserts the famine. Without a
    parse of their word order, other languages negate it anywhere in its clause ("блокады нет",
    "продовольствия ... не стало меньше")."""
    stop = function_words(language or "en")
    english = (language or "en") == "en"
    for clause, m in _negations(text):
        near = WORD.findall(clause[m.end():])[:NEGATION_REACH] if english else WORD.findall(clause)
        if any(term(w, stop) in denied for w in near):
            return True
    return False


def _negations(text: str) -> Iterator[tuple[str, re.Match]]:
    "Each negation of a text, with its clause; not those that negate nothing: 'no fewer than 300' asserts them."
    for clause in CLAUSE_END.split(text):
        for m in NEGATED.finditer(clause):
            if not NOT_NEGATING.match(clause, m.start()):
                yield clause, m


def _negated_terms(text: str, denied: Mapping[str, float], language: str | None) -> dict[str, set[str]]:
    """The word each negation falls on, the first word of what is denied after it in its clause ("did not *know* how
    many were killed", "was not *blocked*", «не *удерживает* ни одного»), with the terms of its other forms: "did not
    block" negates what "blocked" says."""
    stop = function_words(language or "en")
    endings = ("s", "d", "ed", "ing") if (language or "en") == "en" else ()
    out: dict[str, set[str]] = {}
    for clause, m in _negations(text):
        after = (w for w in WORD.findall(clause[m.end():]) if term(w, stop) in denied)
        if (first := next(after, None)) is not None:
            out.setdefault(term(first, stop), set()).update(t for e in endings if (t := term(first + e, stop)))
    return out


def _words_of(denied: Mapping[str, float]) -> int:
    "How many words, not names ('@' entity keys), a denial denies."
    return sum(not t.startswith("@") for t in denied)


def _told_before(space: Space, article: int, start: int, denial_units: set[int], holders: list[Statement | None],
                 written: Article, denial: Statement) -> list[int] | None:
    """What a bare 'the claims' answers: the sentence right before a denial, in its article, that is no denial
    itself, and, where that one quotes, the sentences before it back to where the same speaker's claim is
    reported, up to ``TOLD_SENTENCES`` in all: "Timar has said crews flagged cracking twice. He was blunt. “We
    have the written reports.” Radovan rejected that account." Another speaker ends them; without a speaker, the
    sentence right before is all. A body's spokesperson speaks for the body of her title whose claim the article
    reported right before her words: "Armenia's Defence Ministry said ... wounding two soldiers. “...,” ministry
    spokeswoman Lilit Hovhannisyan told reporters. She said both were in stable condition. Azerbaijan denied the
    claim": the wounding; not for another body ("The Red Cross said ..."), nor for the denier."""
    before = next((i for i in range(len(space.units) - 1, -1, -1)
                   if space.units[i].article == article and space.units[i].end <= start), None)
    if before is None or before in denial_units or IF_TRUE.search(space.units[before].text) and not (
            holders[before] is not None and holders[before].cue_word in REPORTING):
        return None  # "... believes, if true, this would disqualify anyone": who says so asserts nothing; but "The
        # Courier reported that he took bribes, a charge that, if proven, would end his career" is the Courier's
    run, speaker, title = [], None, None
    for i in range(before, max(-1, before - TOLD_SENTENCES), -1):
        if space.units[i].article != article or i in denial_units:
            break
        name = holders[i].speaker_name if holders[i] is not None else None
        body = title is not None and name is not None and holders[i].speaker_kind == "body" and \
            _of_the_title(name, *title) and not _same_party(denial, holders[i]) and \
            not _owners(name) & _owners(denial.speaker_name or "")
        if name and speaker and not same_name(name, speaker, written.language, written.language) and not body:
            break  # "Aurela Vostrika" is Vostrik; Marek is another
        speaker = name if body else speaker or name
        run.insert(0, i)
        title = title or (_spokesperson_of(written, name) if name else None)
        if name and holders[i].kind != "direct" and (body or title is None):
            break  # the claim reported ("Timar has said that ..."), which the quotes after it bear out
    if speaker is None:
        return [before]
    while holders[run[0]] is None or not holders[run[0]].speaker_name:
        run.pop(0)  # from where the speaker is named
    if not any(_names_the_denier(written, space.units[i].text, denial) or SOMEONE_ELSE.search(space.units[i].text)
               for i in run):
        # "Zimmer said the lieutenant governor had threatened to withhold aid. On Sunday, Ms. Zimmer said
        # prosecutors had interviewed her. The lieutenant governor denied the allegations": those made of her; but
        # not past "Vell said he had threatened ...", where "he" may be the denier
        for i in range(run[0] - 1, max(-1, run[0] - TOLD_SENTENCES), -1):
            name = holders[i].speaker_name if holders[i] is not None else None
            if space.units[i].article != article or i in denial_units or \
                    name and _surname(name) != _surname(speaker):
                break
            if name and _names_the_denier(written, space.units[i].text, denial):
                return [i]
    return run


def _names_the_denier(article: Article, text: str, denial: Statement) -> bool:
    """Whether a sentence names the denier, by surname or by the title the denial gives them: "the lieutenant
    governor" of 'The lieutenant governor, Kim Guadagno, denied the allegations'. A body by the names in its name:
    "Obama's plan" names the Obama campaign; "the campaign" names any."""
    stop = function_words(article.language or "en")
    words = {name_key(POSSESSIVE.sub("", w)) for w in WORD.findall(text) if not w[:1].islower()}
    name = denial.speaker_name or ""
    last = name.split()[-1:]
    names = {_surname(name)} if denial.speaker_kind == "person" and last and not last[0][:1].islower() \
        else {name_key(w) for w in WORD.findall(name) if not w[:1].islower() and w.lower() not in stop}
    if (names - {""}) & words:
        return True
    if denial.speaker is None:
        return False
    said = article.body[denial.speaker.start:denial.speaker.end]
    named = {name_key(w) for w in WORD.findall(name)}
    title = [w for w in WORD.findall(said) if name_key(w) not in named and w.lower() not in stop]
    return bool(title) and re.search(r"\b" + r"\W+".join(map(re.escape, title)) + r"\b", text, re.I) is not None


def _words(text: str) -> str:
    "What a dispute is about, as the text words it, on one line and with no stray mark of the quote it is in."
    return " ".join(text.split()).strip(QUOTE_EDGES)


def _what_they_said(article: Article, space: Space, told: list[int], holders: list[Statement | None]) -> str:
    """What the sentences a bare denial answers say, without who said it: 'Mr. Steele was “betting against our
    troops”', not 'A spokesman for the committee, Tom Vell, said Mr. Steele was ...'."""
    pieces = []
    for i in told:
        u, holder = space.units[i], holders[i]
        start, end = u.start, u.end
        if holder is not None and holder.content.start < u.end and holder.content.end > u.start:
            start, end = max(u.start, holder.content.start), min(u.end, holder.content.end)
        piece = THAT.sub("", " ".join(article.body[start:end].split()))  # "that Belstria had not ...": Belstria
        piece = piece.strip(QUOTE_EDGES) if piece[:1] in OPENING_QUOTES else piece.rstrip(" ,;:")
        pieces.append(piece + ("" if len(told) == 1 or ENDED.search(piece) else ".") if piece else u.text)
    return " ".join(pieces)


def _spokesperson_of(article: Article, name: str) -> tuple[str, str] | None:
    """The body word of the title the article gives a speaker where it names her as a body's spokesperson, with the
    words before it that may name its owner: ("ministry", "Velmorian defence ") of 'Velmorian defence ministry
    spokeswoman Lina Darsk', ("ведомств", "") of 'пресс-секретаря ведомства Лилит Ованнисян'."""
    for st in article.statements:
        if st.speaker is not None and st.speaker_name and same_name(st.speaker_name, name):
            # the title, inside the speaker's words or right before them, in her sentence
            told = re.split(r"[.!?]\s|\n|[“”\"«»]", article.body[max(0, st.speaker.start - 40):st.speaker.end])[-1]
            if found := SPOKESPERSON.search(told):
                return (found["body"] or found["body2"] or found["body3"]), (found["owner"] or found["owner2"] or "")
    return None


def _of_the_title(name: str, word: str, owner: str) -> bool:
    """Whether a body's name holds the body word of a spokesperson's title (or the title names any body: 'ведомства'),
    and the owner the title names, if any: "Azerbaijani defence ministry spokesman" speaks for no Armenian ministry."""
    if not (word.lower().startswith(("ведомств", "відомств")) or word.lower()[:5] in name.lower()):
        return False
    owners = _owners(owner, title=True)
    return not owners or bool(owners & _owners(name))


def _owners(name: str, title: bool = False) -> set[str]:
    """The first four letters of the words of a body's name, a title or a party that name a country or people: a
    possessive ("Armenia's"), a country or nationality the gazetteer knows or a word shaped like one ("Velmorian"),
    or in Cyrillic a capitalised word after the first ("Министерство обороны Ормерии"): "arme" of "Armenia's Defence
    Ministry" and of "Armenian"; not "Security" of "National Security Council"."""
    found = set()
    for i, w in enumerate(re.findall(r"[^\W\d_][\w'’-]*", name)):
        bare = POSSESSIVE.sub("", w)
        if POSSESSIVE.search(w) or bare.lower() in nations() or w[0].isupper() and (
                DEMONYM_SHAPE.search(bare) or CYRILLIC_WORD.match(w) and (i > 0 or title)):
            found.add(name_key(bare)[:4])
    return found - {""}


def _said_by_another(denial: Statement, units: list[int], holders: list[Statement | None],
                     voices: list[str | None]) -> bool:
    "Whether someone other than the denier says what the sentences say."
    return any(holders[j] is not None and holders[j].speaker_name and not _same_party(denial, holders[j], voices[j])
               for j in units)


def _own_words(denial: Statement, units: list[int], holders: list[Statement | None], voices: list[str | None]) -> bool:
    """'Poulter said he has seen no evidence of racism. "It's unfounded," he said.': what the denier, or one who
    speaks for them, said before is no claim they answer."""
    return any(holders[j] is not None and _same_party(denial, holders[j], voices[j]) for j in units)


def _speaks_for(article: Article, holder: Statement | None) -> str | None:
    """The surname of the one a holder speaks for, as the words that name them say: "Pence press secretary Alyssa
    Farah", "a Pence aide", "Doug Jones's campaign"; not "Radan critic Yakov Temar"."""
    if holder is None or holder.speaker is None:
        return None
    found = SPEAKS_FOR.search(article.body, holder.speaker.start, holder.speaker.end)
    return found.group(1) if found else None


def _claimed_in_sentence(article: Article, denial: Statement) -> tuple[int, int] | None:
    """What another speaker claims earlier in the sentence of a denial that names no claim of its own ("Almadria
    said Verlin had promised to slow the filling and Drovec denied it"), up to where the denier is named."""
    claim = _claim_in_sentence(article, denial)
    if claim is None or not _a_party(claim):
        return None  # "In a video announcing his resignation, he continued to deny the allegations": no claim
    if claim.content.start > denial.cue.start:  # "..., Cruz said about the article alleging that ...": all of it
        return claim.content.start, claim.content.end
    upto = min(denial.cue.start, denial.speaker.start if denial.speaker else denial.cue.start)
    end = min(claim.content.end, upto)
    end = claim.content.start + len(re.sub(r"(?:\s*,)?\s+(?:and|but|while|и|а|i|et|e|dan)\s*$|[\s,;]+$", "",
                                           article.body[claim.content.start:end]))
    return (claim.content.start, end) if end > claim.content.start else None


def _claim_in_sentence(article: Article, denial: Statement) -> Statement | None:
    "The statement of another speaker before the denier in the denial's sentence (see ``_claimed_in_sentence``)."
    if denial.cue is None:
        return None
    sentence = next((s for s in article.sentences if s.start <= denial.cue.start < s.end), None)
    upto = min(denial.cue.start, denial.speaker.start if denial.speaker else denial.cue.start)
    claims = [s for s in article.statements if s is not denial and sentence is not None
              and sentence.start <= s.content.start < upto and s.speaker_name and s.speaker_name != denial.speaker_name]
    # the first that runs on as far as the nearest one: the claim that reports it ("Ryan said the letters do not
    # express the views of all bishops" is Ryan's, not the letters', "express")
    if claims:
        return next(s for s in claims if s.content.end >= claims[-1].content.end)
    # ... or the one the denier spoke of: '“It is garbage,” Cruz said about the article alleging that ...'
    return next((s for s in article.statements if s.speaker is not None and sentence is not None
                 and denial.cue.end <= s.speaker.start < sentence.end and s.speaker_name != denial.speaker_name
                 and SPOKEN_OF.fullmatch(article.body, denial.cue.end, s.speaker.start)), None)


def _denying_pieces(article: Article, st: Statement) -> list[tuple[int, int]]:
    """The spans of a denial's content that deny: its first sentence, and any later one that denies by
    its own words; a quote may deny two things ("There is no blockade. Allegations of a humanitarian
    crisis are groundless") or go on with the denier's own account ("... Shops are open")."""
    edges = [st.content.start, *(s.start for s in article.sentences if st.content.start < s.start < st.content.end),
             st.content.end]
    pieces = list(zip(edges, edges[1:]))
    return pieces[:1] + [(a, b) for a, b in pieces[1:]
                         if BASELESS.search(article.body, a, b) or _none_such(article.body[a:b]) is not None]


def _names_the_claim(body: str, start: int, end: int) -> bool:
    """The denial names the claim by what it is of ("the allegations of X", ``NAMED_CLAIM``, or "the X
    allegations"): where X is its one denied word, X itself is denied, not something said of it
    ("disputes that the blockade is over")."""
    return NAMED_CLAIM.search(body, start, end) is not None or _claim_named_before(body, start, end)


def _claim_named_before(body: str, start: int, end: int) -> bool:
    """ "The torture allegations", "the blockade claims": the claim's one word before its noun."""
    m = NAMED_BEFORE.search(body, start, end)
    return m is not None and m.group("word").lower() not in NOT_A_CLAIM_WORD


def _points_back(words: str) -> bool:
    "A denial's object that only points at a claim made before: 'that', 'it', 'this'."
    return bool(claim_pronoun(words.strip(QUOTE_EDGES + ".")))


def _added(article: Article, st: Statement, end: int) -> tuple[int, int] | None:
    """What the denier adds right after the denial (whose object ends at ``end``), in its words or as a
    statement of its own: ", saying reports of troops massing were lies"."""
    if end < st.content.end:
        if RELATIVE.match(article.body, end) and CLAIM_NOUN_END.search(article.body, st.content.start, end):
            return None  # "the rumors, which rippled through Washington": the narrator's, of the claim
        clause = ADDED_CLAUSE.match(article.body, end)
        if clause is None and (FULL_STOP.match(article.body, end) or ENDED.search(article.body, max(0, end - 6), end)) \
                and not (NEGATED.search(article.body, end, st.content.end) or BASELESS.search(article.body, end, st.content.end)):
            return None  # '“This is nonsense. As scholars, we ...”': a sentence of the denier's own that asserts;
            # but '“These accusations are baseless. Our troops did not cross the border”' says what is denied
        span = (clause.end() if clause else end), st.content.end
    else:
        span = next(((s.content.start, s.content.end) for s in article.statements
                     if s.cue is not None and s.cue.start >= st.content.end
                     and ADDED_JOIN.fullmatch(article.body, st.content.end, s.cue.start)), None)
    if span is None:
        return None
    # "calling the reports a campaign of lies": the words that dismiss say what it is, not what it is about
    dismissal = BASELESS.search(article.body, *span)
    said = re.findall(r"[^\W\d_]+", article.body[span[0]:span[1]])
    if len(said) <= 2 and said and claim_pronoun(said[0]) or AS_MANNER.match(article.body, span[0]):
        return None  # 'denied the claim, calling it "disinformation"', 'rejected it as “a provocation”': how, not what
    return span[0], dismissal.start() if dismissal else span[1]


def _bare_denial(body: str, start: int, end: int) -> bool:
    """Whether a denial names its claim by a noun alone, on either side of the words that dismiss it ("these
    accusations are baseless", "U tim tvrdnjama nema istine", "no truth in these claims"), or names none and
    dismisses what was just said ("Nothing of the kind happened", «Ничего подобного не было»)."""
    if BASELESS.search(body, start, end) is None:
        return bare_claim(body[start:end])
    sides = BASELESS.split(body[start:end])  # "It is garbage, complete and utter lies": around every dismissal
    said = [bool(side.strip(QUOTE_EDGES + " .,")) for side in sides]
    if any(bare_claim(side) for side, has in zip(sides, said) if has) or not said[0] and bare_claim(body[start:end]):
        return True
    return all(len(WORD.findall(side)) <= DISMISSING_ONLY for side in sides)


def _dismissal_start(body: str, start: int, end: int) -> int:
    """Where words that call a claim baseless begin after it ("the accounts “fabricated”", "... не соответствуют
    действительности"): they say what it is, not what; ``end`` without them."""
    dismissal = BASELESS.search(body, start, end)
    return dismissal.start() if dismissal is not None and dismissal.start() > start else end


def _denied(article: Article, space: Space, ai: int, start: int, end: int, idf: Mapping[str, float]) -> dict[str, float]:
    """The weighted words of what a denial denies (``body[start:end]``), without the words of denying and
    claiming, its dates and amounts, the names it gives (a sentence sharing only names shares no content), and
    the words that call it baseless."""
    end = _dismissal_start(article.body, start, end)
    named = name_stems(article, start, end) if article.mentions else \
        _capitalised(article.body, start, end, article.language == "de")
    return {t: w * idf.get(t, 0.0) for t, w in space.vector(ai, start, end).items()
            if t not in GENERIC and t not in named and not amount_or_date(t)}


class _Actions:
    """The action a denial turns on, read from the parse, and whether a sentence names it."""

    def __init__(self, docs: list, articles: list[Article]):
        self.docs = docs
        self.articles = articles
        self.named: dict[int, set[str] | None] = {}  # unit -> the roots and synonym classes of its words

    def denied(self, article: int, start: int, end: int) -> str | None:
        """The root of the first action of the denied content: "claims that militants fired mortars"
        -> "fir"; a light verb gives what it takes: "carried out the strike" -> "strike". None without a
        parse or an action (a denied thing: "claims of racism")."""
        doc = self.docs[article]
        baseless = BASELESS.search(self.articles[article].body, start, end) if doc is not None else None
        if baseless is not None and baseless.start() > start:
            end = baseless.start()  # "allegations of a blockade have no basis": what comes before is denied
        span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
        for t in span if span is not None else ():
            if t.pos_ not in ("VERB", "AUX") or t.dep_ in ("aux", "auxpass", "prep") or \
                    _action_root(t.text) in DENIAL_ROOTS or _compound_tail(t) or _of_the_claim(t):
                continue  # the "called" of "so-called", the "spread" of "the claims spread by Ormeria"
            if root(t.lower_) not in LIGHT_VERBS and t.lower_ not in LIGHT_FORMS:
                return _action_root(t.text)
            taken = next((c for c in t.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")
                          and c.idx < end), None)
            if taken is not None:
                return _action_root(taken.text)
        return None

    def names(self, j: int, unit: Unit, action: str) -> bool:
        """Whether a sentence names the action, itself or by a word of its synonym class; a sentence
        without a parse (not English) is not judged."""
        if j not in self.named:
            doc = self.docs[unit.article]
            span = doc.char_span(unit.start, unit.end, alignment_mode="expand") if doc is not None else None
            self.named[j] = None if span is None else {
                k for t in span if not _compound_tail(t) for k in (_action_root(t.text), "~" + SYNONYMS.get(t.lower_, ""))}
        named = self.named[j]
        return named is None or action in named or "~" + ACTION_CLASSES.get(action, "-") in named


def _of_the_claim(token) -> bool:
    """A participle that tells of the claim, not what it claims: 'the claims spread by Ormeria', 'the claims about a
    crisis spread by Ormeria' (whose parse may hang it on the crisis), 'allegations made by'."""
    if token.dep_ != "acl" or not any(c.dep_ == "agent" for c in token.children):
        return False
    return any(CLAIM_NOUN.fullmatch(a.lower_) for a in list(token.ancestors)[:CLAIM_REACH])


def _compound_tail(token) -> bool:
    "The last part of a hyphenated word: the 'fire' of 'cease-fire' names no firing."
    return token.i > 0 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_


def _object_end(body: str, start: int, end: int) -> int:
    """Where what is denied ends: before a clause the denier adds (", insisting ...", ", saying ...", ", а на дороге
    проходит акция") or one that tells of the claim, not what it claims ("denied the rumors, which rippled through
    Washington"); not before a clause that holds the words of dismissal ("..., а утверждения о блокаде беспочвенны")."""
    m = next((c for c in ADDED_CLAUSE.finditer(body, start, end) if not BASELESS.search(body, c.end(), end)), None) \
        or next((r for r in RELATIVE.finditer(body, start, end) if CLAIM_NOUN_END.search(body, start, r.start())), None)
    end = m.start() if m else end
    manner = AS_MANNER.search(body, start, end)  # "rejected the Armenian account as “a provocation”": how, not what
    return manner.start() if manner and bare_claim(body[start:manner.start()]) else end


def _is_denial(article: Article, st: Statement) -> bool:
    """A cue that denies a claim, or content that calls something baseless or says it does not exist.
    "Dismiss" and "reject" deny only a claim ("dismissed the reports", "rejected claims that ..."), not
    a person or a plan ("dismissed his defence team")."""
    content = article.body[st.content.start:st.content.end]
    if st.cue_word in ACCUSING:
        return False  # "accused the Kremlin of having 'fabricated' the crisis" accuses; it denies nothing
    if st.cue is not None and (NEGATED_CUE.search(article.body, max(0, st.cue.start - 24), st.cue.end)
                               or UNDECIDED.search(article.body, max(0, st.cue.start - 40), st.cue.start)):
        return False  # "did not directly dispute that ...", "would not call the drought a hoax", "neither confirmed
        # nor denied responsibility"
    if any(not NOT_BEFORE.search(content, max(0, m.start() - 40), m.start()) for m in BASELESS.finditer(content)) \
            or _none_such(content) is not None:
        return True  # ... but "it is not a hoax" calls nothing baseless
    if st.cue is not None and URGED_TO.search(article.body, max(0, st.cue.start - 60), st.cue.start):
        return False  # "called Ms. Brewer to urge her to reject it": asked another to deny, denied nothing
    if st.cue_word not in DENIAL_CUES:
        return False
    if st.cue is not None and PASSIVE.search(article.body[max(0, st.cue.start - 12):st.cue.end]):
        return content.lstrip().startswith("that ")  # "was denied a key witness" is refused one, not a denial
    if st.cue_word in OBJECT_CUES:
        # "Gerdan je to odbacio", "..., which Ostrevia rejects": what was said
        named = content[:m.start()] if (m := AS_MANNER.search(content)) else content  # "... as “a provocation”"
        return bool(CLAIM_OBJECT.match(named)) or bare_claim(named) or stands_for_a_claim_before(article, st)
    return not REFUSAL.match(content) and not _refused_to(article, st.content.start)


def _none_such(content: str) -> int | None:
    """Where the thing begins that a statement says does not exist ("There is no *blockade* of the valley");
    None if it says no such thing, or only that there is no doubt, need or alternative."""
    m = NO_SUCH.match(content)
    return m.end() if m is not None and not NO_SUCH_IDLE.match(content, m.end()) else None


def _refused_to(article: Article, start: int) -> bool:
    """ "Deny Clinton the nomination", "denied him entry": someone right after "deny", then what they are
    refused. Not "denied her emails contained ...", "denied US claims", "denied Smith was involved"."""
    body = article.body
    at = re.compile(r"\s*").match(body, start).end()
    pronoun = REFUSED_PRONOUN.match(body, at)
    if pronoun is not None:
        return REFUSED_THING.match(body, pronoun.end()) is not None
    person = next((m for m in article.mentions if m.start == at and m.label == "PERSON"), None)
    return person is not None and REFUSED_THING.match(body, person.end) is not None


def _anothers_claim(text: str, holder: Statement | None) -> bool:
    """Whether a speaker's sentence tells a claim as another's: 'Palin said she was "saddened by the NAACP's claim that
    patriotic Americans are racists"' does not assert what the NAACP claims; "Yerevan repeated its claim that ..." and
    the outlet's own "the ministry's claim that ..." still do."""
    if holder is None or not holder.speaker_name:
        return False
    found = OTHERS_CLAIM.search(text)
    return found is not None and name_key(found["owner"]).split()[-1:] != name_key(holder.speaker_name).split()[-1:]


def _same_party(denial: Statement, holder: Statement | None, speaks_for: str | None = None) -> bool:
    """The denier and the holder of a sentence are one party: the same stored entity, the same name in any
    spelling or script, or two people with one surname ("Vicente Fox", "Fox"); two ministries are not one ("Azerbaijan's
    Foreign Ministry", "Armenia's Foreign Ministry"). A holder who speaks for the denier (``_speaks_for``) is theirs."""
    if holder is None or not denial.speaker_name or not holder.speaker_name:
        return False
    if speaks_for and denial.speaker_kind == "person" and denial.speaker_name.split()[-1] == speaks_for:
        return True
    if denial.entity_id and holder.entity_id:
        return denial.entity_id == holder.entity_id
    # in any spelling or script: "Dávid Lengyel" and "David Lengyel", "Румяна Колева" and "Rumyana Koleva"
    a, b = (name_key(x) for x in (denial.speaker_name, holder.speaker_name))
    people = denial.speaker_kind == holder.speaker_kind == "person"
    return a == b or people and bool(a and b) and a.split()[-1] == b.split()[-1]


def _capitalised(body: str, start: int, end: int, german: bool = False) -> frozenset[str]:
    """The stems of the capitalised words inside a sentence: the names of a language no entity model reads.
    German capitalises every noun: one after an article ("die Regierung", "der 1987 errichtete Damm") is a
    noun, not a name ("der Betreiber Hydrokarv": Hydrokarv is one)."""
    return frozenset(m.group().lower()[:STEM] for m in WORD.finditer(body, start, end)
                     if m.group()[0].isupper() and not starts_sentence(body, m.start())
                     and not (german and GERMAN_ARTICLE.search(body, max(0, m.start() - 40), m.start())))


def _idf(space: Space) -> dict[str, float]:
    return {t: math.log((space.n + 1) / (df + 1)) + 1 for t, df in space.df.items()}


def _merged(found: list[Dispute], events: Mapping[str, int] = {}, again: bool = False) -> list[Dispute]:
    """One dispute per thing denied: denials whose asserted sentences overlap are reports of one quarrel, and
    so are one party's denials in two languages of a word both write alike ("blockade", "блокада", "blokadi"),
    if they answer one event: a minister who denies one thing at a meeting and another after an exchange
    shares words with herself ("the list") but not a quarrel. Merged again while merged ones share an asserting
    sentence and a word of what they are about: a report of the quarrel in a third outlet may share a sentence with
    the merged one only ("the letters did not represent all the bishops"), but a chain of loose links makes no
    quarrel of a death toll and an arms complaint; one party's denials in two languages merge in the first pass only.
    A party saying a thing is not so, always uncertain, joins no other dispute, which a report may show by default
    with all its denials. A sentence that reports the claim with its denial ("..., a claim Baku denies") stands on
    both sides."""
    out: list[Dispute] = []
    for d in sorted(found, key=lambda d: -d.score):
        keys = _sentences(d.claims)
        same = next((o for o in out if _answers_by_not(o) == _answers_by_not(d) and (
                     keys & _sentences(o.claims) and (not again or _latin_stems(o.about) & _latin_stems(d.about))
                     or not again and _one_party_one_word(o, d) and not _apart(o, d, events))), None)
        if same is None:
            out.append(d)
            continue
        if _facing(same, d):
            d = _turned(d)
        denials, claims = _sentences(same.denials), _sentences(same.claims)
        same.denials += [p for p in d.denials if (p.evidence.article_id, p.evidence.sentence) not in denials]
        # a party that denies is not also on the side that asserts: a sentence that gives what it denies as another's
        # ("Vell's spokesman rejected a report saying that ...") was read as its own word
        same.claims += [p for p in d.claims if (p.evidence.article_id, p.evidence.sentence) not in claims]
        same.claims = [p for p in same.claims if not any(_one_named_party(p, q) for q in same.denials)]
    return out if len(out) == len(found) else _merged(out, events, again=True)


def _facing(a: Dispute, b: Dispute) -> bool:
    """Whether ``b`` tells ``a``'s quarrel from the other side: "Ruston said he did nothing wrong, but prosecutors
    countered that he had accepted gifts" is the prosecutors denying Ruston's word, where another report has Ruston
    deny the gifts. Only where b's deniers assert in a, or its asserters deny there, and no one keeps their side."""
    def meet(ps: list[Position], qs: list[Position]) -> bool:
        return any(_one_holder(p, q) for p in ps for q in qs)
    return (meet(b.denials, a.claims) or meet(b.claims, a.denials)) and not (
        meet(b.denials, a.denials) or meet(b.claims, a.claims))


def _turned(d: Dispute) -> Dispute:
    "The dispute told from the other side: who asserted denies, who denied asserts."
    return Dispute(d.about, [replace(p, stance="denies") for p in d.claims],
                   [replace(p, stance="asserts") for p in d.denials], d.score, d.features, d.confident)


def _answers_by_not(d: Dispute) -> bool:
    "Whether a dispute's denial is a party saying a thing is not so (``_says_not``)."
    return dict(d.features).get("says_not", 0.0) > 0


def _sentences(positions: list[Position]) -> set[tuple[str, int]]:
    return {(p.evidence.article_id, p.evidence.sentence) for p in positions}


def _apart(a: Dispute, b: Dispute, events: Mapping[str, int]) -> bool:
    "Whether two disputes' denials are in articles of different events, where the events are known."
    ours, theirs = ({events.get(p.evidence.article_id) for p in d.denials} - {None} for d in (a, b))
    return bool(ours and theirs) and ours.isdisjoint(theirs)


def _one_party_one_word(a: Dispute, b: Dispute) -> bool:
    """The same denier, in any script, denying a word both write alike once in Latin letters; a woman
    named with her surname's -ova ("Hostakova", as Serbian writes Mirela Hostak) is the same denier."""
    return any(_one_holder(p, q) for p in a.denials for q in b.denials) and bool(
        _latin_stems(a.about) & _latin_stems(b.about))


def _one_holder(p: Position, q: Position) -> bool:
    """Two sides held by one party: one stored entity, or one name in any script, where a woman's surname in -ova
    meets it without ('Hostakova', 'Hostak')."""
    if p.entity_id is not None and p.entity_id == q.entity_id:
        return True
    x, y = p.holder, q.holder
    return bool(x and y) and (same_name(x, y) or same_name(FEMININE_SURNAME.sub("", x), FEMININE_SURNAME.sub("", y)))


def _one_named_party(p: Position, q: Position) -> bool:
    """Two sides held by one party its name tells: one stored entity, or one name of two capitalised words or more in
    any spelling; not two unnamed holders that read alike ("the ministry", "he", "officials")."""
    if p.entity_id is not None and p.entity_id == q.entity_id:
        return True
    named = [h for h in (p.holder, q.holder) if h and len(h.split()) > 1 and all(w[:1].isupper() for w in h.split())]
    return len(named) == 2 and same_name(*named)


def _latin_stems(text: str) -> set[str]:
    """The first five letters of the key of each word of five letters or more but function words, the
    claim's noun and the words that call it baseless: "blockade", "блокада" and "blokadi" meet as "bloka",
    "crisis" and "crisi" as "crisi"; and what the text is about in words no two languages write alike
    ("blockade", "محاصره", "շրջափակում": ``concepts.tsv``)."""
    return {name_key(w)[:5] for w in re.findall(r"[^\W\d_]{5,}", text)
            if w.lower() not in _any_function_word() and not CLAIM_NOUN.fullmatch(w) and not BASELESS.search(w)} | \
        {f"@{c}" for c in concepts_in(text)}


@cache
def _any_function_word() -> frozenset[str]:
    "The function words of every language whose statements are read: 'there', 'these', 'della', 'которые'."
    read = ("en", "fa", *slavic.LANGUAGES, *phrasings.phrasings())  # as ``analyse.statements`` reads them
    return frozenset().union(*(function_words(lang) for lang in read))


def _holder(articles: list[Article], unit: Unit) -> Statement | None:
    """Who asserts what a sentence says: the statement in it that names a speaker, or the quote it goes
    on with; None for the outlet's own voice. A term in quotation marks is no one's assertion: "a request
    from the committee on why she gave “false or misleading information”" is not hers."""
    a = articles[unit.article]
    return next((st for st in a.statements if unit.start <= st.content.start < unit.end and st.speaker_name
                 and st.kind != "scare"), None) \
        or next((st for st in a.statements if st.content.start < unit.start < st.content.end and st.speaker_name),
                None)  # the second sentence of a quote ("... Shops are open," Hostak said) is still the speaker's


def _asserting(articles: list[Article], space: Space, j: int, words: list[str], denial: Statement,
               denied: Mapping[str, float], negative: bool) -> Statement | None:
    """Of the statements in a sentence, the one whose words assert what is denied, the innermost of those that hold
    most of them: in 'Cruz blamed his rival for the story that alleged he had affairs', the story's, not Cruz's;
    never the denier's own ("Lund said Marek had admitted taking bribes, which he denied"). Of a claim that something
    is not so ("the letters did not represent all the bishops"), one that says it is not comes first: Ryan's "did not
    speak for all bishops", not the conference's "those letters do indeed represent the bishops"."""
    unit = space.units[j]
    article = articles[unit.article]

    def says_as_claimed(st: Statement) -> bool:  # within this sentence: a quote may run on into another
        start, end = max(st.content.start, unit.start), min(st.content.end, unit.end)
        return not negative or _negated(article.body[start:end], denied, article.language)

    found = [(len(space.vector(unit.article, st.content.start, st.content.end).keys() & set(words)),
              st.content.start - st.content.end, st) for st in article.statements
             if st.speaker_name and unit.start <= st.content.start < unit.end and not _same_party(denial, st)
             and not (denial.speaker_kind == "person" and _surname(st.speaker_name) == _surname(denial.speaker_name))]
    best = max(((says_as_claimed(st), n, length, st) for n, length, st in found if n), key=lambda f: f[:3],
               default=None)
    return best[3] if best is not None else None


def _surname(name: str | None) -> str:
    "The last word of a name's key: 'marek' of 'Mayor Tomas Marek', of 'Marek' and of 'Tomas R. Marek III'."
    key = name_key(without_generation(name or ""))
    return key.split()[-1] if key else ""


def _evidence(articles: list[Article], unit: Unit) -> Evidence:
    a = articles[unit.article]
    return Evidence(a.id, a.outlet or UNKNOWN_OUTLET, unit.sentence, unit.start, unit.end, unit.text)


def _sentence_evidence(article: Article, offset: int) -> Evidence:
    "The sentence of an article at an offset, as evidence: one too short to be a unit of comparison."
    i, s = next((i, s) for i, s in enumerate(article.sentences) if s.start <= offset < s.end)
    return Evidence(article.id, article.outlet or UNKNOWN_OUTLET, i, s.start, s.end,
                    " ".join(article.body[s.start:s.end].split()))


def _unit_at(space: Space, article: int, offset: int) -> int | None:
    return next((i for i, u in enumerate(space.units) if u.article == article and u.start <= offset < u.end), None)

"""Named entities in Russian and Ukrainian text: natasha's NER model, names brought to the nominative.

natasha's wheel bundles its slovnet NER model and navec embeddings, so nothing is downloaded;
the files are checked against the hashes pinned in ``data/models.json`` when they load, and
they load only in a process that meets a Russian or Ukrainian article. The model was trained
on Russian news; Ukrainian spells names close enough for it to find most of them. pymorphy3,
with the dictionary of the article's language, turns the case forms a name takes in a
sentence into its dictionary form (Байрамовым, Байрамовим -> Байрамов), so the key is the one
an English article gives the same name (``names.name_key``: bairamov).

All come with the ``languages`` extra; without it such an article gets no mentions and joins
its story through the names it shares (``group.names``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache

from ..vocabulary import given_gender, listed_gender, words as word_list
from .names import base_forms, blank_furniture, known_in_any_form

log = logging.getLogger(__name__)

INDECLINABLE_ENDINGS = "уюоеиэі"  # a foreign surname ending so may not decline: Тинубу, Бонго, Санду, Кальвані
CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
J_ENDINGS = ("ей", "єй", "ай", "яй", "уй", "юй")
LANGUAGES = ("ru", "uk")  # the languages with a pymorphy3 dictionary in the ``languages`` extra
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
SETTLEMENTS = word_list("settlement-nouns")
WATERS = word_list("water-nouns")
SETTLEMENT_BEFORE = re.compile(r"(?:^|\s)(?P<prep>(?i:з|із|зі|в|у|до|біля|під|поблизу|из|во|около|под|от|возле|близ|на|над))\s+"
                               r"(?P<noun>[^\W\d_]+)\s+$")
# Ukrainian read in Russian letters, its apostrophe as the letter it is ("здоровʼя", one word, not two)
UKRAINIAN_LETTERS = str.maketrans("іїєґІЇЄҐ'’", "ииегИИЕГʼʼ")
NEXT_WORD = re.compile(r" ([^\W\d_]+)")
SURNAME_AFTER = re.compile(r" [А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?(?![\w-])")  # "Корд", "Ланг-Мюллер"
BRAND_THING = re.compile(r"[A-Za-z][\w.]*-[а-яёіїєґ]+")  # "Telegram-канале", "YouTube-канал": a channel, not a body
TITLE_STEMS = "|".join(map(re.escape, word_list("slavic-titles")))  # "глав|министр|..." as alternatives
# a title and the words that say of what, right before a name: "министр иностранных дел", "глава МИД"
AFTER_TITLE = re.compile(r"(?:^|[\s,(])(?i:" + TITLE_STEMS +
                         r")[\w'’-]*(?:\s+(?:[а-яёіїєґ'’-]+|[А-ЯЁІЇЄҐ]{2,6})){0,3}\s+$")
TITLE_REACH = 60  # characters before a name that may hold its title
TITLE_AFTER = re.compile(r"\s+(?:" + TITLE_STEMS + r")[а-яёіїєґ'’-]*(?![\w-])")  # a title in lower case next
NATIONALITY_ENDING = re.compile(r"(?:ск|цк|ськ|цьк|зьк)(?:ий|ый|ая|ій|а)$")  # "Эскарийский", "Вірменська"
NAME_TAGS = frozenset({"Surn", "Name", "Geox", "Orgn", "Patr"})  # not all in every dictionary's tag set
RELATIONAL = {  # a place's adjective: Лачинский, Карабахской; Лачинського, Карабаської
    "ru": re.compile(r"ск(?:ий|ая|ое|ие|ого|ому|ом|ой|ую|им|их|ими)$", re.I),
    "uk": re.compile(r"ськ(?:ий|а|е|і|ого|ому|ім|ій|у|им|их|ими|ої|ою)$", re.I),
}


@cache
def available(lang: str = "ru") -> bool:
    """Whether natasha, pymorphy3 and the language's dictionary are installed; says once, in the
    log, when they are not."""
    try:
        import natasha  # noqa: F401

        morph(lang)  # loaded once, and kept for the names to come
    except (ImportError, ValueError):
        log.warning("no entities for articles in %r: pip install 'rashomon[languages]' for natasha's model "
                    "and pymorphy3's dictionary", lang)
        return False
    return True


@cache
def ner():
    """natasha's news NER tagger, its files checked against the pinned hashes; once per process."""
    from natasha import NewsEmbedding, NewsNERTagger

    from .nlp import verify_model

    verify_model("natasha")
    return NewsNERTagger(NewsEmbedding())


@cache
def morph(lang: str = "ru"):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def mentions(text: str, lang: str = "ru") -> list[tuple[int, int, str, str]]:
    """(start, end, label, dictionary form) of each person, organisation and place named.

    A surname alone takes the form a full name in the same article gave it, so "Драна"
    after "Мико Драном" is Дран, whatever the dictionary says "драный" is.
    """
    found = []
    for start, stop, label in _spans(text, lang):
        stop = _without_trailing_words(text, start, stop, lang)
        start = _without_leading_adverb(text, start, stop, lang)
        words = text[start:stop].split()
        if words and words[0].lower() in AUTHORITIES and len(words) == 2 and known_in_any_form(words[1], lang, ("GPE", "LOC")):
            # "Влада Косова закрила ...": the authorities of a place, whatever the model took them for (a given name
            # and surname, a place), named as written
            found.append((start, stop, "ORG", " ".join(words)))
        elif words:
            gender = "masc" if label == "PERSON" and _a_man_in_the_genitive(text, start, stop, words, lang) else None
            found.append((start, stop, label, nominative(words, person=label == "PERSON", lang=lang, gender=gender)))
    found = _indeclinable(text, found)
    surnames = {normal.split()[-1] for _, _, label, normal in found if label == "PERSON" and " " in normal}
    found = sorted(found + _missed_surnames(text, found, surnames))
    found = sorted(found + _missed_people(text, found, lang))
    found = [(s, e, label, _known_surname(text[s:e], surnames, lang) or normal
              if label == "PERSON" and " " not in normal else normal) for s, e, label, normal in found]
    lone = {normal for _, _, label, normal in found if label == "PERSON" and " " not in normal}
    return [(s, e, label, _full_name(normal, lone, lang) if label == "PERSON" else normal)
            for s, e, label, normal in found]


# the words before a name that put it in the genitive: "по словам", "за словами", "у", "от", "после", ...
GENITIVE_BEFORE = frozenset({"словам", "словами", "мнению", "думку", "оценке", "оцінкою", "данным", "даними", "у", "от",
                             "від", "из", "із", "без", "для", "до", "после", "після", "против", "проти", "среди",
                             "серед", "около", "біля", "возле", "кроме", "крім", "имени", "імені"})
# a surname in -ова, -ева, -ина after a given name in -а: a woman's in the nominative, or a man's in the genitive
MAN_OR_WOMAN = re.compile(r"(?:ов|ев|ёв|єв|ин|ын|ін|їн)а$", re.I)


def _a_man_in_the_genitive(text: str, start: int, stop: int, words: list[str], lang: str) -> bool:
    """'по словам Джейхуна Байрамова', 'телефонный разговор министра Джейхуна Байрамова': a given name in -а and a
    surname in -ова after words that put it in the genitive are a man's ("Байрамов"), since a woman's genitive
    is "Байрамовой"; not a woman the list of given names knows ("Лейла Алиева"), nor one whose verb follows
    ("Председатель суда Азиза Рахимова огласила приговор")."""
    if len(words) < 2 or words[0][-1:].lower() not in "ая" or not MAN_OR_WOMAN.search(words[-1]) or \
            listed_gender(words[0]) == "f":
        return False
    after = re.findall(r"[^\W\d_][\w'’-]*", text[stop:stop + 40])[:3]
    if any(p.tag.POS == "VERB" and p.tag.gender == "femn" for w in after for p in morph(lang).parse(w.lower())[:1]):
        return False
    before = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, start - 40):start])
    if not before or re.search(r"[.!?;:«»\"]\s*$", text[max(0, start - 3):start]):
        return False
    last = before[-1]
    if last.lower() in ("и", "і", "та") and len(before) > 1 and before[-2][:1].isupper():
        # "разговор Сергея Лаврова и Джейхуна Байрамова": joined to a man named in the genitive
        return any(p.tag.case == "gent" and p.tag.gender == "masc" and {"Surn", "Name"} & p.tag.grammemes
                   for p in morph(lang).parse(before[-2])[:2])
    return last.lower() in GENITIVE_BEFORE or last[:1].islower() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" for p in morph(lang).parse(last)[:1])


# the words for a place's authorities, which open no person's name
AUTHORITIES = frozenset({"влада", "влади", "владу", "владою", "власти", "власть", "властей", "уряд", "уряду",
                         "правительство", "правительства", "керівництво", "руководство"})
# the case endings a surname in a consonant takes: "Ташвяна", "Ташвяну", "Ташвяном", "Ташвяні"
SURNAME_CASES = "а|у|ом|ым|ем|е|ові|еві|і|ою|ой|им"


def _missed_surnames(text: str, found: list[tuple[int, int, str, str]], surnames: set[str]
                     ) -> list[tuple[int, int, str, str]]:
    """A surname alone that the model left untagged ("Ташвян перед розмовою заявив ..."), where the article
    named the person in full: the model often misses a foreign name that opens a sentence."""
    taken = [(s, e) for s, e, _, _ in found]
    out = []
    for surname in surnames:
        if len(surname) < 4 or not surname[0].isupper():
            continue
        cases = f"(?:{SURNAME_CASES})?" if surname[-1].lower() in CONSONANTS else ""
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}{cases}(?![\w-])", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                out.append((m.start(), m.end(), "PERSON", surname))
    return out


# a capitalised word before another, as a given name before a surname: "Марія" of "Марія Захарова"
GIVEN_THEN_SURNAME = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?=" + SURNAME_AFTER.pattern + ")")


def _missed_people(text: str, found: list[tuple[int, int, str, str]], lang: str) -> list[tuple[int, int, str, str]]:
    """A person the model left untagged, named by a given name on the list of them and a capitalised word after it:
    "Речниця МЗС Росії Марія Захарова заявила", whose title and body before the name the model reads for a
    place. The given name is one the list holds, and the word after it is none ("Марія Олена" are two women)."""
    taken = [(s, e) for s, e, _, _ in found]
    out = []
    for m in GIVEN_THEN_SURNAME.finditer(text):
        given = m.group()
        if listed_gender(given) is None and not (_only_a_name(given, lang) and
                                                 known_in_any_form(given, lang, ("GPE", "LOC")) is None) or \
                any(s < m.end() + 1 and m.start() < e for s, e in taken):
            continue  # a given name the list or the dictionary holds ("Дмитро" of "Дмитро Усов"), not a place's
        surname = SURNAME_AFTER.match(text, m.end())
        if surname is not None and is_patronymic(surname.group().strip(), lang):
            surname = SURNAME_AFTER.match(text, surname.end())  # "Мария Владимировна Захарова": her surname last
        if surname is None or listed_gender(surname.group().strip()) is not None or \
                any(s < surname.end() and surname.start() < e for s, e in taken):
            continue
        words = text[m.start():surname.end()].split()
        out.append((m.start(), surname.end(), "PERSON", nominative(words, person=True, lang=lang)))
    return out


def _only_a_name(word: str, lang: str) -> bool:
    "A given name the dictionary knows that is no common noun too ('Дмитро'; not 'Посла' of 'посол', nor 'Віра')."
    parses = morph(lang).parse(word)
    return any("Name" in p.tag.grammemes for p in parses) and \
        not any(p.tag.POS == "NOUN" and not NAME_TAGS & p.tag.grammemes for p in parses)


def _indeclinable(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A foreign surname ending in a vowel that the article writes the same way in every mention, in
    whatever case ("Бола Тинубу", "с Болой Тинубу", "по словам Тинубу"), does not decline: the dictionary's
    guess of a nominative ("Тинуба") is wrong."""
    surfaces: dict[str, list[str]] = {}  # the dictionary's surname -> how each mention writes it
    for s, e, label, normal in found:
        if label == "PERSON":
            surfaces.setdefault(normal.split()[-1], []).append(text[s:e].split()[-1])
    fixed = {normal: written[0] for normal, written in surfaces.items()
             if len(written) >= 2 and len(set(written)) == 1 and written[0] != normal
             and written[0][-1].lower() in INDECLINABLE_ENDINGS}
    return [(s, e, label, " ".join([*normal.split()[:-1], fixed[normal.split()[-1]]])
             if label == "PERSON" and normal.split()[-1] in fixed else normal) for s, e, label, normal in found]


def _spans(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """The model's spans. It reads Ukrainian better in Russian letters (і and ї as и, є as е, ґ as г, the
    apostrophe as a letter: offsets stay), and a Ukrainian person's span is cut at the words no name holds ("Лавров і
    Байрамов", "Пізніше з Байрамовим": two names, and one). It reads an emoji as a space, at its offset: after one
    ("🗣 Захарова заявила"), it misses the name. A blank text has none (the model fails on it)."""
    read = blank_furniture(text)
    if not read.strip():
        return
    for span in ner()(read.translate(UKRAINIAN_LETTERS) if lang == "uk" else read).spans:
        label = LABELS.get(span.type)
        if label is None or BRAND_THING.fullmatch(text, span.start, span.stop) or \
                label == "PERSON" and _adjective_of_title(text, span.start, span.stop, lang):
            continue
        begin = span.start
        if label == "PERSON" and (_land_genitive(text[span.start:span.stop], lang) or after_settlement(text, begin)):
            label = "LOC"  # "МИД Ильдарии", "З міста Каменець": the model takes an unknown place for a person
        elif label == "PERSON" and (first := re.match(r"(\S+)\s+", text[begin:span.stop])) and \
                _land_genitive(first[1], lang):
            begin += first.end()  # "Посол Селковії Теодора Шандор": the ambassador's country, then her name
        stop = _with_surname(text, begin, span.stop, lang) if label == "PERSON" else span.stop
        start = _from_given_name(text, begin, stop, lang) if label == "PERSON" else begin
        if lang != "uk" or label != "PERSON":
            end = stop if label == "PERSON" else _with_head_noun(text, start, stop, lang)
            yield start, end, label
            continue
        run: list[re.Match] = []
        for word in [*re.finditer(r"\S+", text[start:stop]), None]:
            if word is not None and (_may_be_name(word.group(), lang) or run and word.group()[:1].isupper()
                                     and _given_name(run[-1].group(), lang)):
                run.append(word)  # ... or a surname after a given name, whatever else it means ("Аріан Корд")
            elif run:  # "служби Олмарії Драган Пелкін": the run's own first words may be a country's too
                first, last = start + run[0].start(), start + run[-1].end()
                if after_settlement(text, first):  # "З міста Каменець": a town
                    yield first, last, "LOC"
                else:
                    yield _from_given_name(text, first, last, lang), last, label
                run = []


def _adjective_of_title(text: str, start: int, stop: int, lang: str) -> bool:
    """One word the model took for a person that is a nationality's adjective before a title in lower case, as a
    sentence may open: "Эскарийский президент заявил", "Турецький президент заявив" (whose title it is), though the
    dictionary reads some as surnames first; a surname stands before no title in the nominative so ("Ковальский мэром
    стал", "Заславская последовательно заявляет")."""
    word = text[start:stop]
    title = TITLE_AFTER.match(text, stop)
    return title is not None and " " not in word and NATIONALITY_ENDING.search(word) is not None and \
        any(p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in morph(lang).parse(title[0].strip().lower())[:1])


# what no name ends in: "Мартезе Заммит це заперечує", "Драстовийские и рувенийские", "Даувии прорвало"
NOT_NAME_END = {"NPRO", "PRCL", "CONJ", "PREP", "INTJ", "VERB", "INFN", "GRND", "PRED"}
NAME_PARTS = {"NOUN", "ADJF", "ADJS", "PRTF"}  # what the last word of a body's name is: "Інституту вивчення війни"


def _without_trailing_words(text: str, start: int, stop: int, lang: str) -> int:
    """Where a span ends without the lower-case pronouns, particles, conjunctions, prepositions and verbs the
    model sometimes takes along after a name."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    while len(words) > 1 and words[-1].group()[:1].islower() and _no_name_word(words[-1].group(), lang):
        words.pop()
    return start + words[-1].end() if words else stop


def _without_leading_adverb(text: str, start: int, stop: int, lang: str) -> int:
    """Where a span begins without the adverb or conjunction the model took along where it opens a sentence:
    "Водночас суд відхилив" (meanwhile the court rejected) names the court."""
    first = re.match(r"\S+", text[start:stop])
    parses = morph(lang).parse(first.group().lower()) if first is not None else []
    if first is None or first.end() == stop - start or parses[0].tag.POS not in ("ADVB", "CONJ", "PRCL") or \
            any(p.tag.POS in NAME_PARTS and p.score >= 0.05 for p in parses):
        return start
    return start + first.end() + len(text[start + first.end():stop]) - len(text[start + first.end():stop].lstrip())


def _no_name_word(word: str, lang: str) -> bool:
    """A word that is likeliest a pronoun, particle, conjunction, preposition or verb and has no likely reading as a
    noun or adjective: "це", "и", "заперечують"; not "війни" (of war), which also reads as a verb."""
    parses = morph(lang).parse(word)
    return parses[0].tag.POS in NOT_NAME_END and not any(
        p.tag.POS in NAME_PARTS and p.score >= 0.05 for p in parses)


def _with_surname(text: str, start: int, stop: int, lang: str) -> int:
    """Where a person's name ends that the model cut after a lone given name: at the capitalised word right
    after it, the surname, whatever else the dictionary says it means ("Аріан Корд", a cord; "Томас
    Гердан"); not after a surname ("сказал Песков ТАСС")."""
    given = text[start:stop]
    if " " in given.strip() or not _given_name(given, lang):
        return stop
    surname = SURNAME_AFTER.match(text, stop)
    if surname is None or given_gender(surname.group().strip()) is not None:
        return stop  # "Ильдарии Ольги Кремень": a given name opens the next person
    return surname.end()


def _given_name(word: str, lang: str) -> bool:
    """A given name, by the list of them, in any case ("Вери", of Вера), or as the dictionary reads the word first
    ('Томас', 'Аріан')."""
    if given_gender(word) is not None or any(p.tag.POS == "NOUN" and listed_gender(p.normal_form) is not None
                                             for p in morph(lang).parse(word)[:3]):
        return True
    return "Name" in morph(lang).parse(word)[0].tag.grammemes and not _land_genitive(word, lang)


def after_settlement(text: str, start: int) -> bool:
    """A preposition and a word for a town, a river or a lake before: 'З міста Каменець', 'в городе Брезан', 'на
    річці Сервол'; not 'мэр города Иван Петров', a title's town and its mayor's name."""
    before = SETTLEMENT_BEFORE.search(text[max(0, start - 30):start])
    if before is None:
        return False
    noun = before["noun"].lower()  # "на річці Сервол" is a river's; "на селі" is in the countryside
    return noun in WATERS or noun in SETTLEMENTS and not (before["prep"].lower() == "на" and noun in ("селе", "селі"))


def _land_genitive(word: str, lang: str) -> bool:
    """An unknown word in -ии or -ії whose nominative in -ия or -ія is unknown too: a country's genitive
    ("Ильдарии", "Кельдорії"), which the dictionary guesses to be a name like "Марии"."""
    word = word.strip()
    low = word.lower()
    if " " in word or not low.endswith(("ии", "ії")) or given_gender(word) is not None:
        return False
    return not morph(lang).word_is_known(low) and not morph(lang).word_is_known(low[:-1] + "я")


def _from_given_name(text: str, start: int, stop: int, lang: str) -> int:
    """Where a person's name begins when the model took the country or body before it along
    ("Пелларії Ілона Берец", the minister of Pellaria Ilona Berec): at a given name after a word that
    is none, or is in another case (the parts of a name decline together)."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    if len(words) < 3:
        return start
    first_word = words[0].group()
    if first_word[-1].lower() in "ая" and not morph(lang).word_is_known(first_word.lower()) and \
            not is_patronymic(words[1].group(), lang) and AFTER_TITLE.search(text[max(0, start - TITLE_REACH):start]):
        return start + words[1].start()  # "министр иностранных дел Линдмарка Хокон Бреде": the minister's country
    if given_gender(first_word) is not None:
        return start
    if given_gender(words[1].group()) is not None:  # a given name we know ("Олмарии Драгана Пелкина"), whatever
        return start + words[1].start()  # the dictionary guesses of the unknown word before it
    if first_word.lower().endswith(("ии", "ії")) and not is_patronymic(words[1].group(), lang) and \
            not morph(lang).word_is_known(first_word[:-1].lower() + "я"):
        return start + words[1].start()  # "Эстрании Юрунд Хальвесен": a country's genitive, not a "Мария"'s
    first, second = (morph(lang).parse(w.group())[0] for w in words[:2])  # the likeliest readings
    if "Name" not in second.tag.grammemes or "Name" in first.tag.grammemes and first.tag.case == second.tag.case:
        return start
    return start + words[1].start()


def _with_head_noun(text: str, start: int, stop: int, lang: str) -> int:
    """Where a place's or body's name ends: the model may stop at its adjective ("Чорному" of "Чорному
    морі", read in Russian letters as a word it does not know); the noun it agrees with follows."""
    if " " in text[start:stop]:
        return stop
    noun = NEXT_WORD.match(text, stop)
    if noun is None or not noun[1].islower():
        return stop
    adjectives = [p.tag.case for p in morph(lang).parse(text[start:stop]) if p.tag.POS == "ADJF"]
    nouns = [p.tag.case for p in morph(lang).parse(noun[1]) if p.tag.POS == "NOUN"]
    return noun.end() if adjectives and set(adjectives) & set(nouns) else stop


def _may_be_name(word: str, lang: str) -> bool:
    "Capitalised, and a name the dictionary knows or no word it knows ('Пізніше' is an adverb)."
    if not word[:1].isupper():
        return False
    parses = morph(lang).parse(word)
    return any({"Name", "Surn"} & p.tag.grammemes for p in parses) or not morph(lang).word_is_known(word.lower())


def _full_name(normal: str, lone: set[str], lang: str) -> str:
    """A full name the dictionary left in its case form ("Джейхуна Байрамова": a first name it does not
    know) takes the nominative the article gives the surname alone ("Байрамов отверг ...")."""
    words = normal.split()
    known = _known_surname(words[-1], lone, lang)
    if known is None or known == words[-1]:
        return normal
    return " ".join([next((f for f in base_forms(w, lang) if f != w), w) for w in words[:-1]] + [known])


def _known_surname(word: str, surnames: set[str], lang: str) -> str | None:
    return next((form for form in base_forms(word, lang) if form in surnames), None)


def nominative(words: list[str], person: bool = False, lang: str = "ru", gender: str | None = None) -> str:
    """The name in the nominative: "Джейхуном Байрамовым" -> "Джейхун Байрамов".

    A person's patronymic is left out (English writes "Sergei Lavrov", Russian often
    "Сергей Викторович Лавров"), and a surname takes the gender of the first name, so that
    "Марии Захаровой" is Захарова and "Сергея Лаврова" Лавров. A gender known otherwise (the verb's:
    "заявила Самира") settles a first name that reads either way (Самира, or the genitive of Самир).
    """
    if person and len(words) > 2:
        words = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or not is_patronymic(w, lang)]
    if person and (_woman_named(words) or _man_named(words) or _named_in_o(words, lang) or _fixed_named(words, lang)
                   or _foreign_named(words, lang) or _foreign_in_vowels(words, lang, gender)):
        return " ".join(words)
    if person and gender == "femn" and len(words) >= 2 and given_gender(words[0]) == "f" and \
            words[-1][-1:].lower() in ("а", "я"):
        return " ".join(words)  # "Мірела Даскова сказала": a woman's name we know, with her verb, is not a "Мірел"'s
    if not person and len(words) > 1 and (head := _head(words, lang)) is not None:
        # the words up to the head noun take the case; what follows it stays ("Министерства обороны")
        if _plural_noun(words[head], lang):
            return " ".join([_plural_nominative(w, lang) for w in words[:head + 1]] + words[head + 1:])
        if head and _plural_nominatives(words[:head + 1], lang):
            return " ".join(words)  # "Объединенные Арабские Эмираты" is in the nominative already
        noun = nominative([words[head]], lang=lang)
        gender = "femn" if _place_in_ia(words[head], lang) else next(  # "Северной Тирнавии": Северная Тирнавия
            (p.tag.gender for p in morph(lang).parse(words[head])  # of the noun, not of a surname "Рада"
             if p.tag.POS == "NOUN" and not {"Surn", "Name"} & p.tag.grammemes), None)
        return " ".join([_agreeing(w, gender, lang) for w in words[:head]] + [noun] + words[head + 1:])
    out, named, case = [], False, None
    for i, word in enumerate(words):
        parse = _name_parse(word, gender, lang)
        if person and i == 0 and len(words) > 1 and parse is not None and "Name" in parse.tag.grammemes:
            gender, case = parse.tag.gender, parse.tag.case
            named = case == "nomn"
        if named and i > 0 or person and (i > 0 or len(words) == 1) and word.lower().endswith(FOREIGN_FIXED):
            # after a first name in the nominative, "Курті" is not the locative of Курт; "Гаджизаде", "Кобахидзе"
            # never decline, and are no locative of a "Гаджизад"
            out.append(word)
        elif case and i > 0 and not any(p.tag.case == case for p in morph(lang).parse(word)):
            out.append(word)  # "Майи Санду": a surname that cannot take the first name's case does not decline
        elif person and (parse is None or not NAME_TAGS & parse.tag.grammemes):
            out.append(_unknown_surname(word, gender, lang))  # a name the dictionary does not know
        elif parse is None:
            out.append(word)
        elif not person and _place_in_ia(word, lang):
            out.append(word[:-1] + "я")  # "Тирнавии", "Тирнавії": Тирнавия, Тирнавія
        elif not person and RELATIONAL.get(lang, RELATIONAL["ru"]).search(word) and (adjective := next(
                (p for p in morph(lang).parse(word) if p.tag.POS == "ADJF"), None)) is not None:
            # "в Лачинском коридоре": the adjective of a place, not a place "Лачинск"
            form = adjective.inflect({"nomn"})
            out.append(_restore_case(word, form.word if form else adjective.normal_form))
        else:
            form = parse.inflect({"nomn"})
            out.append(_restore_case(word, form.word if form else parse.normal_form))
    return " ".join(out)


def _place_in_ia(word: str, lang: str) -> bool:
    """A word the dictionary does not know, written as a name (no initials: "РНИИ", "СибНИИ"), in the genitive, dative
    or locative of a place in -ия or -ія (``OBLIQUE_IA``)."""
    low = word.lower()
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-")) \
        and low.endswith(OBLIQUE_IA.get(lang, OBLIQUE_IA["ru"])) and not morph(lang).word_is_known(low)


def _head(words: list[str], lang: str) -> int | None:
    """Where a name's first noun stands, after the adjectives that agree with it; None if no word is one.
    A word that may also be an adjective is one before a noun ("Чорному" of "Чорному морі" is a surname too)."""
    nouns = [i for i, w in enumerate(words) if morph(lang).parse(w)[0].tag.POS == "NOUN"]
    plain = [i for i in nouns if not any(p.tag.POS == "ADJF" for p in morph(lang).parse(words[i]))]
    return (plain or nouns or [None])[0]


def _agreeing(word: str, gender: str | None, lang: str) -> str:
    "An adjective before the head noun, in the nominative of its gender: Международного (суда) -> Международный."
    parse = next((p for p in morph(lang).parse(word) if p.tag.POS == "ADJF"), None)
    wanted = ({"nomn", "sing", gender}, {"nomn", gender}) if gender else ({"nomn"},)  # Ukrainian adjectives: no number
    form = next((f for w in wanted if parse is not None and (f := parse.inflect(w))), None)
    return _restore_case(word, form.word) if form else nominative([word], lang=lang)


def _plural_noun(word: str, lang: str) -> bool:
    parse = morph(lang).parse(word)[0]
    return parse.tag.POS == "NOUN" and "plur" in parse.tag.grammemes and parse.tag.case != "nomn"


def _plural_nominatives(words: list[str], lang: str) -> bool:
    return all(any({"nomn", "plur"} <= p.tag.grammemes for p in morph(lang).parse(w)) for w in words)


def _plural_nominative(word: str, lang: str) -> str:
    parse = next((p for p in morph(lang).parse(word) if "plur" in p.tag.grammemes), None)
    form = parse.inflect({"nomn", "plur"}) if parse else None
    return _restore_case(word, form.word) if form else word


# surnames whose form tells a man from a woman (Лавров, Захарова, Навальный); one in -ич, -ко, -ян or -дзе is
# both ("Ана Дрожич сказала"), whatever gender the dictionary guesses for it
GENDERED_SURNAMES = ("ов", "ев", "ёв", "ин", "ын", "ий", "ой", "ая", "ова", "ева", "ёва", "ина", "ына", "ів", "їв")


def _woman_named(words: list[str]) -> bool:
    """A first name in -а or -я before a surname in a consonant: a woman named in the nominative ("Мірела
    Хостак"), since a man's surname in a consonant declines with his first name ("Теодора Хостака"), and
    hers never does. Not the genitive of a man "Мірел" the dictionary guesses for a name it does not know."""
    return len(words) >= 2 and words[0][-1:].lower() in ("а", "я") and words[-1][-1:].lower() in CONSONANTS


def _listed_before_foreign(words: list[str], lang: str) -> str | None:
    """The gender a known given name tells before a foreign surname that never declines ("Нурія Фарре",
    "Жорді Пучсерсос" aside): where the surname ends in a vowel, the dictionary cannot tell "Нурія" from the
    genitive of a man "Нурій", and the list of given names can."""
    if len(words) < 2 or words[-1][-1:].lower() not in "еєоіиую" or (given := listed_gender(words[0])) is None:
        return None
    if any(p.is_known and "Name" in p.tag.grammemes and p.tag.gender == "masc" and p.tag.case != "nomn"
           for p in morph(lang).parse(words[0])):
        return None  # "Петра Порошенко", "Ивана Дуке": a man's name in the genitive, not Petra or Ivana
    return "femn" if given == "f" else "masc"


def _foreign_named(words: list[str], lang: str) -> bool:
    """A given name in -а or -я the list holds as written, no man's name in another case, before a foreign surname
    in another vowel, that never declines: the name in the nominative as written ("Ілеана Маргаритеску", "Чаба
    Банффі"), not a surname "Маргаритеск" the dictionary guesses; not "Ивана Дуке", the genitive of Иван."""
    return len(words) >= 2 and words[0][-1:].lower() in ("а", "я") and _listed_before_foreign(words, lang) is not None


def _foreign_in_vowels(words: list[str], lang: str, gender: str | None = None) -> bool:
    """A name that never declines, whose form the dictionary guesses otherwise: a first name in -о that no Slavic one
    is ("Павло" declines) or in -е, before a surname in -и, -у, -о or -ю ("Орсо Велани", not the genitive of a place
    "Велань"; "Бенце Уйвари"); and where her verb says a woman speaks, a first name and a surname in -е ("Юрате
    Мажейкене сообщила": Jūratė, not the dative of Юрата), or both in a consonant ("Маргіт Доссель заявила", though
    the dictionary takes "Маргіт" for a man's). Not a man's name in the locative ("об Олафе Шольце")."""
    if len(words) != 2 or _named_in_o(words, lang):
        return False
    first, last = words[0][-1:].lower(), words[-1][-1:].lower()
    if gender == "femn" and (first == "е" and last == "е" or first in CONSONANTS and last in CONSONANTS + "ь"):
        return True  # ... or both in a consonant: "Маргіт Доссель заявила", whom no man's nominative names so
    # a surname in -и, -у, -о or -ю never declines, and a first name in -е before it is no locative's ("Бенце
    # Уйвари"): a man's locative takes -е on both ("об Олафе Шольце")
    return first in "ое" and last in "иуоэю" and not any(
        "Name" in p.tag.grammemes and p.tag.case != "nomn" for p in morph(lang).parse(words[0]))  # not "Майе Санду"


def as_written_woman(name: str, lang: str) -> bool:
    "A woman's name that stays as written where her verb says she speaks (``_foreign_in_vowels``): 'Юрате Мажейкене'."
    return _foreign_in_vowels(name.split()[-2:], lang, "femn")  # past a title the model took in: "Спецпосланниця"


def _man_named(words: list[str]) -> bool:
    """A first name in a consonant, not the instrumental -ом or -ем, before a surname in a vowel: a man named
    in the nominative ("Анар Товлу"), since in any other case his first name takes an ending ("Анара",
    "Анару"); the surname then is as written, not the dative of a "Товла" the dictionary guesses."""
    if len(words) < 2:
        return False
    first, last = words[0].lower(), words[-1].lower()
    return first[-1:] in CONSONANTS and not first.endswith(("ом", "ем", "ём")) and last[-1:] in "уюеиіо"


def _fixed_named(words: list[str], lang: str) -> bool:
    """A first name that never declines ("Ани", "Лилит", "Мари") before a surname in a consonant, not the
    instrumental -ом, -ем or -ым: the name as written ("Ани Бадалян", not the genitive of "Аня"), since a woman's
    surname in a consonant never declines, and a man's is as written only in the nominative. Such a first name is
    one the dictionary lists in the singular only as never declining ("Мари", "Серджи"), or one the list of given
    names holds as written that the dictionary lists as never declining too ("Ани", "Лилит"), or, where the
    dictionary knows it only as another name's case (the Ukrainian "Ані"), that ends in -и or -і. Not "Юли
    Бадалян", the genitive of Юля, nor "Ани Петровой", whose surname's ending tells the genitive of Аня."""
    if len(words) < 2:
        return False
    last, first = words[-1].lower(), words[0].lower()
    # a surname in -ей or -ай ("Штірбей", "Челай") declines as one in a consonant; not the adjective's -ий, -ой
    if last[-1:] not in CONSONANTS and not last.endswith(J_ENDINGS) or \
            last.endswith(("ом", "ем", "ём", "ым", "им")):
        return False
    names = [p for p in morph(lang).parse(first) if "Name" in p.tag.grammemes and p.tag.number != "plur"]
    fixed = any("Fixd" in p.tag.grammemes and p.normal_form == first for p in names)
    if (listed := listed_gender(first)) is not None:
        # "Раду Штірбей": the list's man, whom the dictionary reads only as a case of a woman's name (Рада)
        other = bool(names) and not any(p.tag.gender == ("femn" if listed == "f" else "masc") for p in names)
        return fixed or first[-1:] in "иі" or other
    return fixed and all("Fixd" in p.tag.grammemes for p in names)


def _named_in_o(words: list[str], lang: str) -> bool:
    """A first name in -о that declines, a man's in the nominative ("Павло Оршаг", "Петро Коваль"): its other
    cases take endings ("Павла", "Павлові"); the dictionary reads it first as a vocative, which news hardly
    uses. Not one that never declines ("Іво Сарнета" is a genitive)."""
    return len(words) >= 2 and words[0][-1:].lower() == "о" and \
        any({"Name", "masc", "nomn"} <= p.tag.grammemes and "Fixd" not in p.tag.grammemes
            for p in morph(lang).parse(words[0]))


def may_be(name: str, gender: str, lang: str = "ru") -> bool:
    "Some word of the name reads as a first name or surname of that gender in the nominative ('Самира')."
    return any(p.tag.gender == gender and p.tag.case == "nomn" and {"Name", "Surn"} & p.tag.grammemes
               for word in name.split() for p in morph(lang).parse(word))


def name_gender(name: str, lang: str = "ru") -> str | None:
    """'masc' or 'femn' for a person's name in any case ("Марии Захаровой", "Лаврову"); None when
    the dictionary cannot tell."""
    if _woman_named(name.split()):
        return "femn"
    if (listed := _listed_before_foreign(name.split(), lang)) is not None:
        return listed
    if _fixed_named(name.split(), lang) and (given := listed_gender(name.split()[0])) is not None:
        return "femn" if given == "f" else "masc"  # "Раду Штірбей" is the list's man, not a case of Рада
    for word in name.split():
        parse = _name_parse(word, None, lang)
        # an indeclinable reading says nothing of who bears it ("Берулан" guessed a woman's, like "Ковальчук")
        if parse is None or parse.tag.gender not in ("masc", "femn") or "Fixd" in parse.tag.grammemes:
            continue
        if "Name" in parse.tag.grammemes or "Surn" in parse.tag.grammemes and \
                parse.normal_form.endswith(GENDERED_SURNAMES):
            return parse.tag.gender
    return None


def _unknown_surname(word: str, gender: str | None, lang: str = "ru") -> str:
    """The declension of a name no dictionary has: Драном, Драну, Дране -> Дран; Драна too for a man.

    An adjective-like surname (Навального) is declined as the adjective it looks like, except
    the Ukrainian instrumental of a surname in -ов, -ев or -ін (Лавровим, Байрамовим: Лавров).
    """
    lower = word.lower()
    if lang == "uk" and gender != "femn" and UKRAINIAN_INSTRUMENTAL.search(lower):
        return word[:-2]
    if lower.endswith(ADJECTIVE_ENDINGS):
        parse = next((p for p in morph(lang).parse(word) if p.tag.POS == "ADJF"), None)
        form = parse.inflect({"nomn", "masc" if gender != "femn" else "femn", "sing"}) if parse else None
        if form:
            return _restore_case(word, form.word)
    for endings, strip in ((("ом", "ем", "ём"), 2), (("у", "ю", "е"), 1), (("а", "я"), 1)):
        if lower.endswith(endings) and len(word) - strip >= 3 and _consonant(lower[-strip - 1]):
            if endings[0] == "а" and gender != "masc" or gender == "femn":
                break  # Захарова, Мила: the nominative of a woman's name
            return word[:-strip]
    return word


def _consonant(c: str) -> bool:
    return c.isalpha() and c not in "аеёиоуыэюяйь"


ADJECTIVE_ENDINGS = ("ого", "ому", "ым", "им", "ой", "ая", "ую", "ий", "ый", "ое")
# the genitive, dative and locative of a place in -ия (-ія): a place the dictionary does not know that ends so is
# one of those, as most places that end so are (Тирнавия, like Армения, Грузия), not a man's -ий or a neuter -ие
OBLIQUE_IA = {"ru": "ии", "uk": "ії"}
# the endings of Azerbaijani, Georgian and Turkish surnames, which Russian and Ukrainian never decline
FOREIGN_FIXED = ("заде", "дзе", "швили", "швілі", "оглу", "огли", "ели", "елі")
UKRAINIAN_INSTRUMENTAL = re.compile(r"(?:ов|ев|єв|ін|ин|їн)им$")


def _name_parse(word: str, gender: str | None, lang: str = "ru"):
    """The likeliest reading of a word as one person, place or thing named; None if it has none.

    Plural readings are never a name ("Пашинян" is not the genitive plural of "пашинянин").
    """
    parses = [p for p in morph(lang).parse(word) if p.tag.POS in ("NOUN", "ADJF") and "plur" not in str(p.tag)]
    # stable: likeliest noun first, adjectives (Навальный) after, and a declinable reading before the
    # indeclinable one a man's surname has as a woman's (Ukrainian "Лубінець")
    parses.sort(key=lambda p: (p.tag.POS != "NOUN", "Fixd" in p.tag.grammemes))
    named = [p for p in parses if NAME_TAGS & p.tag.grammemes] or parses
    first_names = [p for p in named if "Name" in p.tag.grammemes and p.tag.gender in ("masc", "femn")
                   and "Fixd" not in p.tag.grammemes]  # not an indeclinable reading, whose cases all weigh alike
    if not gender and len({p.tag.gender for p in first_names}) > 1:
        # a first name of either gender by its case form is of the gender its readings give more weight in all, where
        # the list holds that one's name and not the first reading's: "Сильвии" reads first as the locative of
        # Сильвий, yet three cases of Сильвия outweigh it; "Петра" is Пётр's
        weight = {g: sum(p.score for p in first_names if p.tag.gender == g) for g in ("masc", "femn")}
        top, other = first_names[0], next(p for p in first_names if p.tag.gender != first_names[0].tag.gender)
        if weight[other.tag.gender] > weight[top.tag.gender] and _listed_as(other) and not _listed_as(top):
            named = sorted(named, key=lambda p: "Name" in p.tag.grammemes and p.tag.gender != other.tag.gender)
    if gender:
        named = [p for p in named if p.tag.gender == gender or "ms-f" in str(p.tag)] or named
    return named[0] if named else None


def _listed_as(parse) -> bool:
    "Whether the list of given names holds a reading's first name, of its gender ('сильвия' a woman's)."
    return listed_gender(parse.normal_form.replace("ё", "е")) == parse.tag.gender[0]


def is_patronymic(word: str, lang: str) -> bool:
    return any("Patr" in p.tag.grammemes for p in morph(lang).parse(word)[:2])


def _restore_case(original: str, normal: str) -> str:
    """The dictionary's form in the original's case, and with its е where the dictionary writes ё, as most
    Russian text does: "Пелкин" stays Пелкин, not Пёлкин."""
    if "ё" not in original.lower():
        normal = normal.replace("ё", "е").replace("Ё", "Е")
    if original.isupper() and len(original) > 1:
        return normal.upper()  # ООН, МИД
    if original[:1].isupper():  # each part as the original writes it: "Санкт-Петербург", "Пресс-служба"
        parts, written = normal.split("-"), original.split("-")
        upper = [w[:1].isupper() for w in written] if len(written) == len(parts) else [True] * len(parts)
        return "-".join(part[:1].upper() + part[1:] if up else part for part, up in zip(parts, upper))
    return normal

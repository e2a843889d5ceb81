"""Names across scripts: a Latin spelling, a matching key, and a matcher.

"Лавров", "Lavrov", "Լավրով" and "لاوروف" name one man, and a story told in Russian,
Armenian, Persian and English should be found as one. A name is transliterated to Latin
(anyascii, with the conventions English news uses for Ukrainian and Armenian) and folded to
a key that ignores how it was romanised: y/i, kh/h, w/v, doubled letters, the -iy/-y/-yy
endings, -yov/-ev (Sergei/Sergey, Zelensky/Zelenskyy/Зеленський, Aliyev/Алиев).

Persian and Arabic write few vowels, so no key can meet the English one: a name in that
script is compared with a Latin key by a pattern in which short vowels are optional and
each letter allows the sounds it stands for (و: v, u or o).

Case endings of Russian, Ukrainian and Armenian are stripped by rule (``base_forms``);
callers that can check a candidate against known names try them in turn.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from difflib import SequenceMatcher
from functools import cache, lru_cache

from anyascii import anyascii

# what a channel post or a list sets before a name: emoji and their joiners, arrows, shapes, dingbats, bullets
FURNITURE_RUN = re.compile("[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
                           "\ufe0e\ufe0f\u200d•‣]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
ARMENIAN = re.compile(r"[\u0531-\u058a]")
ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
HEBREW = re.compile(r"[\u05d0-\u05ea]")
GEORGIAN = re.compile(r"[\u10d0-\u10ff]")  # no capitals either, and no list of its common words
UNCASED = re.compile(f"{ARABIC.pattern}|{HEBREW.pattern}")  # scripts without capitals: any word may be a name
UKRAINIAN_ONLY = set("іїєґІЇЄҐ")
APOSTROPHES = re.compile(r"['`ʼ’ʻʹ]")
# a generation after a full name, which one outlet writes and another leaves out: "Robert S. Mueller III" may be the
# Robert Mueller others name, or not ("Jesse Jackson Jr." and his father, the Rev. Jesse Jackson)
GENERATION = re.compile(r"(?<=\w\w),?\s+(?:Jr|Sr|II|III|IV)\.?$")
GENERATION_KEYS = frozenset({"jr", "sr", "i", "iv"})  # ... as a key ends with it ("II" and "III" fold to "i")
COURTESY_BEFORE = re.compile(r"\b(Mrs|Mr|Ms|Miss)\.?\s+$")
REGNAL_TITLES = {"king", "queen", "pope", "emperor", "empress", "prince", "princess", "tsar", "czar", "sultan", "shah",
                 "saint", "st"}  # before a name whose number is a reign's, not a generation
ZWNJ = "\u200c"

# Ukrainian is romanised by its own letters' sounds (и = y, г = h): Володимир -> Volodymyr.
UKRAINIAN = str.maketrans({"и": "y", "И": "Y", "і": "i", "І": "I", "ї": "i", "Ї": "I", "є": "ie", "Є": "Ye",
                           "г": "h", "Г": "H", "ґ": "g", "Ґ": "G", "й": "i", "Й": "Y"})
# Serbian and Macedonian Cyrillic go through their own Latin alphabets (ч = č, not ch): Вучић -> Vucic.
SERBIAN_ONLY = set("ђћџљњјѓќѕЂЋЏЉЊЈЃЌЅ")
SERBIAN = str.maketrans({"ч": "č", "Ч": "Č", "ш": "š", "Ш": "Š", "ж": "ž", "Ж": "Ž", "џ": "dž", "Џ": "Dž",
                         "х": "h", "Х": "H", "ц": "c", "Ц": "C", "ј": "j", "Ј": "J", "ќ": "k", "Ќ": "K",
                         "ѓ": "g", "Ѓ": "G", "ѕ": "dz", "Ѕ": "Dz"})
# anyascii spells Armenian letter by letter; English news writes ու as u, ռ as r, initial ո as vo.
ARMENIAN_FIX = [(re.compile(r"\bՈ(?=[^ւ])"), "Վո"), (re.compile(r"\bո(?=[^ւ])"), "վո"),
                (re.compile("Ու"), "U"), (re.compile("ու"), "u"), (re.compile("ռ"), "ր")]
UKRAINIAN_SOFT_E = re.compile(r"(?<=[бвгґджзклмнпрстфхцчшщБВГҐДЖЗКЛМНПРСТФХЦЧШЩ])[єЄ]")  # Умєров -> Umerov
LATIN_FIX = str.maketrans({"Đ": "Dj", "đ": "dj"})  # Đoković -> Djokovic, as English writes it

# How other alphabets write the sounds English news spells sh, ch, zh, j and y, for names English
# borrows from a third language: Pašinjan, Paschinjan, Paszynian, Paşinyan and Pachinian are
# Pashinyan, Džejhun and Ceyhun are Jeyhun. Their own people keep their own spelling (Vučić is
# Vucic in English), so these spellings are a name's second key, not its only one.
_SOUTH_SLAVIC = {"dž": "j", "č": "ch", "ć": "ch", "š": "sh", "ž": "zh", "j": "y", "џ": "j", "ч": "ch",
                 "ћ": "ch", "ш": "sh", "ж": "zh", "ј": "y", "њ": "ny", "љ": "ly", "ђ": "dj", "ќ": "ky", "ѓ": "gy"}
ENGLISH_SOUNDS = {
    **dict.fromkeys(("sr", "hr", "bs", "sl", "cs", "sk"), _SOUTH_SLAVIC),
    # Macedonian writes the ć of a Serbian or Croatian name ќ: Вучиќ is Vučić, Vucic in English
    "mk": {**_SOUTH_SLAVIC, "ќ": "ch"},
    # Selenskyj; Kobachidse (Kobakhidze), Michail: German writes the kh sound ch, and dz ds
    "de": {"dsch": "j", "tsch": "ch", "sch": "sh", "ch": "kh", "ds(?=[aeiouy])": "dz", "j": "y", "^s(?=[aeiouy])": "z"},
    "pl": {"dż": "j", "sz": "sh", "cz": "ch", "rz": "zh", "ż": "zh", "j": "y", "(?<=[^aeiouy])ie": "e"},
    # Szijjártó, Сийярто; Szőllősi, Сёллёши; Szentgyörgyi, Сентдьёрдьи: Hungarian's s is sh, its sz s, gy Russian's дь
    "hu": {"cs": "ch", "sz": "s", "zs": "zh", "gy(?=[aouáóú])": "dy", "gy": "d", "ny": "n", "ly": "y", "s": "sh",
           "jj": "y", "j": "y",
           "[öőÖŐ]": "e", "[üűÜŰ]": "u"},
    "tr": {"ş": "sh", "ç": "ch", "c": "j", "ı": "i"},
    "az": {"ş": "sh", "ç": "ch", "c": "j", "ı": "i", "ə": "a", "x": "kh"},
    "fr": {"tch": "ch", "ch": "sh", "dj": "j", "ou": "u", "(?<=[^aeiouy])e$": ""},  # Latchine, Michoustine
}
# a given name's first J as Cyrillic writes the Catalan and French sound (Жозеп, Жан) or the English one (Джон),
# read where the name is Cyrillic: the Latin Zhanna is not Joanna (keys spell х as h, an initial й or ю with i)
J_SOUND = re.compile(r"^d?zh")
SOFT_LN, SOFT_LN_LETTERS = {"sr", "hr", "bs", "mk", "me", "sh"}, set("љњЉЊ")  # only there is lj one l
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")  # accented or not
# a Latin name's "ch" before a, e or i inside it, or in a first "Char", as French says it: Michel, Charles (not the
# first "Ch" of Chen, Chetty or Chirkov, which Chinese, Indian and Russian romanisations write)
FRENCH_CH = re.compile(r"(?<=[aeiouy])ch(?=[aei])|^ch(?=ar)", re.I)
HUNGARIAN_SPELLING = re.compile(r"[őűŐŰ]|sz|gy|zs", re.I)  # letters and pairs only Hungarian writes (sz with Polish)
PORTUGUESE_S = re.compile(r"(?<=[a-z]{3})es$", re.I)  # a final -es, which Portuguese says -esh: Guterres, Fernandes
FRENCH_SPELLING = re.compile(r"ou.*ch|ch.*ou", re.I)  # a name romanised in French: "ou" for u, "ch" for sh
# a Polish name that English news prints without its accents: cz, sz and rz are no English letters' pairs
# (Mielczarek, Мельчарек; Kaczynski, Качиньский; Brzezinski, Бжезинский)
POLISH_SPELLING = re.compile(r"[csr]z", re.I)
# Which of those alphabets a word is in, by the letters only it uses, and the languages that write those letters
# too: in a text in one of them the language reads the word (Azerbaijani ş, Romanian ş, Slovene č), in any other
# the letters do ("Vučić" in an English or German article is read as Croatian).
ALPHABET_LETTERS = (("sr", SERBIAN_ONLY, {"sr", "mk", "bs", "me"}),
                    ("hr", set("čćšžđČĆŠŽĐ"), {"hr", "bs", "sr", "me", "sh", "sl", "cs", "sk", "lt", "lv", "pl"}),
                    ("tr", set("şıİŞ"), {"tr", "az", "ro"}),
                    ("pl", set("łżźśŁŻŹŚ"), {"pl"}))
# Case endings Azerbaijani and Turkish join to a name (Qarabağda, Bakıdan, Ermənistanın; Turkish parts them with an
# apostrophe, Bakü'de, and not always), longest first: a name is looked up without them.
TURKIC = frozenset(("az", "tr"))
COMMON_TURKIC = 3.0  # Zipf: a word this common is read as it is, not as a place with a case ending
TURKIC_ENDINGS = ("dakı", "dəki", "daki", "deki", "nın", "nin", "nun", "nün", "dan", "dən", "den", "tan", "tən", "ten",
                  "ın", "in", "un", "ün", "da", "də", "de", "ta", "tə", "te", "ya", "yə", "ye", "nı", "ni", "a", "ə", "e")
# Case endings of Slavic languages written in Latin letters (Pašinjanom, Alijeva), longest first.
LATIN_SLAVIC_ENDINGS = ("ima", "ama", "om", "em", "u", "a", "e", "i")
# Vucic, Djokovic: a South Slavic surname without its accents, -ić after a consonant. English has its own words
# and given names in -ic, and no letter tells them apart (Arabic and Brnabic, Ludovic and Jovanovic): those a
# name may be, or stand beside, are listed, lest Eric meet Erich.
SLAVIC_IC = re.compile(r"^[A-Z][a-z]*[bcdfghjklmnpqrstvwxz]ic$")
ENGLISH_IC = frozenset("""
    alaric aymeric cedric dominic emeric eric frederic ludovic patric roderic
    adriatic antarctic arabic arctic atlantic baltic catholic celtic coptic gaelic germanic gothic hellenic hispanic
    icelandic islamic nordic olympic pacific semitic slavic teutonic titanic turkic
    academic attic chic civic classic clinic comic critic democratic domestic economic electric epic ethnic fabric
    garlic graphic historic logic lyric magic mechanic metric music organic panic plastic public republic rhetoric
    strategic topic traffic tragic""".split())
LATIN_SLAVIC = frozenset(("sr", "hr", "bs", "sl", "cs", "sk", "pl"))

# Case endings a name takes, longest first (Лаврову, Пашиняном, Зеленського, Փաշինյանը).
SLAVIC_ENDINGS = ("ого", "ому", "ими", "ыми", "ами", "ями", "ові", "еві", "ою", "ею", "ой", "ей", "ом", "ем",
                  "ым", "им", "ах", "ях", "ам", "ям", "у", "ю", "а", "я", "е", "і", "и", "ы", "ї")
SLAVIC_NOMINATIVE = ("", "а", "я", "ия", "ий", "ый", "ій", "й", "ь", "о")
# what no case form in a hard -у or -а comes from, nor any other in a nominative in -ия ("Сыыру" is no "Сыыря" or
# "Сыырия", Syria): left out where a form is looked up in the gazetteer (``base_forms(strict=True)``)
SOFT_NOMINATIVE = ("я", "ия", "й", "ь")
ARMENIAN_ENDINGS = ("ներից", "ների", "ներն", "ները", "յից", "յին", "յով", "յում", "յի",
                    "ից", "ով", "ում", "ին", "ի", "ը", "ն")
PERSIAN_ENDINGS = (ZWNJ + "های", ZWNJ + "ها", ZWNJ + "ای", ZWNJ + "ی")
# what Arabic and Hebrew write onto a word's front, longest first: "and", "with", "to", "from" and the article. Not
# Hebrew ש (that), which "שחררה" (she released) would make Harare, nor the rarer Arabic ف and ك ("كامل" is a name)
ARABIC_CLITICS = ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل")
HEBREW_CLITICS = ("וה", "בה", "לה", "מה", "וב", "ול", "ומ", "ה", "ו", "ב", "ל", "מ")
# ... of which the forms with the article: a rare Hebrew word that bears it is a common noun where the rest is one
# (``group.names.common_word``)
ARTICLE_CLITICS = frozenset(("وبال", "وال", "بال", "فال", "لل", "ال", "וה", "בה", "לה", "מה", "ה"))
# Georgian ends a noun with a postposition after its case ("სომხეთთან", at Armenia; "საქართველოსკენ", towards
# Georgia), and its case after a stem that drops the nominative's -ი ("სომხეთის", of Armenia; "ბაქოში", in Baku)
GEORGIAN_POSTPOSITIONS = ("თვის", "კენ", "დან", "გან", "ვით", "თან", "ში", "ზე")
GEORGIAN_CASES = ("ის", "ით", "ად", "მა", "ს", "მ", "დ", "ი")
# the shapes of surnames among Georgian words, which have no capitals: Russian and Azerbaijani -ов, -ев (ბაირამოვი,
# Bayramov), Georgian -შვილი and -ძე (ზურაბიშვილი, კობახიძე)
GEORGIAN_SURNAME = re.compile(r"(?:\w{4}(?:ოვ|ევ)|\w{2}შვილ|\w{2}ძე)$")
GEORGIAN_VERB = re.compile(r"(?:ოვ|ევ)ს$")  # a verb's third person ("ითხოვს", demands) as often as a surname's dative
# the function words that read as a known place once their ending is gone: "რომ" (that) as Rome, "სანამ" (until) as Sana
GEORGIAN_FUNCTION_WORDS = frozenset({"რომ", "სანამ", "და", "ან", "თუ", "არ", "ეს", "ის", "მაგრამ", "როცა", "სადაც",
                                     "როგორც", "ასევე", "კი", "მას", "მისი", "მათ", "იყო", "არის", "კიდევ", "ისევ",
                                     "ვითხოვ", "ვითხოვთ"})


def script(text: str) -> str:
    """The script a name is written in: latin, cyrillic, armenian, arabic, or other."""
    for pattern, name in ((CYRILLIC, "cyrillic"), (ARMENIAN, "armenian"), (ARABIC, "arabic")):
        if pattern.search(text):
            return name
    letters = [c for c in text if c.isalpha()]
    return "latin" if all(unicodedata.name(c, "").startswith("LATIN") for c in letters) else "other"


def to_latin(text: str, lang: str | None = None) -> str:
    """The name in Latin letters, as English news would most likely spell it.

    >>> to_latin("Сергей Лавров"), to_latin("Володимир Зеленський", "uk"), to_latin("Նիկոլ Փաշինյան")
    ('Sergey Lavrov', 'Volodymyr Zelenskyi', 'Nikol Pashinyan')
    """
    if lang == "uk" or (lang is None and UKRAINIAN_ONLY & set(text)):
        text = UKRAINIAN_SOFT_E.sub(lambda m: "е" if m[0] == "є" else "Е", text).translate(UKRAINIAN)
    elif lang in ("sr", "mk", "bs") or SERBIAN_ONLY & set(text):
        text = text.translate(SERBIAN)
    if ARMENIAN.search(text):
        for pattern, repl in ARMENIAN_FIX:
            text = pattern.sub(repl, text)
    if ARABIC.search(text):
        text = "".join(ABJAD_LATIN.get(c, c) for c in text.replace(ZWNJ, ""))
    return APOSTROPHES.sub("", anyascii(text.translate(LATIN_FIX)))


def without_generation(name: str) -> str:
    """A full name without its generation (``GENERATION``); a name alone keeps its number ("Charles III"), and so
    does a monarch's or a pope's ("King Charles III", "Pope John Paul II")."""
    bare = GENERATION.sub("", name)
    words = bare.split()
    return bare if len(words) > 1 and words[0].lower().rstrip(".") not in REGNAL_TITLES else name


def key_without_generation(key: str) -> str:
    """A full name's key without its generation: 'eric h holder jr' -> 'eric h holder', filed under Holder. A key
    folds "III" and "II" to "i", as it does any double letter: a name of four words takes it for a generation ('robert s
    mueler i'), one of three or fewer for a number of its own ('juan karlos i', 'charles i')."""
    words = key.split()
    last = words[-1] if len(words) > 2 else ""
    return " ".join(words[:-1]) if last in GENERATION_KEYS and (last != "i" or len(words) > 3) else key


def courtesy_sex(text: str, start: int) -> str | None:
    "'m' after 'Mr.', 'f' after 'Mrs.', 'Ms.' or 'Miss', right before the name at ``start``; else None."
    found = COURTESY_BEFORE.search(text, max(0, start - 8), start)
    return None if found is None else "m" if found[1].lower() == "mr" else "f"


def fits_courtesy(name_sex: str | None, title_sex: str) -> bool:
    "Whether a name whose given name tells ``name_sex`` (None: it tells none) may follow a title of ``title_sex``."
    return name_sex in (title_sex, None)


def another_titled(name_sexes: Collection[str | None], titled: Collection[str]) -> bool:
    """Whether the text titles a surname alone with a sex none of its full names has ("Mr. Trump" throughout,
    "Melania Trump" once): then that surname alone, untitled, may be the one so titled, not a full name given."""
    return None not in name_sexes and bool(set(titled) - set(name_sexes))


def generation(name: str) -> str:
    "The generation a name ends with, as written without its dot and comma: 'Jr', 'III'; '' for none."
    found = GENERATION.search(name)
    return found.group().strip(" ,.") if found else ""


def bare_name(name: str) -> str:
    "A name as written, without the 'the' before it or a possessive after it: 'the Kremlin's' -> 'Kremlin'."
    return re.sub(r"['’ʼ]s$", "", re.sub(r"(?i)^the\s+", "", unicodedata.normalize("NFC", name).strip()))


@lru_cache(maxsize=65536)
def name_key(name: str, lang: str | None = None) -> str:
    """Spelling-insensitive Latin key of a name, in any script: case, accents, 'the', possessive,
    and the ways one name is romanised.

    >>> name_key("Зеленський") == name_key("Zelenskyy") == name_key("Zelensky")
    True
    """
    s = to_latin(bare_name(name), lang).lower()
    if lang in SOFT_LN or SOFT_LN_LETTERS & set(name):  # Serbian soft l and n: Aljbin / Albin, Banjska / Баньска
        s = s.replace("lj", "l").replace("nj", "n")
    if lang in SOFT_LN or "ј" in name.lower():  # and their -ija, where j is y: Марија / Maria, Klaudija / Claudia
        s = re.sub(r"(?<=\w)ij(?=[aeou])", "i", s)
    return " ".join(_phonetic(w) for w in re.sub(r"[\W_]+", " ", s).split())


RUSSIAN_H = frozenset({"ru"})  # a language whose г is a g, that writes a foreign h with it too


def name_keys(word: str, lang: str | None = None, readings: bool = True) -> list[str]:
    """The keys a word may have: its case forms', for Ukrainian г both h (Гончаренко,
    Honcharenko) and the g of foreign names (Ердоган, Erdogan), for Russian г both g and the
    h of foreign names (Гаджиев, Hajiyev; Гаага, The Hague), and in an alphabet of
    ``ENGLISH_SOUNDS`` also as English would spell its sounds (Pašinjan, Pashinyan)."""
    forms = list(base_forms(word, lang))
    if lang == "uk" or (lang is None and UKRAINIAN_ONLY & set(word)):
        forms += [f.replace("г", "ґ").replace("Г", "Ґ") for f in forms if "г" in f.lower()]
    elif lang in RUSSIAN_H and "г" in word.lower():  # Russian writes the h of foreign names as г: Гаджиев is Hajiyev
        forms += [f.replace("г", "х").replace("Г", "Х") for f in forms if "г" in f.lower()]
    alphabet = _alphabet(word, lang)
    if alphabet in ENGLISH_SOUNDS:
        forms += [english_spelling(f, alphabet) for f in forms]
    elif alphabet in (None, "en") and FRENCH_SPELLING.search(word):  # English news keeps a French romanisation:
        forms += [english_spelling(f, "fr") for f in forms]  # Zourabichvili is Zurabishvili
    elif alphabet in (None, "en") and POLISH_SPELLING.search(word):  # or a Polish spelling without its accents
        forms += [english_spelling(f, "pl") for f in forms]
    elif _south_slavic_ic(word):  # English drops č and ć (Vučić is Vucic), Russian writes both ч (Вучич)
        forms.append(_accented_ic(word))
    if readings:  # how another language reads a Latin name's letters, for a spelling in another script
        forms += [reading for f in forms for reading in other_readings(f, alphabet)]
    return list(dict.fromkeys(name_key(f, lang) for f in forms))


def other_readings(word: str, alphabet: str | None) -> list[str]:
    """A Latin name as French, Hungarian or Portuguese says its letters, where those differ from English: Michel as
    Мишель, Szijjártó as Сийярто, Guterres as Гутерреш. Only against another script: two Latin spellings that
    differ so (Chen and Shen, Szabo and Sabo) are two names."""
    found = []
    if alphabet in (None, "en", "fr") and FRENCH_CH.search(word):
        found.append(FRENCH_CH.sub("sh", word))
    if alphabet in (None, "en", "hu") and HUNGARIAN_SPELLING.search(word):
        found.append(english_spelling(word, "hu"))
    if alphabet in (None, "en", "pt") and PORTUGUESE_S.search(word):
        found.append(PORTUGUESE_S.sub("esh", word))
    return found


def english_key(word: str, lang: str | None = None) -> str | None:
    """The key of a Latin word as English spells the sounds of its alphabet, where that differs from its
    own key: "Kobachidse" (German) -> kobahidze, "Zourabichvili" (English news keeping a French
    romanisation) -> zurabishvili, "Vucic" -> vuchich (Вучич); a Serbian or Macedonian one in Cyrillic too:
    "Бајрамов" -> bairamov, "Пашињан" -> pashinian. None for other words."""
    alphabet = _alphabet(word, lang)
    if not LATIN_LETTER.search(word) and not (alphabet in ENGLISH_SOUNDS and CYRILLIC.search(word)):
        return None
    if alphabet not in ENGLISH_SOUNDS and _south_slavic_ic(word):  # Vucic, as Russian writes it: Вучич
        return name_key(_accented_ic(word), lang)
    if alphabet not in ENGLISH_SOUNDS and alphabet in (None, "en"):
        alphabet = "fr" if FRENCH_SPELLING.search(word) else "pl" if POLISH_SPELLING.search(word) else None
    elif alphabet not in ENGLISH_SOUNDS:
        alphabet = None
    if alphabet is None:
        return None
    key = name_key(english_spelling(word, alphabet), lang)
    return key if key != name_key(word, lang) else None


def english_keys(words: list[str], keys: list[str], lang: str | None = None) -> tuple[str, ...]:
    """A name's keys as English spells the sounds of its alphabet, where they differ from its own ``keys``
    (one per word): the surname alone so spelled, then every word. "Irakli Kobachidse" (German) is also
    irakli kobahidze; "Salome Surabischwili" is salome zurabishvili only with every word spelled."""
    if len(words) != len(keys):
        return ()
    spelled = [english_key(w, lang) or k for w, k in zip(words, keys)]
    found = (" ".join(keys[:-1] + spelled[-1:]), " ".join(spelled))
    return tuple(k for k in dict.fromkeys(found) if k != " ".join(keys))


def _alphabet(word: str, lang: str | None) -> str | None:
    """The language whose alphabet a word is read in: the one its letters tell, unless the language given
    writes those letters too; else the one given (``ALPHABET_LETTERS``)."""
    for code, letters, writers in ALPHABET_LETTERS:
        if letters & set(word):
            return lang if lang in writers else code
    return lang


def _accented_ic(word: str) -> str:
    """A South Slavic surname without its accents, as its c's would sound: ч (Vucic, Вучич; Vuckovic, Вучкович),
    but ц before a consonant at the start (Cvetkovic, Цветкович), where Serbian writes no ć or č."""
    return re.sub(r"^c(?![aeiou])(?=[a-z])", "ts", word.lower()).replace("c", "ch")


def _south_slavic_ic(word: str) -> bool:
    "A South Slavic surname in -ić written without its accents, by ``SLAVIC_IC``: Vucic, not Eric or Atlantic."
    return SLAVIC_IC.search(word) is not None and word.lower() not in ENGLISH_IC


def english_spelling(word: str, alphabet: str) -> str:
    """The word, lower-cased, with the letters ``ENGLISH_SOUNDS`` lists for its alphabet spelled as
    English spells their sounds: "Џејхун" -> "jeyhun", "Paschinjan" -> "pashinyan"."""
    pattern, sounds = _sounds(alphabet)
    return pattern.sub(lambda m: sounds[m.lastindex - 1], word.lower())


@cache
def _sounds(alphabet: str) -> tuple[re.Pattern, tuple[str, ...]]:
    """One pattern of the alphabet's letters, a group each, read in one pass ("dž" is j, never "dy"),
    and their sounds in the groups' order."""
    letters = ENGLISH_SOUNDS[alphabet]
    return re.compile("|".join(f"({p})" for p in letters)), tuple(letters.values())


def _phonetic(w: str) -> str:
    "One lower-case Latin word with the romanisation choices folded away."
    w = re.sub(r"qu(?=[aeiouy])", "kv", w)  # Quellen / Квеллен, Quentin / Квентин
    w = w.replace("x", "ks").replace("q", "k").replace("w", "v").replace("ph", "f").replace("ck", "k")
    w = w.replace("tsch", "ch").replace("sch", "sh").replace("dzh", "j").replace("dj", "j").replace("kh", "h")
    w = w.replace("gh", "g").replace("tz", "ts").replace("ou", "u")  # French romanisation: Bazoum / Базум
    w = w.replace("ts", "c")  # ц, as Latin Slavic and Hungarian write it: Ferenc / Ференц, Cvetkov / Tsvetkov
    w = re.sub(r"c(?=[aoulr])", "k", w)  # Macron / Макрон; a final c stays (Vucic)
    w = re.sub(r"(zh|sh|ch)\1", r"\1", w)  # Zaporizhzhia / Zaporizhia
    w = re.sub(r"(?<=[aeiou])j$", "i", w)  # Sergej -> Sergei
    w = w.replace("y", "i")
    w = re.sub(r"^ie", "e", w)  # Yerevan / Erevan, Yevgeny / Evgeny
    w = re.sub(r"(?<=[aeou])ie", "e", w)  # Dostoyevsky / Dostoevsky
    # ё after a hushing consonant: Khrushchyov / Khrushchev, Gorbachov / Gorbachev
    w = re.sub(r"(ch|sh|zh|ts|j|i)ov$", lambda m: ("" if m[1] == "i" else m[1]) + "ev", w)
    w = re.sub(r"(?<=.{2})zada$", "zade", w)  # Azerbaijani -zadə: Hajizada / Hajizade / Гаджизаде
    return re.sub(r"(\w)\1+", r"\1", w)


@lru_cache(maxsize=65536)
def base_forms(word: str, lang: str | None = None, strict: bool = False) -> tuple[str, ...]:
    """The word and the nominatives it may be a case form of, most likely first.

    Rules cannot tell the genitive "Лаврова" from the surname Lavrova, so callers check the
    candidates against names they know (``group.names``) or take a dictionary's word. ``strict``
    leaves out the nominatives no case form of the word can come from, for a lookup in the gazetteer,
    where a wrong guess names another place ("Сыыру", a village, is no "Сыыря", Syria); a name's keys
    keep them, as the spellings of one name meet by them.
    """
    forms = [word]
    if CYRILLIC.search(word):
        for ending in SLAVIC_ENDINGS:
            if word.lower().endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: -len(ending)]
                forms += [stem + n for n in SLAVIC_NOMINATIVE if stem + n != word and not (
                    strict and (n == "ия" or ending in ("у", "а") and n in SOFT_NOMINATIVE))]
    elif ARMENIAN.search(word):
        forms += [word[: -len(e)] for e in ARMENIAN_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3]
    elif ARABIC.search(word):
        forms += [word[: -len(e)] for e in PERSIAN_ENDINGS if word.endswith(e)]
        forms += clitic_stems(word, lang) if strict else []
    elif HEBREW.search(word) and strict:
        forms += clitic_stems(word, lang)
    elif GEORGIAN.search(word):
        forms += georgian_stems(word)
    elif lang == "de" and strict and word.endswith("s") and len(word) > 4:  # a place's genitive: "Israels"
        forms.append(word[:-1])
    elif lang in TURKIC and strict and not _common_turkic(word):  # only to look a place up ("Aliyevə" may be any
        # name), and not in a word of its own: "Maliye" (finance) is no case of Mali, nor "Limanı" (its port) of Lima
        forms += [word[: -len(e)] for e in TURKIC_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]
    elif lang in LATIN_SLAVIC:  # the stem, and the nominative in -a the oblique forms of many places and
        # women's names come from ("Pelarije", "sa Ketrom": Pelarija, Ketra), as Cyrillic names get theirs
        stems = [word[: -len(e)] for e in LATIN_SLAVIC_ENDINGS if word.endswith(e) and len(word) - len(e) >= 4]
        forms += stems + [stem + "a" for stem in stems if not word.endswith("a")]
    return tuple(dict.fromkeys(forms))


def clitic_stems(word: str, lang: str | None, article: bool = False) -> list[str]:
    """An Arabic or Hebrew word without the conjunction, preposition and article written onto it ("والبريطانيين",
    and the British; "בעזה", in Gaza), to look it up as a known place, or, with ``article`` (only what the article's
    forms take off), as a common word: never as a name's spelling, which such letters may begin ("بسام", "משה")."""
    clitics = ARABIC_CLITICS if lang == "ar" else HEBREW_CLITICS if lang == "he" else ()
    return [word[len(c):] for c in clitics if word.startswith(c) and len(word) - len(c) >= 3
            and (not article or c in ARTICLE_CLITICS)]


def georgian_stems(word: str) -> list[str]:
    """A Georgian word's nominatives without its postposition and case, then the stem: "სომხეთის" is სომხეთი
    (Armenia), "უკრაინის" უკრაინა (Ukraine), whose -ა the genitive drops, "საქართველოსკენ" საქართველო (Georgia)."""
    stem = next((word[: -len(p)] for p in GEORGIAN_POSTPOSITIONS if word.endswith(p) and len(word) - len(p) >= 3),
                word)
    stem = next((stem[: -len(c)] for c in GEORGIAN_CASES if stem.endswith(c) and len(stem) - len(c) >= 3), stem)
    nominatives = (stem,) if stem[-1] in "აეიოუ" else (stem + "ი", stem + "ა", stem)
    return [f for f in dict.fromkeys(nominatives) if f != word]


@lru_cache(maxsize=65536)
def _common_turkic(word: str) -> bool:
    "A word Turkish news uses often enough to be a word of its own (wordfreq's Turkish list, which Azerbaijani lacks)."
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "tr") >= COMMON_TURKIC


def same_name(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """Whether two spellings, in any scripts, can name the same person or place.

    The last words (surnames) must match, past a generation one leaves out ("Robert S. Mueller III", "Robert
    Mueller"); when both give a first name, the first names must match or be close (Сергій/Sergei), or one must be
    the other's initial.

    >>> same_name("Сергей Лавров", "Sergei Lavrov"), same_name("Ильхам Алиев", "Heydar Aliyev")
    (True, False)
    """
    if (ga := generation(a)) and (gb := generation(b)) and ga != gb:
        return False  # a father and his son: "Jesse Jackson Sr.", "Jesse Jackson Jr."
    a, b = _place(a, lang_a) or without_generation(a), _place(b, lang_b) or without_generation(b)
    wa, wb = _words(a), _words(b)
    if not wa or not wb or not any(same_word(x, y, lang_a, lang_b) for x in _surnames(a, wa) for y in _surnames(b, wb)):
        return False
    if len(wa) == 1 or len(wb) == 1:
        return True
    return compatible_first(wa[0], wb[0], lang_a, lang_b)


def _place(name: str, lang: str | None) -> str | None:
    """The gazetteer's English name for a place or body named in any language (Москве -> Moscow)."""
    known = known_in_any_form(name, lang, ("GPE", "LOC", "FAC", "ORG"))
    return known[0] if known else None


def known_in_any_form(name: str, lang: str | None, labels: tuple[str, ...]) -> tuple[str, str, str | None] | None:
    """The gazetteer's entry of one of these labels for a name in any of its case forms, where it is one word
    ("Москве", "Косова", "Երևանը"), or as written."""
    from .entities import known_name  # entities keys names with this module

    for form in base_forms(name, lang, strict=True) if " " not in name else [name]:
        known = known_name(form, lang)
        if known and known[1] in labels:
            return known
    return None


def same_word(a: str, b: str, lang_a: str | None = None, lang_b: str | None = None) -> bool:
    """One word of a name against another, case forms included (Лаврову = Lavrov)."""
    if ARABIC.search(a) and not ARABIC.search(b):  # against each key of the other: Mielczarek is also melcharek
        return any(abjad_matches(f, k) for k in name_keys(b, lang_b) for f in base_forms(a))
    if ARABIC.search(b) and not ARABIC.search(a):
        return same_word(b, a, lang_b, lang_a)
    readings = script(a) != script(b)  # another language's reading of Latin letters, only against another script
    return not set(name_keys(a, lang_a, readings)).isdisjoint(name_keys(b, lang_b, readings))


def compatible_first(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    "Whether two first names, in any scripts, may be one: the same word, an initial, or close (Сергій, Sergei)."
    if same_word(a, b, lang_a, lang_b):
        return True
    ka, kb = name_key(a, lang_a), name_key(b, lang_b)
    if ARABIC.search(a + b) or not ka or not kb:
        return False
    if len(ka) == 1 or len(kb) == 1:
        return ka[0] == kb[0]  # an initial
    # the name, and as another language reads its letters against another script: Charles as sharles, near Шарль
    readings = script(a) != script(b)
    keys_a, keys_b = ([J_SOUND.sub("j", k) if CYRILLIC.match(w) else k
                       for k in [key, *(name_key(r, lang) for r in other_readings(w, lang) if readings)]]
                      for key, w, lang in ((ka, a, lang_a), (kb, b, lang_b)))  # Жозеп / Josep
    return any(SequenceMatcher(None, x, y).ratio() >= 0.7  # Serhiy / Sergei, Volodymyr / Vladimir
               for x in dict.fromkeys(keys_a) for y in dict.fromkeys(keys_b))


WORD_BREAKS = re.compile(r"[\s\-‐‑–]+")  # spaces and hyphens: between the words of a name


def _words(name: str) -> list[str]:
    return [w for w in re.split(WORD_BREAKS, name) if any(c.isalpha() for c in w)]


def _surnames(name: str, words: list[str]) -> list[str]:
    """A name's last word, and the words a hyphen joins into its last as one: Persian and Arabic write
    "Amir-Abdollahian" as one word, امیرعبداللهیان."""
    spaced = name.split()
    joined = "".join(re.split(WORD_BREAKS, spaced[-1])) if spaced else ""
    return words[-1:] + ([joined] if joined != words[-1] and any(c.isalpha() for c in joined) else [])


# -- Persian and Arabic script ----------------------------------------------------------

# What each letter may sound like, as a pattern over a name key (which has y -> i, kh -> h,
# q -> k, w -> v): short vowels are unwritten, و is v, u or o, ی is y, i or e, and Russian
# -ov is written -of.
ABJAD_SOUNDS = {
    "ا": "[aeo]?", "آ": "a", "أ": "[aeo]?", "إ": "[ei]?", "ء": "", "ئ": "[ie]?", "ؤ": "[uo]?", "ع": "",
    "ب": "[bp]", "پ": "p", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "(?:j|g|dz|c)", "چ": "ch",
    "ح": "h", "خ": "h", "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r", "ژ": "(?:zh|j)",
    "ش": "(?:sh|ch|s)", "غ": "[gk]", "ف": "[fv]", "ق": "[kg]", "ک": "[kc]", "ك": "[kc]", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "و": "(?:v|u|o)", "ه": "h", "ة": "[aeh]?", "ی": "(?:ei|[ie])?", "ي": "(?:ei|[ie])?",
    "ى": "[aie]",
}
ABJAD_END_HE = "(?:h|e|a)?"  # a final ه is usually a vowel: Ganja (گنجه), Khamenei (خامنه‌ای)
ABJAD_INITIAL_ALEF_YE = "(?:i|e|ie)"  # ای at the start: Iran, Yerevan (ایروان)
ABJAD_LATIN = {"ا": "a", "آ": "a", "أ": "a", "إ": "i", "ء": "", "ئ": "y", "ؤ": "u", "ع": "", "ب": "b", "پ": "p",
               "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
               "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r", "ژ": "zh", "ش": "sh", "غ": "gh",
               "ف": "f", "ق": "q", "ک": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "و": "v",
               "ه": "h", "ة": "a", "ی": "y", "ي": "y", "ى": "a"}
# Skeletons: the consonants both spellings are sure to write, to find candidates by.
SKELETON_LATIN = str.maketrans({"p": "b", "c": "k", "g": "k", "q": "k", "j": "j", "h": None, "v": None,
                                "f": None, "w": None, "a": None, "e": None, "i": None, "o": None, "u": None,
                                "y": None})
SKELETON_ABJAD = {"ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ص": "s", "ج": "j", "چ": "k",
                  "د": "d", "ذ": "z", "ز": "z", "ض": "z", "ظ": "z", "ر": "r", "ژ": "z", "ش": "s", "غ": "k",
                  "ق": "k", "ک": "k", "ك": "k", "گ": "k", "ل": "l", "م": "m", "ن": "n"}


# the letter a name doubles with no vowel between, as the key writes once: the ll of Allah (عبدالله, Abdullah,
# Abdollah); two other letters side by side have a short vowel between as often (ممدانی, Mamdani, is no Madani)
ABJAD_DOUBLED = frozenset("ل")


@lru_cache(maxsize=16384)
def abjad_pattern(word: str) -> re.Pattern:
    """A pattern over name keys for one Persian or Arabic word, short vowels optional."""
    letters, ends = [], set()  # ends: letters that end a word or a part of one (before a non-joiner)
    for c in unicodedata.normalize("NFC", word):
        if c in ABJAD_SOUNDS:
            letters.append(c)
        elif c == ZWNJ and letters:
            ends.add(len(letters) - 1)
    ends.add(len(letters) - 1)
    parts = []
    for i, c in enumerate(letters):
        if i == 0 and c == "ا" and len(letters) > 1 and letters[1] in "یي":
            parts.append(ABJAD_INITIAL_ALEF_YE)
        elif i == 0 and c in "اأإ":
            parts.append("[aeiou]?")  # an initial alef carries any vowel: Ilham (الهام), Emmanuel (امانوئل)
        elif i == 1 and parts[0] == ABJAD_INITIAL_ALEF_YE:
            continue
        elif i and c == letters[i - 1] and c in ABJAD_DOUBLED:
            parts.append(f"(?:{ABJAD_SOUNDS[c]})?")  # a key writes the double l once: Abdollahian (عبداللهیان)
        else:
            parts.append(ABJAD_END_HE if c == "ه" and i in ends else ABJAD_SOUNDS[c])
    return re.compile("[aeiou]?" + "[aeiou]?".join(parts))


def abjad_matches(word: str, key: str) -> bool:
    """Whether a Persian or Arabic word can be a spelling of the Latin name key (one word)."""
    return bool(key) and " " not in key and abjad_pattern(word).fullmatch(key) is not None


def skeleton(word: str) -> str:
    """The consonants of a word that Latin and Persian spellings of it both write: a lookup key."""
    if ARABIC.search(word):
        consonants = "".join(SKELETON_ABJAD.get(c, "") for c in word)
    else:
        key = name_key(word).replace("sh", "s").replace("ch", "k").replace("zh", "z")
        consonants = key.translate(SKELETON_LATIN).replace(" ", "")
    return re.sub(r"(\w)\1+", r"\1", consonants)


# how the consonants of a Latin key sound, in the order replaced: a digraph before its letters, c before e, i or y as s
# (a hush apart from a hiss: Шукин is no Сукин)
SOUNDS = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("tch", "S"), ("sch", "S"), ("sh", "S"), ("ch", "S"), ("ts", "s"),
          ("tz", "s"), ("kh", "k"), ("ph", "f"), ("th", "t"), ("gh", "k"), ("ck", "k"))
SOUND_CLASSES = str.maketrans("zcxqgbd", "sskkkpt")
GLIDE = re.compile(r"(?<=[aeiou])j(?![aeiou])")  # a j after a vowel and before none, as Serbian writes the y of "Bryce"


def sound(word: str) -> str:
    """A coarse key of how a name's consonants sound, whatever the script spells: the vowels, h, v, f and w left out
    (Russian writes the w of "Power" as a vowel: Пауэр) but a final v or f, voiced and voiceless alike, every hiss one s and every hush
    one S: "Michel" and "Мишель" mSl, "Scholz" and "Шольц" Sls, "Hakobyan" and "Акопян" kpn. A lookup for candidates
    that the surname and first name are then checked against, never a match by itself."""
    key = name_key(word).replace(" ", "")
    key = re.sub(r"c(?=[eiy])", "s", key)
    for digraph, sound_ in SOUNDS:
        key = key.replace(digraph, sound_)
    key = GLIDE.sub("", key)  # a glide is no consonant: Брајс
    key = re.sub(r"[vf]+$", "F", key)  # but a v or f that ends the name stays: Simonov is no Simonyan
    key = re.sub(r"[aeiouyhvfw]", "", key.translate(SOUND_CLASSES))
    return re.sub(r"(\w)\1+", r"\1", key)


# -- places by their names in other languages ---------------------------------------------

EXONYM_LANGUAGES = ("ru", "uk", "be", "bg", "sr", "mk", "hy", "ka", "el", "fa", "ar", "he", "tr", "az", "fr", "it",
                    "es", "pt", "de", "id", "pl", "sr_Latn", "hr", "bs")  # Serbian in both scripts: Русија, Rusija


@cache
def exonyms() -> dict[str, dict[str, str]]:
    """Script -> name key of a place or body's name in other languages -> the gazetteer's name.

    Россия, Ռուսաստան, روسیه and Russie -> Russia; Москва, مسکو -> Moscow; ООН -> United Nations.
    Countries come from the Unicode CLDR as the babel package ships it, capitals through
    their time zones; other entries from the gazetteer's aliases in other scripts. Kept
    apart by script, so that a short Persian or Armenian key never relabels an English name.
    """
    from babel import Locale

    en = Locale.parse("en")
    by_key, out = _gazetteer_keys()
    countries = {code: by_key[k] for code, name in en.territories.items()
                 if code.isalpha() and (k := name_key(re.sub(r"\s*\(.*\)", "", name))) in by_key}
    locales = [Locale.parse(lang) for lang in EXONYM_LANGUAGES]
    zones = {zone for loc in locales for zone in loc.time_zones}
    cities = {zone: by_key[k] for zone in zones if (k := name_key(_zone_city(en, zone))) in by_key}
    for lang, loc in zip(EXONYM_LANGUAGES, locales):
        names = [(loc.territories[c], name) for c, name in countries.items() if c in loc.territories]
        names += [(_zone_city(loc, zone), name) for zone, name in cities.items()]
        for exonym, name in names:
            kind = script(exonym)  # keyed as the language reads it, and as a name of no known language is looked up
            for key in dict.fromkeys((name_key(exonym, lang.split("_")[0]), name_key(exonym))):
                if key and not (kind == "latin" and key in by_key):
                    out.setdefault(kind, {}).setdefault(key, name)
    return out


def _gazetteer_keys() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The gazetteer's Latin names by key, and its names in other scripts by script and key."""
    from ..resources import split_list, table

    latin: dict[str, str] = {}
    other: dict[str, dict[str, str]] = {}
    for row in table("gazetteer.tsv"):
        for alias in [row["name"], *split_list(row["aliases"])]:
            kind = script(alias)
            target = latin if kind == "latin" else other.setdefault(kind, {})
            target.setdefault(name_key(alias), row["name"])
    return latin, other


def _zone_city(locale, zone: str) -> str:
    return locale.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")


def blank_furniture(text: str) -> str:
    """The text with each emoji, arrow or bullet a space, at the same offsets: a model that reads "🗣 Захарова
    заявила" misses the name."""
    return FURNITURE_RUN.sub(" ", text)

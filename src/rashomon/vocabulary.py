"""Word lists the stages share, read from ``data/`` so that they can be extended without touching code.

- ``cues.tsv``: verbs that attribute a statement (said, told, dismissed), each with its
  irregular forms (regular ones are derived), what kind of cue it is, and the prepositions
  its content may come through ("called for").
- ``denials.tsv``: cues that deny, the words that call something baseless, and what "deny" may refuse.
- ``tolls.tsv``: counts that only grow (the dead, the injured), so a later, higher count is an update.
- ``attitudes.tsv``: words that voice one side's attitude toward another (anger, criticism).
- ``synonyms.tsv``: classes of words that report one thing ("ceded" and "liberated"), so
  that alignment and wording can see the same thing told in other words.
- ``concepts.tsv``: what a dispute is about, in each language's own word ("blockade", "блокада", "محاصره"), so that a
  party's denials in two languages meet.
- ``measures.tsv``: what an amount measures, by the word after it in any language (minutes, kilometres, percent).
- ``words.tsv``: the other English word lists, one per row: titles and bodies that speak, the
  channels and intermediaries of a statement, headline labels, the nouns that make a name a
  place or a facility, hedges before a number, the light verbs a denial looks through.
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from .resources import split_list, table

CYRILLIC_FEMININE = re.compile(r"^[а-яіїєґђјљњћџ]+[ая]$")
SLAVIC_LATIN = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "đ": "dj"})
CONCEPT_ENDING = r"[\w\u200c-]*"  # a concept's word ends past a Persian ZWNJ or a hyphen: "سلاح‌ها"
CUE_KINDS = ("clause", "relay", "addressee", "quote")  # the kinds a cue row may name


@cache
def body_words() -> tuple[str, ...]:
    """The beginnings of a body's words (``words.tsv`` bodies-other: 'министерств', 'kementerian') of five letters
    or more, which no other word begins with, as 'суд' begins 'Судан'."""
    return tuple(sorted(w for w in words("bodies-other") if len(w) >= 5))


@cache
def words(name: str) -> frozenset[str]:
    """One list of ``words.tsv``: words("titles") -> {"minister", "president", ...}."""
    found = [row["words"] for row in table("words.tsv") if row["list"] == name]
    if not found:
        raise KeyError(f"no word list {name!r} in words.tsv")
    return frozenset(split_list(found[0]))


@cache
def measure_of(word: str | None) -> str | None:
    """What the word after an amount says it measures, in any language ("минут", "menit" and "minutes" are
    "minute"; "отсто" and "%" are "percent"), as ``measures.tsv`` names it; None where it names no measure."""
    low = (word or "").lower()
    return next((row["measure"] for row, pattern in _measures() if pattern.fullmatch(low)), None) if low else None


@cache
def _measures() -> tuple[tuple[dict[str, str], re.Pattern[str]], ...]:
    return tuple((row, re.compile("|".join(split_list(row["forms"])))) for row in table("measures.tsv"))


@cache
def given_names() -> dict[str, str]:
    "Lower-case given name -> 'm' or 'f', for the common ones whose gender is clear (``given_names.tsv``)."
    return {row["name"]: row["gender"] for row in table("given_names.tsv")}


@cache
def given_gender(word: str) -> str | None:
    """'m' or 'f' for a given name in any script the list's Latin spelling transliterates from: "Милена",
    "Мілена" and "Milena" alike, so that "рече тој" (he said) does not go to the woman named before."""
    low = word.lower()
    found = listed_gender(low)
    if found is None and not low.isascii() and CYRILLIC_FEMININE.search(low):
        return "f"  # Slavic given names in -a are women's, but for the men's the list holds (Nikola, Ilya)
    return found


@cache
def listed_gender(word: str) -> str | None:
    "'m' or 'f' for a given name the list holds, in any script (``given_gender`` without its guess by the ending)."
    low = word.lower()
    if low.isascii():
        return given_names().get(low)
    latin = anyascii(low).replace("'", "")
    return given_names().get(low) or _latin_given_names().get(latin) or \
        _latin_given_names().get(re.sub(r"iya$", "ia", latin))  # "Нурія", "Мария": Nuria, Maria


@cache
def _latin_given_names() -> dict[str, str]:
    "The list by its names spelt as anyascii spells Cyrillic: 'nebojša' -> 'nebojsha', as 'Небојша' reads."
    return {anyascii(name.translate(SLAVIC_LATIN)): gender for name, gender in given_names().items()}


@cache
def weekday_names() -> frozenset[str]:
    "Every weekday name of ``weekdays.tsv``, in any of its languages, lower case: 'monday', 'pazar', 'երեքշաբթի'."
    return frozenset(w.lower() for row in table("weekdays.tsv") for w in split_list(row["names"]))


def forms(base: str) -> list[str]:
    "Regular inflections: stress/stresses/stressed/stressing, deny/denies/denied."
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


@cache
def cue_forms() -> dict[str, str]:
    """Every form of every one-word cue -> its base: 'told' -> 'tell'."""
    out = {}
    for row in table("cues.tsv"):
        base = row["cue"]
        if " " not in base:
            out.update({f: base for f in ([base, *split_list(row["forms"])] if row["forms"] else forms(base))})
    return out


@cache
def cues_of_kind(kind: str) -> frozenset[str]:
    """Cues of one kind: ``clause`` (a cue only when it takes a clause: "thinks that ..."), ``relay``
    (passes on what another said: "said, according to ..."), ``addressee`` (its object is who is
    told, not what) or ``quote`` (a cue only before a quotation)."""
    if kind not in CUE_KINDS:
        raise ValueError(f"unknown cue kind {kind!r}")
    return frozenset(row["cue"] for row in table("cues.tsv") if kind in split_list(row["kind"]))


@cache
def cue_prepositions() -> dict[str, frozenset[str]]:
    """Cue -> the prepositions its content comes through, which join the cue: 'call' -> {'for', 'on'}."""
    return {row["cue"]: frozenset(split_list(row["prepositions"])) for row in table("cues.tsv") if row["prepositions"]}


@cache
def denial_cues(claims_only: bool = False) -> frozenset[str]:
    """Cues that deny what they take; with ``claims_only``, those that deny only a claim
    ("dismissed the reports", not "dismissed his defence team")."""
    kinds = {"claim-cue"} if claims_only else {"cue", "claim-cue"}
    return frozenset(row["word"] for row in table("denials.tsv") if row["kind"] in kinds)


def alternatives(phrases, ending: str = r"\w*") -> str:
    """Listed phrases as one regular expression's alternatives: longest first, so that the longest
    matches; a space as any run of spaces; a word's final ``*`` as any ending, ``ending`` ("беспочвенн*",
    "этническ* чистк*"); a final ``$`` where the phrase must end its own ("is garbage$": not "is garbage
    collection", "a hoax$": not "a hoax call")."""
    def one(phrase: str) -> str:
        words = r"\s+".join(re.escape(w[:-1]) + ending if w.endswith("*") else re.escape(w)
                            for w in phrase.rstrip("$").split(" "))
        return words + (r"(?![ \t]+[a-z])" if phrase.endswith("$") else "")

    return "|".join(one(w) for w in sorted(phrases, key=len, reverse=True))


@cache
def refusals() -> re.Pattern[str]:
    """What "deny" refuses rather than denies, at the start of its object: "denied a request", "denied entry", and
    what it refuses someone named first: "denied the prisoners medical care", "denied troops food and water"."""
    alone = alternatives(row["word"] for row in table("denials.tsv") if row["kind"] == "refusal")
    given = alternatives(row["word"] for row in table("denials.tsv") if row["kind"] == "refusal-given")
    determiner = r"(?:a|an|the|his|her|their|its|any|all|both|these|those)\s+"
    word = r"(?!(?:of|about|over|on|in|for|to|with|from|that|and|or|any|no)\b)[\w'’-]+\s+"  # no preposition between
    recipient = rf"(?![\w'’-]+ing\s){word}"  # the one refused, not what was done: "denied receiving aid" denies
    # after a determiner, a word or two may name whose or which ("a Nichols plea offer", "both motions"); several
    # things may be refused at once ("food and water"); the thing refused ends its phrase: "denied access to",
    # "denied bail.", not "denied the care home was ..."
    refused = (rf"(?:{determiner}(?:{word}){{0,2}}?)?(?:{alone})(?:(?:\s*,|\s+and|\s+or)\s+(?:{alone}))*"
               rf"|(?:{determiner})?(?:{recipient}){{1,2}}?(?:{given}|{alone})(?:(?:\s*,|\s+and|\s+or)\s+(?:{given}|{alone}))*")
    return re.compile(rf"\W*(?:{refused})"
                      r"(?=\s+(?:to|for|by|on|at|in|over|under|during|with|without|because|after|until|from)\b|\s*[,.;:)]|\s*$)", re.I)


@cache
def baseless() -> re.Pattern[str]:
    """Words that call something baseless ("without basis", "fabricated"); ``*`` in the list is any ending,
    and an adverb or a quotation mark may stand between two words ("were greatly exaggerated", "is completely
    untrue", 'were "disinformation"')."""
    called = alternatives(row["word"] for row in table("denials.tsv") if row["kind"] == "baseless")
    called = called.replace(r"\s+", r"\s+(?:[a-z]+ly\s+)?[\"“«„']?")  # ... or a quotation mark: 'were "disinformation"'
    # ... but "had no basis other than the applicant's journalism" names the one basis there was
    return re.compile(rf"\b(?:{called})\b(?!\s+(?:other\s+than|except|apart\s+from)\b)", re.I)


@cache
def parts() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words that say a party had no part in a thing ("had nothing to do with", "никакого отношения к"), words that
    say one had a part ("was behind", "причастен", "supported by"), and words that blame one ("accused", "обвинил"),
    whole words, in each language of ``denials.tsv`` (kinds "no-part", "part" and "blame")."""
    def pattern(kind: str) -> re.Pattern[str]:
        found = alternatives(row["word"] for row in table("denials.tsv") if row["kind"] == kind)
        return re.compile(rf"(?<![\w\u200c-])(?:{found})(?![\w\u200c])", re.I)  # not "well-organised"
    return pattern("no-part"), pattern("part"), pattern("blame")


@cache
def _concept_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    "Each concept's forms in every language, whole words; an ending may run on past a Persian ZWNJ ('سلاح‌ها')."
    forms: dict[str, list[str]] = {}
    for row in table("concepts.tsv"):
        forms.setdefault(row["concept"], []).extend(split_list(row["words"]))
    return tuple((concept, re.compile(rf"(?<![\w\u200c])(?:{alternatives(words, CONCEPT_ENDING)})(?![\w\u200c])", re.I))
                 for concept, words in forms.items())


def concepts_in(text: str) -> frozenset[str]:
    "The concepts of ``concepts.tsv`` a text names in any language: 'the blockade' and 'محاصره' both name 'blockade'."
    return frozenset(concept for concept, pattern in _concept_patterns() if pattern.search(text))


@cache
def synonyms() -> dict[str, str]:
    """Word -> its class: 'liberated' -> 'cede', 'dismay' -> 'anger'."""
    return {word: row["class"] for row in table("synonyms.tsv") for word in split_list(row["words"])}


@cache
def toll_words() -> tuple[str, ...]:
    """Starts of words that name a toll ("killed", "injuries", "evacuated"): counts that only grow
    while a story unfolds."""
    return tuple(row["word"] for row in table("tolls.tsv"))


@cache
def attitudes() -> dict[str, str]:
    """Word -> the attitude it voices toward someone: 'dismay' -> 'anger', 'slammed' -> 'criticism'."""
    return {word: row["attitude"] for row in table("attitudes.tsv") for word in split_list(row["words"])}

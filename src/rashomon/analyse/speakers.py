"""Who a speaker phrase refers to: names, pronouns, titles and nationality words.

A speaker is named in one of four ways, and each resolves differently:
- a name: the person's full name in the article ("Lavrov" -> "Sergei Lavrov"), even
  where the small model tagged the lone surname an organisation;
- "he", "she", "his office": the nearest compatible person before it, that is the most
  recent person named as a subject or a speaker (outside quotes), else the most recent
  person named at all, skipping people of the other gender where the text tells
  ("Mr", "spokeswoman", a given name, a Russian "-ova");
- "the minister", "the spokeswoman": the same, among people introduced with that title
  ("Foreign Minister Jeyhun Bayramov", "Sergei Lavrov, Russia's foreign minister");
- a nationality word is never a person: "the Russian side" is the country's body when
  the text names one (the Russian Foreign Ministry), "Russian diplomats" a group, and a
  bare "Russian" nobody.
Each answer carries a kind, person, body (an organisation or government) or group,
so that readers can tell Sergei Lavrov from "Russian diplomats".
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from ..ingest.metadata import news_source
from ..model import Mention
from ..resources import split_list, table
from ..vocabulary import cue_forms, given_gender, given_names, words
from .entities import SHORT_TITLES, TITLE_ABBREVIATIONS, known_name
from .names import another_titled, courtesy_sex, fits_courtesy, generation, without_generation

TITLE_NOUNS = words("titles")
OTHER_SEX_TITLES_M = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "madam", "mme", "mme."})  # not a man's, for 'he'
OTHER_SEX_TITLES_F = frozenset({"mr.", "mr"})  # ... nor a woman's, for 'she'
GENERIC_TITLES = words("generic-titles")
FEMALE_WORDS = words("female-words")
MALE_WORDS = words("male-words")
# "A docker", "one resident", "A senior official": an indefinite person no name is given for
# the word after a given name that says an organisation's: "Xavier University", "Hana Bank"
ORG_WORDS = frozenset({"university", "college", "school", "bank", "group", "golf", "airlines", "airways", "foundation",
                       "institute", "hospital", "holdings", "capital", "motors", "energy", "media", "studios", "records"})
UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?P<words>(?:[a-z][\w-]*\s*){1,3})")
UNNAMED_PEOPLE = words("unnamed-people")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "we"}
# people a plural noun names, beside the titles and the unnamed people: "Protesters gathered ... They argued"
PEOPLE_NOUNS = {"critic", "expert", "legislator", "member", "opponent", "organizer", "organiser", "advocate",
                "scientist", "investigator", "campaigner", "citizen", "protestor", "people", "democrat", "republican",
                "conservative", "liberal", "progressive", "scholar", "academic", "journalist", "reporter", "aide",
                "staffer", "authority", "authorities"}
# "the company said", "the airline says": the company the article named
COMPANY_NOUNS = {"company", "firm", "airline", "carrier", "operator", "utility", "insurer", "manufacturer", "producer",
                 "miner", "lender"}
# the last word of a company's name and of no person's, where the entity model may take the name for a person's
# ("Eryrfaen Minerals"); not "Power", "Steel" or "Air", which end people's names too
COMPANY_ENDINGS = {"mining", "minerals", "metals", "chemicals", "petroleum", "hydro", "airlines", "airways", "cargo",
                   "logistics", "shipping", "pharma", "holdings", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.",
                   "llc", "jsc", "gmbh"}
# the last word of a news outlet's name, where the outlet list does not know it: "the Bresnia Post", "Valdor Times"
DEFINITE = ("the", "el", "la", "le", "il", "lo", "der", "die", "das", "o", "del", "al", "du", "au", "des", "dem", "della",
            "dello", "do", "da")  # before a newspaper's name, alone or joined to a preposition
NEWSPAPER_BEFORE = re.compile(rf"\b(?:{'|'.join(DEFINITE)})\s+(?:(?:newspaper|daily|diario|periódico|journal|quotidien|"
                              rf"giornale|quotidiano|jornal|zeitung|gazeta|dziennik)\s+)?$", re.I)
COMPANY_OUTLET_ENDINGS = {"post", "broadcasting"}  # a newspaper's, or a company's: "Deutsche Post", "Sinclair Broadcasting"
OUTLET_ENDINGS = {"post", "times", "news", "herald", "gazette", "journal", "tribune", "telegraph", "chronicle", "courier",
                  "observer", "daily", "weekly", "magazine", "newspaper", "radio", "tv", "television", "broadcasting"}
# words that make an apposition's noun another's: "a spokeswoman for the company", "an investor whose company"
APPOSITION_STOPS = "of|for|at|with|in|on|by|to|from|the|a|an|its|their|his|her|our|whose|who|which|that"
INTRODUCED_LABELS = ("ORG", "PERSON", "GPE", "FAC", "PRODUCT")  # what the model may take a name after "company" for
PUBLIC_WORDS = {"inspectorate", "service", "institute", "directorate", "union", "ministry", "forum", "nations",
                "tribunal", "assembly", "council", "agency", "authority", "office", "state", "national", "federal"}
DOCUMENTS = {"statement", "readout", "communique", "communiqué", "release"}  # what a body speaks through
# what a person or body speaks through, as its owner's words ("Braley's apology noted ..."), unlike a medium
# ("Russia's state television reported", "her son's letter" of no one named)
OWN_DOCUMENTS = DOCUMENTS | {"letter", "apology", "memo", "message", "post", "tweet", "e-mail", "email", "speech",
                             "interview", "op-ed", "filing"}
ANSWERS = frozenset({"response", "answer", "reply", "retort", "reaction", "verdict", "explanation", "message",
                     "comment"})  # ... or what they said is: "His response: “...”"
SAID_THROUGH = OWN_DOCUMENTS | ANSWERS  # "Braley's apology", "his response": their owner's words
TENURE_WORDS = {"former", "then", "late", "outgoing", "incoming", "ex", "sitting", "current"}
RANKS = {"top", "senior", "junior", "chief", "acting", "deputy", "special", "principal"}  # "the top diplomat"
TITLE_EQUIVALENTS = {"premier": ("prime",)}  # a title news gives again in other words: "Prime Minister X ... the premier"
ANOTHER_ONE = {"second", "another", "third", "later", "separate", "further"}  # ... once more
BODY_NOUNS = words("bodies")
PARTY_NAMES = words("party-names")
# the word after a name that makes it a place's: "Feherko Bridge", "Talos River", "Qeshm Island"
PLACE_NOUNS = words("facility-nouns") | words("land-nouns") | {"island", "islands", "gulf", "bay", "coast", "peninsula"}
# words that make two capitalised names a body's, a title or a place, not a person ("Russia's Foreign Ministry")
NO_PERSON_WORDS = TITLE_NOUNS | ORG_WORDS | PUBLIC_WORDS | BODY_NOUNS | PLACE_NOUNS
OWNED_BODY = re.compile(r"['’]s((?:\s+[a-z]+){1,3})")  # "'s interior ministry" after a country
LOWER_WORD = re.compile(r"[a-z]+")
VAGUE_BODIES = {"side", "delegation", "camp", "part"}  # "the Russian side": a body only once the text names it
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PARTICLES = {"de", "van", "von", "der", "bin", "al", "la", "le", "da", "di", "del"}  # Bill de Blasio
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
# what one does with a statement, and so speaks through it: "issued a statement saying ..."
ISSUING_VERBS = {f"{stem}{end}" for stem, ends in (
    ("issu", ("e", "es", "ed", "ing")), ("releas", ("e", "es", "ed", "ing")), ("post", ("", "s", "ed", "ing")),
    ("distribut", ("e", "es", "ed", "ing")), ("circulat", ("e", "es", "ed", "ing")), ("deliver", ("", "s", "ed", "ing")),
    ("fil", ("e", "es", "ed", "ing")), ("submit", ("", "s", "ted", "ting")), ("tweet", ("", "s", "ed", "ing")),
    ("put", ("", "s", "ting")), ("sen", ("d", "ds", "t", "ding")), ("", ("give", "gives", "gave", "given", "giving",
    "make", "makes", "made", "making", "write", "writes", "wrote", "written", "writing")))
    for end in ends}  # not "read", "shared" or "published": who relays a document is not its author
MALE_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b")
SPOKE_REACH = 400  # characters back in which a woman who spoke is who 'she' means, past a person of unknown gender
RECENT_SAID = 5  # statements back in which a speaker may be reported inside another's words: those of its sentence
# every noun of someone who may speak: a title, a body, people ("residents", "nurses", "crowd")
SPEAKING_NOUNS = TITLE_NOUNS | BODY_NOUNS | PEOPLE_NOUNS | words("people-nouns") | words("occupations") | \
    words("unnamed-people")


@dataclass(frozen=True, slots=True)
class Who:
    """What a speaker phrase resolves to: a name (None: nobody the text allows) and its kind."""

    name: str | None
    kind: str | None  # "person", "body", "group", or None when the words do not tell


@dataclass(frozen=True, slots=True)
class Referent:
    """A person named in the text, as a candidate for the pronouns and titles after it."""

    end: int
    name: str  # the full name
    subject: bool  # named as a subject or a speaker, outside quotes: what 'he' most often points back to
    titles: frozenset[str]
    quoted: bool = False  # named inside a quotation: a speaker's words, never who 'he' is after them
    spoke: bool = False  # a speaker of a statement: 'she said' goes on with a woman who spoke
    acted: bool = False  # the subject of an active verb: 'Emese Voros waited outside', not 'Tomas Hrubes was hit'


@cache
def nations() -> dict[str, str]:
    "Lower-case country name or demonym -> the country: 'russian' -> 'Russia'."
    out: dict[str, str] = {}
    for row in table("gazetteer.tsv"):
        if row["label"] == "GPE" and not row["stands_for"]:
            for word in [row["name"], *split_list(row["aliases"]), *split_list(row["demonyms"])]:
                out.setdefault(word.lower(), row["name"])
    return out


def known_body(name: str) -> bool:
    "A name the data knows as no person: a place or body of the gazetteer, a news agency, an outlet."
    known = known_name(name)
    return known is not None and known[1] in ("GPE", "LOC", "FAC", "ORG") or news_source(name)


@cache
def demonyms() -> frozenset[str]:
    "Lower-case nationality words: 'russian', 'russians', 'azerbaijani'."
    return frozenset(w.lower() for row in table("gazetteer.tsv") for w in split_list(row["demonyms"]))


def surname_gender(name: str) -> str | None:
    "Russian and Azerbaijani surnames tell, in Latin or Cyrillic letters: Zakharova, Гасанова / Lavrov, Хасанов."
    last = name.split()[-1].lower()
    if last.endswith(("ova", "eva", "yeva", "skaya", "kaya", "ова", "ева", "єва", "ская", "ська", "цька")):
        return "f"
    if last.endswith(("ov", "ev", "sky", "skiy", "skii", "ов", "ев", "єв", "ский", "ський", "цький")):
        return "m"
    return None


class Names:
    """Resolves the speaker phrases of one parsed text.

    Args:
        doc: the spaCy Doc.
        mentions: the text's named entities.
        quoted: whether an offset lies inside a quotation, where a name is a subject of the
            quoted speaker's sentence, not of the article's: 'he' after it means the speaker.
        text: ``doc.text`` where the caller has it (spaCy builds it anew at every reading).
    """

    def __init__(self, doc, mentions: Sequence[Mention], quoted: Callable[[int], bool] = lambda pos: False,
                 text: str | None = None):
        self.doc, self.text = doc, doc.text if text is None else text  # the Doc's text, if already read
        self.mentions = list(mentions)
        self.people = _people(doc, self.mentions, quoted)
        self.starts = [m.start for m in self.people]
        self.fulls: dict[str, list[str]] = {}  # surname -> the full names with it, one per mention, in text order
        bare: set[str] = set()  # surnames the text gave alone before any full name with them
        self.titled: dict[str, set[str]] = {}  # surname -> the sexes courtesy titles give it alone ("Mr. Trump")
        for m in self.people:
            words = without_generation(m.text).split()
            if len(words) == 1:
                if words[0].lower() not in self.fulls:
                    bare.add(words[0].lower())
                if sex := courtesy_sex(self.text, m.start):
                    self.titled.setdefault(words[0].lower(), set()).add(sex)
            elif len(words) > 1 and not (words[-1].lower() in bare and generation(m.text)):
                # "Robert S. Mueller III" is Mueller; but "President Trump" first, then "Donald Trump Jr." once:
                # "Mr. Trump" after it is the one the text began with, not the son
                self.fulls.setdefault(words[-1].lower(), []).append(m.text)
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in self.people]
        names = [self.full_name(m.text, m.start) for m in self.people]
        self.gender = _genders(doc, names, spans)
        self.guessed: set[str] = set()  # untagged names taken for people as they spoke (``spoke``)
        self.said: list[tuple[int, int]] = []  # what the speakers met so far said (``spoke``)
        self.said_by_bodies: list[tuple[int, int]] = []  # ... and of those, what bodies said
        self.voices: list[tuple[tuple[int, int], str]] = []  # ... and the people who said it
        self.bodies = {m.text.lower() for m in self.mentions
                       if m.label in ("ORG", "GPE") and self._person_at(m.start) is None}
        self.referents: list[Referent] = sorted(
            (Referent(m.end, name, _is_subject(span) and not quoted(m.start), frozenset(_title_words(span)),
                      quoted(m.start), acted=_is_subject(span, active=True))
             for m, name, span in zip(self.people, names, spans) if span is not None and not _names_a_thing(span)),
            key=lambda r: r.end)
        self.ends = [r.end for r in self.referents]
        self.body_spoke: tuple[int, str] | None = None  # the last body that spoke, for 'it said'

    def full_name(self, name: str, at: int | None = None) -> str:
        """'Cruz' -> the full name with that surname the text uses most, the first one on a tie:
        Ted Cruz, not Heidi Cruz named once in passing; 'Heidi Cruz' stays herself. A courtesy title
        before the name (at ``at``) leaves out the full names of the other sex: "Mrs. Trump" is Melania
        Trump, and "Mr. Trump" not. "Trump" alone is the Trump the text names most, unless the text titles
        the surname with a sex no full name has: then it may be the one so titled ("Mr. Trump" throughout,
        "Melania Trump" once)."""
        named = self.fulls.get(name.split()[-1].lower()) if name and len(name.split()) <= 2 else None
        if not named or name in named:  # "Liz Cheney" is herself, whoever else of her family the text names more
            return name
        if sex := courtesy_sex(self.text, at) if at is not None else None:
            named = [f for f in named if fits_courtesy(given_gender(f.split()[0]), sex)]
        elif another_titled({given_gender(f.split()[0]) for f in named}, self.titled.get(name.split()[-1].lower(), ())):
            return name
        if not named:
            return name
        counts = Counter(named)
        return max(counts, key=lambda full: (counts[full], -named.index(full)))

    def _full_name_by_title(self, name: str, head) -> str | None:
        """'Former Vice President Cheney said': of the family the text names, the one it introduced with that title
        ("former Vice President Dick Cheney"), not the one it names most."""
        named = set(self.fulls.get(name.split()[-1].lower(), ()))
        wanted = {t.lower_ for t in head.subtree if t.i < head.i and t.lower_ in TITLE_NOUNS}
        if len(name.split()) > 1 or len(named) < 2 or not wanted:
            return None
        fits = {m.text for m in self.people if m.end <= head.idx and m.text in named  # named in full before, so
                and wanted <= _title_words(self.doc.char_span(m.start, m.end, alignment_mode="expand"))}
        return fits.pop() if len(fits) == 1 else None

    def spoke(self, end: int, who: Who, content: tuple[int, int] | None = None, named: bool = False) -> None:
        """Remember a person resolved as a speaker, for the pronouns that follow; the subjects of what
        they said ("Vucic said Kurti bore sole responsibility") are the speaker's, not the article's.
        A speaker ``named`` by a proper noun the entity model did not tag ("Vucic again blamed Kurti")
        is remembered too, as a person of unknown gender: 'he' after it is more likely them than anyone
        named before, though never before one the text tells is of the pronoun's gender. A name the
        article or the data knows as an organisation or a place ("Gazprom said") is no person."""
        if content is not None:
            self.referents = [dataclasses.replace(r, subject=False) if content[0] < r.end <= content[1] else r
                              for r in self.referents]
        # one who speaks inside what another said ("X said Y told the talks that ...") is the speaker's subject too:
        # 'he' after it is X
        reported = any(start < end <= stop for start, stop in self.said[-RECENT_SAID:])
        by_a_body = any(start < end <= stop for start, stop in self.said_by_bodies[-RECENT_SAID:])
        if content is not None:
            self.said.append(content)
            if who.kind == "body":
                self.said_by_bodies.append(content)
        if who.kind is None and who.name and _given_gender(who.name):
            who = Who(who.name, "person")  # "Ana Petrin, 61, said": a given name the model took for a title
        if named and who.kind is None and who.name and who.name not in self.gender and \
                who.name.lower() not in self.bodies and not known_body(who.name) and not _described(who.name):
            self.gender[who.name] = None
            self.guessed.add(who.name)
            who = Who(who.name, "person")
        if who.kind in (None, "person") and who.name and who.name not in self.gender and \
                (unnamed := UNNAMED.match(who.name)) and \
                set(unnamed["words"].lower().split()) & UNNAMED_PEOPLE:
            # "A docker at Gate B who asked not to be named said ...": someone unnamed, whom "he" after it stands for
            described = set(who.name.lower().split())
            self.gender.setdefault(who.name, "f" if described & FEMALE_WORDS else "m" if described & MALE_WORDS else None)
            who = Who(who.name, "person")
        if who.name and who.name.lower() != "it" and (who.kind == "body" or who.kind is None and _described(who.name)) \
                and not by_a_body:  # not "the order" of 'The ministry said the order "confirms ...". It said ...'
            self.body_spoke = (end, who.name)  # "The Syrian Observatory for Human Rights, a ... war monitor", untagged
        if who.kind == "person" and who.name not in self.gender and (gender := _given_gender(who.name)):
            self.gender[who.name] = gender
        if who.kind == "person" and who.name and content is not None:
            self.voices.append((content, who.name))
        if who.kind == "person" and who.name in self.gender:
            # the titles the text introduced the person with, anywhere before: "Foreign Minister Jeyhun Bayramov", then
            # "Bayramov told Lavrov ...": 'the minister' after it is still Bayramov
            titles = frozenset().union(*(r.titles for r in self.referents if r.name == who.name and r.end <= end))
            i = bisect.bisect_right(self.ends, end)
            self.referents.insert(i, Referent(end, who.name, not reported, titles, spoke=True))
            self.ends.insert(i, end)

    def name(self, start: int, end: int, head, content: tuple[int, int] | None = None) -> Who:
        """Who the speaker phrase text[start:end], headed by the token ``head``, refers to; never a
        person named in what it said (``content``)."""
        text = self.text[start:end]
        low = head.lower_
        if low in ("who", "that") and head.head.dep_ == "relcl" and head.head.head.i != head.i:
            # "Dobrash, who had spent the week accusing Sadovan": whom the relative clause is about
            antecedent = who_stands_for(head, head.head.head)
            return self.name(antecedent.left_edge.idx, antecedent.idx + len(antecedent), antecedent, content)
        if head.dep_ == "appos" and low not in BODY_NOUNS and (person := self._person_at(head.head.idx)) is not None \
                and not any(c.dep_ == "appos" and self._person_at(c.idx) for c in head.children):
            # "Petar Ilkov, 71, a retired engineer who said"; but "... in Havelstad, the Court's President, Judge Sigrún
            # Halldórsdóttir, said" names its own person after the title, and "..., his counterpart Shahin Mustafayev,
            # Armenia's government said" a body the parse hung on the name before it
            return Who(self.full_name(person.text, person.start), "person")
        if head.tag_ == "VBG" and head.dep_ == "csubj" and (last := next(
                (m for m in reversed(self.people) if start <= m.start and m.end <= end
                 and not self.text[m.end:end].strip(" ,")), None)) is not None:
            # "Reading the ruling in Osterholm, the tribunal's president, Judge Karin Lund, said": the parse took what
            # they were doing for the subject; the person set off at its end speaks
            return Who(self.full_name(last.text, last.start), "person")
        if low in PRONOUN_GENDER:
            gender = PRONOUN_GENDER[low]
            found = self._speaking_of_self(start, gender) or self._met_last(head, gender) or \
                self._of_its_subject(head, gender, content) or self._titled_since(start, gender, content) or \
                self._nearest(start, gender, skip=content)
            if gender == "f" and found is not None and self.gender.get(found) is None and content is not None and \
                    MALE_PRONOUN.search(self.text, content[0], content[1]) and \
                    not any(content[0] <= m.start < content[1] for m in self.people) and \
                    (woman := self._woman_who_spoke(start, found)) is not None:
                # "His life is not in danger, she said": he is the one named last, she spoke before; not where her
                # words name him ("Gergely turned fifty-one in prison. I want him home")
                found = woman
            if found is not None and self.gender.get(found) is None:
                self.gender[found] = gender  # "he said" tells what the name did not: never 'she' after
            return Who(found or text, "person")
        if low == "it":
            return Who(self._last_actor(start) or text, "body")
        if low in DOCUMENTS and any(c.lower_ in ANOTHER_ONE for c in head.children) and self.body_spoke is not None \
                and not any(c.dep_ == "prep" for c in head.children):
            return Who(self.body_spoke[1], "body")  # "A second statement, issued an hour later, said": the same body's
        if low in GROUP_PRONOUNS:
            return Who(_they(head) if low == "they" else text, "group")
        if low in OWN_DOCUMENTS and any(c.lower_ == "the" for c in head.children) and \
                (by := _issued_before(head)) is not None:
            # "Pelosi and Schumer released a joint statement. ... “...,” the joint statement said": theirs
            if any(c.dep_ == "conj" for c in by.children):  # all of them, without "(D-Calif.)" after a name
                names = self.text[by.left_edge.idx:by.right_edge.idx + len(by.right_edge)]
                return Who(re.sub(r"\s*\([^()]*\)", "", names), "group")
            return self.name(by.left_edge.idx, by.idx + len(by), by, content)
        if low in DOCUMENTS and any(c.lower_ == "the" for c in head.children) and self.body_spoke is not None \
                and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in head.children):
            return Who(self.body_spoke[1], "body")  # "..., the ministry said. According to the statement, ...": its
        person = self._person_at(head.idx) or next(
            (self._person_at(c.idx) for c in (*head.children, *_set_off_after_place(head))
             if c.dep_ == "appos" and self._person_at(c.idx)), None)
        if person is not None:  # "Mirela Hostak", "His counterpart, Mirela Hostak"
            return Who(self._full_name_by_title(person.text, head) or self.full_name(person.text, person.start),
                       "person")
        if (named := _named_in_apposition(head)) is not None:  # "A worker who escaped, Wahyu Santoso, 34, said"
            self.gender.setdefault(named, _given_gender(named))  # the model took the name for a place: a person
            if self.gender[named] is None:
                self.guessed.add(named)
            return Who(named, "person")
        own = next((m for m in self.mentions if m.start <= head.idx < m.end and m.label in NAME_LABELS), None)
        if own is not None and own.label == "NORP" or own is None and low in demonyms():
            return self._nationality(head, start, text, bare=True)
        if own is not None and own.label in ("ORG", "GPE") and (titled := _person_named(self.text, own, head)):
            # "Commission chair Anselm Grudek", "Anca Lupei, who runs a bakery": a title or "who" says a person
            self.gender.setdefault(titled, _given_gender(titled))
            if self.gender[titled] is None:
                self.guessed.add(titled)
            return Who(titled, "person")
        if own is not None and _given_gender(own.text) is None:
            # "Ketravod, the state company that runs the dam": the name, not what the apposition says of it
            stop = _before_apposition(head, start)
            if stop is not None and own.start >= start and own.end < stop:
                return Who(self.text[own.start:stop], "body")  # up to the apposition, which may hold more than the
                # model's name: "Democracy for America", not "Democracy for"
            return Who(own.text if stop is not None or any(c.dep_ == "appos" for c in head.children) else text, "body")
        if own is not None:  # "Ruben Kastellan" tagged as a body by the small model: a given name says a person
            return Who(self.full_name(own.text, own.start), "person")
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None:  # "his office", "Pashinyan's office": one name for the owner, as for a speaker
            # '"Kurti ordered this," his office said' is not Kurti's office, but 'Morvic conveyed her
            # condolences, her ministry said' is Morvic's: the subject the narrator's own words give
            quoted = content is not None and self.text[content[0]:content[0] + 1] in "\"“„«‘"
            owner = self._owner(poss, start, content if quoted else None)
            rest = self.text[poss.right_edge.idx + len(poss.right_edge):end].strip()
            if low in SAID_THROUGH:  # "Braley's apology noted ...": Braley speaks, through his apology
                if owner:
                    person = poss.lower_ in PRONOUN_GENDER or self._person_at(poss.idx) is not None
                    return Who(owner, "person" if person else "body")
                body = next((m for m in self.mentions if m.start <= poss.idx < m.end and m.label in ("ORG", "GPE")),
                            None)
                if body is not None:  # "the Foreign Ministry's statement said"
                    return Who(body.text, "body")
            country = next((m for m in self.mentions if m.start <= poss.idx < m.end and m.label in ("GPE", "NORP")),
                           None)
            if country is not None and low in TITLE_NOUNS and \
                    (found := self._titled(head, start, content, whose=_nation_word(poss.lower_))) is not None:
                return Who(found, "person")  # "Azerbaijan's envoy said": the Azerbaijani envoy named before
            if owner:
                return Who(f"{owner}'s {rest}", _noun_kind(head))
        if (low in TITLE_NOUNS or head.text in SHORT_TITLES) and head.tag_ in ("NN", "NNP") and \
                any(c.lower_ == "the" for c in head.children):
            return Who(self._titled(head, start, content) or text, "person")
        if _nationality_word(head) is not None and low not in TITLE_NOUNS:
            return self._nationality(head, start, text, bare=False)
        if head.pos_ == "PROPN" and any(c.dep_ == "appos" for c in head.children):
            # "Mells, the railway union leader": the name, not what the apposition says of it
            return Who(self.full_name(self.text[name_start(head).idx:head.idx + len(head)]), _noun_kind(head))
        if head.pos_ == "PROPN" and _given_gender(text):  # a name the small model took for a work of art
            return Who(self.full_name(text), "person")
        if head.pos_ == "PROPN" and head.lower_ in self.fulls and not any(
                t.pos_ == "PROPN" and t.lower_ not in TITLE_NOUNS for t in head.subtree if t.i != head.i):
            # "The 76-year-old Pelosi said", the surname tagged as an event: the person the text named in full
            return Who(self.full_name(head.text), "person")
        if (low in BODY_NOUNS or low in COMPANY_NOUNS) and [c.lower_ for c in head.children] == ["the"] and \
                (named := self._body_named_with(low, start) or self._body_spoke_with(low, start)):
            return Who(named, "body")  # "the ministry said": the Ministry of Defence the article named before
        if head.pos_ == "PROPN" and (stop := _before_apposition(head, start)) is not None:
            return Who(self.text[start:stop], _noun_kind(head))  # "Justice for Velmar, one of several groups"
        return Who(text, _noun_kind(head))

    def _owner(self, poss, before: int, content: tuple[int, int] | None = None) -> str | None:
        "Who 'his', 'its' or 'Pashinyan's' is: a person's full name, or the organisation; none named in ``content``."
        low = poss.lower_
        if low == "its":
            return self._last_actor(before)
        if low in PRONOUN_GENDER:
            return self._subject_owner(poss, PRONOUN_GENDER[low]) or \
                self._nearest(before, PRONOUN_GENDER[low], skip=content)
        person = self._person_at(poss.idx)
        if person is None and low in BODY_NOUNS and [c.lower_ for c in poss.children if c.dep_ != "case"] == ["the"]:
            return self._body_named_with(low, before)  # "the company's press office": Ketravod's, named before
        return self.full_name(person.text, person.start) if person is not None else None

    def _subject_owner(self, poss, gender: str) -> str | None:
        """'Blumenthal's campaign disputed the report ..., according to his campaign': 'his' is the person whose the
        sentence's subject is, where no other person is named between them."""
        subject = _main_subject_before(poss)
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
        person = self._person_at(owner.idx) if owner is not None else None
        if person is None or any(person.end < m.start < poss.idx for m in self.people):
            return None
        name = self.full_name(person.text, person.start)
        return name if self.gender.get(name) in (None, gender) else None

    def _titled_since(self, before: int, gender: str, skip: tuple[int, int] | None) -> str | None:
        """The person a title that is a sentence's subject stands for ("The minister also held a meeting ... '...,' he
        said afterwards"), where it comes after the last person named and before the pronoun: the more recent one."""
        named = max((m.end for m in self.people if m.end <= before), default=0)
        window = self.doc.char_span(named, before, alignment_mode="expand") if named < before else None
        subject = next((t for t in reversed(window or ()) if named <= t.idx < before and not self._inside_said(t.idx)
                        and not (skip is not None and skip[0] <= t.idx < skip[1])  # not in what the pronoun said
                        and t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in TITLE_NOUNS
                        and [c.lower_ for c in t.children if c.dep_ == "det"] == ["the"]), None)
        if subject is None or any(c.dep_ == "neg" for c in subject.head.children):
            return None  # "The minister was not available for comment": not who speaks next
        found = self._titled(subject, subject.idx, skip)
        return found if found is not None and self.gender.get(found) in (None, gender) else None

    def _inside_said(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.said)

    def _person_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.people[i] if i >= 0 and self.people[i].end > pos else None

    def _nearest(self, before: int, gender: str | None = None,
                 title: Callable[[frozenset[str]], bool] | None = None,
                 skip: tuple[int, int] | None = None, told: bool = False) -> str | None:
        """The most recent fitting person named as a subject or speaker before ``before``,
        else the most recent fitting person named outside quotations; none named inside ``skip``, there or, where
        someone else fits, anywhere ("he called on Kurti to resign" is not Kurti). For 'she', a
        name only guessed a person (``spoke``) comes after any woman the text names (``told``: only
        those): most people news quotes are men, so for 'he' the guess is as likely as anyone."""
        named = self._named_in(skip, gender)
        return self._nearest_but(before, gender, title, skip, told, named) or \
            (self._nearest_but(before, gender, title, skip, told, set()) if named else None)

    def _named_in(self, content: tuple[int, int] | None, gender: str | None) -> set[str]:
        """The people what was said names as themselves: not a name that modifies a noun ("the Kurti government") nor
        one after a courtesy title of the other sex ("Mrs. Vell" in what 'he' said)."""
        if content is None:
            return set()
        other = {"m": OTHER_SEX_TITLES_M, "f": OTHER_SEX_TITLES_F}.get(gender or "", frozenset())
        out = set()
        for m in self.people:
            if content[0] <= m.start < content[1]:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                before = self.text[max(0, m.start - 12):m.start].split()
                if span is not None and span.root.dep_ == "compound" or before and before[-1].lower() in other:
                    continue
                out.add(self.full_name(m.text, m.start))
        return out

    def _nearest_but(self, before: int, gender: str | None, title: Callable[[frozenset[str]], bool] | None,
                     skip: tuple[int, int] | None, told: bool, named: set[str]) -> str | None:
        "``_nearest``, passing over the people ``named``."
        found = known = subject = reported = None  # known: for 'she', the latest woman the text tells is one
        for r in reversed(self.referents[:bisect.bisect_right(self.ends, before)]):
            if gender and self.gender.get(r.name) not in ((gender,) if told else (None, gender)):
                continue
            if skip is not None and (skip[0] < r.end <= skip[1] or r.name in named):
                continue
            if title is not None and not title(r.titles):
                continue
            if r.subject:
                subject = r
                break
            if r.spoke and reported is None:
                reported = r
            if not r.quoted:
                found = found or r.name
                known = known or (r.name if gender == "f" and self.gender.get(r.name) == "f" else None)
        # a person whose words another passed on ("The ministry said Bayramov told Lavrov that ...") comes before
        # anyone named since, and before a subject of an earlier sentence; "X said Y told the talks ..." is X's
        if reported is not None and (subject is None or not self._one_sentence(subject.end, reported.end)):
            found = reported.name
        elif subject is not None:
            found = subject.name
        if known is not None and self.gender.get(found) is None:
            return known  # '"...," she said' after "For Marchetti, ..." is Helene Marchetti, not a name of unknown gender
        if gender == "f" and not told and found in self.guessed:
            return self._nearest(before, gender, title, skip, told=True) or found
        return found

    def _one_sentence(self, a: int, b: int) -> bool:
        "Whether two offsets lie in one sentence of the parse."
        x, y = (self.doc.char_span(max(0, p - 1), p, alignment_mode="expand") for p in (a, b))
        return x is not None and y is not None and x[0].sent.start == y[0].sent.start

    def _woman_who_spoke(self, before: int, other: str) -> str | None:
        """'..., spokeswoman Hana Brazdova said. A corporal, Tomas Hrubes, was hit in the thigh. His life is not
        in danger, she said.': the woman who spoke last, within a few sentences, rather than the person of unknown
        gender named since, whom what she said calls "he"; none where that person spoke or acted ("The captain's
        wife, Emese Voros, waited outside")."""
        recent = self.referents[:bisect.bisect_right(self.ends, before)]
        if any(r.name == other and (r.spoke or r.acted) for r in recent):
            return None
        return next((r.name for r in reversed(recent) if r.spoke and self.gender.get(r.name) == "f"
                     and before - r.end <= SPOKE_REACH), None)

    def _speaking_of_self(self, pos: int, gender: str) -> str | None:
        """'Santorum tried to clarify his comment that Obama subscribed to a “phony theology”, saying he was
        referring to ...': 'he' inside what a man said is that man, whoever else his sentence named before it."""
        for (start, end), name in reversed(self.voices[-RECENT_SAID:]):
            if start <= pos < end:
                # one whose sex the text tells, and no one else it may mean named in what they said before it ("Lund
                # said Lopez lied when she told police ...")
                others = any(start <= m.start < pos and
                             self.gender.get(self.full_name(m.text, m.start)) in (None, gender) for m in self.people)
                return name if self.gender.get(name) == gender and not others else None
        return None

    def _met_last(self, head, gender: str) -> str | None:
        """'The meeting was hosted by Haakon Brede. He said ...': a pronoun opening a sentence after one that
        names a single person it fits, and no one speaking or acting there, is that person, whom the reader
        met last; a speaker named before is the one that sentence set aside. Not where another person spoke in
        that sentence ("the ministry said Bayramov told Lavrov that ... He also said"): he goes on speaking."""
        if not head.is_sent_start or head.i == 0:
            return None
        before = head.doc[head.i - 1].sent
        fits = [r for r in self.referents if before.start_char < r.end <= before.end_char and not r.quoted
                and self.gender.get(r.name) in (None, gender)]
        names = {r.name for r in fits}
        spoke = any(before.start_char <= start < before.end_char and name not in names
                    for (start, _), name in self.voices)
        return names.pop() if len(names) == 1 and not any(r.subject for r in fits) and not spoke else None

    def _of_its_subject(self, head, gender: str, skip: tuple[int, int] | None = None) -> str | None:
        """'The letter from Mr. Vell surprised the council because he had never ...': a pronoun in a clause under its
        sentence's main one is the single fitting person whose the main clause's subject is, or by or from whom it
        came ("Vell's letter", "the statement by Vell"), rather than one who spoke before; not where the main clause
        has a person as its object ("angered Governor Novak") or its subject a person of its own ("Vell's brother Jan"),
        nor under a verb of saying, where a pronoun may be anyone what was said names ("Lund said Lopez lied when she
        told police", "after telling reporters he ..."), nor one named in what was said (``skip``)."""
        root = head.sent.root
        if head.head.i == root.i or any(cue_forms().get(t.lower_) not in (None, "appear", "seem")
                                        for t in head.head.ancestors):
            return None  # its verb says what someone else said: "after telling reporters he ..."
        subject = _main_subject_before(head)
        if subject is None or any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in TITLE_NOUNS)
                                  for c in root.children):
            return None
        owners = [c for c in subject.children if c.dep_ == "poss"] + \
            [o for c in subject.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
             for o in c.children if o.dep_ == "pobj"]
        spans = [(o.left_edge.idx, o.idx + len(o)) for o in owners]
        whole = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        fitting = [r for r in self.referents if whole[0] < r.end <= whole[1] and not r.quoted
                   and self.gender.get(r.name) in (None, gender)]
        if any(not any(a < r.end <= b for a, b in spans) for r in fitting):
            return None  # the subject names a person of its own: "Vell's brother Jan, ..., said he ..."
        names = {r.name for r in fitting}
        return names.pop() if len(names) == 1 and not names & self._named_in(skip, gender) else None

    def _titled(self, head, before: int, skip: tuple[int, int] | None = None, whose: str | None = None) -> str | None:
        "'the minister' -> the nearest person introduced as some kind of minister (of the country ``whose``)."
        titled = frozenset().union(*(r.titles for r in self.referents))
        wanted = {_nation_word(c.lower_) for c in head.children if c.dep_ in ("amod", "compound")
                  and not _describing(c, titled)} | ({whose} if whose else set())
        low = head.lower_
        if head.text in SHORT_TITLES:  # "the Armenian FM": the Armenian foreign minister
            low, kind = SHORT_TITLES[head.text]
            wanted.add(kind)
        elif low == "diplomat" and "top" in wanted:  # "Armenia's top diplomat": its foreign minister
            low, wanted = "minister", wanted - {"top"} | {"foreign"}
        lows = {low, *TITLE_EQUIVALENTS.get(low, ())}  # "the premier": a premier, or the prime minister
        gender = "f" if low in FEMALE_WORDS else "m" if low in MALE_WORDS else None

        def fitting(wanted: set[str]) -> Callable[[frozenset[str]], bool]:
            return lambda titles: bool(titles) and bool(lows & titles or low in GENERIC_TITLES) and wanted <= titles

        found = self._nearest(before, gender, fitting(wanted), skip)
        if whose:  # "Azerbaijan's envoy": only one introduced with that title of that country
            return found
        # "A spokesperson for Grassley fired back ... The spokesperson also touted ...": the one the text described so
        # before, whom it never named; also over one named before who spoke less recently ("A senior official
        # rejected that. ... the official told reporters", after the minister's words)
        described = next(((start, name) for (start, _), name in reversed(self.voices) if start < before
                          and self._described_as(name, low, wanted)), None)
        last_of_found = max((start for (start, _), name in self.voices if name == found and start < before),
                            default=-1) if found else -1
        if described is not None and (found is None or described[0] > last_of_found):
            found = described[1]
        if found is None and re.search(rf"\b{re.escape(low)}\b", self.text[:head.left_edge.idx]):
            # "Varsenia's foreign minister hailed the order ... Ruben Kastellan told reporters. The minister
            # said ...": news names later the person its opening gave only a title; a speaker with no title
            found = self._nearest(before, gender, lambda titles: not titles, skip)
        if found is None and wanted & TENURE_WORDS and low not in GENERIC_TITLES:
            # "the former vice president", introduced as "Vice President X"; but "the former official" is no sitting one
            found = self._nearest(before, gender, fitting(wanted - TENURE_WORDS), skip)
        return found

    @staticmethod
    def _described_as(voice: str, low: str, wanted: set[str]) -> bool:
        """Whether an unnamed voice ("A former federal prosecutor") is the one 'the <low>' stands for: by the same
        noun, or, for a title that fits anyone titled ("the former official"), by any title and the same words
        before it."""
        if re.match(rf"(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}{re.escape(low)}\b", voice, re.I):
            return True
        said = re.fullmatch(r"(?:an?|one)\s+((?:[\w-]+\s+){0,5})([\w-]+)", voice, re.I)
        return bool(wanted) and low in GENERIC_TITLES and said is not None and said[2].lower() in TITLE_NOUNS and \
            wanted <= set(said[1].lower().split())  # not "the leader" for any "A union spokesman" who spoke last

    def _last_actor(self, before: int) -> str | None:
        """'it': the last body that spoke ('..., the foreign ministry said. ..., it said in a statement'),
        unless a body or country opens a sentence since ("Merania's interior ministry disputes that account.
        It says ..."); else the body the sentence before is about ("The court voted 13 to 2 for the measure
        Armenia requested. It rejected ..."); else the last organisation or country named before (a
        nationality is none)."""
        subject = self._body_before(before)
        if subject is not None and (self.body_spoke is None or self.body_spoke[0] < subject[0]):
            return subject[1]
        best = None
        for m in self.mentions:
            if m.end <= before and m.label in ("ORG", "GPE") and self._person_at(m.start) is None \
                    and self.text[m.end:m.end + 1] != "-":  # not "a Britain-based monitor": a compound's word
                best = m
        spoke = self.body_spoke is not None and self.body_spoke[0] <= before
        if spoke and (best is None or best.start < self.body_spoke[0] or not self._opens_sentence(best.start)):
            return self.body_spoke[1]
        if best is None:
            return None
        # "Merania's interior ministry disputes that account. It says ...": the body of the country, not the country
        owned = OWNED_BODY.match(self.text, best.end, before)
        words = LOWER_WORD.finditer(self.text, owned.start(1), owned.end(1)) if owned else ()
        body = next((w for w in words if w.group() in BODY_NOUNS), None)
        return best.text + self.text[best.end:body.end()] if body is not None else best.text

    def _body_before(self, before: int) -> tuple[int, str] | None:
        """Where the subject of the sentence before ``before`` is and the body it names, where it names one:
        an organisation or a country ("Azerbaijan rejected the ruling."), or a body's noun ("The court, the UN's
        highest judicial body, voted") as the body named with that noun before ("the International Court of
        Justice"); none where the sentence of ``before`` names a body or country itself before it. A subject that
        is 'it' again hands over to the rules of ``_last_actor``."""
        token = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if token is None or token[0].sent.start == 0 or any(
                token[0].sent.start_char <= m.start < before and m.label in ("ORG", "GPE") for m in self.mentions):
            return None  # "Azerbaijan rejected the ruling, and it said ...": the body its own sentence named
        sentence = self.doc[token[0].sent.start - 1].sent
        head = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if head is None or head.lower_ == "it":
            return None
        named = next((m for m in self.mentions if m.start <= head.idx < m.end), None)
        if named is not None:
            if named.label not in ("ORG", "GPE") or self._person_at(named.start) is not None:
                return None
            return head.idx, named.text
        if head.lower_ not in BODY_NOUNS or not any(c.lower_ == "the" for c in head.children):
            return None
        return head.idx, self._body_named_with(head.lower_, head.idx) or f"the {head.lower_}"

    def _opens_sentence(self, pos: int) -> bool:
        "Whether the text at ``pos`` begins a sentence of the parse, after an article at most ('The ministry')."
        token = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if token is None:
            return False
        first = token[0]
        return first.is_sent_start or first.i > 0 and first.nbor(-1).is_sent_start and first.nbor(-1).lower_ == "the"

    def _body_spoke_with(self, noun: str, before: int) -> str | None:
        """The last body that spoke with this noun in its name, where the entity model tagged none: "The Azerbaijani
        Foreign Ministry said ... The ministry said"."""
        if self.body_spoke is None or self.body_spoke[0] > before:
            return None
        name = self.body_spoke[1]
        return name if noun in re.findall(r"[\w'’]+", name.lower()) else None

    def _body_named_with(self, noun: str, before: int) -> str | None:
        """The last organisation named before with this noun in its name: 'the ministry' -> 'the Ministry of
        Defence'; for 'the company', 'the airline' or another company's noun, the last one named with no word of a
        public body or a news outlet ('Aurex Mining', not 'the State Mining Inspectorate' or Reuters), or whose
        name ends as a company's does, though the model took it for a person ('Eryrfaen Minerals')."""
        company = noun in COMPANY_NOUNS
        any_org = noun in ("company", "firm")  # an airline or a utility is told by its name's last word
        found = next((m for m in reversed(self.mentions) if m.end <= before and (
            m.label == "ORG" and (noun in m.text.lower().split() or any_org and a_company_named(m, self.text))
            or company and m.label in INTRODUCED_LABELS and company_name(m.text))), None)
        # "the Tirnavian company Balastiera Lunceni", "the airline Turul": the name the noun introduced, whatever the
        # model took it for ("company", "firm" or the noun itself); not who did something to it ("Tesla, the company
        # Elon Musk founded"), nor a person another noun introduces ("the film producer Harvey Weinstein")
        before_noun = re.compile(rf"\b(?:company|firm|{re.escape(noun)})\s+$", re.I)
        # ... or the name the noun heads an apposition after: "Sedra Coal, the state-owned company that runs the mine"
        # (not "Jane Doe, a company spokeswoman", "Elon Musk, the company's founder", "Mark Hollis, the chief
        # executive of the firm")
        after_noun = re.compile(rf",\s+(?:the|an?)\s+(?:(?!(?:{APPOSITION_STOPS})\s)[\w'’-]+\s+){{0,4}}"
                                rf"(?:company|firm|{re.escape(noun)})"
                                rf"(?=\s*[,.;:]|\s+(?:that|which|whose|based|owned|run|in|of|from)\b)", re.I)
        introduced = next((m for m in reversed(self.mentions) if m.end <= before and m.label in INTRODUCED_LABELS
                           and not self._clause_subject(m) and (before_noun.search(self.text[max(0, m.start - 14):m.start])
                                                                or after_noun.match(self.text, m.end))
                           and (any_org or m.label != "PERSON" or company_name(m.text))),
                          None) if company else None
        if introduced is not None and (found is None or introduced.start > found.start):
            return introduced.text
        return self._whole_body_name(found) if found is not None else None

    def _whole_body_name(self, m: Mention) -> str:
        """A body's name with the place the entity model cut from it after "of": "Foreign Ministry of" + "Armenia"."""
        if not re.search(r"\bof(?:\s+the)?$", m.text):
            return m.text
        place = next((n for n in self.mentions if n.start >= m.end and n.label in ("GPE", "LOC")
                      and re.fullmatch(r"\s+(?:the\s+)?(?:Republic\s+of\s+)?", self.text[m.end:n.start])), None)
        return self.text[m.start:place.end] if place is not None else m.text

    def _clause_subject(self, m: Mention) -> bool:
        """The subject of a clause that describes the noun before it: 'Elon Musk' of 'the company Elon Musk founded',
        whose verb follows the name and describes the noun."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        after = self.doc[span.end] if span is not None and span.end < len(self.doc) else None
        return after is not None and after.pos_ == "VERB" and after.dep_ in ("relcl", "acl")

    def _nationality(self, head, start: int, text: str, bare: bool) -> Who:
        "'Russian', 'the Russian side', 'Russian diplomats': no person; a body the text names, or a group."
        plural = head.tag_ in ("NNS", "NNPS") or (bare and head.text.endswith("s"))
        low = head.lower_
        if bare:  # "Russians" a group, "a Russian" someone unnamed, a lone "Russian" (a parse gone wrong) nobody
            if plural:
                return Who(text, "group")
            return Who(text, "person") if any(c.dep_ == "det" for c in head.children) else Who(None, None)
        if low in VAGUE_BODIES:
            body = self._named_body(nations().get(_nationality_word(head) or ""), start)
            return Who(body, "body") if body else Who(text, "group")
        if low in BODY_NOUNS and not plural:
            return Who(text, "body")  # "the Russian government" names the body itself
        return Who(text, "group" if plural else None)  # "Russian diplomats"; "an Azerbaijani statement"

    def _named_body(self, country: str | None, before: int) -> str | None:
        """The most recent body of the country named before: 'the Russian Foreign Ministry',
        "Russia's Foreign Ministry", 'the Kremlin'."""
        if country is None:
            return None
        words = {w for w, c in nations().items() if c == country}
        best: tuple[int, str] | None = None
        for m in self.mentions:
            if m.end > before:
                break
            if m.label == "ORG" and (m.stands_for == country or words & set(m.text.lower().split())):
                best = (m.start, m.text)
            elif m.label in ("NORP", "GPE") and m.text.lower() in words:
                body = _body_after(self.doc, m)
                if body is not None and body[1] <= before:
                    best = (m.start, self.text[m.start:body[1]])
        return best[1] if best is not None else None


def _before_apposition(head, start: int) -> int | None:
    """Where a name ends before what is set off after it ("Justice for Velmar, one of several groups"), wherever the
    parse hung the apposition in the name's phrase; None without one."""
    appos = [c for c in head.subtree if c.dep_ == "appos" and c.i > head.i and head.doc[c.left_edge.i - 1].text == ","]
    if not appos:
        return None
    return start + len(head.doc.text[start:min(c.left_edge.idx for c in appos)].rstrip(" ,"))


def _body_after(doc, m: Mention) -> tuple[int, int] | None:
    "'Russian' + 'Foreign Ministry', 'Russia' + ''s Foreign Ministry': capitalised words ending in a body noun."
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    i = span.end + (1 if span.end < len(doc) and doc[span.end].tag_ == "POS" else 0)
    last = None
    while i < len(doc) and doc[i].is_title and i - span.end < 4:
        if doc[i].lower_ in BODY_NOUNS:
            last = doc[i]
        i += 1
    return (m.start, last.idx + len(last)) if last is not None else None


def _people(doc, mentions: list[Mention], quoted: Callable[[int], bool]) -> list[Mention]:
    """The people a text names, in text order: PERSON mentions; names after a title the
    model missed or took for an organisation ("Mayor Bill de Blasio"); short forms of
    those names that it tagged otherwise or not at all ("Lavrov" as an organisation); and
    untagged names after a word that tells a gender ("his wife Ana")."""
    titled = _titled_names(doc, mentions)
    spans = [(t.start, t.end) for t in titled]
    # a title the model took into a name is left out by the entities stage ("Spokesperson Ani Badalyan")
    persons = [m for m in mentions if m.label == "PERSON" and not _inside(m.start, spans)]
    persons += titled + _given_named(mentions)
    persons += _possessed_names(doc, mentions, [(m.start, m.end) for m in persons])
    fulls = {m.text.lower() for m in persons if len(m.text.split()) > 1}
    tails = {" ".join(f.split()[-k:]) for f in fulls for k in (1, 2) if k < len(f.split())}
    taken = [(m.start, m.end) for m in persons]
    out = list(persons)
    for m in mentions:
        if m.label in ("ORG", "GPE", "NORP") and m.text.lower() in tails and not _inside(m.start, taken):
            out.append(Mention(m.start, m.end, m.text, "PERSON", m.key, None, m.entity_id))
    taken = [(m.start, m.end) for m in mentions] + taken
    for tok in doc:
        # a short form of a full name; or a name right after a word that says who the person is to someone
        # ("with his wife Ana beside him"), which the model leaves untagged
        kin = tok.i > 0 and doc[tok.i - 1].lower_ in FEMALE_WORDS | MALE_WORDS
        # (the surname of a full name is one as the subject of a verb too, whatever part of speech the tagger gave:
        # "Sokół rejected any suggestion")
        if ((tok.pos_ == "PROPN" or tok.dep_ in SUBJECT_DEPS and tok.lower_ in tails) and tok.is_title
                and (tok.lower_ in tails or kin) and not _inside(tok.idx, taken) and not quoted(tok.idx)):
            out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, "PERSON"))
    return sorted(out, key=lambda m: m.start)


def _given_named(mentions: list[Mention]) -> list[Mention]:
    """'Yevgeny Vyalkin of Ildaria' or 'Hanna Lindqvist' tagged as an organisation or a place: a known given
    name and a capitalised word, alone or before 'of', name a person."""
    out = []
    for m in mentions:
        if m.label != "PERSON" and given_named(m.text, m.label):
            name = " ".join(m.text.split(" ")[:2])
            out.append(Mention(m.start, m.start + len(name), name, "PERSON"))
    return out


def given_named(text: str, label: str) -> bool:
    """A known given name and a capitalised word, alone or before 'of': a person's name, whatever the model took it
    for ('Hanna Lindqvist', 'Samantha Power'); not 'Hana Bank'."""
    parts = text.split(" ")
    return len(parts) >= 2 and bool(given_gender(parts[0].lower())) and parts[1][:1].isupper() and a_company(text) \
        and not (label == "ORG" and parts[1].lower() in ORG_WORDS) and (len(parts) == 2 or parts[2] in ("of", "from"))


def _possessed_names(doc, mentions: list[Mention], persons: list[tuple[int, int]]) -> list[Mention]:
    """'Kerestia's Akos Szollosi', 'Armenia’s Ararat Mirzoyan': two capitalised proper nouns after a name's
    possessive (a country's, a party's, a company's) name a person, the way wire copy introduces a country's
    minister, where the model tagged no person there (or took the given name for an organisation). Not a body or
    a title ("Russia's Foreign Ministry", "Britain's Prime Minister"), nor a place or an organisation the model
    tagged whole ("Iran's Qeshm Island")."""
    taken = persons + [(m.start, m.end) for m in mentions if m.label in ("GPE", "NORP", "LOC", "FAC", "DATE", "EVENT")]
    out = []
    for tok in doc:
        if tok.text not in ("'s", "’s") or tok.i == 0 or not doc[tok.i - 1].is_title or tok.i + 3 > len(doc):
            continue
        span = doc[tok.i + 1:tok.i + 3]
        after = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if not all(t.is_title and t.pos_ == "PROPN" for t in span) or \
                after is not None and after.is_title and after.pos_ == "PROPN":  # three names: a body's or a place's
            continue
        whole = any(m.start <= span.start_char and span.end_char <= m.end for m in mentions if m.label != "PERSON")
        if whole or {t.lower_ for t in span} & NO_PERSON_WORDS or any(_inside(t.idx, taken) for t in span):
            continue
        out.append(Mention(span.start_char, span.end_char, span.text, "PERSON"))
    return out


def _titled_names(doc, mentions: list[Mention]) -> list[Mention]:
    """'Mayor Bill de Blasio', 'the special envoy, Hamid al-Surayfi': capitalised proper nouns right after
    a capitalised title or in apposition to a title, where no PERSON mention is, nor a place or organisation
    that begins after the title."""
    persons = [(m.start, m.end) for m in mentions if m.label == "PERSON"]
    known = [(m.start, m.end) for m in mentions if m.label in ("GPE", "NORP", "LOC", "FAC", "DATE")]
    out = []
    for tok in doc:
        if tok.lower_ not in TITLE_NOUNS or tok.i + 2 >= len(doc):
            continue
        begin = tok.i + 1
        if not tok.is_title:  # "the special envoy, Hamid al-Surayfi": the name in apposition
            if doc[begin].text != ",":
                continue
            begin += 1
        end = begin
        while end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].is_title
                                  or doc[end].lower_ in PARTICLES and end + 1 < len(doc)
                                  and (doc[end + 1].is_title or doc[end + 1].text == "-")
                                  or doc[end].text == "-" and end > begin and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        # "Prime Minister Halina Sokół", "Deputy Foreign Minister Anar Tovlu": the name starts after the whole title
        begin = max([begin] + [t.i + 1 for t in doc[begin:end] if t.lower_ in TITLE_NOUNS])
        span = doc[begin:end]
        if sum(t.is_title for t in span) < 2:
            continue
        # a place or organisation that takes in the title itself is the model's error: "Halvor Governor
        # Anton Severin" tagged as a facility names the governor
        # ... but for a given name the model took for a place ("Campaign President Chad Griffin": Chad, a country)
        apart = [(s, e) for s, e in known if not s <= tok.idx < e
                 and not (s == span.start_char and e == span[0].idx + len(span[0]) and len(span) >= 2
                          and span[0].lower_ in given_names())]
        if not tok.is_title:  # "in a letter to the minister, Amnesty International said": a body, not the minister
            apart += [(m.start, m.end) for m in mentions if m.label == "ORG"]
        # a person the model cut short inside the span ("Mayor Rożanna Ċutajar": "Rożanna") is the span's own; one it
        # tagged whole needs no second mention, nor does a name two title nouns of one title lead to
        within = [(s, e) for s, e in persons if not (span.start_char <= s and e < span.end_char)]
        if len(span) >= 2 and not any(_inside(t.idx, within + apart) for t in span) and \
                not any(m.start == span.start_char for m in out):
            out.append(Mention(span.start_char, span.end_char, span.text, "PERSON"))
    return out


def issuer(document):
    """Who issued the document a verb of saying hangs on, and so speaks through it: "Moore's campaign issued a
    statement saying ...", "the office took the step of releasing a statement disputing ...", "appreciates
    Mueller releasing a statement". None for a document that is not issued there ("the statement noted") or
    that names its owner ("her son's letter said")."""
    verb = document.head
    if document.lower_ not in OWN_DOCUMENTS or document.dep_ != "dobj" or verb.lower_ not in ISSUING_VERBS or \
            any(c.dep_ == "poss" for c in document.children) or \
            verb.lower_.startswith("put") and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    author = _author(document)
    if author is not None:  # "released a statement from the president", "a letter on behalf of the family"
        return author
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
            return verb.head  # "The ministry, which issued a statement saying ...": the ministry
        if subject is not None:
            return subject
        if verb.dep_ == "advcl" and (obj := next((c for c in verb.head.children if c.dep_ == "dobj"), None)) \
                is not None and obj.i < verb.i and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in NAME_LABELS):
            return obj  # "appreciates Mueller releasing a statement": the gerund's subject, parsed as the object
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.dep_ == "dobj":
            verb = verb.head.head.head  # "took the extraordinary step of releasing a statement"
        elif verb.dep_ in ("xcomp", "conj"):
            verb = verb.head  # "decided to issue a statement", "met reporters and issued a statement"
        else:
            return None
    return None


def _author(document):
    "Who a document is from, where its words say: 'a statement from the president', 'a letter on behalf of the family'."
    for prep in (c for c in document.children if c.dep_ == "prep"):
        by = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if by is not None and prep.lower_ == "on" and by.lower_ == "behalf":
            by = next((c for p in by.children if p.dep_ == "prep" and p.lower_ == "of"
                       for c in p.children if c.dep_ == "pobj"), None)
        elif prep.lower_ not in ("from", "by"):
            by = None
        if by is not None:
            return by
    return None


def _issued_before(document, sentences: int = 3):
    """Who issued the nearest document of that name in the three sentences before: 'Pelosi and Schumer released a
    joint statement' for 'the joint statement said'; none where that one names no issuer ('The rebels responded
    in a statement of their own')."""
    doc, first = document.doc, document.sent.start
    for _ in range(sentences):
        if first == 0:
            return None
        sentence = doc[first - 1].sent
        earlier = next((t for t in reversed(sentence) if t.lower_ == document.lower_), None)
        if earlier is not None:
            return issuer(earlier)
        first = sentence.start
    return None


def _they(head) -> str:
    """'Protesters gathered outside his office. They argued that ...': the people the sentence before was about,
    where its subject names some in the plural; else the people named in the plural as the subject of a clause of
    that sentence or of this one before the pronoun, the nearest ("Marek spoke after five senators urged Kurti to go.
    In a statement, they said ..."); else 'They' as written."""
    sentence = head.sent
    if sentence.start == 0:
        return head.text
    before = head.doc[sentence.start - 1].sent
    subject = next((t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    if subject is None or not _people_in_plural(subject):
        # not "Prices rose. They said ..." nor "The numbers surprised analysts. They said ..."
        subject = max((t for t in head.doc[before.start:head.i] if t.dep_ in ("nsubj", "nsubjpass")
                       and _people_in_plural(t)), key=lambda t: t.i, default=None)
        if subject is None:
            return head.text
    last = max((c for c in subject.children if c.dep_ == "conj"), key=lambda c: c.i, default=subject)
    return head.doc[subject.left_edge.i:last.i + 1].text  # "Democrats and Republicans"


def _people_in_plural(token) -> bool:
    "A noun of people in the plural, or a people's name: 'protesters', 'five senators', 'Democrats'."
    return token.tag_ in ("NNS", "NNPS") and token.pos_ != "PRON" and (
        _people_noun(token.lower_) or token.ent_type_ in ("NORP", "PERSON"))


def _people_noun(plural: str) -> bool:
    "'protesters', 'officials', 'lawmakers', 'policemen': a plural noun of people."
    singular = plural[:-2] + "an" if plural.endswith("men") else plural[:-1] if plural.endswith("s") else plural
    return plural in PEOPLE_NOUNS or singular in PEOPLE_NOUNS | TITLE_NOUNS | UNNAMED_PEOPLE


COMPANY_WORDS = words("company-nouns")  # "компании", "l'azienda", "Perusahaan itu": a company's noun in any language
NOT_COMPANIES = words("not-companies")  # a union, an association, a movement, a party: never the company named before
STEM_ENDING = 5  # letters a case ending adds to a stem: "компаниями", "şirketlerin"
# what may stand beside a company's noun in its speaker's name: an article, a demonstrative, a preposition ("в компании")
DETERMINERS = frozenset({"the", "this", "that", "itu", "ini", "tersebut", "la", "il", "lo", "le", "l", "el", "a", "das",
                         "die", "der", "dieses", "diese", "dieser", "cette", "cet", "ce", "esta", "este", "questa",
                         "questo", "эта", "этой", "ця", "цієї", "ова", "ovaj", "ova", "ta", "bu", "в", "у", "u", "во"})


def company_noun(name: str) -> str | None:
    """The company's noun a speaker is named by alone, in any case form, lower-cased: 'компании' of 'В компании',
    'azienda' of "l'azienda", 'perusahaan' of 'Perusahaan itu'; None for other names."""
    found = [w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in DETERMINERS]
    return found[0] if len(found) == 1 and listed(found[0], COMPANY_WORDS) else None


def listed(word: str, entries: frozenset[str]) -> bool:
    "A word a list holds: whole, or by an entry that ends in * as its beginning, with a case ending at most."
    return word in entries or any(e.endswith("*") and word.startswith(e[:-1]) and len(word) <= len(e) - 1 + STEM_ENDING
                                  for e in entries)


def company_name(name: str) -> bool:
    "A company's name by its last word, whatever the model took it for: 'Eryrfaen Minerals', 'Tarvex Corp'."
    return name.lower().split()[-1] in COMPANY_ENDINGS and a_company(name)


def a_newspaper(name: str, before: str | None = None) -> bool:
    """A name that ends as a news outlet's does ("Valdor Times", "Bresnia Radio"); where the ending is a company's
    too, after a definite article (the name's own, or at the end of ``before``, the text before it, past a noun for
    a newspaper): "the Bresnia Post", "del Valdor Post", "el diario Valdor Post", not "Deutsche Post" nor "Sinclair
    Broadcasting". Without ``before``, the ending alone."""
    words = name.lower().split()
    return bool(words) and words[-1] in OUTLET_ENDINGS and (
        words[-1] not in COMPANY_OUTLET_ENDINGS or before is None or words[0] in DEFINITE
        or NEWSPAPER_BEFORE.search(before) is not None)


def a_company_named(m: Mention, text: str) -> bool:
    """An organisation's mention of ``text`` that names a company: no body, outlet or person's name ("Samantha
    Power", tagged a body), nor a newspaper by its ending and the article before it."""
    return m.label == "ORG" and a_company(m.text) and not given_named(m.text, m.label) \
        and not a_newspaper(m.text, text[max(0, m.start - 30):m.start])


def a_company(name: str) -> bool:
    "An organisation's name with no word of a public body or a news outlet: a company's, as far as words tell."
    words = name.lower().replace("'s", "").split()
    return not (set(words) & (BODY_NOUNS | PUBLIC_WORDS | PARTY_NAMES)) and not news_source(name)


def name_start(head):
    "The first word of the proper name a head ends: 'Anca' of 'Anca Lupei', the head itself when alone."
    return min((c for c in head.lefts if c.dep_ in ("compound", "flat")), key=lambda c: c.i, default=head)


def _person_named(text: str, own: Mention, head) -> str | None:
    """Two or three capitalised words the entity model took for an organisation or a place, right after a
    person's title in lower case ("Commission chair Anselm Grudek", "union leader Yakov Timar") or with a
    clause on "who" ("Anca Lupei, who runs a bakery"): they name a person."""
    start = min(own.start, name_start(head).idx)  # "Anca Lupei" where the model tagged "Lupei" alone
    name = text[start:max(own.end, head.idx + len(head))]
    words = name.split()
    before = text[max(0, start - 40):start].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    who = any(c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
              for c in head.children)
    return name if who or before and before[-1] in TITLE_NOUNS else None


def _set_off_after_place(head) -> list:
    """What the parse hung on the place after a title: "An IHC spokesman in Brissau, Tomás Ebner, said" sets off the
    spokesman's name, not the place's."""
    if head.lower_ not in TITLE_NOUNS:
        return []
    return [a for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") for a in p.children]


def _named_in_apposition(head) -> str | None:
    """The full name set off after a common noun for a person ("A worker who escaped the hall, Wahyu Santoso,
    34, said"), two capitalised proper nouns at least, whatever the entity model took them for."""
    if not (head.tag_ in ("NN", "NNS") or head.tag_ == "NNP" and head.lower_ in TITLE_NOUNS) or \
            head.lower_ in BODY_NOUNS or head.ent_type_:
        return None  # a title, capitalised before the name: "said House Minority Whip Steny Hoyer (D-Md.)"
    # a title's apposition may hang on the body it heads: "The head of the Rail Workers' Union, Teo Brankov,"
    nested = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and head.lower_ in TITLE_NOUNS
              for o in p.children if o.dep_ == "pobj" for c in o.children]
    for appos in (c for c in [*head.children, *nested] if c.dep_ == "appos" and c.pos_ == "PROPN"):
        words = [t for t in appos.subtree if t.i <= appos.i]
        if len(words) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in words):
            return " ".join(t.text for t in words)
    return None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _title_words(span) -> set[str]:
    """Words of the title that introduces a name: 'Russian Foreign Minister' Sergei Lavrov, 'the
    special envoy,' Hamid al-Surayfi, Sergei Lavrov, 'Russia's foreign minister', 'military intelligence chief'
    Kyrylo Budanov. Nationalities read as their country."""
    if span is None:
        return set()
    doc, words = span.doc, set()
    i = span.start - 1
    if i >= 1 and doc[i].text == "," and doc[i - 1].lower_ in TITLE_NOUNS:
        i -= 1  # "the special envoy, Hamid al-Surayfi"
    while i >= 0 and len(words) < 5:
        tok = doc[i]
        if tok.lower_ == "of" and i >= 1 and doc[i - 1].lower_ in TITLE_NOUNS and doc[i + 1].is_title:
            i -= 1  # "Foreign Minister of Armenia Ararat Mirzoyan": the title goes on before its country
            continue
        if not (tok.is_title or tok.lower_ in TITLE_NOUNS | MALE_WORDS | FEMALE_WORDS | TENURE_WORDS
                or tok.ent_type_ == "NORP" or tok.text in SHORT_TITLES
                or tok.dep_ in ("compound", "amod") and tok.is_alpha and i < tok.head.i < span.start
                and tok.head.lower_ in TITLE_NOUNS):  # "Military intelligence chief": what the chief heads
            break
        if tok.text in SHORT_TITLES:  # "FM Ararat Mirzoyan"
            words |= set(SHORT_TITLES[tok.text])
        words.add(TITLE_ABBREVIATIONS.get(tok.lower_, _nation_word(tok.lower_)))  # "Gov." is a governor
        i -= 1
    end = span.end  # "Gov. Rick Perry of Texas": the Texas governor
    if words and end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        words |= {_nation_word(t.lower_) for t in doc[end + 1:end + 4] if t.ent_type_ in ("GPE", "LOC")}
    for appos in (c for c in span.root.children if c.dep_ == "appos" and c.lower_ in TITLE_NOUNS):
        words |= {_nation_word(t.lower_.removesuffix("'s").removesuffix("’s")) for t in appos.subtree
                  if t.i - appos.left_edge.i < 8}
    return words


def _main_subject_before(token):
    "The subject of the main clause of the token's sentence, where it comes before the token; else None."
    return next((c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)


def _describing(word, titled: frozenset[str]) -> bool:
    """An adjective that describes a person rather than tells which title is meant, as a pair of them or one with an
    adverb does: 'the colorful and sometimes combative congressman' is the congressman; not 'the foreign minister',
    'the military spokesman', 'the former mayor', nor a word that titled someone in the text."""
    low = word.lower_
    return word.pos_ == "ADJ" and any(c.dep_ in ("conj", "advmod") for c in word.children) and \
        word.ent_type_ != "NORP" and low not in demonyms() and low not in titled and low not in TENURE_WORDS | RANKS


def _nationality_word(head) -> str | None:
    "The nationality adjective modifying a noun: 'Russian' in 'the Russian side'."
    return next((c.lower_ for c in head.children if c.dep_ in ("amod", "compound")
                 and (c.ent_type_ == "NORP" or c.lower_ in demonyms())), None)


def _nation_word(word: str) -> str:
    "'russian' and 'russia' both -> 'russia', so 'the Russian minister' finds 'Russia's foreign minister'."
    country = nations().get(word)
    return country.lower() if country else word


def _described(name: str) -> bool:
    "A speaker named with the definite article ('The Syrian Observatory for Human Rights'): no person's name."
    return name.startswith(("The ", "the "))


def _given_gender(name: str) -> str | None:
    "The gender a full name's given name tells ('Ruben Kastellan': 'm'), if it is a known one."
    words = name.split()
    if len(words) < 2 or words[-1].lower() in ORG_WORDS:  # "Xavier University" is no person
        return None
    return given_gender(words[0])


def _genders(doc, names: list[str], spans: list) -> dict[str, str | None]:
    "Full name -> 'm', 'f' or None (unknown, or the text says both), from what the text tells."
    votes: dict[str, set[str]] = {}
    for name, span in zip(names, spans):
        found = votes.setdefault(name, set())
        words = _title_words(span)
        if span is not None and span.start > 0:
            words.add(doc[span.start - 1].lower_)
        found |= {"f" for w in words if w in FEMALE_WORDS} | {"m" for w in words if w in MALE_WORDS}
        given = [w for w in name.split() if w.lower() not in TITLE_NOUNS]  # "Registrar Paul Ostend"
        first = given[0].lower() if len(given) > 1 else ""
        found |= {g for g in (given_gender(first), surname_gender(name)) if g}
    return {name: next(iter(g)) if len(g) == 1 else None for name, g in votes.items()}


def _names_a_thing(span) -> bool:
    """A name that only tells which thing a common noun is ("The Cetatea power plant", "the Trump
    administration"): no person a pronoun or title after it can mean."""
    return span.root.dep_ == "compound" and span.root.head.pos_ == "NOUN" and span.root.head.i >= span.end


def _is_subject(span, active: bool = False) -> bool:
    "A subject, or with ``active`` one of an active verb only (not 'was hit')."
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("conj", "appos") and root.head.dep_ in SUBJECT_DEPS:
        root = root.head  # "Lavrov and Bayramov discussed", "His counterpart, Mirela Hostak, rejected that"
    return root.dep_ == "nsubj" if active else root.dep_ in SUBJECT_DEPS


def who_stands_for(relative, antecedent):
    """The word a relative pronoun stands for: its antecedent, but for "who" hung on a time ("met with Russians in
    June 2016 who said"), the one named last before it, and for "who" hung on a thing right after a person's name
    ("the ire of Justice Scalia who said"), that person. "Donors who said", "the business community who fear":
    people, whatever the lists of them hold."""
    if relative.lower_ != "who" or may_speak(antecedent):
        return antecedent
    if antecedent.ent_type_ in ("DATE", "TIME"):
        return next((t for t in reversed(relative.doc[relative.sent.start:relative.i]) if may_speak(t)), antecedent)
    before = relative.doc[relative.i - 1] if relative.i > relative.sent.start else None
    named = before is not None and before.i != antecedent.i and before.ent_type_ == "PERSON"
    return before if named else antecedent


def may_speak(token) -> bool:
    "Whether a word names a person, a body or people: a name, a title, 'officials'; not 'June 2016' nor 'the ire'."
    low = token.lower_
    return token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") or token.pos_ == "PROPN" and not token.ent_type_ or \
        any(w in SPEAKING_NOUNS for w in (low, low[:-1], low[:-2]))


def _noun_kind(head) -> str | None:
    "What a described speaker is: 'the ministry' a body, 'protesters' a group, 'a spokesman' a person."
    low = head.lower_
    if low in BODY_NOUNS or head.ent_type_ in ("ORG", "GPE"):
        return "body"
    if head.tag_ in ("NNS", "NNPS"):
        return "group"
    if low in TITLE_NOUNS or low in MALE_WORDS | FEMALE_WORDS or head.ent_type_ == "PERSON":
        return "person"
    return None

"""A claim and its denial reported in one sentence, as wire copy reports a quarrel: "Armenia accused Azerbaijan of
blocking the road, a claim Baku denies", «..., что Баку отрицает», "..., ce que Bakou dément", "..., cosa che Baku
nega", "..., yang dibantah Baku".

Every reader of statements takes the claim to run on to the end of its sentence. Here it ends where the words that
stand for it begin, and the denial becomes a statement of its own: its content those words ("a claim", "что"), its
speaker the one who denies, its cue the verb. ``compare.disputes`` takes the claim before it for what is denied, and
the sentence for both sides of the quarrel.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cache

from ..model import Article, Span, Statement
from ..vocabulary import denial_cues
from .named_claims import claim_nouns
from .phrasings import SAME_AS, phrasings
from .slavic_statements import PHRASINGS as SLAVIC
from .voices import inside_quotation

# the words that stand for the claim, in the languages whose statements are read: "which", "something", "a claim (that)",
# "ce que", "une accusation que", "cosa che", "lo que", "was", "что", "що", "što", "yang"
_NOUN = r"(?:[^\W\d_]+\s+)?(?:{nouns})"
STANDS_FOR = {
    "en": r"which|something|(?:an?|the)\s+" + _NOUN,
    "fr": r"ce\s+qu(?:e|['’])|(?:une?|des|les)\s+" + _NOUN + r"\s+qu(?:e|['’])",
    "it": r"(?:cosa|circostanza|il)\s+che|(?:un['’]\s*|una\s+|le\s+|l['’]\s*)" + _NOUN + r"\s+che",
    "es": r"(?:algo|lo)\s+que", "pt": r"(?:algo|o)\s+que", "de": r"was", "pl": r"co", "ro": r"ceea\s+ce",
    "ru": r"что", "uk": r"що", "sr": r"što|sto|што", "mk": r"што", "id": r"(?:hal\s+)?yang",
}
# who denies: a name or a body of up to six words ("the USCCB media office", "l'Azerbaïdjan")
WHO = r"(?P<who>{word}(?:\s+{word}){{0,5}}?)".format(word=r"[^\W\d_](?:[\w’'&-]|\.(?=\w))*")
# "a claim Baku has repeatedly denied", "which the court later rejected"
ADVERBS = r"(?:(?:has|have|had|also|long|always|again|later|since|still|then|\w+ly)\s+){0,3}"
# where the sentence ends after the denial: its full stop, the colon before the denier's own account, or how it
# denies to the sentence's end ("... dismissed as baseless.", not "the plan, which X rejected as unworkable, would")
GOES_ON = r",\s+(?:saying|calling|insisting)\b"  # the denier goes on: "..., which Baku denied, saying ..."
ENDS = rf"(?=\s*[\"”»’)]?\s*(?:[.;:!?…]|$)|,?\s+as\s[^,;:]*?(?:[.;!?…]|$)|{GOES_ON})"
ENDS_HERE = re.compile(ENDS)
AS_MANNER = re.compile(r",?\s+as\s")  # "dismissed as baseless": how it denies
SEPARATOR = r"[\s\"”’»]*[,;—–]\s*[\"”’«]?\s*"  # the comma (or dash) after the claim, and a closing quote
CLITIC = r"(?:\s+(?:го|ја|ги|то|to|ga|je|это|це|lo|la))?"  # the pronoun before the verb: "што Сарнов го негира"
ENGLISH = {"deny": "den(?:y|ies|ied)", "reject": "reject(?:s|ed)?", "dispute": "disput(?:e|es|ed)",
           "refute": "refut(?:e|es|ed)", "contest": "contest(?:s|ed)?", "dismiss": "dismiss(?:es|ed)?",
           "disagree": "disagree(?:s|d)?(?:\\s+with)?", "rebuff": "rebuff(?:s|ed)?"}
# a denier that is no one, or a verb negated: "a point nobody disputes", "which Sarnow does not deny", "cosa che
# Sarnow non nega", «что министр не отрицает», "ce que personne ne conteste"
NOT_DENYING = {"not", "never", "no", "nobody", "none", "few", "neither", "nor", "non", "ne", "n'", "personne", "nessuno",
               "nadie", "niemand", "kein", "не", "ни", "никто", "ні", "ніхто", "nije", "tidak", "bukan"}
# what a claim is rejected as where it is no claim but a plan, a request or a ruling: "urged Ostrevia to reopen the
# road, which Sarnow rejected", "said the union had offered a compromise, which management rejected"
PLAN = re.compile(r"\b(?:proposals?|plans?|offers?|deals?|bills?|requests?|invitations?|demands?|ultimatums?|"
                  r"compromises?|amendments?|resolutions?|initiatives?|appeals?|applications?|petitions?|motions?|"
                  r"bids?|budgets?|ceasefires?|talks)\b", re.I)
# cues whose content asks for something, which a party rejects as a plan, not as a claim
ASKING = {"urge", "demand", "propose", "call", "offer", "ask", "request", "invite", "appeal", "призвать", "потребовать",
          "предложить", "закликати", "вимагати", "запропонувати"}
# ... and those that present a plan ("the proposal, which Mr. Trump unveiled"), though "announced that ..." may claim
PRESENTING = ASKING | {"unveil", "present", "introduce", "outline", "announce", "suggest"}
REJECTING = {"reject", "dismiss", "rebuff", "отвергнуть", "отклонить", "відкинути", "відхилити"}
PRONOUNS = {"he", "she", "they", "it", "он", "она", "они", "він", "вона", "вони", "il", "elle", "ils", "elles", "lui",
            "lei", "loro", "él", "ella", "ele", "ela", "er", "sie", "on", "ona", "dia", "mereka"}


def reported_denials(article: Article, statements: list[Statement]) -> list[Statement]:
    """The statements with every claim that a denial follows in its sentence ended before it, and the denials."""
    lang = SAME_AS.get(article.language or "", article.language or "")
    patterns = _patterns(lang)
    if not patterns:
        return statements
    body = article.body
    ends = [s.end for s in article.sentences]
    found: dict[int, tuple[re.Match, Statement, bool]] = {}  # cue offset -> the words after a claim, the claim, and
    # whether they deny it
    out = []
    for s in statements:
        if s.speaker_name and s.cue is not None and s.cue.start < s.content.start:
            i = bisect.bisect_right(ends, s.content.start)
            end = ends[i] if i < len(ends) else len(body)
            start = ends[i - 1] if i else 0
            m = next((m for p in patterns if (m := p.search(body, s.content.start, end)) is not None
                      and s.content.start < m.start() <= s.content.end), None)
            if m is not None and not inside_quotation(body[start:end], m.start("cue") - start):
                claim_end = len(body[:m.start("claim")].rstrip().rstrip(",;—–«").rstrip())
                s = dataclasses.replace(s, content=Span(s.content.start, claim_end))
                found.setdefault(m.start("cue"), (m, s, _denies_the_claim(m, s, lang, body)))
        out.append(s)
    # a reader may have read the verb as a statement of its own ("which" for what it denies, "Sarnow again" for who):
    # read anew here, and kept only where it denies the claim ("urged Ostrevia to reopen the road, which Sarnow
    # rejected": a request; "a point nobody disputes")
    # ... but what the denier goes on to say after a colon is its own account ("cosa che il ministero nega: gli agenti
    # sono stati triplicati"), said, not denied
    kept = []
    for s in out:
        there = _read_there(s, found)
        if there is None:
            kept.append(s)
        elif s.content.start >= there.end() and not _how_denied(body, there.end(), s.content.start):
            kept.append(dataclasses.replace(s, cue_word="say"))
    out = [_denier_goes_on(s, found, body) for s in kept]
    for m, claim, denies in found.values():
        who = m.group("who")
        if not denies or who.lower() in PRONOUNS or who == claim.speaker_name:
            continue
        out.append(Statement(content=Span(m.start("claim"), m.end("claim")), cue=Span(m.start("cue"), m.end("cue")),
                             kind="indirect", cue_word=_base(lang, m.group("cue")),
                             speaker=Span(m.start("who"), m.end("who")), speaker_name=who))
    return sorted(out, key=lambda s: (s.content.start, s.content.end))


def _read_there(s: Statement, found: dict) -> re.Match | None:
    "The denial after a claim whose verb a reader's statement took for its own cue."
    return next((m for m, _, _ in found.values() if s.cue is not None and s.cue.start < m.end("cue")
                 and m.start("cue") < s.cue.end), None)


def _denier_goes_on(s: Statement, found: dict, body: str) -> Statement:
    """A participle right after a reported denial is the denier's: in "Armenia accused Baku of blocking the road, which
    Azerbaijan denied, saying the protesters were activists", Azerbaijan says it, though the parse hangs "saying" on
    "accused"."""
    m = next((m for m, _, denies in found.values() if denies and s.cue is not None
              and re.fullmatch(GOES_ON, body[m.end():s.cue.end])), None)
    if m is None or m.group("who").lower() in PRONOUNS:
        return s
    return dataclasses.replace(s, speaker=Span(m.start("who"), m.end("who")), speaker_name=m.group("who"),
                               speaker_kind=None, channel=None)


def _how_denied(body: str, denial_end: int, content_start: int) -> bool:
    """Whether what a reader took for the denier's words is how it denies: 'which Moscow rejected as "lies"' is one
    denial, not a denial and a statement that Moscow said "lies"."""
    manner = AS_MANNER.match(body, denial_end)
    return manner is not None and content_start <= manner.end()


def _denies_the_claim(m: re.Match, claim: Statement, lang: str, body: str) -> bool:
    """Whether the words after a claim deny it: not where no one denies ("a point nobody disputes"), nor where the
    verb comes first and what follows it is no name ("что отрицает обвинения", the accusations), nor where "which"
    follows a request ("urged Ostrevia to reopen the road, which Sarnow rejected": the request, or the last noun),
    nor where it is rejected after a plan, which outside English cannot be told from a claim ("ce que Sarnow a
    rejeté")."""
    words = m.group("who").lower().replace("'", "' ").split()
    if NOT_DENYING.intersection(words) or NOT_DENYING.intersection(body[m.end("who"):m.start("cue")].lower().split()):
        return False
    if m.start("cue") < m.start("who") and (len(words) > 3 or not _named(m.group("who"))):
        return False
    if re.search(rf"(?:{claim_nouns()})$", m.group("claim"), re.I):
        return True
    if claim.cue_word in ASKING:  # "urged him to resign over the accusations, which Farenthold denied": a noun's
        return False
    # only English cues tell a proposal from a claim ("a proposé" is one of French's many ways to say)
    return _base(lang, m.group("cue")) not in REJECTING or lang == "en" and \
        PLAN.search(body, claim.content.start, m.start()) is None


def _named(who: str) -> bool:
    "A name, or a body named by one: 'Sarnow', 'l'Azerbaïdjan', 'МИД Азербайджана'."
    return re.sub(r"^(?:l|d)['’]", "", who)[:1].isupper()


def stands_for_a_claim_before(article: Article, st: Statement) -> bool:
    """Whether a denial's content is the words that stand for a claim before it in its sentence, its denier and
    verb ending the sentence: the "which" of "..., which Ostrevia rejects.", not of "the plan, which Ostrevia
    rejected, would ..."."""
    lang = SAME_AS.get(article.language or "", article.language or "")
    if st.cue is None or st.speaker is None or lang not in STANDS_FOR:
        return False
    said = article.body[st.content.start:st.content.end]
    return re.fullmatch(_stands_for(lang), said.strip(), re.I) is not None and \
        ENDS_HERE.match(article.body, max(st.cue.end, st.speaker.end)) is not None


def _base(lang: str, verb: str) -> str:
    "The cue word of a denying verb: 'denied' -> 'deny', 'dément' -> 'deny', 'отрицает' -> 'отрицать'."
    verb = " ".join(verb.casefold().split())
    if lang == "en":
        return next((base for base, forms in ENGLISH.items() if re.fullmatch(forms, verb, re.I)), "deny")
    return _denying_verbs(lang).get(verb, "deny")  # a letter the case-blind match read as another ("İ")


@cache
def _stands_for(lang: str) -> str:
    return STANDS_FOR[lang].format(nouns=claim_nouns())


@cache
def _patterns(lang: str) -> list[re.Pattern]:
    """The language's patterns of a denial after a claim in its sentence."""
    if lang not in STANDS_FOR:
        return []
    head = rf"{SEPARATOR}(?P<claim>{_stands_for(lang)})\s*"
    if lang == "en":
        head += r"(?:(?:that|which|(?:on|with)\s+which)\s+)?"  # "a point on which the conference disagrees"
        cue = rf"{ADVERBS}(?P<cue>{'|'.join(ENGLISH.values())})"
        claim = rf"(?P<claim>(?:an?|the)\s+{_NOUN.format(nouns=claim_nouns())})"
        # "a claim Baku denies", and "an assertion denied by Ostrevian officials"
        return [re.compile(rf"{head}{WHO}\s+{cue}{ENDS}", re.I),
                re.compile(rf"{SEPARATOR}{claim}\s+(?:(?:that|which)\s+(?:was|is|has\s+been)\s+)?{cue}\s+by\s+"
                           rf"{WHO}{ENDS}", re.I)]
    verbs = _denying_verbs(lang)
    if not verbs:
        return []
    cue = "(?P<cue>" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(verbs, key=len, reverse=True)) + ")"
    # "что Баку отрицает", "ce que Bakou dément", and the verb first: "что отрицает Баку", "ce que dément Bakou"
    return [re.compile(rf"{head}{WHO}{CLITIC}\s+{cue}{ENDS}", re.I), re.compile(rf"{head}{cue}\s+{WHO}{ENDS}", re.I)]


@cache
def _denying_verbs(lang: str) -> dict[str, str]:
    """The forms of the language's denying verbs (as its reader of statements knows them) -> their cue word. Russian
    and Ukrainian ones are the stem with the endings of the past and the present: "отрица-л", "отверг-ает"."""
    denying = denial_cues()
    if lang in SLAVIC:
        p = SLAVIC[lang]
        endings = ["", p.masculine, "ла", "ло", "ли", *p.present.split("|")]
        return {(stem + e).casefold(): base for stem, base in p.verbs.items() if base in denying for e in endings}
    verbs = phrasings()[lang].verbs if lang in phrasings() else {}
    return {form.casefold(): base for form, base in verbs.items() if base in denying}

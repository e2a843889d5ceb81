"""Who said what in Persian news, which has no capitals to tell a name by.

Persian news reports speech in a few fixed orders, the verb after the one who speaks:

- "لوکا دسار، سخنگوی دولت آلمادریا، مدعی شد که ...": the name, a title set off by commas, the verb,
  then what was said ("که ..." or "«...»" after a colon);
- "ورلین پس از این تماس به خبرنگاران گفت: «...»": the name opens the sentence, before the words
  of when and to whom;
- "لیدیا سوروانو، استاندار تالبرین، از اسکان ۸۰۰ نفر خبر داد": the name, its title, what was announced, then
  the verb that ends the sentence;
- "به گفته ...، ...": according to someone;
- "وی افزود ..." / "او گفت ..." / "به گفته او، ...": the person the sentence before opened with (a name,
  then a title set off by commas), else the last speaker;
- "بر اساس اطلاعیه ...، کاستلان ... گفت": a source or a link word set off by a comma before who speaks.

The speaker is read from the sentence's opening words: to the first comma, or to the first common
word. A lone surname is the full name the article gave before ("کالوانی" after "تئودور کالوانی").
"""

from __future__ import annotations

import re

from ..group.names import common_word
from ..model import Article, Span, Statement
from ..resources import language_stopwords
from ..vocabulary import weekday_names
from .entities import known_name
from .named_claims import bare_claim_at, denies
from .phrasings import trimmed
from .voices import by_voice

# past verbs of saying, the base form a statement lists them by; not "گفت‌وگو" (a conversation)
VERBS = {"گفت": "say", "گفتند": "say", "گفته است": "say", "افزود": "add", "افزودند": "add", "اعلام کرد": "say",
         "اعلام کردند": "say", "اعلام کرده است": "say", "اعلام داشت": "say", "تاکید کرد": "stress",
         "تأکید کرد": "stress", "تصریح کرد": "say", "خاطرنشان کرد": "say", "اظهار داشت": "say", "نوشت": "say",
         "مدعی شد": "claim", "ادعا کرد": "claim", "هشدار داد": "warn", "تکذیب کرد": "deny", "رد کرد": "reject",
         "گزارش داد": "say", "گزارش داده بود": "say", "گزارش داده است": "say", "خواست": "call",
         "گفته بود": "say", "اعلام کرده بود": "say", "خواند": "call", "توصیف کرد": "call", "خبر داد": "say",
         "دانست": "call", "پیشنهاد داد": "say", "پیشنهاد کرد": "say",
         # ... and the present: "می‌گوید" (says), "مدعی است" (claims), "معتقد است" (believes)
         "می‌گوید": "say", "می‌گویند": "say", "مدعی است": "claim", "مدعی هستند": "claim", "معتقد است": "say",
         "می‌افزاید": "add", "تأکید می‌کند": "stress", "تاکید می‌کند": "stress",
         # ... and the past perfect of a background paragraph: "توصیف کرده بود" (had described)
         "خوانده بود": "call", "توصیف کرده بود": "call", "مدعی شده بود": "claim", "ادعا کرده بود": "claim",
         "تأکید کرده بود": "stress", "تاکید کرده بود": "stress", "رد کرده بود": "reject", "تکذیب کرده بود": "deny",
         "هشدار داده بود": "warn", "افزوده بود": "add"}
VERB = re.compile(r"(?<![\w\u200c])(?P<verb>" + "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
                  + r")(?![\w\u200c])")
ACCORDING = re.compile(r"\W*به\s+گفته\s+(?P<who>[^،,:«»]{2,60}?)\s*[،,]\s*")
PRONOUNS = {"وی", "او", "ایشان"}
POINTERS = {"این", "همین"}  # "this", "this same": a person or body the text named before
POINTER_WORDS = 3
OPENERS = {"و", "اما", "همچنین", "ولی", "سپس", "نیز"}  # words that may open a sentence before its subject
MAX_NAME_WORDS = 3
# "بر" before what was stressed, the last one before the verb; not "علاوه بر" (besides), "بنا بر" (according to),
# "بر اساس" (on the basis of)
STRESSED_ON = re.compile(r"(?<!علاوه)(?<!بنا)\sبر\s(?!اساس)")
ASIDE_BAR = re.compile(r"\s(?:(?:علاوه|بنا)\sبر|بر\sاساس)\s")
# ... and a body's, which names its kind and whose it is: "وزارت امور خارجه آذربایجان", "سخنگوی وزارت امور خارجه
# روسیه" (its spokesman); the words that open one
MAX_BODY_WORDS = 6
BODY_WORDS = {"وزارت", "وزارتخانه", "روابط", "دولت", "ارتش", "پلیس", "سازمان", "کمیته", "کمیسیون", "دادگاه", "دیوان",
              "شورای",
              "نیروهای", "سفارت", "دفتر", "ریاست", "کاخ", "مجلس", "پارلمان", "ستاد", "اداره", "شرکت", "بانک", "حزب",
              "جنبش", "اتحادیه", "خبرگزاری", "سرویس", "مرکز", "هیئت", "هیأت", "گروه"}
# ... which stops before when it spoke ("شامگاه سه‌شنبه اعلام کرد"): these, the ``TIME_WORDS`` and the weekdays
WHEN_WORDS = {"شامگاه", "بامداد", "دیشب", "امشب", "پیشتر", "پیش‌تر", "اخیرا", "اخیراً", "بعدازظهر"}
BODY_PARTS = {"کل"}  # a common word inside a body's name: "روابط عمومی کل سپاه" (the IRGC's general public relations)
# the words before a place's name that make no name with it: "خاک ولموریا" (Velmoria's soil), "کشور ...", "شهر ..."
LAND_BEFORE = {"خاک", "سرزمین", "مرز", "مرزهای", "کشور", "شهر", "استان", "منطقه", "پایتخت", "روستای", "جنوب", "شمال",
               "شرق", "غرب", "داخل", "خارج"}
OUR_COUNTRY = {"کشورمان", "ایران"}  # "وزیر امور خارجه کشورمان" (our country's foreign minister): Iranian news
# a dateline or a section's name before a dash that opens the sentence: "تهران- ایرنا-", "اخبار سیاسی – به گزارش
# ..."; not a name set off by dashes ("آرش کاویانی - سخنگوی دولت - روز سه‌شنبه گفت")
DATELINE = re.compile(r"\s*(?:(?:[^\s،,:«»\-–—]+\s+)?[^\s،,:«»\-–—]+[-–—]\s+){1,2}"  # "تهران- ایرنا-", the dash joined
                      r"|\s*[^\s،,:«»\-–—]+(?:\s+[^\s،,:«»\-–—]+)?\s+[-–—]\s+(?=به\s+گزارش)")  # "اخبار سیاسی – به گزارش"
LONE_SURNAME = re.compile(r"\s*(?P<word>[^\s،,:«»]+)\s+(?P<next>[^\s،,:«»]+)")
# a name of two or three words set off by a title after it anywhere in a sentence: "اینس وارژائو، رهبر جنبش ...،"
# ... or right after it, with no comma, where the name's last word is no common word: "حسین امیرعبداللهیان وزیر ..."
APPOSED = re.compile(r"(?<![^\s،,:«»])(?P<name>[^\s،,:«»]+\s+[^\s،,:«»]+)\s+(?P<title>[^\s،,:«»]+)")
TITLED = re.compile(r"(?<![^\s،,:«»])(?P<name>[^\s،,:«»]+(?:\s+[^\s،,:«»]+){1,2})\s*[،,]\s*(?P<title>[^\s،,:«»]+)")
TIME_WORDS = {"روز", "شب", "صبح", "ظهر", "عصر", "سال", "ماه", "هفته", "امروز", "دیروز", "فردا"}  # "روز دوشنبه، ..."
TITLES = {"رئیس", "رهبر", "وزیر", "نخست‌وزیر", "سخنگوی", "سخنگو", "نماینده", "دبیرکل", "فرمانده", "مشاور", "معاون",
          "سفیر", "دادستان", "شهردار", "قاضی", "رئیس‌جمهور", "نامزد", "مدیر", "وکیل", "عضو", "فرستاده", "میانجی",
          "کمیسر", "استاندار", "فرماندار", "دبیر", "هماهنگ‌کننده", "مدیرعامل", "بنیانگذار", "پژوهشگر"}
# (not کارشناس, expert, nor سرپرست, acting head: common surnames, "مهدی کارشناس")
TITLE_THEN_NAME = re.compile(r"[^،,:«»]{2,60}[،,]\s*(?P<name>[^\s،,:«»]+(?:\s+[^\s،,:«»]+){1,2})\s*[،,]")
OPENING_SUBJECT = re.compile(r"\s*(?P<name>[^\s،,:«»]+(?:\s+[^\s،,:«»]+){1,2})\s*[،,]\s*[^،,:«»]{2,80}[،,]")


def statements(article: Article) -> list[Statement]:
    """The statements of a Persian article, by the phrasings above."""
    body = article.body
    out: list[Statement] = []
    subject = None  # the person the sentence before opened with ("میلنا دوریچ، نخست‌وزیر برسنیا، ...")
    # the last two words of each name named with a title ("اینس وارژائو، رهبر جنبش ...")
    titled = [Span(m.end("name") - len(" ".join(m["name"].split()[-2:])), m.end("name"))
              for m in TITLED.finditer(body) if m["title"] in TITLES]
    titled = [span for span in titled
              if not any(w in language_stopwords("fa") or w in PRONOUNS or w in TIME_WORDS or w in weekday_names()
                         or "." in w for w in body[span.start:span.end].split())]
    for s in article.sentences:
        def read(start: int, end: int, before: list[Statement]) -> Statement | None:
            return _according(body, start, end, [*out, *before], subject) or \
                _said(body, start, end, [*out, *before], subject)

        def speaks(start: int, end: int) -> bool:
            return ACCORDING.match(body, start) is not None or VERB.search(body, start, end) is not None

        out += by_voice(body, s.start, s.end, read, speaks)
        people = {st.speaker_name for st in out if st.speaker_name and " " in st.speaker_name} | \
            {body[span.start:span.end] for span in titled if span.start < s.end}  # named with a title before
        if subject is not None and " " in (named := body[subject.start:subject.end]):
            people.add(named)
        subject = _opening_subject(body, s.start, s.end, people)
        if subject is None and not any(st.cue is not None and s.start <= st.cue.start < s.end for st in out):
            # "این مبادله با میانجی‌گری ائرو کاریاینن، فرستاده ویژه والکوساری، انجام شد. او ... گفت": a sentence that
            # speaks no one's words but names a person with a title is whom "او" after it means
            subject = next((span for span in reversed(titled) if s.start <= span.start < s.end), None)
    return out


def _according(body: str, start: int, end: int, earlier: list[Statement], subject: Span | None) -> Statement | None:
    m = ACCORDING.match(body, start, end)
    if m is None:
        return None
    content = _said_span(body, m.end(), end)
    who = Span(m.start("who"), m.end("who"))
    cue = Span(m.start(), m.start("who"))
    if m["who"] in PRONOUNS or _pointer(m["who"].split()):  # "به گفته او، ...": the last speaker's words
        return _pronoun_statement(body, content, cue, "according to", who, earlier, subject)
    return _statement(body, content, cue, "according to", who)


def _pointer(words: list[str]) -> bool:
    """'این زن', 'این دیپلمات فرونیایی': "this" and a noun or two for whom the text spoke of, who is not named
    again; read as a pronoun."""
    return 2 <= len(words) <= POINTER_WORDS and words[0] in POINTERS


def _opening_subject(body: str, start: int, end: int, people: set[str] = frozenset()) -> Span | None:
    """A name of a few words that opens the sentence with a title set off by commas after it: a person's; or the
    surname alone of one of the ``people`` who spoke, opened a sentence or was named with a title before
    ("وارژائو شکست را نپذیرفت": Varejão did not accept defeat), or named in full anywhere before after a rare word, a
    given name ("یوگنی ویالکین", ``_full_name``), unless "را" makes it the object."""
    m = OPENING_SUBJECT.match(body, start, end)
    if m is not None and m["name"].split()[0] in TITLES and (titled := TITLE_THEN_NAME.match(body, m.start("name"), end)):
        return Span(titled.start("name"), titled.end("name"))  # "سخنگوی شرکت ...، پشمیسواف شچنسنی، ...": the name
    if m is not None and not any(w in language_stopwords("fa") or w in PRONOUNS for w in m["name"].split()):
        return Span(m.start("name"), m.end("name"))
    first = LONE_SURNAME.match(body, start, end)
    if first is None or first["next"] == "را" or not any(name.split()[-1] == first["word"] for name in people) and \
            not _named_in_full(body, start, first["word"], first["next"]):
        return None
    return Span(first.start("word"), first.end("word"))


def _pronoun_statement(body: str, content: Span | None, cue: Span, base: str, pronoun: Span,
                       earlier: list[Statement], subject: Span | None) -> Statement | None:
    """'وی گفت', 'به گفته او': the person the sentence before opened with, else the last speaker; Persian
    pronouns tell no gender."""
    if content is None:
        return None
    last = next((st for st in reversed(earlier) if st.speaker_name), None)
    lone = subject is not None and " " not in body[subject.start:subject.end].strip()
    if lone and base == "add" and last is not None and not any(
            (st.speaker_name or "").split()[-1:] == [body[subject.start:subject.end]] for st in earlier):
        subject = None  # "وی افزود" (he added) goes on with who spoke, not with one the sentence before was about
    if subject is not None:
        name, kind = _full_name(body, subject.start, body[subject.start:subject.end]), None
    elif last is not None:
        name, kind = last.speaker_name, last.speaker_kind
    else:
        return None
    return Statement(content=content, cue=cue, kind=_kind(body, content), cue_word=base, speaker=pronoun,
                     speaker_name=name, speaker_kind=kind)


def _said(body: str, start: int, end: int, earlier: list[Statement], subject: Span | None) -> Statement | None:
    verbs = list(VERB.finditer(body, start, end))
    if not verbs:
        return None
    # "... را رد کرد و به خبرنگاران گفت: «...»": what the last verb of the chain says
    verb = next((v for k, v in enumerate(verbs) if k + 1 == len(verbs)
                 or not re.match(r"\s*و\s", body[v.end():verbs[k + 1].start()])), verbs[-1])
    after = re.compile(r"\s*:?\s*(?:که\s+)?").match(body, verb.end(), end).end()
    content, opening, upto = _said_span(body, after, end), start, verbs[0].start()
    if content is None:  # "«...»، او گفت.": what was said before the verb, and who after it
        quote = re.search(r"«[^»]+»", body[start:verbs[0].start()])
        content = Span(start + quote.start(), start + quote.end()) if quote else None
        opening = start + quote.end() if quote else start
        if quote and re.search(r"\sرا\s*$", body[start:start + quote.start()]):
            # "X، ...، این اقدام را «...» خواند" (called this step "..."): who opens the sentence said it
            opening, upto = start, start + quote.start()
    if content is None and denies(VERBS[verb["verb"]]) and (held := _claim_held(body, start, verbs[0].start())):
        # "لاوروف این ادعا را رد کرد": who opens the sentence rejects the claim named by its noun, what was said
        # just before
        content, opening, upto = held, start, held.start
    if content is None and VERBS[verb["verb"]] == "stress" and \
            (stressed := next(reversed(list(STRESSED_ON.finditer(body, start, verbs[0].start()))), None)) is not None:
        # "میرزویان بر بحران انسانی ناشی از محاصره تاکید کرد": who stressed, then what, after "بر"
        aside = ASIDE_BAR.search(body, start, stressed.start())  # "میرزویان بنا بر گزارش‌ها بر ...": who, then an aside
        content, opening, upto = _said_span(body, stressed.end(), verbs[0].start()), start, \
            aside.start() if aside else stressed.start()
    if content is None and (subject := OPENING_SUBJECT.match(body, start, verbs[0].start())) is not None:
        # "لیدیا سوروانو، استاندار تالبرین، از اسکان ۸۰۰ نفر در چادر خبر داد": between the title set off by
        # commas and the verb that ends the sentence, what the one named first announced, deemed or called
        content, opening, upto = _said_span(body, subject.end(), verbs[0].start()), start, subject.end()
    if content is None:
        return None
    cue = Span(verb.start(), verb.end())
    # the speaker's words end at the first verb of a chain ("... رد کرد و گفت که ...")
    start = opening
    if (dateline := DATELINE.match(body, start, upto)) is not None:
        start = dateline.end()  # "تهران- ایرنا- وزیر ... گفت", "اخبار سیاسی – ...": where and whose, not who
    lead = re.match(r"[^،,:«»]*[،,]\s*", body[start:upto])
    if lead is not None and lead.group().split()[0] in language_stopwords("fa"):
        start += lead.end()  # "بر اساس اطلاعیه وزارت خارجه، کاستلان ... گفت": the source, then who speaks
    words = [w for w in re.finditer(r"[^\s،,:«»]+", body[start:upto])]
    while words and words[0].group() in OPENERS:
        words.pop(0)
    if not words:
        return None
    if words[0].group() in PRONOUNS or _pointer([w.group() for w in words]):  # "وی افزود", "این زن گفت"
        pronoun = Span(start + words[0].start(), start + words[0].end())
        return _pronoun_statement(body, content, cue, VERBS[verb["verb"]], pronoun, earlier, subject)
    if words[0].group() in TITLES and (titled := TITLE_THEN_NAME.match(body, start + words[0].start(), upto)):
        # "سخنگوی شرکت هیدرو-برژانا، پشمیسواف شچنسنی، ... رد کرد": the title, then the name set off after it
        who = Span(titled.start("name"), titled.end("name"))
    else:
        who = _name(body, start, words)
    if who is not None and words[0].group() in TITLES and (person := _named_after_title(body, start, who, words)):
        # "سخنگوی وزارت امور خارجه روسیه ماریا زاخارووا گفت": the title up to its country, then whose it is
        return _statement(body, content, cue, VERBS[verb["verb"]], person)
    if who is not None and words[0].group() in TITLES and \
            (named := _titled_before(body, _first_words(body, who, MAX_NAME_WORDS), body[who.start:upto].split())) \
            is not None:
        # "وزیر منابع آب زالوونیا افزود ...": the minister the article named with that title before
        return _statement(body, content, cue, VERBS[verb["verb"]], who, named)
    return _statement(body, content, cue, VERBS[verb["verb"]], who) if who else None


def _named_after_title(body: str, start: int, title: Span, words: list[re.Match]) -> Span | None:
    """The name of two or three words between a title that ends at its country and the verb, none of them a common
    word or one of when: the person who holds the title."""
    if not _a_country(body[title.start:title.end].split()[-1]):
        return None
    rest = [w for w in words if start + w.start() >= title.end]
    if not 2 <= len(rest) <= MAX_NAME_WORDS or any(
            w.group() in language_stopwords("fa") or _tells_when(w.group()) for w in rest):
        return None
    return Span(start + rest[0].start(), start + rest[-1].end())


def _titled_before(body: str, who: Span, said_by: list[str]) -> str | None:
    """The person named before with the title the words ``who`` open with ("ایرنا دوبراش، وزیر منابع آب
    زالوونیا، ..." for "وزیر منابع آب"; or with no comma, after a surname no common word: "ایرنا دوبراش وزیر منابع
    آب زالوونیا گفت"), and of those the one whose title has most in common with all the words
    before the verb (``said_by``: "وزیر امور خارجه زالوونیا", not the minister of the other country); the last
    one so named on a tie."""
    best, found = 0, None
    set_off = list(TITLED.finditer(body, 0, who.start))
    apposed = [m for m in APPOSED.finditer(body, 0, who.start) if not common_word(m["name"].split()[-1], "fa", False)]
    for m in sorted(set_off + apposed, key=lambda m: m.start("title")):
        name = m["name"].split()[-2:]
        if not body.startswith(body[who.start:who.end], m.start("title")) or m["title"] not in TITLES or \
                any(w in language_stopwords("fa") or w in PRONOUNS or w in TITLES for w in name):
            continue
        title = re.split(r"[،,.:«»]", body[m.start("title"):m.start("title") + 200])[0].split()
        shared = next((k for k, (a, b) in enumerate(zip(title, said_by)) if a != b), min(len(title), len(said_by)))
        if shared >= best:
            best, found = shared, " ".join(name)
    return found


def _claim_held(body: str, start: int, verb: int) -> Span | None:
    """The claim a denying verb takes, named by its noun before "را" ("این ادعا را رد کرد"), after at least one word
    of who denies it."""
    for k in (3, 2, 1):
        held = re.search(rf"(?<=\s)(?:[^\s،,:«»]+\s+){{{k}}}را\s*$", body[start:verb])
        if held is not None and (claim := bare_claim_at(body, start + held.start(), start + held.end())) is not None:
            return claim
    return None


def _name(body: str, start: int, words: list[re.Match]) -> Span | None:
    """The opening words that name the speaker: to the first comma, else to the first common word, at most
    ``MAX_NAME_WORDS`` of a name's, ``MAX_BODY_WORDS`` of a body's or a title's, which ends sooner
    (``_body_name_ends``); a name ends at the title set beside it ("ناصر کنعانی سخنگوی وزارت امور خارجه")."""
    stop = language_stopwords("fa")
    first = words[0]
    comma = re.search(r"[،,]", body[start + first.start():])
    body_named = _names_a_body(first.group())
    most = MAX_BODY_WORDS if body_named else MAX_NAME_WORDS
    taken = []
    for k, w in enumerate(words):
        if w.group() in stop and not (body_named and w.group() in BODY_PARTS) or len(taken) == most or \
                taken and _tells_when(w.group()) or \
                body_named and taken and _body_name_ends(body[start + taken[-1].start():start + w.end()]) or \
                not body_named and taken and w.group() in TITLES or \
                comma and start + w.start() > start + first.start() + comma.start() or \
                k + 1 < len(words) and words[k + 1].group() == "را":
            break  # ... nor the object "را" marks: "اوستروان بازشماری را «...» خواند" is Ostrovan's
        taken.append(w)
    if not taken:
        return None
    # a name in guillemets is read whole, however many words it has: 'گروه زیست‌محیطی «زیلونا اولشا»'
    first, last = start + taken[0].start(), start + taken[-1].end()
    if body.count("«", first, last) > body.count("»", first, last):
        closing = body.find("»", last, start + words[min(len(taken) + MAX_NAME_WORDS, len(words)) - 1].end() + 1)
        if closing >= 0:
            return Span(first, closing + 1)
    return Span(first, last)


def _names_a_body(opening: str) -> bool:
    """Whether the word that opens a speaker's name names a body ("وزارت ...") or a title ("وزیر امور خارجه ...",
    "سخنگوی وزارت ..."), whose name runs on to say whose it is."""
    return opening in BODY_WORDS or opening in TITLES


def _body_name_ends(text: str) -> bool:
    """Whether a body's or a title's name ends between the last word taken and the next (``text`` runs from one to
    the other): at its country ("وزارت امور خارجه روسیه", not the spokeswoman's name after it), after its name in
    guillemets, before a gloss in brackets ("گروه «گیوا اسکایستوپه» (اسکایستوپه زنده)") or when it spoke."""
    last, _, following = text.rpartition(" ")
    last = last.split()[-1] if last.split() else ""
    return _tells_when(following) or following[:1] == "(" or "»" in text[:len(text) - len(following)] or \
        _a_country(last.strip("«»"))


def _tells_when(word: str) -> bool:
    "A word of when something was said: 'روز', 'شامگاه', 'سه‌شنبه'."
    return word in TIME_WORDS or word in WHEN_WORDS or word in weekday_names()


def _a_country(word: str) -> bool:
    "A country's name, which closes a body's: 'روسیه', 'آذربایجان', or 'کشورمان' (our country's)."
    if word in OUR_COUNTRY:
        return True
    known = known_name(word, "fa")
    return known is not None and known[1] == "GPE" and not known[2]


def _first_words(body: str, span: Span, most: int) -> Span:
    "The first ``most`` words of a span: a title as the article may have given it before, without whose it is."
    words = list(re.finditer(r"\S+", body[span.start:span.end]))[:most]
    return Span(span.start, span.start + words[-1].end()) if words else span


def _statement(body: str, content: Span | None, cue: Span, base: str, who: Span, name: str | None = None
               ) -> Statement | None:
    "``name``: who the words ``who`` stand for, where they are a title; else they are read as a name."
    if content is None:
        return None
    full = name or _full_name(body, who.start, body[who.start:who.end])
    found = Statement(content=content, cue=cue, kind=_kind(body, content), cue_word=base, speaker=who,
                      speaker_name=full, speaker_kind="person" if name else None)
    return _said_within(body, found) or found


ADDRESSEE_WORDS = 5  # "به همتای روس خود": "to" and whom, between a name and its verb


def _said_within(body: str, found: Statement) -> Statement | None:
    """What someone said that the speaker passes on: "وزارت امور خارجه آذربایجان اعلام کرد بایراموف گفت ادعاها ...
    پایه و اساسی ندارد" is Bayramov's words, through the ministry. What the speaker said opens with a name of a
    word or three and a verb of saying; the words after that verb are the person's."""
    verb = VERB.search(body, found.content.start, found.content.end)
    if verb is None or found.content.start == verb.start() or body[found.content.start] == "«" or \
            not _names_a_body((found.speaker_name or " ").split()[0]):
        return None  # a person's account of what another said stays theirs: "لاوروف گفت پاشینیان گفت ..."
    words = body[found.content.start:verb.start()].split()
    to = next((k for k, w in enumerate(words) if k and w == "به"), None)
    if to is not None and len(words) - to <= ADDRESSEE_WORDS:
        words = words[:to]  # "بایراموف به همتای روس خود گفته است": whom he told it is no name of his
    if not words or len(words) > MAX_NAME_WORDS or any(w in language_stopwords("fa") or w in PRONOUNS or w in OPENERS
                                          or w in TITLES or not w.isalpha() for w in words):
        return None
    after = re.compile(r"\s*:?\s*(?:که\s+)?").match(body, verb.end(), found.content.end).end()
    content = _said_span(body, after, found.content.end)
    if content is None:
        return None
    at = found.content.start
    for word in words:  # the words one by one, as written: where the name ends
        at = body.index(word, at) + len(word)
    who = Span(found.content.start, at)
    return Statement(content=content, cue=Span(verb.start(), verb.end()), kind=_kind(body, content),
                     cue_word=VERBS[verb["verb"]], speaker=who,
                     speaker_name=_full_name(body, who.start, body[who.start:who.end]), channel=found.speaker_name)


def _named_in_full(body: str, before: int, word: str, after: str) -> bool:
    """Whether a rare word that opens a sentence is the surname of a person named in full before, by a rare word first,
    a given name ("یوگنی ویالکین"); not a common word ("در"), nor the first of two rare words, a name of its own."""
    def rare(w: str) -> bool:
        return w not in language_stopwords("fa") and not common_word(w, "fa", False)
    full = _full_name(body, before, word).split()
    return len(full) == 2 and rare(word) and rare(full[0]) and not rare(after)


def _full_name(body: str, before: int, name: str) -> str:
    """A lone surname is the full name the article gave before it: 'کالوانی' after 'تئودور کالوانی'; a country is no
    'خاک ...' (the soil of) before it ('ولموریا می‌گوید' after 'وارد خاک ولموریا شد')."""
    if " " in name:
        return name
    m = None
    for m in re.finditer(rf"[^\s،,:«».!؟?]+\s+{re.escape(name)}(?![\w\u200c])", body[:before]):
        pass
    stop = language_stopwords("fa")
    return m.group() if m is not None and m.group().split()[0] not in stop | LAND_BEFORE else name


def _said_span(body: str, start: int, end: int) -> Span | None:
    "What was said, without Persian punctuation at its edges, if three words at least are left."
    return trimmed(body, start, end, lead=" \t\n:،,", tail=" \t\n.،,؟!")


def _kind(body: str, content: Span) -> str:
    return "direct" if body[content.start] == "«" and body[content.end - 1] == "»" else "indirect"

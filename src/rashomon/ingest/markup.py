"""Markup -> blocks of plain text, each with a role.

Scraped articles carry their furniture inline: a "# Title", a "By AFP" line, a date
line, photo captions with a bold credit, "Related article:" links, share buttons and
an "Original url:" footer. This module sorts paragraphs into those roles, so that the
body holds only what the outlet wrote, and joins paragraphs that a scraper broke
mid-sentence. HTML goes through trafilatura first, then the same sorting.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field

from ..model import Caption
from ..vocabulary import alternatives, words
from .dates import CLOCK, DATE_LINE_CHARS, date_from_url, parse_date, read_date_line, read_dateline, time_stamp

FURNITURE = re.compile(
    r"^\W*(related( articles?| stories| coverage| content)?\s*:|read (more|also|next)\b|also read\b|see also\b|"
    r"more on this\b|share( this| on| via)?\b|tweet\b|follow us\b|subscribe\b|sign up\b|advertisement\b|"
    r"click here\b|copyright\b|©|all rights reserved|comments?\b|loading\b|watch\s*:|listen\s*:|"
    r"newsletter\b|join (us|our)\b.*\b(group|channel|newsletter|community|whatsapp|telegram)\b|"
    r"(zur startseite|back to top)\s*$|skip (to|links)\b|(show|toggle|open) (navigation|menu)\s*$|(main )?menu\s*$|"
    r"live\s*$|"
    r"accept (all )?cookies|we use cookies|this website uses cookies|email\s*$|print\s*$|"
    r"\d+\s*min(?:ute)?s?\s+read\s*$)",
    re.I)
# a consent notice, in any language: a short block that names cookies and asks to accept them
COOKIE = re.compile(rf"(?<!\w)(?:{alternatives(words('cookie-words'))})(?!\w)", re.I)
CONSENT = re.compile(rf"(?<!\w)(?:{alternatives(words('consent-words'))})(?!\w)", re.I)
SITE = re.compile(rf"(?<!\w)(?:{alternatives(words('site-words'))})(?!\w)", re.I)
BUTTON_END = re.compile(rf"(?<!\w)(?:{alternatives(words('consent-words'))})\W*$", re.I)
NOTICE_WORDS = 40
SLUG_WORDS, SLUG_STEM = 2, 5  # words of a link's last folder that name a page's headline, by their first letters
READ_ALSO_EN = r"read\s+(?:more|also|next)|see\s+also|also\s+read"  # English's "Read also" labels, as written
RELATED = re.compile(rf"^\W*(?:related|{READ_ALSO_EN})\s*:", re.I)  # "Related: ..."
# "Читайте также: ...", "Фото: ...": a link or a caption in another language, by its label and a colon or dash
# (a dash only with a space after it: "Foto-Ausstellung" starts a sentence, not a caption)
READ_ALSO = re.compile(rf"^\W*(?:{alternatives(words('read-also'))})\s*(?:[:：՝]|[—–-]\s)", re.I)
# ... or alone on its line, the other story's headline on the next: "Читайте также" / "СБ ООН проголосует по ..."
READ_ALSO_ALONE = re.compile(rf"^\W*(?:{alternatives(words('read-also'))}|{READ_ALSO_EN}|related(?:\s+\w+)?)\W*$", re.I)
READ_ALSO_LEAD = re.compile(rf"^\W*(?i:{alternatives(words('read-also'))}|{READ_ALSO_EN})"
                            r"\s+(?=[A-ZА-ЯЁІЇЄҐЈЉЊЋЏЂЃЌЅԱ-Ֆ\u0600-\u06ff«\"“„])")
PHOTO_LABEL = re.compile(rf"^\W*(?:{alternatives(words('photo-words'))})\s*(?:[:：՝(]|[—–-]\s)", re.I)
ITALIC_BLOCK = re.compile(r"^(\*|_)(?!\1)[^\n]+(?<!\1)\1$")
CAPTION_START = re.compile(r"^\W*(photo|image|picture|caption|credit|photograph|file photo)\b\s*[:(-]", re.I)
CREDIT_BOLD = re.compile(r"\s*\*\*([^*]{2,120})\*\*\s*$")
CREDIT_WORDS = re.compile(r"/|photo|getty|images|afp|reuters|ap\b|tass|epa|shutterstock|©|credit", re.I)
# the staff a wire story closes with: "(Reporting by Ana Petrov in Varno; Editing by Mark Hollis)"
WIRE_STAFF = re.compile(r"^\W*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\s", re.I)
WIRE_STAFF_WORDS = 40
BYLINE = re.compile(r"^(?:by|from)\s+(.{2,160})$", re.I)
BOLD_NAME_DATE = re.compile(r"^\*\*(?P<name>(?:[^\W\d_a-zа-яё][\w'’.-]*\s?){2,4})\*\*"  # capitalised words
                            r"\s*[|·•,—–-]?\s*(?P<date>.{6,60})$")
BYLINE_PARTS = re.compile(r"\s+[|·•]\s+")
MENU_PARTS = re.compile(r"\s+(?:[|·•/›>]|::)\s+")  # ... and a breadcrumb's
BREADCRUMB_PARTS = re.compile(r"\s+(?:[/›>]|::)\s+")  # a breadcrumb's alone: "Вести › Политика", "РТС :: Вести"
ARROW_PART = re.compile(r"\s[›>]\s")  # ... and its arrow, which no headline writes
STAMP = re.compile(r"\s+(?=(?:last\s+)?(?:updated|published|posted)\b)", re.I)  # when the page was written, after a byline
# "di Lorenzo Bassani", "Par Claire Vandamme", "Автор: Ольга Сверчкова", "Piše: Nikola Vranješ": a byline in another
# language, a name of two to four capitalised words after its word (which also opens sentences: "Di fronte a ...")
# ... and under a label that also opens headlines ("Reporter Jailed In Turkey"; Persian "گزارش" is "report"), only with
# its colon: "Penulis: Rina Kartikasari", "Текст: Ольга Ставрова", "گزارش: سارا نیک‌پور"
BYLINE_OTHER = re.compile(r"^(?:(?i:di|par|por|von|oleh|автор|аутор|autor|piše|пише|napisao|napisala)\s*[:՝]?|"
                          r"(?i:penulis|reporter|yazar|muhabir|текст|հեղինակ|گزارش|نویسنده|szerző)\s*[:՝]|de)\s+"  # "de": "De Gaulle"
                          r"((?:[A-ZÀ-ÞĆČĐŠŘŽА-ЯЁІЇЄҐЈЉЊЋЏԱ-Ֆ\u0600-\u06ff][\w'’.\u200c-]*\s?){2,4})$")
DESK = re.compile(rf"^(?i:{alternatives(words('desk-credits'))})(?:\s[^\W\d_]+)?$")  # "Redazione Esteri", "Haber Merkezi"
EDITOR = re.compile(r"^(?i:editor|redaktur|redaktor|редактор)\s*:\s*\w")  # after a byline: "Penulis: ... | Editor: ..."
# "کد خبر: ۴۴۸۲۱۶", "News ID: 1182", "Код новости: 5531": a page's number for its story, under its label
NEWS_CODE = re.compile(rf"^\W*(?i:{alternatives(words('news-code-labels'))})\s*[:：]\s*#?\d+\s*$")
HOME = re.compile(rf"^(?i:{alternatives(words('home-words'))})$")  # a breadcrumb's first item
OUTLET_DASH = re.compile(r"\s+[—–]\s+")
MENU_ITEMS = 3  # items between bars a site's menu has at least ...
MENU_ITEM_WORDS = 3  # ... and words each item has at most
SECTION_WORDS = 2  # ... and of a section and its part between one bar ("World | Europe")
SECTIONS = words("section-words")  # one of which such a line names
BREADCRUMB_WORDS = 6  # "Халморский курьер | Политика": the outlet and its section above the text
URL_LABEL = re.compile(r"^\W*(original url|source url|source|url|link)\s*:\s*(\S*)\s*$", re.I)
URL_ONLY = re.compile(r"^<?(https?://\S+?)>?$")
URL_LINE = re.compile(r"^[ \t]*(<?https?://\S+?>?)[ \t]*$", re.M)
# "Izvor: https://...", "Աղբյուր՝ https://...": a link under a label of up to three words, in any language (Armenian
# sets a label off with its own mark, "՝")
LABEL_MARK = "[:՝：]"
CREDIT_LABEL = re.compile(rf"^\W*(?:{alternatives(words('source-labels') | words('foot-labels'))})\s*{LABEL_MARK}\s*\S",
                          re.I)
SOURCE_WORDS = 4  # ... of a few names: "РТС, Танјуг"
LABELLED_URL = re.compile(rf"^[ \t]*((?:[^\W\d_]+[ \t.-]?){{1,3}}{LABEL_MARK}[ \t]*<?https?://\S+?>?)[ \t]*$", re.M)
# a link closing a saved page under a label that names it its address or its source, in any language (``words.tsv``)
# a label that calls a link the page's own address: "URL: ...", "Lien : ..."
OWN_ADDRESS = re.compile(rf"^\W*(?:{alternatives(words('address-labels'))})\s*{LABEL_MARK}", re.I)
ADDRESS_LABEL = re.compile(rf"^\W*(?:{alternatives(words('address-labels') | words('source-labels'))})\s*{LABEL_MARK}\s*"
                           r"<?(https?://\S+?)>?$", re.I)
# what a saved page may hold between its text and its closing address: its share buttons ("Condividi: Facebook | X |
# WhatsApp"), its topics ("Tags: Council, Drovno"), a photo's credit ("Foto: Ivana Marić")
SHARE_BUTTONS = re.compile(r"(?<!\w)(?:facebook|twitter|x|whatsapp|telegram|viber|vk|linkedin|reddit|messenger|"
                           r"e-?mail|threads|bluesky)(?!\w)", re.I)
TOPICS_LABEL = re.compile(rf"(?:{alternatives(words('tag-labels'))})\s*{LABEL_MARK}", re.I)  # after ``LABEL_START``
TAG_LABEL = re.compile(rf"^\W*{TOPICS_LABEL.pattern}", re.I)  # ... or at a block's start
SENTENCE_STOP = re.compile(r"[.!?…։؟]\W*$")  # a sentence's end, before closing quotes or brackets
QUOTE_MARK = re.compile(r"[«»“”„\"]")
TAG_WORDS = 40  # a page's topics are a short list; a longer block under such a label is text
# what else a page holds under its text, each under its label and a colon, and often run together in one block
# ("Fonte: Compass Leggi anche: ...", "Penulis: ... | Editor: ... Baca juga: ...", "Tagovi: ... Podeli: Facebook"):
# its source, its address, its credits, its links to other stories, its topics, its share buttons, its number
FOOT_LABELS = ("source-labels", "foot-labels", "read-also", "tag-labels", "share-labels", "news-code-labels")
FOOT_LABEL = re.compile(rf"(?<!\w)(?:{alternatives(set().union(*map(words, FOOT_LABELS)))})\s*{LABEL_MARK}", re.I)
LABEL_START = re.compile(r"^[^\w@]*")  # what may stand before a label: a sign, a bracket
END_MARK = re.compile(rf"^\W*(?:{alternatives(words('end-marks'))})(?!\w)")  # "انتهای پیام/"
# its counts of views and comments ("👁 3 412 💬 57", "Коментари (12)", "Դիտումներ՝ 2 051", "💬 4 коментарі"), and a
# channel's handle ("👉 @kibershchit | 👁 12,4K")
COUNTER_LABEL = re.compile(rf"(?<!\w)(?:{alternatives(words('comment-labels'))})(?!\w)", re.I)
COUNTER_WORDS = re.compile(rf"{COUNTER_LABEL.pattern}|\d+(?:[ ,.]\d+)*[KkКк]?", re.I)
HANDLE = re.compile(r"^\W*@[\w.]*\w")
COUNTER_SIGNS = set("👁👀💬🗨🗩❤👍🔁⭐")
# ... opening one of its sentences: "... abonné à Sept sur sept. Se désabonner", not "readers who subscribe to", nor
# a call someone made that a quotation gives ("«Підписуйтеся на офіційні канали», — закликав ...")
PROMPT = re.compile(rf"(?:^|[.!?…]\s+)\W*(?:{alternatives(words('unsubscribe-words'))})(?!\w)", re.I)
PROMPT_WORDS = 30
FOOT_WORDS = 40
# a caption that ends with its photo's credit: "Место експлозије у Дровну. Фото: Бренпрес", "... Photo: HLM archive"
CREDIT_TAIL = re.compile(rf"(?<=[.!?։])\s+(?:{alternatives(words('photo-words') | {'photo', 'picture', 'image', 'credit'})})"
                         rf"\s*{LABEL_MARK}\s*(?P<credit>.{{1,80}})$", re.I)
CREDIT_WORDS_MAX = 8
CAPTION_WORDS_MAX = 16  # ... above it, one short sentence: a longer paragraph that ends with a credit is text
SENTENCE_WORDS = 7  # a labelled item this long that ends as a sentence does is a sentence ("Izvor: Ministarstvo je ...")
# a link to no page of news: a picture, a video, a file, a share button, a channel
NOT_A_PAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf)(?:[?#]|$)|[/?&]share(?:[/?=&#]|$)|//(?:www\.)?(?:t\.me|telegram\.me|"
                        r"facebook\.com|twitter\.com|x\.com|vk\.com|instagram\.com|youtube\.com|youtu\.be)/", re.I)
# a date line closing the page says it was published, in English or another language (not "Updated ...")
PUBLISHED_LABEL = re.compile(rf"^\W*(?:first\s+|originally\s+)?(?:{alternatives(words('published-words'))})\b", re.I)
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+|^\s*>\s?", re.M)
# Latin, Armenian (։), Devanagari (।), Arabic-script (؟) and CJK (。！？) ends, and closing quotes
HEADLINE_END = re.compile(r"[.!?:;…։।؟。！？]\s*$")  # a headline's end is no sentence's: quotes may close it
HEADER_BLOCKS = 3  # blocks at the top of a file where a headline's own lines may hold its date line
HEAD_BLOCKS, SHORT_LINE_WORDS = 8, 6  # ... and where a byline or place may share a block with it
LINK_WORDS = 16  # words a linked headline may have
LINK_SENTENCE_END = re.compile(r"[.!?…]\s*$")  # a sentence's end, not a headline's: "(19.11.2023)" may close one
HEAD_LINES = 5  # short lines a page may stack above its text: site, section, headline, subheading, byline
LABELS = 2  # ... of which the site's name and its section come first
LABEL_WORDS = 3  # ... each of a few words: "ARKA News Agency", "Мировая политика"
LOGO = re.compile(r"[^\W\d_][\w-]*\.")  # a site's name as its logo writes it, with a full stop: "euronews."
SECTION_WORDS = 2  # ... and a section alone of one or two: "World", "Middle East"
SITE_WORDS = 6  # a site's name above its menu may be longer: "ایرنا - خبرگزاری جمهوری اسلامی"
SENTENCE_END = re.compile(r"[.!?:;\"'”’»)\]…։।؟。！？]\s*$")


@dataclass
class Sorted:
    """Blocks of one document sorted by role; fields stay empty when absent."""

    title: str | None = None
    bylines: list[str] = field(default_factory=list)
    date: str | None = None
    url: str | None = None
    site: str | None = None  # the outlet the site's menu names before its sections
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def _byline(block: str) -> tuple[str, str | None] | None:
    """(who, the date beside it or None) of a byline: "By Ana Petrov", "di Lorenzo Bassani", and a date set off
    by a bar or a dot after the name ("By Ana Petrov | 19 March 2026, 18:40")."""
    if len(block.split()) > 16:
        return None
    block, *stamp = STAMP.split(block, 1)  # "By Mirela Stan and the live team Last updated 18:40": a time, not a name
    first, *rest = BYLINE_PARTS.split(block.rstrip(" |·•"))
    rest += stamp
    foreign = BYLINE_OTHER.match(first)
    m = BYLINE.match(first) or foreign
    if m is None:
        return None
    dates = [d for part in rest if (d := parse_date(part))]
    if dates:
        return m.group(1).strip(), dates[0]
    if foreign:  # a foreign byline is a name alone, or with a date, or with its editor's ("Penulis: ... | Editor: ...")
        return None if any(not EDITOR.match(part) for part in rest) else (m.group(1).strip(), None)
    return BYLINE.match(block).group(1), None  # "By Jane Doe | Karsk Herald": the line whole, its outlet read later


def _bold_byline(raw: str) -> tuple[str, str] | None:
    """A name in bold and the date beside it, as some sites print their byline without a "By": "**Ana Petrov**
    Apr 24, 2023"."""
    m = BOLD_NAME_DATE.match(raw.strip())
    return (m["name"], date) if m and (date := parse_date(m["date"])) else None


def _masthead_date(plain: str) -> str | None:
    """The date of a newsletter's or an edition's masthead line above the text: a few short items between bars or
    dots, the first or the last of them a date ("Sette Mari · lettera n. 88 · domenica 25 ottobre 2026", "Morning
    Brief | No. 412 | 3 June 2026")."""
    items = BYLINE_PARTS.split(plain.strip(" |·•"))
    if len(items) < 2 or len(plain) > 100 or SENTENCE_END.search(plain):
        return None
    for date_item, others in ((items[-1], items[:-1]), (items[0], items[1:])):
        if (found := parse_date(date_item)) and all(0 < len(item.split()) <= BREADCRUMB_WORDS and not parse_date(item)
                                                    for item in others):
            return found
    return None


def _consent_notice(block: str) -> bool:
    """'This site uses cookies. Continue browsing to accept. [OK]', 'Nous utilisons des cookies ... Tout accepter |
    Paramétrer': cookies, a word that asks to accept them, and the site named or a button at the end; not news of a
    rule on cookies ("Websites must ask for consent before setting cookies, the regulator said")."""
    return len(block.split()) <= NOTICE_WORDS and COOKIE.search(block) is not None and \
        CONSENT.search(block) is not None and (SITE.search(block) is not None or BUTTON_END.search(block) is not None)


def _menu(plain: str) -> bool:
    """A site's menu above the text, before or after its headline: three or more items of a few words each
    between bars or dots ("Home | Lusaria | Ardesh | World | Business | Opinion | Live"), or a breadcrumb's
    slashes and arrows, of three items or more, of two from the home page ("Головна / Світ / Політика", "Главная /
    В мире", "Home › World"; not "Israel / Gaza"), or of two between an arrow ("Mondo › Medio Oriente")."""
    if not BYLINE_PARTS.search(plain) and re.search(r"[:?!]", plain.replace(" :: ", " / ")):
        return False  # "Armenia / Azerbaijan / Russia: talks resume": a headline, not a breadcrumb
    crumbs = BREADCRUMB_PARTS.split(plain.strip())
    if len(crumbs) == 2 and HOME.match(crumbs[0]) and 0 < len(_words(crumbs[1])) <= MENU_ITEM_WORDS:
        return True  # "Главная / В мире", "Home › World": a breadcrumb of two, from the site's home page
    if len(crumbs) == 2 and ARROW_PART.search(plain) and all(0 < len(_words(c)) <= MENU_ITEM_WORDS for c in crumbs):
        return True  # "International › Guerre en Ukraine": two sections between arrows, which no headline has
    sections = BYLINE_PARTS.split(plain.strip())
    if len(sections) == 2 and all(0 < len(_words(c)) <= SECTION_WORDS and c[:1].isupper() and not re.search(r"\d", c)
                                  for c in sections) and any(c.lower() in SECTIONS for c in sections):
        return True  # "World | Europe": a section and its part; not "Ceasefire Holds | Reuters"
    _, items = _menu_items(plain)
    return len(items) >= MENU_ITEMS and all(0 < len(_words(item)) <= MENU_ITEM_WORDS for item in items)


def _menu_items(plain: str) -> tuple[str | None, list[str]]:
    """The outlet a menu names before its sections, if it does, and its items.
    "Le Regard du Monde — International | Europe | Économie | Planète": the outlet, a dash, then four sections or
    more; three are a page's title ("Storm — live updates | UK news | The Guardian"). "Home", "Skip to content"
    or a date before the dash is no outlet."""
    items = MENU_PARTS.split(plain)
    outlet, *first = OUTLET_DASH.split(items[0], 1)
    if first and len(items) > MENU_ITEMS and 0 < len(_words(outlet)) <= BREADCRUMB_WORDS:
        named = not (HOME.match(outlet.strip()) or FURNITURE.match(outlet) or re.search(r"\d", outlet))  # "Home — ..."
        return outlet.strip() if named else None, [first[0], *items[1:]]
    return None, items


def _words(item: str) -> list[str]:
    "The words of a menu item: \"Ore & Metal Review\" has three."
    return [w for w in item.split() if w != "&"]


def split_blocks(text: str) -> list[str]:
    """Paragraphs: blank-line separated, or one per line when there are no blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if re.search(r"\n\s*\n", text):
        text = URL_LINE.sub(r"\n\n\1\n\n", text)  # a link on a line of its own is never part of a paragraph
        text = LABELLED_URL.sub(r"\n\n\1\n\n", text)
        blocks = []
        for i, block in enumerate(re.split(r"\n\s*\n", text)):
            lines = [line.strip() for line in block.strip().split("\n")]
            if _link_list(lines):
                blocks.append("\n".join(lines))  # its lines kept, to be set aside whole as furniture
                continue
            dated = [_date_line(line) for line in lines]
            others = [line for line, date in zip(lines, dated) if not (date or _menu(line))]
            others = others[:1] + [line for line in others[1:] if not (line[:1].isupper() and _byline(line))]  # "By ..."
            if i < HEADER_BLOCKS and 1 < len(lines) and others != lines \
                    and (not others or _headline_like(others[0], quoted=True)) \
                    or i == 0 and (_label_stack(lines) or others != lines and _label_stack(others)) \
                    or i < HEAD_BLOCKS and len(lines) == 2 and _beside_date(lines, dated):
                # "Headline\nPublished: 31 January 2023", the date, a menu or a byline: a page as text (or date lines
                # alone: "12 декабря 2022, 16:07\nобновлено 12 декабря 2022, 17:30"); or the site's
                # name and section above the headline ("ARMENPRESS\nPolitics\nMirzoyan, Lavrov discuss ..."); or a
                # byline or place beside the date further down the head ("Guardian staff and agencies\nWed 3 Jan 2024")
                blocks += lines
            else:
                blocks += [" ".join(group) for group in _post_items([line for line in lines if line])]
    else:
        blocks = [line.strip() for line in text.split("\n")]
    return [b for b in blocks if b]


def _link_list(lines: list[str]) -> bool:
    """A "Read also" label alone on its line with the linked headlines on the lines under it, in one block:
    "Mehr zum Thema / Huthi-Miliz kapert Frachter im Roten Meer (19.11.2023) / Katar: Feuerpause beginnt ..."."""
    return len(lines) > 1 and READ_ALSO_ALONE.match(lines[0]) is not None and \
        all(len(line.split()) <= LINK_WORDS and not LINK_SENTENCE_END.search(line) for line in lines[1:])


def _beside_date(lines: list[str], dated: list[bool]) -> bool:
    """Two lines, a date line (``dated``: which are) and a byline's or a place's length of words that is no sentence:
    "Guardian staff and agencies / Wed 3 Jan 2024 17.02 GMT", "Ahmet Gencer |24.11.2023 - Güncelleme : 24.11.2023 /
    Kudüs"."""
    other = lines[dated.index(False)] if dated.count(True) == 1 else ""
    return len(other.split()) in range(1, SHORT_LINE_WORDS + 1) and SENTENCE_END.search(other) is None


def _post_items(lines: list[str]) -> list[list[str]]:
    """A block's lines in paragraphs: wrapped lines join, but a line a bullet or emoji opens is an item of its
    own, as posts and newsletters list them ("📄 In his letter ...", "🗣 Bielak: «...»")."""
    items: list[list[str]] = []
    for line in lines:
        if not items or _item_mark(line[0]):
            items.append([])
        items[-1].append(line)
    return items


def _item_mark(char: str) -> bool:
    """A bullet, or a sign of Unicode's "other symbol" class from U+2190 on: emoji, pictographs, shapes ("■");
    not ©, ° or №, which open no items, nor the mathematical arrows (→), which may continue a line."""
    return char in "•▪►" or (unicodedata.category(char) == "So" and ord(char) >= 0x2190)


def _foot_address(block: str, before: str, title: str = "") -> str | None:
    """The page's own address, where a saved page closes with it: a bare link, or one under a label that says it is
    the address or the page's source ("URL:", "Lien :", "Izvor:", "Источник:"), after a sentence, a caption, a
    credit, the page's share buttons or its topics; or after a "Read also" line with its own headline, where the words
    of its last folder are the page's ``title``'s ("Related: Second Tarvex mine collapse ..." over ".../2026/09/16/
    tarvex-licence-suspended" under "Regulator suspends Tarvex's licence"). Not a link a label or a "Read also" line
    leads to, one of a run of links, one cut from a paragraph's last line, nor a photo's, a video's, a share button's
    or a channel's. A source's link is the page's own as whoever saved it noted it, or, on a rewrite, the original's,
    of the same day or the day before. ``block`` is the last block as plain text (a Markdown link read), ``before``
    the block above it as written."""
    block = block.strip()
    labelled = ADDRESS_LABEL.match(block)
    found = labelled or URL_ONLY.match(block)
    before = re.sub(r"[*_]+", "", before).strip()
    if found is None or NOT_A_PAGE.search(found.group(1)) or not before or URL_ONLY.match(before) \
            or LABELLED_URL.match(before) or re.search(rf"{LABEL_MARK}\s*$", before):
        return None
    if labelled:  # its own label says what it is, whatever stands above it ("Baca juga: ...", "Penulis: ...")
        return found.group(1)
    read_also = READ_ALSO.match(before)
    label = read_also or RELATED.match(before)
    if label and len(before[label.end():].split()) >= 3 and _names_the_page(found.group(1), title):
        return found.group(1)  # "Related: <the other story's headline>", then the page's own address
    return found.group(1) if not read_also and (
        SENTENCE_END.search(before) or CREDIT_WORDS.search(before) or PHOTO_LABEL.match(before)
        or TAG_LABEL.match(before) or _share_buttons(before)) else None


def _names_the_page(url: str, title: str) -> bool:
    """Whether each word of a link's last folder ('tarvex-licence-suspended'), of four letters or more, is a word of the
    headline, by its first letters, and there are two at least: the page's own address, not the linked story's."""
    slug = next((part for part in reversed(url.split("?")[0].split("#")[0].split("/")) if part), "")
    stems = {w[:SLUG_STEM].casefold() for w in re.findall(r"[^\W\d_]{4,}", slug)}
    return len(stems) >= SLUG_WORDS and stems <= {w[:SLUG_STEM].casefold() for w in re.findall(r"[^\W\d_]+", title)}


def _page_foot(block: str, top: bool = False) -> bool:
    """What a page holds under its text, not a sentence of it: its source, credits, links to other stories,
    topics and share buttons under their labels (``FOOT_LABEL``), an agency's closing formula, a count of views or
    comments, a channel's handle, a short prompt to sign up for a newsletter or a channel, or off it; its own
    address under a label ("Adresse : https://..."), not an address of a street ("Adresse: Große Straße 1"). Among
    the blocks at the ``top`` that may hold a headline, a labelled block is none ("Source: Ukraine to receive first
    F-16 jets by summer" is a headline, and a block taken out there may make another the headline)."""
    if len(block.split()) > FOOT_WORDS:
        return False
    prompt = PROMPT.search(block) if len(block.split()) <= PROMPT_WORDS else None
    return not top and (_labelled(block, FOOT_LABEL) or ADDRESS_LABEL.match(block) is not None) \
        or bool(END_MARK.match(block)) or _handle(block) \
        or _counter(block) or prompt is not None and not QUOTE_MARK.search(block, 0, prompt.end())


def _handle(block: str) -> bool:
    """A channel's handle: alone, before a bar or a dash, or before its counts ("👉 @kibershchit | 👁 12,4K",
    "@kibershchit 👁 12,4K"); not a sentence that opens with one ("@UNHCR said on Sunday ...")."""
    m = HANDLE.match(block)
    if m is None:
        return False
    rest = block[m.end():].strip()
    return not rest or rest[0] in "|·—–-" or not re.search(r"[^\W\d_]", COUNTER_WORDS.sub("", rest))


def _labelled(block: str, label: re.Pattern, lower: bool = False) -> bool:
    """A block that opens with a label of ``label`` and holds, up to the next label, a name, a list, a headline or a
    link ("Fonte: Compass Leggi anche: ...", "Penulis: ... | Editor: ..."), not a sentence ("Source: the ministry
    said ...", "Izvor: Ministarstvo je saopštilo da ... povređeno."); topics may be listed in lower case (``lower``)."""
    first = label.match(block, LABEL_START.match(block).end())
    if first is None:
        return False
    rest = block[first.end():]
    upto = FOOT_LABEL.search(rest)
    item = (rest[: upto.start()] if upto else rest).strip()
    if URL_ONLY.match(item):
        return True
    return not (item[:1].islower() and not lower or len(item.split()) >= SENTENCE_WORDS and SENTENCE_STOP.search(item))


def _counter(block: str) -> bool:
    """Counts of views and comments and nothing else, marked as such by their label or their sign ("Коментари (12)",
    "👁 3 412 💬 57"); digits alone may be a date line that dates the report ("06/04/2026 - 11:20")."""
    marked = not COUNTER_SIGNS.isdisjoint(block) or COUNTER_LABEL.search(block) is not None
    return marked and not re.search(r"\w", COUNTER_WORDS.sub("", block))


def _topics(block: str) -> bool:
    """A page's list of topics under its label ("Tags: Council, Drovno", "Теги: Модравия, пожар"): names and
    kinds the page files the story under, no sentence of it; left in, two reports of a story share a sentence."""
    return len(block.split()) <= TAG_WORDS and _labelled(block, TOPICS_LABEL, lower=True)


def _share_buttons(line: str) -> bool:
    "A line of a page's share buttons: two networks or more, among a few words (\"Share: Facebook | X | Email\")."
    return len(line.split()) <= 12 and len(SHARE_BUTTONS.findall(line)) >= 2


def _date_line(line: str) -> bool:
    return (len(line) <= DATE_LINE_CHARS and parse_date(line) is not None) or _masthead_date(line) is not None


def inline_text(block: str) -> str:
    """Markdown inline syntax -> plain text."""
    block = IMAGE.sub("", block)
    block = LINK.sub(r"\1", block)
    block = AUTOLINK.sub(r"\1", block)
    block = EMPHASIS.sub(lambda m: next(g for g in m.groups()[1:] if g is not None), block)
    block = LIST_MARK.sub("", block)
    return re.sub(r"\s+", " ", html.unescape(block)).strip()


def _wire_staff(plain: str) -> bool:
    """A line of the wire's staff: names in brackets, or with no full stop, not a sentence that opens with
    "Reporting by the broadcaster said ..."."""
    line = plain.strip()
    return bool(WIRE_STAFF.match(line)) and len(line.split()) <= WIRE_STAFF_WORDS and \
        (line.startswith("(") and line.endswith(")") or not line.endswith("."))


def sort_blocks(text: str, markdown: bool = True) -> Sorted:
    out = Sorted()
    blocks = split_blocks(text)
    pending_url = last_was_image = False
    standfirsts: set[str] = set()
    linked = False  # the block before was a "Read also" label alone: this one is the linked story's headline
    for i, raw in enumerate(blocks):
        # Header lines come before the text, or right after a plain-text headline.
        # ... or under the site's name and section above it: "ТАСС / Политика / headline / subheading / 17 января 2023"
        # (a standfirst in italics under a Markdown headline among them)
        header_zone = not out.paragraphs or (len(out.paragraphs) <= HEAD_LINES and
                                             all(_headline_like(p, quoted=True) or p in standfirsts
                                                 or j == 0 and LOGO.fullmatch(p) for j, p in enumerate(out.paragraphs)))
        plain = inline_text(raw) if markdown else raw
        if "\n" in raw and _link_list(raw.split("\n")):
            out.furniture.append(" · ".join(inline_text(line) if markdown else line for line in raw.split("\n")))
            continue
        if linked and _headline_like(plain, quoted=True) and out.paragraphs:
            out.furniture.append(plain)
            linked = False  # one headline: a subheading after it is text again
            continue
        linked = bool(READ_ALSO_ALONE.match(plain)) and bool(out.paragraphs)
        if linked or out.paragraphs and READ_ALSO_LEAD.match(plain) and _headline_like(plain):
            out.furniture.append(plain)  # the label, or the label and the linked headline on the lines of one block
            continue
        if i == len(blocks) - 1 and out.url is None and \
                (url := _foot_address(plain, blocks[i - 1] if i else "", out.title or next(iter(out.paragraphs), ""))) \
                and (out.date is None or OWN_ADDRESS.match(plain.strip()) or date_from_url(url) == out.date):
            # the page's own address, closing a page saved with it; under a date line above the text, only one its label
            # calls the page's address, or one of that very day: another, or a source's, may be another page's
            out.url = url
            continue
        if i == len(blocks) - 1 and out.date is None and PUBLISHED_LABEL.match(plain) and \
                len(plain) <= DATE_LINE_CHARS and \
                (date := parse_date(plain) or parse_date(raw)):
            out.date = date  # "Publié le 7 juin 2026" closing the page: when it was published, as above the text
            continue
        if pending_url and (m := URL_ONLY.match(raw.strip())):
            out.url, pending_url = m.group(1), False
            continue
        if (m := URL_LABEL.match(plain)) and (m.group(2) or i + 1 < len(blocks)):
            url = URL_ONLY.match(m.group(2) or "")
            if url:
                out.url = url.group(1)
            else:
                pending_url = True
            continue
        if header_zone and out.url is None and not (READ_ALSO.match(plain) or FURNITURE.match(plain)) \
                and LABELLED_URL.match(raw):
            out.url = URL_ONLY.match(re.split(LABEL_MARK, raw, 1)[1].strip()).group(1)  # "Fonte: https://..."
            continue
        if markdown and header_zone and out.title is None and (m := HEADING.match(raw)):
            out.title = inline_text(m.group(1))
            continue
        if header_zone and (byline := _byline(plain) or markdown and _bold_byline(raw)):
            who, date = byline  # "By Ana Petrov | 19 March 2026, 18:40", "Autor: Milica Jović | 04.02.2021. 20:31"
            out.bylines.append(who)
            if date:
                out.date = min(date, out.date or date)
            continue
        if header_zone and (date := _masthead_date(plain)):
            out.date = min(date, out.date or date)  # "Sette Mari · lettera n. 88 · domenica 25 ottobre 2026"
            out.furniture.append(plain)
            continue
        crumbs = BYLINE_PARTS.search(plain) or BREADCRUMB_PARTS.search(plain)  # "Outlet | Section", "Вести › Политика"
        if header_zone and ((out.title or out.paragraphs) and crumbs and len(plain.split()) <= BREADCRUMB_WORDS
                            or _menu(plain)) \
                and not SENTENCE_END.search(plain) and not (parse_date(plain) or parse_date(raw)):
            out.furniture.append(plain)
            out.site = out.site or _menu_items(plain)[0]  # "Continental Business Post — Markets | Industry | Energy"
            if not out.title and len(out.paragraphs) == 1 and _site_name(out.paragraphs[0]):
                out.site = out.site or out.paragraphs[0]  # "ZEIT ONLINE" above "News › Konflikte": the site's name
                out.furniture.insert(-1, out.paragraphs.pop())
            continue
        # the block as written too: "6. новембар 2023." is a date, not a list item
        if header_zone and len(plain) <= DATE_LINE_CHARS and (date := parse_date(plain) or parse_date(raw)):
            if out.date is not None:  # "Updated 31 January" and "Published 30 January": published is the earlier
                out.furniture.append(plain)
            out.date = min(date, out.date or date)
            continue
        if header_zone and not out.title and len(plain) <= DATE_LINE_CHARS and CLOCK.search(plain) and (
                reading := read_date_line(plain)) and reading.month_day:
            out.furniture.append(plain)  # "10 ОКТ, 03:12": a day and time without a year, above the headline
            continue
        if header_zone and ((out.title or out.paragraphs) and (time_stamp(plain) or NEWS_CODE.match(plain.strip())
                                                               or DESK.match(plain.strip())) or _credit_line(plain, out)):
            out.furniture.append(plain)  # "Updated 19:42", "کد خبر: ۴۴۸۲۱۶", "Haber Merkezi", "Извор: РТС, Танјуг":
            # when, which, who, whence; no text
            continue
        if markdown and out.captions and last_was_image and ITALIC_BLOCK.match(raw.strip()) and len(plain.split()) <= 60:
            out.captions[-1] = _italic_caption(plain)  # the line under a photo is its caption, not its alt text
            last_was_image = False
            continue
        last_was_image = bool(markdown and IMAGE.findall(raw) and not IMAGE.sub("", raw).strip())
        if caption := _caption(raw, plain, markdown):
            out.captions.append(caption)
            continue
        if header_zone and out.url is None and (m := URL_ONLY.match(raw.strip())):
            out.url = m.group(1)  # a link above the text, as a page copied with its address has
            continue
        if FURNITURE.match(plain) or READ_ALSO.match(plain) or URL_ONLY.match(raw.strip()) or not re.search(r"\w", plain) \
                or _consent_notice(plain) or _topics(plain) or _page_foot(plain, header_zone) \
                or _wire_staff(plain):
            out.furniture.append(plain)
            continue
        if markdown and (m := HEADING.match(raw)):
            plain = inline_text(m.group(1))
        if markdown and header_zone and out.title and not out.paragraphs and ITALIC_BLOCK.match(raw.strip()):
            standfirsts.add(plain)  # "*Baku says the checkpoint will stop smuggling.*" under the "# headline"
        out.paragraphs.append(plain)
    _plain_text_title(out, blocks, spaced=bool(re.search(r"\n\s*\n", text)))
    out.paragraphs = join_broken(out.paragraphs)
    return out


def _credit_line(plain: str, out: Sorted) -> bool:
    """A source's or an author's label and a few words under the page's name, title or date: "Izvor: RTS, Tanjug",
    "Quelle: dpa"; not a headline that opens with "Source:" ("Источник: Шойгу может покинуть пост ...")."""
    label = CREDIT_LABEL.match(plain)
    return label is not None and bool(out.title or out.paragraphs or out.site or out.date) and \
        len(plain[label.end() - 1:].split()) <= SOURCE_WORDS and not SENTENCE_END.search(plain)


def _italic_caption(plain: str) -> Caption:
    """'Farmers at the dry riverbed / Durmania Herald' -> text and credit."""
    text, sep, credit = plain.rpartition(" / ")
    if sep and text and len(credit.split()) <= 6:
        return Caption(text=text.strip(), credit=credit.strip())
    return Caption(text=plain, credit=None)


def _caption(raw: str, plain: str, markdown: bool) -> Caption | None:
    if markdown and (images := IMAGE.findall(raw)) and not IMAGE.sub("", raw).strip():
        return Caption(text=images[0].strip(), credit=None) if images[0].strip() else None
    if markdown and (m := CREDIT_BOLD.search(raw)) and CREDIT_WORDS.search(m.group(1)) and len(plain.split()) <= 60:
        text = inline_text(raw[: m.start()])
        if text:
            return Caption(text=text, credit=m.group(1).strip())
    if (CAPTION_START.match(plain) or PHOTO_LABEL.match(plain)) and len(plain.split()) <= 60:
        return Caption(text=plain, credit=None)
    if (m := CREDIT_TAIL.search(plain)) and len(m["credit"].split()) <= CREDIT_WORDS_MAX \
            and len((text := plain[: m.start()].strip()).split()) <= CAPTION_WORDS_MAX \
            and not re.search(r"[.!?։]\s", text):
        return Caption(text=text, credit=m["credit"].strip())
    return None


def _headline_like(text: str, quoted: bool = False) -> bool:
    """Short and without a full stop; ``quoted``: a closing quote may end it, as a headline that quotes
    ends ("... щодо «зернової угоди»"), where a date line under it says it is one."""
    return len(text.split()) <= 25 and not (HEADLINE_END if quoted else SENTENCE_END).search(text)


def _plain_text_title(out: Sorted, blocks: list[str], spaced: bool) -> None:
    """A plain-text headline: a short first line without a full stop that a byline, a date line or a
    wire dateline follows ("Baku, January 17, AZERTAC"), or that a blank line sets apart above a longer
    paragraph of sentences. A file of one line per paragraph keeps its first line: it may be the start of
    a pasted excerpt."""
    if out.title or len(out.paragraphs) < 2:
        return  # a lone line is the text itself, whatever it looks like
    labels = _labels(out.paragraphs)
    if len(out.paragraphs) < len(labels) + 2:
        return
    first, after = out.paragraphs[len(labels):len(labels) + 2]
    # the first block, past the address a page was copied with and a date line, a menu or a site's name above it
    top = next((b for b in blocks if not URL_ONLY.match(b.strip())
                and not (_date_line(plain := inline_text(b)) or _menu(plain) or plain in out.furniture)), None)
    # under the site's name, its section or its menu ("ANSA.it > Mondo > Europa")
    page = bool(labels or out.site or any(_menu(f) or BREADCRUMB_PARTS.search(f) for f in out.furniture[:LABELS]))
    if not (top and inline_text(top) == out.paragraphs[0]
            and _headline_like(first, quoted=bool(out.date or out.bylines or page))):
        return
    apart = (spaced and len(first.split()) >= 3 and bool(SENTENCE_END.search(after))
             and len(after.split()) > len(first.split()))
    # on a page, a text of sentences soon after: "N1 / Vesti / headline / text"
    text_soon = page and any(SENTENCE_END.search(p) and len(p.split()) > len(first.split())
                             for p in out.paragraphs[len(labels) + 1:len(labels) + HEAD_LINES])
    if out.bylines or out.date or apart or text_soon or spaced and read_dateline(after) is not None:
        out.title = out.paragraphs.pop(len(labels))
        del out.paragraphs[:len(labels)]
        out.furniture += labels
        if len(labels) > 1:
            out.site = out.site or labels[0].removesuffix(".")  # "ARKA News Agency / Politics": the site, then its
            # section; a logo's full stop ("euronews.") is no part of the name


def _labels(paragraphs: list[str]) -> list[str]:
    """The short lines above a headline: the site's name and its section ("ARMENPRESS", "Politics"), before a
    longer line that no sentence's end closes. One line alone is a section of a word or two ("World"): a line of
    three may be a short headline ("Pashinyan visits Paris") above its standfirst."""
    for n in range(min(LABELS, len(paragraphs) - 1), 0, -1):
        head, rest = paragraphs[:n], paragraphs[n]
        most = LABEL_WORDS if n > 1 else SECTION_WORDS
        if all(len(p.split()) <= most and (_headline_like(p) or i == 0 and LOGO.fullmatch(p))
               for i, p in enumerate(head)) and \
                len(rest.split()) > max(len(p.split()) for p in head) and _headline_like(rest, quoted=True):
            return head
    return []


def _site_name(line: str) -> bool:
    """A line that may be a site's name above its menu: a few words ("ZEIT ONLINE"), or a name and what it is
    after a dash ("ایرنا - خبرگزاری جمهوری اسلامی"); not a headline ("Armenia and Azerbaijan sign deal")."""
    words = len(line.split())
    return words <= LABEL_WORDS or words <= SITE_WORDS and re.search(r"\s[-–—|]\s", line) is not None


def _label_stack(lines: list[str]) -> bool:
    """The first lines of a file as a page lists them above its text: a short label first (the site's name), then
    lines that no sentence's end closes (section, headline), a few at most. The name may end in a full stop, as a
    logo's text does ("euronews.")."""
    return 2 <= len(lines) <= HEAD_LINES + 1 and len(lines[0].split()) <= LABEL_WORDS and \
        (LOGO.fullmatch(lines[0]) is not None or _headline_like(lines[0], quoted=True)) and \
        all(_headline_like(line, quoted=True) for line in lines[1:]) and \
        (bool(_labels(lines)) or all(len(line.split()) <= LABEL_WORDS for line in lines))  # "РИА Новости\nВ мире"


def join_broken(paragraphs: list[str]) -> list[str]:
    """Join a paragraph that stops mid-sentence with the next one if it starts in lower case."""
    joined: list[str] = []
    for p in paragraphs:
        if joined and not SENTENCE_END.search(joined[-1]) and p[:1].islower():
            joined[-1] = f"{joined[-1]} {p}"
        else:
            joined.append(p)
    return joined


@dataclass
class HtmlParts:
    text: str
    title: str | None
    author: str | None
    date: str | None
    sitename: str | None
    url: str | None
    captions: list[Caption]


def extract_html(markup: str) -> HtmlParts | None:
    """Main text and metadata of a web page; None when no article text is found."""
    import trafilatura
    from lxml import html as lxml_html

    captions = _figcaptions(markup, lxml_html)
    # trafilatura's balanced defaults, tables included, comments not. favor_precision found no text
    # at all on 10 of its 945 evaluation pages and lost paragraphs on many more: on half of those
    # pages (chosen there, confirmed on the other half) F1 went from 0.918 to 0.923 (bench/ingest.py).
    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True,
                                      include_images=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or not (doc.text or "").strip():
        return None
    caption_texts = {c.text for c in captions}
    paragraphs = [p.strip() for p in doc.text.split("\n") if p.strip() and p.strip() not in caption_texts]
    if paragraphs and doc.title and _same_words(paragraphs[0], doc.title):
        paragraphs = paragraphs[1:]  # the page's <h1> repeats the title
    text = "\n\n".join(paragraphs)
    return HtmlParts(text=text, title=doc.title, author=doc.author, date=doc.date, sitename=doc.sitename,
                     url=doc.url, captions=captions)


def _same_words(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().lower() == re.sub(r"\W+", " ", b).strip().lower()


def _figcaptions(markup: str, lxml_html) -> list[Caption]:
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    captions = []
    for fig in tree.iter("figcaption"):
        credit_nodes = fig.xpath(".//*[contains(@class,'credit') or contains(@class,'copyright')]")
        credit = " ".join(n.text_content().strip() for n in credit_nodes).strip() or None
        for n in credit_nodes:
            n.drop_tree()
        text = re.sub(r"\s+", " ", fig.text_content()).strip()
        if text or credit:
            captions.append(Caption(text=text, credit=credit))
    return captions

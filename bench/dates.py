"""Publication dates read from the article itself: how often found, how often wrong, per source.

Two sets, both through the project's own ingest (``to_article`` with a ``RawDocument``,
as bench/ecbplus.py does):

- **ECB+** (the 502 ``ecbplus`` documents of docs.jsonl: title, then usually a date line,
  then the text; most carry their URL). The truth is the date line, read by an
  independent parser (dateutil) where one of the first four sentences is one (a
  numeric date whose day and month could swap gives no truth); documents without
  such a line have no truth and are counted apart. Three conditions: the whole
  document; the date line removed (the URL and the text are left); the date line and
  the URL removed (the text alone: a second date line, an "Updated" line, a dateline).
  No split is held out: nothing is fitted, and the readers were written with the date
  line formats of all ECB+ splits in view.
- **Generated** files whose only dates are in the URL, a wire dateline or a date line in
  another language, with known truth, in families: URL only; dateline with its year;
  dateline without a year whose year comes from the URL, a copyright line or a full
  date in the lead; a date line in one of twelve other languages (Persian ones also in
  the solar calendar and Persian digits); a Russian TASS dateline whose year comes from
  the URL; an address at the foot of the file, bare or under a label that names it the
  address or its source in another language ("Lien :", "Ссылка:", "Izvor:"); a Persian site's URL dated by the
  solar calendar; a date line in figures alone (a solar date year first, "۱۴۰۱/۱۱/۱۱ - ۱۴:۰۵", or a
  page's ISO timestamp, "2023-01-31T14:05:00Z"); and five families with no evidence at all (a dateline without a year, a
  Russian sentence that reports a date, a link to an older page inside the text or at the
  foot under a photo's, a "Related" or a "Read more" label in one of four languages, or nothing), where any date found
  is invented. Texts are built from templates written for this bench, with
  past dates in the background ("signed on November 9, 2019") as distractors and a
  weekday in the lead ("on Tuesday") that must resolve against the date found.

A date is right when it equals the truth, off by a day when one day apart (a print
edition's URL, a time zone), wrong otherwise. The target: at most 1% of the dates found
are wrong.

    .venv/bin/python bench/dates.py
    .venv/bin/python bench/dates.py --list      # every disagreement, for reading

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import warnings
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import DATA, ROOT, detokenise  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))
from rashomon.analyse.times import find_times  # noqa: E402
from rashomon.ingest import months  # noqa: E402
from rashomon.ingest.metadata import to_article  # noqa: E402
from rashomon.model import RawDocument  # noqa: E402

TODAY = date(2026, 1, 1)  # generated dates stay before it


# -- scoring -----------------------------------------------------------------

def verdict(found: str | None, truth: str | None) -> str:
    if found is None:
        return "none"
    if truth is None:
        return "unverified"
    gap = abs((date.fromisoformat(found) - date.fromisoformat(truth)).days)
    return "right" if gap == 0 else "off by a day" if gap == 1 else "wrong"


def tally(rows: list[tuple[str, str | None, str]]) -> dict:
    """rows: (verdict, source, name) -> counts overall and per source."""
    out = {"n": len(rows), **Counter(v for v, _, _ in rows)}
    by_source: dict[str, Counter] = defaultdict(Counter)
    for v, source, _ in rows:
        if source:
            by_source[source][v] += 1
    out["by_source"] = {s: dict(c) for s, c in sorted(by_source.items())}
    return out


def print_table(title: str, results: dict[str, dict]) -> None:
    cols = ["n", "found", "right", "off by a day", "wrong", "unverified", "wrong %"]
    print(f"\n{title}")
    print(f"  {'':34}" + "".join(f"{c:>14}" for c in cols))
    for name, r in results.items():
        found = r["n"] - r.get("none", 0)
        wrong_pct = 100 * r.get("wrong", 0) / found if found else 0.0
        vals = [r["n"], found, r.get("right", 0), r.get("off by a day", 0), r.get("wrong", 0),
                r.get("unverified", 0), f"{wrong_pct:.1f}"]
        print(f"  {name:34}" + "".join(f"{v:>14}" for v in vals))
        for source, c in r["by_source"].items():
            n = sum(c.values())
            print(f"  {'  from the ' + source:34}" + "".join(f"{v:>14}" for v in [
                "", n, c.get("right", 0), c.get("off by a day", 0), c.get("wrong", 0), c.get("unverified", 0),
                f"{100 * c.get('wrong', 0) / n:.1f}"]))


# -- ECB+ --------------------------------------------------------------------

NUMERIC = re.compile(r"\b(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2,4})\b")
AMBIGUOUS = "ambiguous"


def clean(sentence: str) -> str:
    "ECB+ tokens back into text; its tokeniser also split times such as '08.23 BST' into '08 . 23'."
    return re.sub(r"\b(\d{1,2})\. (\d{2})\b", r"\1.\2", detokenise(sentence))


def truth_of(line: str) -> str | None:
    """The date a date line gives, read by dateutil (not the project's reader); None if it is no date line.

    A date line holds a date with its year and at most three other words ("Published", "Updated", a zone);
    a numeric date whose day and month could swap is AMBIGUOUS: its truth is not known.
    """
    from dateutil import parser

    s = clean(line)
    if len(s.split()) > 14 or not re.search(r"\b(?:19|20)\d\d\b|\d{1,2}[/.]\s?\d{1,2}[/.]\s?\d{2}\b", s):
        return None
    first = re.split(r"\b[Uu]pdated\b|\|", s)[0]
    first = re.sub(r"((?:19|20)\d\d)-(?=\d)", r"\1 ", first if re.search(r"\d", first) else s)  # "2012-4:43 pm"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            a, skipped = parser.parse(first, fuzzy_with_tokens=True, default=datetime(1900, 1, 1))
            b = parser.parse(first, fuzzy=True, default=datetime(1901, 2, 2))
        except (ValueError, OverflowError):
            return None
    if len([w for t in skipped for w in re.findall(r"[A-Za-z]{2,}", t)]) > 3 or a.date() != b.date():
        return None
    if (m := NUMERIC.search(first)) and m.group(1) != m.group(2) and int(m.group(1)) <= 12 and int(m.group(2)) <= 12:
        return AMBIGUOUS
    return a.date().isoformat()


def ecb_docs(data: Path) -> list[dict]:
    """The ecbplus documents, each with its date line's index and true date (None where it has none)."""
    docs = []
    for line in (data / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["subtopic"].endswith("ecbplus"):
            found = [(i, t) for i, s in enumerate(d["sentences"][:4]) if (t := truth_of(s))]
            d["date_line"], d["truth"] = found[0] if found else (None, None)
            docs.append(d)
    return docs


def ecb_condition(docs: list[dict], drop_date_line: bool, keep_url: bool) -> tuple[dict, dict, list]:
    """Dates found in documents with a known truth, and in those without one; the disagreements."""
    with_truth, without, disagreements = [], [], []
    for d in docs:
        sentences = [s for i, s in enumerate(d["sentences"]) if not (drop_date_line and i == d["date_line"])]
        fields = {"url": d["url"]} if d["url"] and keep_url else {}
        a = to_article(RawDocument(d["doc_id"], "\n\n".join(clean(s) for s in sentences), "text", fields))
        truth = d["truth"] if d["truth"] != AMBIGUOUS else None
        v = verdict(a.published, truth)
        (with_truth if truth else without).append((v, a.date_source, d["doc_id"]))
        if v not in ("right", "none"):
            disagreements.append((d["doc_id"], v, a.published, a.date_source, d["truth"], d["url"],
                                  " || ".join(clean(s)[:40] for s in sentences[:4])))
    return tally(with_truth), tally(without), disagreements


# -- generated files ------------------------------------------------------------

CITIES = ["YEREVAN", "MOSCOW", "BAKU", "TBILISI", "KYIV", "ANKARA", "BRUSSELS", "GENEVA", "VIENNA", "WARSAW",
          "NAIROBI", "JAKARTA", "CAIRO", "LIMA", "OTTAWA", "SEOUL", "MANILA", "ACCRA", "OSLO", "HANOI",
          "KYIV, Ukraine", "WASHINGTON, D.C.", "SAN JOSE, Costa Rica", "Yerevan", "Baku"]
AGENCIES = ["Reuters", "AFP", "AP", "Xinhua", "dpa", "Anadolu", "TASS"]
HOSTS = ["daily-report.example", "worldwire.example.com", "news.example.org", "www.harbour-times.example",
         "www.example.net"]
ACTORS = ["The foreign ministry", "Government officials", "The central bank", "Opposition leaders", "The mayor",
          "Union representatives", "Prosecutors", "Aid agencies", "The defence ministry", "Local residents"]
ACTIONS = ["talks on the border crossing would resume", "the new budget would be put to a vote",
           "the road would reopen to lorries", "interest rates would stay unchanged", "the strike had ended",
           "two officials had been dismissed", "the water supply was back to normal", "the ferry service was cut"]
BACKGROUND = ["The dispute goes back to an agreement signed on {d}.", "A similar protest was broken up on {d}.",
              "The last census, taken on {d}, counted fewer residents.", "The bridge was first closed on {d}.",
              "Parliament last debated the issue on {d}, without a vote."]
FILLER = ["Neither side gave details of what was discussed.", "Analysts said the move had been expected for weeks.",
          "The statement did not say when the work would be finished.", "Several roads in the area remained closed.",
          "Officials declined to comment further."]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def written(d: date, rnd: random.Random, year: bool = True) -> str:
    month = d.strftime("%B")
    short = {"May": "May", "June": "June", "July": "July"}.get(month, d.strftime("%b") + rnd.choice(["", "."]))
    forms = [f"{month} {d.day}", f"{short} {d.day}", f"{d.day} {month}"]
    text = rnd.choice(forms)
    return f"{text}, {d.year}" if year and not text[0].isdigit() else f"{text} {d.year}" if year else text


def dateline(d: date, rnd: random.Random, year: bool) -> str:
    city, agency = rnd.choice(CITIES), rnd.choice(AGENCIES)
    when = written(d, rnd, year)
    if agency == "TASS":
        return f"{city}, {when}. /TASS/."
    return f"{city}, {when} ({agency}) {rnd.choice(['-', '—', '–', '--'])}"


# date lines as outlets in other languages print them: {d} day, {m} the month's first name in data/months.tsv
FOREIGN_LINES = {
    "ru": ["{d} {m} {y}, 14:05", "Опубликовано: {d} {m} {y} г.", "Обновлено {d} {m} {y} года в 09:40"],
    "uk": ["{d} {m} {y} р., 14:05", "{d} {m} {y}"], "fr": ["Publié le {d} {m} {y} à 14h05", "{d} {m} {y}"],
    "es": ["{d} de {m} de {y}", "Publicado el {d} de {m} de {y} a las 14:05"], "it": ["Pubblicato il {d} {m} {y} alle 14:05"],
    "de": ["{d}. {m} {y}, 14:05 Uhr"], "sr": ["{d}. {m} {y}. 14:05"], "mk": ["{d} {m} {y}"], "id": ["{d} {m} {y} 14:05 WIB"],
    "tr": ["{d} {m} {y} 14:05"], "hy": ["{y} թ. {m} {d}", "{d} {m} {y}"], "fa": ["{d} {m} {y}"],
}
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# labelled numeric date lines, as pages in these languages print them (day first)
LABELLED_LINES = ["Published: {y}-{m:02}-{d:02}", "Опубліковано: {d:02}.{m:02}.{y}, 08:30",
                  "Објављено: {d:02}.{m:02}.{y}. у 16:05", "Yayınlanma: {d:02}.{m:02}.{y} 14:27 | Güncelleme: {d:02}.{m:02}.{y} 16:50",
                  "Veröffentlicht am {d:02}.{m:02}.{y} um 09:12 Uhr", "Опубликовано {d:02}.{m:02}.{y} в 10:15",
                  "Objavljeno: {d}. {m}. {y}."]


def foreign_date_line(d: date, rnd: random.Random) -> str:
    """A date line in another language; Persian ones in the solar calendar or with Gregorian months, in Persian digits."""
    from rashomon.ingest.months import solar_to_gregorian
    from rashomon.resources import split_list, table

    lang = rnd.choice(sorted(FOREIGN_LINES))
    calendar, (day, month, year) = "gregorian", (d.day, d.month, d.year)
    if lang == "fa" and rnd.random() < 0.5:
        calendar = "jalali"
        day, month, year = next((dd, mm, yy) for yy in (d.year - 622, d.year - 621) for mm in range(1, 13)
                                for dd in range(1, 32) if solar_to_gregorian(yy, mm, dd) == d)
    name = next(split_list(r["names"])[0] for r in table("months.tsv")
                if r["language"] == lang and r["calendar"] == calendar and int(r["month"]) == month)
    line = rnd.choice(FOREIGN_LINES[lang]).format(d=day, m=name, y=year)
    return line.translate(PERSIAN_DIGITS) if lang == "fa" else line


def url_for(d: date, rnd: random.Random) -> str:
    host, slug = rnd.choice(HOSTS), "-".join(rnd.sample(["talks", "border", "vote", "budget", "strike", "road",
                                                          "ministry", "protest", "ferry", "water"], 3))
    return rnd.choice([
        f"https://{host}/{d:%Y/%m/%d}/{slug}",
        f"https://{host}/{d.year}/{d:%b}/{d:%d}/{slug}".lower(),
        f"https://{host}/news/{slug}-{d:%Y%m%d}",
        f"https://{host}/world/{slug}-{d:%Y-%m-%d}.html",
        f"https://{host}/politics/{d:%Y%m%d}/{rnd.randint(10000, 99999)}.html",
        f"https://{host}/{d.year}/{d.month}/{d.day}/{rnd.randint(1000, 9999)}/{slug}",
    ])


def body(truth: date, rnd: random.Random, opening: str = "", lead_extra: str = "",
         lead_distractor: float = 0.0) -> tuple[str, date]:
    """Paragraphs of a made-up report, and the day its weekday sentence refers to."""
    day = truth - timedelta(days=rnd.randint(0, 5))
    lead = f"{rnd.choice(ACTORS)} said on {WEEKDAY_NAMES[day.weekday()]} that {rnd.choice(ACTIONS)}.{lead_extra}"
    past = [truth - timedelta(days=rnd.randint(400, 5000)) for _ in range(rnd.randint(0, 2))]
    if past and rnd.random() < lead_distractor:
        lead += " " + rnd.choice(BACKGROUND).format(d=written(past.pop(), rnd))
    paragraphs = [f"{opening} {lead}".strip(), rnd.choice(FILLER)]
    paragraphs += [rnd.choice(BACKGROUND).format(d=written(p, rnd)) for p in past]
    paragraphs.append(rnd.choice(FILLER))
    return "\n\n".join(paragraphs), day


SOURCE_LABELS = ("Source:", "Izvor:", "Источник:", "Fonte:", "Sumber:", "منبع:")


def with_url(text: str, url: str, rnd: random.Random) -> RawDocument:
    how = rnd.choice(["field", "footer", "source"])
    if how == "field":
        return RawDocument("generated", text, "text", {"url": url})
    # whoever saved a page notes where it came from: "Source:", "Izvor:", "Источник:" (``words.tsv`` source-labels)
    label = "Original url:" if how == "footer" else SOURCE_LABELS[len(url) % len(SOURCE_LABELS)]
    return RawDocument("generated", f"{text}\n\n{label} {url}", "text", {})


def generated(seed: int = 13) -> list[tuple[str, RawDocument, str | None, date | None]]:
    """(family, document, true date or None, the day 'on <weekday>' means)."""
    rnd = random.Random(seed)
    start = date(2005, 1, 1)
    pick = lambda: start + timedelta(days=rnd.randint(0, (TODAY - start).days - 2))  # noqa: E731
    out = []
    for _ in range(200):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        out.append(("url only", with_url(text, url_for(t, rnd), rnd), t.isoformat(), day))
    for _ in range(100):
        t = pick()
        text, day = body(t, rnd, dateline(t, rnd, year=True), lead_distractor=0.3)
        out.append(("dateline with year", RawDocument("generated", text, "text"), t.isoformat(), day))
    for _ in range(60):
        t = pick()
        text, day = body(t, rnd, dateline(t, rnd, year=False))
        folder = rnd.choice([f"{t.year}/world", f"{t:%Y/%m}"])
        url = f"https://{rnd.choice(HOSTS)}/{folder}/{rnd.randint(100000, 999999)}"
        out.append(("dateline, year from URL", with_url(text, url, rnd), t.isoformat(), day))
    for _ in range(60):
        t = pick()
        text, day = body(t, rnd, dateline(t, rnd, year=False))
        mark = rnd.choice([f"© {t.year} {rnd.choice(AGENCIES)}", f"Copyright {t.year} {rnd.choice(AGENCIES)}"])
        out.append(("dateline, year from copyright", RawDocument("generated", f"{text}\n\n{mark}", "text"),
                    t.isoformat(), day))
    for _ in range(60):
        t = pick()
        recent = written(t - timedelta(days=rnd.randint(1, 6)), rnd)
        text, day = body(t, rnd, dateline(t, rnd, year=False), f" The decision followed a meeting on {recent}.")
        out.append(("dateline, year from the lead", RawDocument("generated", text, "text"), t.isoformat(), day))
    for _ in range(150):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        title = " ".join(rnd.sample(["Talks", "resume", "on", "border", "budget", "ferry", "vote"], 4))
        out.append(("date line in another language", RawDocument("generated", f"{title}\n\n{foreign_date_line(t, rnd)}"
                                                                 f"\n\n{text}", "text"), t.isoformat(), day))
    for _ in range(120):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        title = " ".join(rnd.sample(["Talks", "resume", "on", "border", "budget", "ferry", "vote"], 4))
        line = rnd.choice(LABELLED_LINES).format(d=t.day, m=t.month, y=t.year) if rnd.random() < 0.5 \
            else foreign_date_line(t, rnd)
        top = f"{title}\n{line}" if rnd.random() < 0.7 else f"{line}\n{title}"  # no blank line: a page copied as text
        out.append(("date line beside the headline", RawDocument("generated", f"{top}\n\n{text}", "text"),
                    t.isoformat(), day))
    for _ in range(40):
        t = pick()
        text, day = body(t, rnd, f"{rnd.choice(['МОСКВА', 'ЕРЕВАН', 'БАКУ'])}, {t.day} {RU_MONTHS[t.month - 1]}. /ТАСС/.")
        url = f"https://{rnd.choice(HOSTS)}/{t.year}/world/{rnd.randint(100000, 999999)}"
        out.append(("Russian dateline, year from URL", with_url(text, url, rnd), t.isoformat(), day))
    for _ in range(60):
        t = pick()
        text, _ = body(t, rnd, lead_distractor=0.3)
        said = f"Встреча министров прошла {t.day} {RU_MONTHS[t.month - 1]} {t.year} года в Москве."
        out.append(("no evidence: a Russian sentence with a date", RawDocument("generated", f"{said}\n\n{text}", "text"),
                    None, None))
    for _ in range(100):
        t = pick()
        text, _ = body(t, rnd, dateline(t, rnd, year=False), lead_distractor=0.3)
        out.append(("no evidence: dateline without year", RawDocument("generated", text, "text"), None, None))
    for _ in range(100):
        t = pick()
        text, _ = body(t, rnd, lead_distractor=0.3)
        raw = with_url(text, f"https://{rnd.choice(HOSTS)}/world/{rnd.randint(100000, 999999)}", rnd) \
            if rnd.random() < 0.5 else RawDocument("generated", text, "text")
        out.append(("no evidence: nothing", raw, None, None))
    # added later, after the families above, so that their documents stay as they were
    for _ in range(100):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        label = rnd.choice(["", "URL: ", "Lien : ", "Ссылка: ", "Посилання: ", "Link: "])
        out.append(("address at the foot", RawDocument("generated", f"{text}\n\n{label}{url_for(t, rnd)}", "text"),
                    t.isoformat(), day))
    for _ in range(40):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        y, m, d = solar_day(t)
        url = f"https://{rnd.choice(HOSTS)}/fa/news/{y}/{m:02d}/{d:02d}/{rnd.randint(100000, 999999)}"
        raw = RawDocument("generated", f"{url}\n\n{text}", "text") if rnd.random() < 0.5 else \
            RawDocument("generated", text, "text", {"url": url})  # a link above the text, or the record's field
        out.append(("Persian solar date in the URL", raw, t.isoformat(), day))
    for _ in range(60):
        t = pick()
        text, _ = body(t, rnd, lead_distractor=0.3)
        label = rnd.choice(["Leggi anche: ", "Читайте также: ", "Baca juga: ", "Related:\n\n", "Read more:\n\n", "Photo: "])
        link = url_for(t - timedelta(days=rnd.randint(30, 900)), rnd)  # another page's, at the foot
        out.append(("no evidence: a link to another page at the foot", RawDocument("generated", f"{text}\n\n{label}{link}",
                                                                                  "text"), None, None))
    for _ in range(60):
        t = pick()
        text, _ = body(t, rnd, lead_distractor=0.3)
        first, rest = text.split("\n\n", 1)
        link = url_for(t - timedelta(days=rnd.randint(30, 900)), rnd)  # a link to an older page, inside the text
        out.append(("no evidence: a link inside the text", RawDocument("generated", f"{first}\n\n{link}\n\n{rest}",
                                                                       "text"), None, None))
    for _ in range(60):
        t = pick()
        text, day = body(t, rnd, lead_distractor=0.3)
        title = " ".join(rnd.sample(["Talks", "resume", "on", "border", "budget", "ferry", "vote"], 4))
        out.append(("date line in figures: solar, or ISO's timestamp", RawDocument("generated", f"{title}\n\n"
                                                                                 f"{figures_line(t, rnd)}\n\n{text}",
                                                                                 "text"), t.isoformat(), day))
    return out


def figures_line(d: date, rnd: random.Random) -> str:
    """A date line all in figures: a solar date year first, as Iranian sites print it, or a page's ISO timestamp."""
    if rnd.random() < 0.5:
        y, m, n = solar_day(d)
        line = rnd.choice(["{y}/{m:02}/{n:02} - 14:05", "تاریخ انتشار: {y}/{m:02}/{n:02}", "{y}-{m:02}-{n:02} 09:40"])
        line = line.format(y=y, m=m, n=n)
        return line.translate(PERSIAN_DIGITS) if rnd.random() < 0.7 else line
    zone = rnd.choice(["Z", "+04:00", "+0300", ".000Z", ""])
    return rnd.choice(["", "Published ", "Updated: "]) + f"{d.isoformat()}T{rnd.randint(0, 23):02}:05:00{zone}"


def solar_day(d: date) -> tuple[int, int, int]:
    """The Persian solar (year, month, day) of a Gregorian day."""
    return next((y, m, n) for y in (d.year - 622, d.year - 621) for m in range(1, 13) for n in range(1, 32)
                if months.solar_to_gregorian(y, m, n) == d)


def run_generated() -> tuple[dict, dict, list]:
    rows: dict[str, list] = defaultdict(list)
    weekdays = Counter()
    disagreements = []
    for i, (family, raw, truth, day) in enumerate(generated()):
        a = to_article(RawDocument(f"generated#{i}", raw.text, raw.format, raw.fields))
        v = verdict(a.published, truth)
        v = "wrong" if truth is None and a.published else v  # anything found without evidence is invented
        rows[family].append((v, a.date_source, a.source))
        if v not in ("right", "none"):
            disagreements.append((a.source, family, v, a.published, a.date_source, truth, a.body[:70]))
        if day and a.published:
            anchor = date.fromisoformat(a.published)
            said = [t.value for t in find_times(a.body, anchor) if t.text in WEEKDAY_NAMES]
            weekdays["right" if said and said[0] == day.isoformat() else "wrong"] += 1
    results = {family: tally(r) for family, r in rows.items()}
    results["all generated"] = tally([x for r in rows.values() for x in r])
    return results, dict(weekdays), disagreements


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--list", action="store_true", help="print every disagreement")
    args = ap.parse_args()

    docs = ecb_docs(args.data)
    ecb, unverified, listed = {}, {}, []
    for name, drop, url in [("whole document", False, True), ("date line removed", True, True),
                            ("date line and URL removed", True, False)]:
        ecb[name], unverified[name], dis = ecb_condition(docs, drop, url)
        listed += [(name, *x) for x in dis]
    n_truth = sum(1 for d in docs if d["truth"] not in (None, AMBIGUOUS))
    n_ambiguous = sum(1 for d in docs if d["truth"] == AMBIGUOUS)
    print(f"ECB+ ecbplus documents: {len(docs)}; {n_truth} with a date line that dateutil reads (the truth), "
          f"{n_ambiguous} more whose numeric date line could be read two ways (no truth)")
    print_table("ECB+, documents with a true date", ecb)
    print_table("ECB+, documents without a readable date line (found dates cannot be checked)", unverified)

    gen, weekdays, gen_listed = run_generated()
    print_table("Generated files (any date found in the 'no evidence' families counts as wrong)", gen)
    print(f"\n'on <weekday>' in the lead resolved against the date found: {weekdays}")

    if args.list:
        print("\nDisagreements:")
        for row in listed + gen_listed:
            print("  " + " | ".join(str(x) for x in row))

    def summary(r: dict) -> dict:
        found = r["n"] - r.get("none", 0)
        return {"n": r["n"], "found": found, "right": r.get("right", 0), "off_by_a_day": r.get("off by a day", 0),
                "wrong": r.get("wrong", 0), "wrong_rate": round(r.get("wrong", 0) / found, 4) if found else 0.0,
                "by_source": r["by_source"]}

    print(json.dumps({"bench": "dates", "ecbplus_docs": len(docs), "ecbplus_with_truth": n_truth,
                      "ecbplus_ambiguous_date_line": n_ambiguous,
                      "ecbplus": {k: summary(v) for k, v in ecb.items()},
                      "ecbplus_unverified_found": {k: v["n"] - v.get("none", 0) for k, v in unverified.items()},
                      "generated": {k: summary(v) for k, v in gen.items()},
                      "weekdays_resolved": weekdays}))


if __name__ == "__main__":
    main()

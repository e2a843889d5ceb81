"""Event and story grouping on messy multilingual coverage where the same kind of event happens twice.

bench/data/events_multilingual holds 42 articles written for this project about
fictional countries (see its README): a border dispute (two phone calls between
the SAME two foreign ministers 14 days apart, a tribunal order, a new checkpoint),
a judicial-reform story (two Saturday protests a week apart with the same
opposition leader and prime minister, then the parliament vote) and six
look-alike one-article events that share names with them. English is about
half; the rest is Russian, Ukrainian, French, German, Serbian, Armenian and Persian.

The corpus goes through the real command twice, each time into a fresh
temporary store: ``rashomon analyze files/`` (bare text, a title line or a saved
Markdown page: the date only where the text shows it) and ``rashomon analyze
articles.jsonl`` (the same texts with url, outlet, published, language and title
fields). The story and event of each stored article are read back from the store
and scored against gold.tsv with B-cubed (plus ARI and NMI), as in ecbplus.py.
A table shows each predicted event with the gold events it mixes, and
``same_cast_merged`` is the share of (A1, A2) and (B1, B2) article pairs put in
one event: the repeated events the bench is about (0 is right).

bench/data/events_multilingual_2 is a second set in the same layout (50 articles, 40 outlets,
eleven languages, its own same-cast pairs and look-alikes), written by someone who had read neither
the rules nor the first set; ``--data`` scores it. bench/data/events_multilingual_3 is a third (46
articles, 40 outlets, fourteen languages: a dam dispute with two calls of the same prime ministers two
weeks apart, a tribunal order and the gates opened four days after the second call; two doctors' strikes
a week apart), written the same way. bench/data/events_multilingual_4 is a fourth (48 articles, 43 outlets,
fourteen languages in five scripts: two prisoner exchanges of the same delegations ten days apart, a court
order, a ministers' meeting; an earthquake and its aftershock four days later, a donor conference).
bench/data/events_multilingual_5 is a fifth (50 articles, 39 outlets, ten languages: a blockaded road with
two rounds of calls of the same ministers two weeks apart, a court order and a checkpoint; two collapses of
one dam four days apart and a donor conference; 221 planted quotes). bench/data/events_multilingual_6 and _7
are a sixth and a seventh (50 articles each, ten languages: two rounds of talks or of phone calls of the same
people weeks apart, a border shooting or a court order, a law's vote or a checkpoint; two mine explosions or
two plant fires four days apart; 247 and 264 planted quotes). bench/data/events_multilingual_8 and _9 are an
eighth and a ninth (54 and 50 articles, ten languages: two rounds of talks nine days apart, an assembly's vote, a
strike and an exchange of detainees, or two exchanges of fire eight days apart, two convoys five days apart and a
ministers' meeting; two quakes six days apart, or a mine's collapse, rescue and licence; 400 and 331 planted quotes).
bench/data/events_multilingual_10 and _11 are a tenth and an eleventh (50 articles each, ten languages: two rounds
of water talks ten days apart, a sluice-gate closure and a commission's inspection, two floods of one town four days
apart and an evacuation order; or two opposition rallies a week apart, a recount and an envoy's visit, two
derailments on one line five days apart and the operator's chief resigning; 331 and 359 planted quotes, a third of
them said by bodies). bench/data/events_multilingual_12 is a twelfth (50 articles, ten languages: two exchanges of
detainees at one crossing nineteen days apart, the ministers' meeting and an assembly's resolution; two mine
collapses four days apart and the regulator suspending the company's licence; 272 planted quotes).
bench/data/events_multilingual_13 is a thirteenth, of long articles (36 of 400 to 750 words whose background
paragraphs retell the story's earlier events: two rounds of talks of the same ministers eleven days apart, a
tribunal's ruling, a gate at a bridge; two derailments on one line four days apart and the minister resigning;
450 planted quotes). bench/data/events_multilingual_14 is a fourteenth, of wire copy (48 articles, a third of
them translations or rewrites of four wire stories, many short excerpts without a date: three exchanges of fire
of the same two countries six and eight days apart and a council's session; a union's two strike days ten days
apart and its failed talks with the minister; 316 planted quotes). bench/data/events_multilingual_15 is a
fifteenth (44 articles, among them wire flashes, channel posts, digests and web clutter, names spelled several
ways in one script: two phone calls of the same ministers two weeks apart, a court order and a checkpoint; a
plant fire, its leak two days later and a criminal case; 341 planted quotes). bench/data/events_multilingual_16
is a sixteenth (44 articles: two meetings in person of the same deputy prime ministers at one table ten days
apart, a council's resolution and a shooting at a border post; a dam wall's collapse, the flood three days later
and the arrests; consent notices, bylines with dates, labels in Armenian; 331 planted quotes).
bench/data/events_multilingual_17 is a seventeenth (44 articles, most of the bare files dated by a dateline
without a year or not at all: two explosions at one pumping station eight days apart, a regional council's
statement and diplomats expelled; ransomware on a city's hospitals, then on its water utility four days later,
and the arrests; live pages, site menus, an edition's date line; 309 planted quotes).
bench/data/events_multilingual_18 is an eighteenth (44 articles: an earthquake and a strong aftershock in the
same province six days apart, a donors' conference and a minister's resignation; a human-rights court's order to
free a journalist, two phone calls of the same ministers thirteen days apart and his release at a border crossing;
seven look-alikes; 290 planted quotes).
bench/data/events_multilingual_19 is a nineteenth (46 articles, the bare files almost all undated: two exchanges of
fire on one border section five days apart, a bridge blockade and a new checkpoint on the same road; two rounds of
water talks in the same palace eleven days apart, a dam inspection and the dam's first release; seven look-alikes;
263 planted quotes).
bench/data/events_multilingual_20 is a twentieth (46 articles: two days of calls between the same foreign ministers
fourteen days apart, a court order and a checkpoint on a blockaded bridge; a presidential election's two rounds, a
rally and an inauguration; seven look-alikes; 296 planted quotes, many of Hungarian and Romanian names).
bench/data/events_multilingual_21 is a twenty-first (46 articles: two detainee exchanges across one bridge three
weeks apart, a flood from a dam's spillway and a summit; two general-strike days, a court ruling and a minister's
resignation; seven look-alikes; 306 planted quotes, of Polish, Georgian, Catalan and Finnish names).
bench/data/events_multilingual_22 is a twenty-second (46 articles: a patrol ship's seizure of a trawler and its
collision with another three weeks later, an arbitral award and an interim fisheries arrangement; a copper mine's
tailings dam failure, an inspection, a pipeline burst five weeks after the failure and a fine; seven look-alikes
each two days from its event; 323 planted quotes, of Albanian, Basque, Lithuanian and Welsh names).
bench/data/events_multilingual_23 is a twenty-third (48 articles in eleven languages: two rounds of talks of the same
envoys in one spa town three weeks apart on the same weekday, a court verdict and a prisoner exchange; two night fires
at one chemical works six weeks apart on the same weekday, the director's detention and a permit withdrawn; seven
look-alikes; 235 planted quotes, Hungarian names also surname first). bench/data/events_multilingual_27 is a
twenty-seventh, written blind for a later release (44 articles in eleven languages: two phone calls of the same foreign
ministers fourteen days apart over a blockaded mountain road, a tribunal's order and a checkpoint at its bridge; two
accidents of one lake ferry ten days apart and its operator's chief resigning; six look-alikes; 171 planted quotes).
bench/data/events_multilingual_28 is a twenty-eighth, written blind for a later release still (44 articles in eleven
languages, Turkish among them: two phone calls of the same foreign ministers fifteen days apart over a blockaded road,
a court's order and a checkpoint with a gate; two fires at one refinery three days apart and its director resigning;
six look-alikes; 228 planted quotes).
bench/data/events_multilingual_29 is a twenty-ninth, written blind for the release after (46 articles in twelve
languages: two prisoner exchanges of the same two countries twenty days apart at one crossing, a village's shelling and
a minister's visit to a disputed town; an earthquake, its deadly aftershock four days later and the builder's arrest;
six look-alikes; 280 planted quotes).

Each predicted story is then compared as ``rashomon compare --all`` compares it, and the bench counts
what cannot be true: conflicts, and links from a denial to a claim it answers, between articles of
different gold events (``crossing``). Where the set has a ``planted.json`` (sets 2 to 29) it also
counts the planted conflicts found (a conflict between an article of each side), the planted
disputes found (a claim of the asserting side linked to a denial of the other) and the planted
quotes attributed to their speaker (by the name given or the entity it resolves to).

    .venv/bin/python bench/events_multilingual.py
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_2
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_3
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_4
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_5
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_7
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_9
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_11
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_14
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_15
    .venv/bin/python bench/events_multilingual.py --data bench/data/events_multilingual_12
    .venv/bin/python bench/events_multilingual.py --only jsonl --keep bench/out/events_multilingual

Takes under a minute on two cores (about 10 s per input and as much to compare). Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecbplus import ROOT, scores, table  # noqa: E402

DATA = ROOT / "bench" / "data" / "events_multilingual"
REPEATED = (("A1", "A2"), ("B1", "B2"))  # same cast, same kind of event, one and two weeks apart


def load_gold(data: Path) -> dict[str, dict]:
    """Article id -> its gold.tsv row (story, event, language)."""
    with (data / "gold.tsv").open(encoding="utf-8") as fh:
        return {row["id"]: row for row in csv.DictReader(fh, delimiter="\t")}


def jsonl_ids(path: Path) -> list[str]:
    "The id field of each line of the JSONL file, in line order (the store names an item file:line)."
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_analyze(path: Path, db: Path, workers: int) -> tuple[int, float, str]:
    """``rashomon analyze PATH --db DB``, as a user runs it; (exit code, seconds, stderr)."""
    cmd = [sys.executable, "-m", "rashomon", "analyze", str(path), "--db", str(db), "--quiet",
           "--workers", str(workers)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return done.returncode, time.perf_counter() - t0, done.stderr


def read_groups(db: Path, gold_id) -> dict[str, tuple[int, int]]:
    """Gold id -> (story id, event id) of every stored article; ``gold_id`` maps a store source to a gold id."""
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon.store.db import open_store

    store = open_store(db)
    try:
        out = {}
        for a in store.articles():
            group = store.group_of(a.id)
            if group is not None:
                out[gold_id(a.source)] = group
        return out
    finally:
        store.close()


def repeated_merge(gold: dict, got: dict) -> dict:
    """For each same-cast pair of gold events, the share of their cross pairs of articles put in one event."""
    out = {}
    for x, y in REPEATED:
        xs = [i for i in gold if gold[i]["event"] == x]
        ys = [i for i in gold if gold[i]["event"] == y]
        if not xs or not ys:  # a corpus without this pair of events
            continue
        together = sum(1 for i in xs for j in ys if i in got and j in got and got[i][1] == got[j][1])
        out[f"{x}+{y}"] = round(together / (len(xs) * len(ys)), 3)
    return out


def evaluate(gold: dict, got: dict) -> dict:
    """Scores at both levels; an article that was not stored counts as a group of its own."""
    ids = sorted(gold)
    story = [got[i][0] if i in got else f"missing {i}" for i in ids]
    event = [got[i][1] if i in got else f"missing {i}" for i in ids]
    same_story = [(i, j) for i, j in combinations(ids, 2) if gold[i]["story"] == gold[j]["story"]]
    return {"stored": len(got), "event": scores([gold[i]["event"] for i in ids], event),
            "story": scores([gold[i]["story"] for i in ids], story),
            "same_cast_merged": repeated_merge(gold, got),
            "story_pairs_split": round(sum(got.get(i, (i,))[0] != got.get(j, (j,))[0] for i, j in same_story)
                                       / len(same_story), 3)}


def comparisons(db: Path, gold_id, gold: dict, planted: dict) -> dict:
    """Compare every predicted story as ``rashomon compare --all`` does and count what cannot be true:
    conflicts, and denial-to-claim links of disputes, between articles of different gold events; and the
    multi-source claims, those across languages and those mixing gold events (a background fact may).
    With ``planted.json`` beside the gold, also how many of its conflicts, disputes and speakers are found."""
    sys.path.insert(0, str(ROOT / "src"))
    from rashomon.analyse.nlp import DEFAULT_MODEL
    from rashomon.compare.options import CompareOptions
    from rashomon.compare.stored import compare_stories
    from rashomon.store.db import open_store

    store = open_store(db)
    try:
        ids = {a.id: gold_id(a.source) for a in store.articles()}
        found, links, statements, claims = [], [], [], []
        for done in compare_stories(store, CompareOptions(show_uncertain=True), DEFAULT_MODEL):
            claims += [[ids[e.article_id] for e in c.evidence] for c in done.comparison.claims if len(c.evidence) > 1]
            found += [(ids[c.a.article_id], ids[c.b.article_id], c.confident) for c in done.comparison.conflicts]
            links += [(ids[p.evidence.article_id], ids[o.evidence.article_id], d.confident)
                      for d in done.comparison.disputes for p in d.claims for o in d.denials]
        for a in store.articles():
            full = store.article(a.id)
            statements += [(ids[a.id], full.body[s.content.start:s.content.end],
                            " / ".join(filter(None, (s.speaker_name, s.entity_id and store.entity(s.entity_id).name))))
                           for s in full.statements]
    finally:
        store.close()
    event = {i: gold[i]["event"] for i in gold}

    def tally(pairs: list) -> dict:
        return {"all": len(pairs), "confident": sum(c for *_, c in pairs),
                "crossing": sum(event[a] != event[b] for a, b, _ in pairs),
                "confident_crossing": sum(c and event[a] != event[b] for a, b, c in pairs)}

    language = {i: gold[i]["language"] for i in gold}
    out = {"conflicts": tally(found), "dispute_links": tally(links),
           "claims": {"multi_source": len(claims), "across_languages": sum(len({language[a] for a in c}) > 1 for c in claims),
                      "mixing_events": sum(len({event[a] for a in c}) > 1 for c in claims)}}
    if planted:
        def hit(pairs, xs, ys, confident_only, ordered=False):
            "A pair with one article on each side (a claim's then a denial's, if ``ordered``)."
            return any((a in xs and b in ys or not ordered and a in ys and b in xs) and (c or not confident_only)
                       for a, b, c in pairs)
        conflicts, disputes = planted.get("conflicts", []), planted.get("disputes", [])
        out["planted_conflicts"] = {"planted": len(conflicts),
                                    "found": sum(hit(found, c["side_a"], c["side_b"], False) for c in conflicts),
                                    "confident": sum(hit(found, c["side_a"], c["side_b"], True) for c in conflicts)}
        out["planted_disputes"] = {"planted": len(disputes),
                                   "found": sum(hit(links, d["assert_articles"], d["deny_articles"], False, True)
                                                for d in disputes),
                                   "confident": sum(hit(links, d["assert_articles"], d["deny_articles"], True, True)
                                                    for d in disputes)}
        out["planted_speakers"] = speakers(planted.get("speakers", []), statements)
    return out


def speakers(planted: list[dict], statements: list[tuple]) -> dict:
    """Of the planted quotes, how many are found as a statement, and how many of those name the speaker:
    a word of the name the statement gives, or of the entity it was resolved to, spelled in Latin letters
    (anyascii) like the planted surname ("Лидија Маркану" for Lidia Marcanu, "Surayfi" for al-Surayfi), or
    with the same consonants where a script writes no short vowels ("برانیک" for Brannik)."""
    from difflib import SequenceMatcher

    from anyascii import anyascii

    def words(name: str) -> list[str]:
        # anyascii writes a soft sign as an apostrophe ("Екгольм" ekgol'm): no break in the word
        return [re.sub(r"^(?:al|el|as|ad|ac)-", "", w)
                for w in re.findall(r"[\w-]+", anyascii(name).lower().replace("'", ""))]

    def skeleton(word: str) -> str:  # Persian and Arabic write no short vowels: "برانیک" is brnyk, Brannik brnk
        return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouywv'’]", "", word))

    def skeletons(word: str) -> set[str]:  # a Latin "c" is k, ts or ch in the other script ("Castan" کاستان,
        # "Kranjc" کرانیتس, "Mrkonjic" مرکونیچ), and "j" y
        return {skeleton(word.replace("c", c).replace("j", j)) for c in ("c", "k", "ts", "ch") for j in ("j", "y")}

    found = right = 0
    for p in planted:
        # the quote's first four words, or, where the planted start holds its attribution too ("Он добавил,
        # что Тессарон ...", "По её словам, форум ..."), the first four (at its end three) found in a
        # statement's content; a whole short quote's full stop ("ih je bilo 25.000.", "ձերբակալվել է 12
        # մարդ։") is left out, as a statement's content leaves out its sentence's
        quote = re.sub(r"[.։!?…]+$", "", p["quote_start"].strip()).lower().split()
        given = []
        for i in range(max(len(quote) - 2, 1)):
            start = " ".join(quote[i:i + 4])
            given = [name for art, text, name in statements
                     if art == p["article"] and start in " ".join(text.split()).lower()]
            if given:
                break
        if given:
            found += 1
            # a person's surname, or a body's head noun: "Service" of "National Hydrometeorological Service of
            # Zalvonia", "officials" of "Zalvonian officials (unnamed)"
            surname = words(re.sub(r"\s*\(.*?\)", "", p["speaker"]).split(" of ")[0])[-1]
            right += any(SequenceMatcher(None, surname, w).ratio() >= 0.75 or skeleton(w) in skeletons(surname)
                         for name in given if name for w in words(name))
    return {"planted": len(planted), "found": found, "speaker_right": right}


def event_table(gold: dict, got: dict) -> str:
    """One line per predicted event: story, event, size, the gold events it holds and the languages."""
    events: dict[tuple[int, int], list[str]] = {}
    for i, group in got.items():
        events.setdefault(group, []).append(i)
    lines = [f"{'story':>6} {'event':>6} {'n':>3}  gold events (articles)          languages"]
    for (story, event), members in sorted(events.items()):
        mix = Counter(gold[i]["event"] for i in members)
        langs = Counter(gold[i]["language"] for i in members)
        mixed = " ".join(f"{g}x{n}" for g, n in sorted(mix.items()))
        flag = "  <- mixes" if len(mix) > 1 else ""
        lines.append(f"{story:>6} {event:>6} {len(members):>3}  {mixed:<32} "
                     f"{' '.join(f'{k}{v}' for k, v in sorted(langs.items()))}{flag}")
    missing = sorted(set(gold) - set(got))
    if missing:
        lines.append("not stored: " + ", ".join(f"{i} ({gold[i]['event']})" for i in missing))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", choices=["files", "jsonl"], help="run one of the two inputs")
    ap.add_argument("--workers", type=int, default=1, help="analysis processes for rashomon analyze (default 1)")
    ap.add_argument("--keep", type=Path, help="keep the two stores in this folder (files.db, jsonl.db)")
    ap.add_argument("--no-compare", action="store_true", help="group only; skip comparing the predicted stories")
    args = ap.parse_args()
    gold = load_gold(args.data)
    line_ids = jsonl_ids(args.data / "articles.jsonl")
    inputs = {
        "files": (args.data / "files", lambda source: Path(source).stem),
        "jsonl": (args.data / "articles.jsonl", lambda source: line_ids[int(source.rsplit(":", 1)[1]) - 1]),
    }
    result, rows = {}, []
    with tempfile.TemporaryDirectory(prefix="rashomon-events-ml-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for name, (path, gold_id) in inputs.items():
            if args.only and name != args.only:
                continue
            db = folder / f"{name}.db"
            for stale in folder.glob(f"{name}.db*"):  # a fresh store every run, also under --keep
                stale.unlink()
            code, seconds, stderr = run_analyze(path, db, args.workers)
            if not db.exists():
                sys.exit(f"rashomon analyze {path} stored nothing (exit {code}):\n{stderr}")
            got = read_groups(db, gold_id)
            r = {"exit_code": code, "seconds": round(seconds, 1), **evaluate(gold, got)}
            if not args.no_compare:
                planted = args.data / "planted.json"
                r["compare"] = comparisons(db, gold_id, gold,
                                           json.loads(planted.read_text(encoding="utf-8")) if planted.exists() else {})
            result[name] = r
            rows += [(f"{name} event", r["event"]), (f"{name} story", r["story"])]
            print(f"\n== rashomon analyze {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                  f"{r['stored']}/{len(gold)} stored, exit {code}, {r['seconds']} s")
            if code:
                print("\n".join(stderr.strip().splitlines()[-5:]))
            print(event_table(gold, got))
            print(f"same-cast events merged (share of cross pairs in one event): {r['same_cast_merged']}; "
                  f"same-story pairs split across stories: {r['story_pairs_split']}")
            if "compare" in r:
                print("compared, every story with --all:", json.dumps(r["compare"]))
    print(f"\nMultilingual events: {len(gold)} articles, {len({g['event'] for g in gold.values()})} gold events, "
          f"{len({g['story'] for g in gold.values()})} gold stories")
    print(table(rows))
    print(json.dumps({"bench": "events_multilingual", "articles": len(gold), **result}))


if __name__ == "__main__":
    main()

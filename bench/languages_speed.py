"""What analysing and grouping an article costs in each language, against English and bare spaCy.

Russian articles go through natasha's NER model and pymorphy3 (the ``languages`` extra);
Persian and Armenian ones through no model at all, only rules; English ones through spaCy.
Articles are about 600 words, made by recombining paragraphs written for this benchmark
(Russian) or the test fixtures (Persian, Armenian) and, for English, the example corpus
as bench/throughput.py makes it. Figures, one process, after a warm-up article:

- loading natasha's model and pymorphy3: seconds and resident memory added;
- analysis (all default stages) per article, by language; bare spaCy per English article;
- grouping: indexing a corpus vocabulary for foreign names, and ``StoryGrouper.names`` per
  foreign article once indexed.

    .venv/bin/python bench/languages_speed.py [--articles 40] [--vocabulary 100000]

Ends by printing one JSON line with all figures.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

RU_PARAGRAPHS = [
    "Министр иностранных дел {country} {first} {last} во вторник провёл телефонный разговор со своим коллегой "
    "из соседней страны. Стороны обсудили положение на границе, где уже третью неделю закрыт пункт пропуска, "
    "и договорились продолжить консультации на уровне заместителей министров.",
    "По словам {last_gen}, закрытие перехода ударило по местным перевозчикам: на дороге скопились сотни "
    "грузовиков, а цены на продукты в приграничных районах выросли почти на {number} процентов. "
    "Министр призвал соседей как можно скорее вернуться к прежнему порядку.",
    "В ведомстве соседней страны ответили, что меры носят временный характер и связаны с проверкой грузов. "
    "Представитель министерства заявил журналистам, что решение будет пересмотрено после завершения "
    "расследования, начатого в начале месяца.",
    "Переговоры проходят на фоне обострения отношений между странами. В прошлом году стороны подписали "
    "соглашение о совместном контроле над переходом, однако оно так и не вступило в силу, а парламент "
    "одной из стран отказался его ратифицировать.",
    "Эксперты, опрошенные нашим изданием, считают, что кризис может затянуться. Политолог {first2} {last2} "
    "отметил, что обе стороны заинтересованы в торговле, но ни одна не хочет уступать первой, особенно "
    "накануне выборов, намеченных на осень.",
    "Тем временем жители приграничных сёл жалуются на перебои с поставками. Глава местной администрации "
    "сообщил, что в район доставлено около {number} тонн продовольствия, а в школах организовано "
    "бесплатное питание для детей из семей, пострадавших от закрытия границы.",
    "В четверг {last} встретился с послами нескольких государств и рассказал им о ситуации. Дипломаты "
    "выразили надежду на то, что спор будет урегулирован путём переговоров, и предложили свою помощь "
    "в организации встречи министров на нейтральной территории.",
]
RU_FIRST = ["Андрей", "Михаил", "Олег", "Павел", "Игорь", "Виктор"]
RU_LAST = [("Соколов", "Соколова"), ("Морозов", "Морозова"), ("Волков", "Волкова"), ("Лебедев", "Лебедева")]
RU_COUNTRY = ["Вески", "Тордана", "Марони", "Кальдеры"]


def russian_article(rng: random.Random, words: int = 600) -> str:
    paras = []
    while sum(len(p.split()) for p in paras) < words:
        last, last_gen = rng.choice(RU_LAST)
        other = rng.choice(RU_LAST)[0]
        paras.append(rng.choice(RU_PARAGRAPHS).format(country=rng.choice(RU_COUNTRY), first=rng.choice(RU_FIRST),
                                                      last=last, last_gen=last_gen, first2=rng.choice(RU_FIRST),
                                                      last2=other, number=rng.randint(5, 900)))
    return "\n\n".join(paras)


def fixture_article(language: str, rng: random.Random, words: int = 600) -> str:
    rows = [json.loads(line) for line in
            (ROOT / "tests" / "fixtures" / "cross_script" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    text = next(r["text"] for r in rows if r["language"] == language)
    sentences = [s for s in text.replace("։", "։\n").replace(".", ".\n").splitlines() if s.strip()]
    out = []
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(sentences))
    return " ".join(out)


def english_articles(n: int, rng: random.Random) -> list[str]:
    from throughput import example_paragraphs, make_article

    pool = example_paragraphs()
    return [make_article(i, pool, rng)[1] for i in range(n)]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def per_article(pipeline, ctx, bodies: list[str], language: str) -> float:
    from rashomon.model import Article

    articles = [Article(id=f"{language}{i}", source="b", format="text", body=b, language=language)
                for i, b in enumerate(bodies)]
    pipeline(articles[0], ctx)  # warm-up: models load here, not in the timing
    t0 = time.perf_counter()
    for a in articles[1:]:
        pipeline(a, ctx)
    return (time.perf_counter() - t0) / max(1, len(articles) - 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--vocabulary", type=int, default=100_000)
    args = ap.parse_args()
    rng = random.Random(7)
    from rashomon.analyse import slavic
    from rashomon.analyse.pipeline import Context, Pipeline

    before = rss_mb()
    t0 = time.perf_counter()
    slavic.ner(), slavic.morph().parse("Лаврову")
    load = {"seconds": round(time.perf_counter() - t0, 2), "rss_added_mb": round(rss_mb() - before)}
    ctx, pipeline = Context(), Pipeline()
    n = args.articles + 1
    english = english_articles(n, rng)
    seconds = {"ru": per_article(pipeline, ctx, [russian_article(rng) for _ in range(n)], "ru"),
               "fa": per_article(pipeline, ctx, [fixture_article("fa", rng) for _ in range(n)], "fa"),
               "hy": per_article(pipeline, ctx, [fixture_article("hy", rng) for _ in range(n)], "hy"),
               "en": per_article(pipeline, ctx, english, "en")}
    t0 = time.perf_counter()
    for body in english[1:]:
        ctx.nlp(body)
    seconds["en bare spaCy"] = (time.perf_counter() - t0) / (n - 1)
    grouping = group_costs(args.vocabulary, rng)
    print(f"natasha + pymorphy3 load: {load['seconds']} s, {load['rss_added_mb']} MB")
    print(f"{'analysis':16} {'ms/article':>10} {'x bare spaCy':>13}")
    for lang, s in seconds.items():
        print(f"{lang:16} {s * 1000:10.1f} {s / seconds['en bare spaCy']:13.2f}")
    print(f"grouping: the signature of a Russian article (names as Latin keys) "
          f"{grouping['signature_ms']} ms")
    print(json.dumps({"bench": "languages_speed", "articles": args.articles, "natasha_load": load,
                      "ms_per_article": {k: round(v * 1000, 1) for k, v in seconds.items()},
                      "grouping": grouping}, ensure_ascii=False))


def group_costs(size: int, rng: random.Random) -> dict:
    """Time the grouping signature of a Russian article: its names as Latin keys, case forms included."""
    from rashomon.group.signature import signature
    from rashomon.model import Article

    bodies = [russian_article(rng) for _ in range(20)]
    signature(Article(id="warm-up", source="b", format="text", body=bodies[0], language="ru"))  # word lists load
    t0 = time.perf_counter()
    for i, body in enumerate(bodies):
        signature(Article(id=str(i), source="b", format="text", body=body, language="ru"))
    return {"vocabulary": size, "signature_ms": round((time.perf_counter() - t0) / len(bodies) * 1000, 1)}

if __name__ == "__main__":
    main()

"""The web app's pages and their JSON twins, in process (the browser tests drive a real server).

The example corpus is analysed once, through the command; the comparison cache is checked on both
stores with hand-made articles.
"""

from __future__ import annotations

import re
import socket
from dataclasses import fields

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rashomon.cli import app as cli
from rashomon.compare.model import Comparison
from rashomon.config import Options
from rashomon.group.corpus import add_articles
from rashomon.model import Article, Mention
from rashomon.present.cached import StoryComparisons
from rashomon.present.pages import story_page
from rashomon.present.views import article_dict
from rashomon.present.web import create_app
from rashomon.store.browse import StoryFilter

from ..compare.helpers import one_sentence
from ..conftest import ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    result = runner.invoke(cli, ["analyze", str(ROOT / "examples" / "corpus"), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return str(db)


@pytest.fixture(scope="module")
def client(corpus):
    return TestClient(create_app(corpus, Options(), hosts=["testserver"]))


@pytest.fixture(scope="module")
def story(client) -> dict:
    "The biggest story of the example corpus, as its JSON twin gives it."
    listed = client.get("/api/stories").json()["stories"]
    biggest = max(listed, key=lambda s: s["articles"])
    return client.get(f"/api/stories/{biggest['id']}").json()


def test_every_page_has_a_json_twin_with_the_exports_fields(client, story):
    article_id = story["articles"][0]["id"]
    article = client.get(f"/api/articles/{article_id[:6]}").json()
    entity_id = article["entities"][0]["id"]
    outlet = next(a["outlet"] for a in story["articles"] if a["outlet"])
    for path in ("/", f"/stories/{story['story']['id']}", f"/stories/{story['story']['id']}/coverage",
                 f"/articles/{article_id}", f"/entities/{entity_id}", f"/outlets/{outlet}", "/search?q=dam", "/api/docs"):
        page = client.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), path
        if path != "/api/docs":
            twin = client.get("/api" + ("/stories" if path == "/" else path))
            assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", path
    assert set(article["article"]) == set(article_dict(Article(id="x", source="s", body="b", format="text")))
    assert set(story["story"]) == {"id", "label", "first", "last", "outlets", "entities", "events"}
    assert {f.name for f in fields(Comparison)} | {"label"} <= set(story["comparison"])
    assert story["comparison"]["conflicts"], "the example story has conflicting numbers"


def test_openapi_documents_every_json_route(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/stories", "/api/stories/{story_id}", "/api/stories/{story_id}/coverage", "/api/articles/{article_id}",
            "/api/entities/{entity_id}", "/api/outlets/{outlet}", "/api/search"} == set(spec["paths"])
    docs = client.get("/api/docs").text
    assert all(path in docs for path in spec["paths"]) and "docs/schema.md" in docs


def test_errors_have_one_shape_in_json_and_html(client):
    for path, status in (("/api/stories/999", 404), ("/api/stories?since=yesterday", 400), ("/api/stories?page=0", 400),
                         ("/api/articles/ffffffffffff", 404), ("/api/nowhere", 404), ("/api/stories/abc", 400),
                         ("/api/entities/999999", 404), ("/api/outlets/Nobody%20Times", 404), ("/api/search?q=" + "%20".join(["dam"] + [f"w{i}" for i in range(40)]), 400)):
        answer = client.get(path)
        body = answer.json()
        assert answer.status_code == status and body["ok"] is False and body["status"] == status, path
        assert body["errors"][0] == body["error"] and body["error"], path
    page = client.get("/stories/999")
    assert page.status_code == 404 and "no story 999" in page.text and "text/html" in page.headers["content-type"]


def test_read_only_with_a_content_security_policy(client):
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/stories/1").status_code == 405
    assert client.head("/").status_code == 200
    for path in ("/", "/stories/999", "/api/stories"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp  # no script at all
    assert "<script" not in client.get("/").text


def test_other_host_names_are_refused(corpus):
    local = TestClient(create_app(corpus, Options()), base_url="http://127.0.0.1")
    assert local.get("/api/stories").status_code == 200
    assert local.get("/api/stories", headers={"host": "evil.example"}).status_code == 400  # DNS rebinding


def test_story_list_filters_by_outlet_language_dates_and_words(client):
    every = client.get("/api/stories").json()
    assert every["total"] == len(every["stories"]) >= 2
    assert [s["last"] for s in every["stories"]] == sorted((s["last"] for s in every["stories"]), reverse=True)
    outlet = next(name for name, _ in every["choices"]["outlets"] if name)
    by_outlet = client.get("/api/stories", params={"outlet": outlet}).json()["stories"]
    assert by_outlet and all(outlet in s["outlets"] for s in by_outlet)
    german = client.get("/api/stories", params={"language": "de"}).json()["stories"]
    assert german and all("de" in s["languages"] for s in german) and len(german) < len(every["stories"])
    assert client.get("/api/stories", params={"since": "2030-01-01"}).json()["total"] == 0
    assert client.get("/api/stories", params={"until": "2025-03-04"}).json()["total"] >= 1
    found = client.get("/api/stories", params={"q": "sluice"}).json()["stories"]
    assert 0 < len(found) < len(every["stories"])


def test_search_gives_snippets_with_the_matches_marked(client):
    hits = client.get("/api/search", params={"q": "sluice"}).json()["hits"]
    assert hits and all(any(p["match"] and p["text"].lower().startswith("sluice") for p in h["snippet"]) for h in hits)
    assert "<mark>" in client.get("/search", params={"q": "sluice"}).text


def test_a_conflict_links_to_the_sentence_in_its_article(client, story):
    html = client.get(f"/stories/{story['story']['id']}").text
    e = story["comparison"]["conflicts"][0]["a"]
    assert f'href="/articles/{e["article_id"]}#s-{e["sentence"]}"' in html
    article = client.get(f"/articles/{e['article_id']}").text
    sentence = re.search(rf'<span class="s" id="s-{e["sentence"]}">(.*?)</span>(?=<span class="s"|\s*</p>|[^<]*<span class="s")',
                         article, re.S)
    assert sentence and e["text"].split()[0] in re.sub("<[^>]+>", "", sentence.group(1))


def test_the_serve_command_warns_about_a_public_address(corpus):
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--db", corpus, "--host", "0.0.0.0", "--port", str(port)])
    assert result.exit_code == 1
    assert "warning: --host 0.0.0.0" in result.output and f"cannot listen on 0.0.0.0 port {port}" in result.output
    missing = runner.invoke(cli, ["serve", "--db", corpus + ".missing"])
    assert missing.exit_code == 1 and "no such store" in missing.output


# -- the comparison cache, on both stores --------------------------------------------------

TEXTS = {"herald": "Durmania reopened the Sarn dam on Tuesday after talks with Veldra, officials said.",
         "observer": "Officials said Durmania reopened the Sarn dam on Tuesday after its talks with Veldra.",
         "ledger": "Durmania reopened the Sarn dam on Tuesday after long talks with Veldra, its officials said."}


def article(aid: str) -> Article:
    text = TEXTS[aid]
    mentions = [Mention(text.index(n), text.index(n) + len(n), n, "GPE", n.lower()) for n in ("Durmania", "Veldra")]
    return one_sentence(aid, text, mentions, outlet=aid.title()).replace(published="2025-03-04")


def cached_rows(store) -> list[tuple]:
    return [tuple(r) for r in store.db.execute("SELECT story_id, key FROM comparison_cache")]


def test_a_comparison_is_cached_until_its_story_changes(store):
    add_articles(store, [article("herald"), article("observer")])
    story_id = store.group_of("herald")[0]
    comparisons = StoryComparisons()
    first = story_page(store, story_id, comparisons)["comparison"]
    assert {a["id"] for a in first["articles"]} == {"herald", "observer"}
    assert [r[0] for r in cached_rows(store)] == [story_id] and comparisons.cached(store, story_id)
    again = StoryComparisons()  # a new server: read from the store, not remade
    assert again.of_story(store, story_id) == {k: v for k, v in first.items() if k != "label"}
    add_articles(store, [article("ledger")])  # a later batch joins the story
    assert store.group_of("ledger")[0] == story_id
    assert cached_rows(store) == [] and not again.cached(store, story_id)  # the store dropped it
    revised = story_page(store, story_id, again)["comparison"]
    assert {a["id"] for a in revised["articles"]} == {"herald", "observer", "ledger"}
    assert len(cached_rows(store)) == 1


def test_browse_queries_run_on_both_stores(store):
    from rashomon.present.pages import article_page, entity_page, search_page, stories_page

    add_articles(store, [article("herald"), article("observer")])
    listed = stories_page(store, outlet="Herald", since="2025-03-01", until="2025-03-04", q="dam")
    assert listed["total"] == 1 and listed["stories"][0]["outlets"] == ["Herald", "Observer"]
    assert stories_page(store, language="de")["total"] == 0
    page = article_page(store, "herald")
    assert page["story"]["id"] == store.group_of("herald")[0] and page["entities"]
    assert entity_page(store, page["entities"][0]["id"])["stories"][0]["article_ids"]
    assert search_page(store, "reopened")["hits"]


def test_a_date_filter_must_be_a_day():
    with pytest.raises(Exception, match="YYYY-MM-DD"):
        StoryFilter(since="March")


def test_pages_kept_in_memory_are_made_anew_once_articles_are_added(tmp_path):
    from rashomon.store.db import Store

    db = str(tmp_path / "growing.db")
    store = Store(db)
    add_articles(store, [article("herald"), article("observer")])
    app = TestClient(create_app(db, Options(), hosts=["testserver"]))
    story_id = store.group_of("herald")[0]
    assert len(app.get(f"/api/stories/{story_id}").json()["articles"]) == 2
    add_articles(store, [article("ledger")])  # another process analyses a batch meanwhile
    assert len(app.get(f"/api/stories/{story_id}").json()["articles"]) == 3
    assert {a["id"] for a in app.get(f"/api/stories/{story_id}").json()["comparison"]["articles"]} == set(TEXTS)
    store.close()

"""`rashomon serve` as a person uses it: a real server started by the command, driven in Chromium.

Chromium is Debian's (scripts/browser installs it; `playwright install` cannot download browsers
offline). Without it these tests fail, never skip, so CI cannot pass without running them;
RASHOMON_NO_BROWSER=1 skips them on a machine that cannot have it. Each page is saved as a
screenshot under tests/output/screenshots for a reviewer to look at.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rashomon.cli import app as cli

from ..conftest import FIXTURES, ROOT

pytestmark = pytest.mark.browser
SHOTS = ROOT / "tests" / "output" / "screenshots"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def chromium():
    if os.environ.get("RASHOMON_NO_BROWSER") == "1":
        pytest.skip("RASHOMON_NO_BROWSER=1: browser tests skipped")
    path = os.environ.get("RASHOMON_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("chromium is missing: run scripts/browser (apt-get install chromium) or set RASHOMON_CHROMIUM",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS)
        yield browser
        browser.close()


def analysed(folder: Path, source: Path) -> Path:
    db = folder / "corpus.db"
    result = CliRunner().invoke(cli, ["analyze", str(source), "--db", str(db), "-q"])
    assert db.exists(), result.output  # hostile inputs make the exit code 1; the rest is stored
    return db


def serving(db: Path):
    """The `rashomon serve` command in its own process; yields the URL it prints."""
    command = [sys.executable, "-m", "rashomon", "serve", "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=db.parent)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        line = proc.stdout.readline() if ready else ""
        url = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert url, f"`rashomon serve` printed no URL: {line!r}"
        yield url.group()
    finally:
        proc.terminate()
        proc.wait(10)
        proc.stdout.close()


@pytest.fixture(scope="module")
def example_url(tmp_path_factory):
    yield from serving(analysed(tmp_path_factory.mktemp("example"), ROOT / "examples" / "corpus"))


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    yield from serving(analysed(tmp_path_factory.mktemp("hostile"), FIXTURES / "hostile"))


class Watched:
    """A browser tab that records console errors, uncaught errors and dialogs (an alert() that ran)."""

    def __init__(self, browser, base: str):
        self.base = base
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def shot(self, name: str) -> None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(chromium, example_url):
    watched = Watched(chromium, example_url)
    yield watched
    watched.page.close()
    assert watched.problems == [], watched.problems


def test_from_the_story_list_to_a_conflict_to_its_sentence(tab):
    page = tab.page
    page.goto(tab.base)
    tab.shot("stories")
    page.locator(".story h2 a").first.click()
    page.wait_for_url(re.compile(r"/stories/\d+$"))
    assert page.locator("#conflicts").is_visible()
    tab.shot("story")
    conflict = page.locator(".finding.conflicts a.ev").first
    said = " ".join(conflict.inner_text().split())
    conflict.click()
    page.wait_for_url(re.compile(r"/articles/[0-9a-f]+#s-\d+$"))
    sentence_id = page.url.rsplit("#", 1)[1]
    target = page.locator(":target")
    assert target.get_attribute("id") == sentence_id and target.is_visible()
    assert " ".join(target.inner_text().split()) == said  # the very sentence the conflict cites
    box = target.bounding_box()
    assert box and 0 <= box["y"] < 900  # scrolled into view
    tab.shot("article")


def test_filter_stories_by_outlet(tab):
    page = tab.page
    page.goto(tab.base)
    before = page.locator(".story").count()
    page.select_option("select[name=outlet]", "Sarnov Post")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"outlet=Sarnov\+Post"))
    stories = page.locator(".story")
    assert 0 < stories.count() < before
    for i in range(stories.count()):
        assert "Sarnov Post" in stories.nth(i).inner_text()
    tab.shot("stories-filtered")


def test_search_then_open_a_hit(tab):
    page = tab.page
    page.goto(tab.base)
    page.get_by_role("searchbox", name="search the articles").fill("sluice")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=sluice"))
    hits = page.locator(".hit")
    assert hits.count() > 0
    assert all(m.lower().startswith("sluice") for m in page.locator(".hit mark").all_inner_texts())
    tab.shot("search")
    hits.first.locator("a").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert "sluice" in page.locator("article.body").inner_text().lower()


def test_entity_outlet_and_coverage_pages(tab):
    page = tab.page
    page.goto(tab.base)
    page.locator(".story h2 a").first.click()
    page.locator("table a[href^='/articles/']").first.click()
    page.locator("article.body a.entity.person").first.click()
    page.wait_for_url(re.compile(r"/entities/\d+$"))
    assert page.get_by_role("heading", name=re.compile("The names each outlet uses")).is_visible()
    tab.shot("entity")
    page.locator("td a[href^='/outlets/']").first.click()
    page.wait_for_url(re.compile(r"/outlets/"))
    assert page.get_by_role("heading", name="Whose voices it carries").is_visible()
    tab.shot("outlet")
    page.goto(tab.base)
    page.locator(".story a[href$='/coverage']").first.click()
    bars = page.locator("svg rect")
    assert bars.count() >= 2 and "from" in bars.first.locator("title").text_content()
    tab.shot("coverage")
    page.goto(tab.base + "api/docs")
    assert page.get_by_text("GET /api/stories/{story_id}", exact=True).count() == 1
    tab.shot("api-docs")


def test_hostile_text_is_shown_and_never_runs(chromium, hostile_url):
    watched = Watched(chromium, hostile_url)
    page = watched.page
    visited = []
    page.goto(hostile_url)
    story_links = page.locator(".story h2 a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    for href in story_links:
        page.goto(hostile_url + href.lstrip("/"))
        visited.append(href)
        _assert_inert(page)
        articles = page.locator("a[href^='/articles/']:not([href*='#'])").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))")
        for article in articles:
            page.goto(hostile_url + article.lstrip("/"))
            visited.append(article)
            _assert_inert(page)
    for path in ("search?q=script", "search?q=javascript", "outlets/Evil%20%7C%20Pipe%20Outlet"):
        page.goto(hostile_url + path)
        visited.append(path)
        _assert_inert(page)
    assert len(visited) > 8
    page.goto(hostile_url + "search?q=script")
    assert "<script>" in page.locator("main").inner_text()  # shown as text
    watched.shot("hostile-search")
    page.close()
    assert watched.problems == [], watched.problems


# every element the templates write; anything else on a page came from article text
TAGS = set("html head meta link title style body nav a span form input button header h1 h2 h3 main footer p div "
           "table tbody tr th td code ul li details summary svg line text rect circle article aside section dl dt dd "
           "select option label b mark br".split())


def _assert_inert(page) -> None:
    """No element the templates do not write (script, img, iframe ...), no event handler attribute,
    and no link but http(s) and the app's own."""
    found = page.evaluate("""() => ({
        tags: [...new Set([...document.querySelectorAll('*')].map(e => e.tagName.toLowerCase()))],
        scripts: document.querySelectorAll('script').length,
        handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))
                  .filter(n => n.startsWith('on')),
        hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')),
        srcs: document.querySelectorAll('[src]').length})""")
    assert found["scripts"] == 0 and found["handlers"] == [] and found["srcs"] == 0, found
    assert set(found["tags"]) <= TAGS, set(found["tags"]) - TAGS
    for href in found["hrefs"]:
        assert re.match(r"(/|#|https?://|data:,$)", href), href

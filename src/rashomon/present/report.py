"""Self-contained report files (HTML or Markdown) built from the same view data."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..compare.stored import StoredComparison
from ..errors import ConfigError
from ..safe import markdown_text
from ..store.db import Store
from .html import environment
from .views import corpus_view, story_dicts


def render_html(data: dict) -> str:
    return environment().get_template("corpus.html").render(**data)


def render_markdown(data: dict) -> str:
    md = markdown_text  # every value from the store goes through it: no HTML, links or broken tables
    lines = ["# Corpus report", ""]
    c = data["counts"]
    span = f", {md(data['date_range'][0])} to {md(data['date_range'][1])}" if data["date_range"] else ""
    lines += [f"{c['articles']} articles, {c['words']:,} words, {len(data['outlets'])} outlets{span}.", "",
              "## Articles", "", "| id | date | outlet | lang | title |", "|---|---|---|---|---|"]
    for a in data["articles"]:
        lines.append(f"| `{a['id'][:8]}` | {md(a['published'] or '')} | {md(a['outlet'] or '')} | {md(a['language'] or '')} "
                     f"| {md(a['title'] or '(no title)')} |")
    if data.get("stories"):
        lines += ["", "## Stories", ""]
        for s in data["stories"]:
            lines.append(f"- **Story {s['id']}** {md(s['label'])} ({md(', '.join(s['outlets']))})")
            lines += [f"  - event {e['id']}: {md(e['label'])}, {len(e['article_ids'])} articles" for e in s["events"]]
    lines += ["", "## Entities", "", "| name | label | mentions | articles | also written |", "|---|---|---|---|---|"]
    for e in data["entities"]:
        lines.append(f"| {md(e['name'])} | {md(e['label'])} | {e['mention_count']} | {len(e['article_ids'])} "
                     f"| {md(', '.join(e['aliases']))} |")
    return "\n".join(lines) + "\n"


def write_report(store: Store, path: Path, comparisons: Iterable[StoredComparison] = ()) -> list[Path]:
    """Write the corpus report and, next to it (HTML only), one page per story comparison
    (``corpus-story-2.html``; ``compare.stored.compare_stories`` makes them); return the files written."""
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".md"):
        raise ConfigError(f"report file {path}: expected a .html or .md suffix")
    data = corpus_view(store)
    data["stories"] = story_dicts(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = [path]
    by_id = {story["id"]: story for story in data["stories"]}
    for story in data["stories"]:
        story["n"] = sum(len(e["article_ids"]) for e in story["events"])
    for c in comparisons if suffix != ".md" else ():
        story = by_id[c.target.story_id]
        page = path.with_name(f"{path.stem}-story-{story['id']}{path.suffix}")
        page.write_text(story_page(c, story), encoding="utf-8")
        story["page"] = page.name
        written.append(page)
    path.write_text(render_markdown(data) if suffix == ".md" else render_html(data), encoding="utf-8")
    return written


def story_page(c: StoredComparison, story: dict) -> str:
    from .comparison import render_html as render_comparison

    return render_comparison(c.comparison, c.articles, f"Story {story['id']}: {story['label']}")

"""Self-contained report files (HTML or Markdown) built from the same view data."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..store.db import Store
from .views import corpus_view


def render_html(data: dict) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("rashomon", "present/templates"), autoescape=select_autoescape(),
                      trim_blocks=True, lstrip_blocks=True)
    return env.get_template("corpus.html").render(**data)


def render_markdown(data: dict) -> str:
    lines = ["# Corpus report", ""]
    c = data["counts"]
    span = f", {data['date_range'][0]} to {data['date_range'][1]}" if data["date_range"] else ""
    lines += [f"{c['articles']} articles, {c['words']:,} words, {len(data['outlets'])} outlets{span}.", "",
              "## Articles", "", "| id | date | outlet | lang | title |", "|---|---|---|---|---|"]
    for a in data["articles"]:
        title = (a["title"] or "(no title)").replace("|", "\\|")
        lines.append(f"| `{a['id'][:8]}` | {a['published'] or ''} | {a['outlet'] or ''} | {a['language'] or ''} | {title} |")
    lines += ["", "## Entities", "", "| name | label | mentions | articles | also written |", "|---|---|---|---|---|"]
    for e in data["entities"]:
        lines.append(f"| {e['name']} | {e['label']} | {e['mention_count']} | {len(e['article_ids'])} | {', '.join(e['aliases'])} |")
    return "\n".join(lines) + "\n"


def write_report(store: Store, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix not in (".html", ".htm", ".md"):
        raise ConfigError(f"report file {path}: expected a .html or .md suffix")
    data = corpus_view(store)
    text = render_markdown(data) if suffix == ".md" else render_html(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")

"""Terminal output: progress bar, run summary, tables."""

from __future__ import annotations

import re
from collections import Counter

from rich.console import Console
from rich.markup import escape as escape_markup
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table

from ..entity_classes import is_value
from ..model import Article, Entity, Quantity, Statement
from ..runner import Events, RunSummary
from ..vocabulary import denial_cues
from ..safe import one_line, visible
from .views import distinctive_entities

MARK = ("\x02", "\x03")  # snippet match markers that cannot occur in article text


def escape(text: str | None) -> str:
    "Stored text for the console: control characters shown, not run (docs/security.md), and no rich markup."
    return escape_markup(visible(text or ""))


class RunProgress:
    """A progress bar with rate and ETA, fed by runner Events; errors print above it."""

    def __init__(self, console: Console, enabled: bool = True):
        self.console = console
        self.enabled = enabled and console.is_terminal
        self.progress = Progress(
            SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            console=console, disable=not self.enabled)
        self.task = None
        self.events = Events(start=self._start, advance=self._advance, error=self._error, warn=self._warn)

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def _start(self, total: int) -> None:
        self.task = self.progress.add_task("analyse", total=total, rate="")

    def _advance(self, n: int) -> None:
        task = self.progress.tasks[0]
        if task.total is not None and task.completed + n > task.total:
            self.progress.update(self.task, total=task.completed + n)
        speed = task.speed
        self.progress.update(self.task, advance=n, rate=f"{speed:.1f} art/s" if speed else "")

    def _error(self, message: str) -> None:
        self.console.print(f"[red]error:[/red] {escape_markup(one_line(message))}")

    def _warn(self, message: str) -> None:
        self.console.print(f"[yellow]warning:[/yellow] {escape_markup(one_line(message))}")


def print_summary(console: Console, s: RunSummary, store, db) -> None:
    total = s.added + s.unchanged
    rate = s.added / s.seconds if s.seconds else 0
    outlets = ", ".join(f"{name} ({n})" for name, n in s.outlets.most_common(5))
    more = f" and {len(s.outlets) - 5} more" if len(s.outlets) > 5 else ""
    langs = ", ".join(f"{lang} {n}" for lang, n in s.languages.most_common())
    console.print(f"[bold]{s.added}[/bold] articles added, {s.unchanged} already stored, "
                  f"[{'red' if s.errors else 'green'}]{len(s.errors)} errors[/] of {total + len(s.errors)} items"
                  + (f" ([yellow]{len(s.warnings)} warnings[/])" if s.warnings else "") + " "
                  f"in {s.seconds:.1f} s ({rate:.1f} articles/s, {s.words:,} words)")
    if s.outlets:
        console.print(f"outlets: {escape(outlets)}{more}")
        console.print(f"languages: {escape(langs)}")
    if s.skipped_files:
        console.print(f"skipped {len(s.skipped_files)} files with other suffixes (e.g. {escape(one_line(s.skipped_files[0]))})")
    console.print(f"store {escape(one_line(str(db)))}: {store.count()} articles, {store.count('entities')} entities, "
                  f"{store.count('stories')} stories ({store.count('events')} events), "
                  f"{store.count('statements')} statements, {store.count('reuse')} pairs sharing text")


def print_article_table(console: Console, articles: list[Article]) -> None:
    table = Table(box=None, header_style="bold")
    for col in ("id", "date", "outlet", "lang", "words"):
        table.add_column(col, justify="right" if col == "words" else "left", no_wrap=True,
                         max_width=20 if col == "outlet" else None, overflow="ellipsis")
    # fixed columns take 8+10+20+4+5 characters and 12 of padding; the title gets the rest
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=max(20, console.width - 60))
    for a in articles:
        title = a.title or f"[dim]{escape(a.body[:70])}…[/dim]"
        table.add_row(a.id[:8], escape(a.published), escape(a.outlet or ""), escape(a.language),
                      str(a.word_count), title if not a.title else escape(a.title))
    console.print(table)
    console.print(f"[dim]{len(articles)} articles[/dim]")


def print_article(console: Console, a: Article, entities: list[Entity]) -> None:
    console.print(f"[bold]{escape(a.title or '(no title)')}[/bold]")
    published = f"{a.published} (from the {a.date_source})" if a.published and a.date_source else a.published
    fields = [("id", a.id), ("outlet", a.outlet), ("published", published), ("url", a.url),
              ("authors", ", ".join(a.authors)), ("credits", ", ".join(f"{c.name} ({c.role})" for c in a.credits)),
              ("language", a.language), ("source", a.source), ("words", str(a.word_count)),
              ("sentences", str(len(a.sentences)))]
    for name, value in fields:
        console.print(f"[dim]{name:>10}[/dim]  {escape(value) if value else '[dim]—[/dim]'}")
    for p in a.problems:
        what = "read with repairs" if p.stage == "ingest" else f"stage {p.stage} failed"
        console.print(f"[dim]{'problem':>10}[/dim]  [yellow]{escape(what)}[/yellow]: {escape(p.message)}")
    for c in a.captions:
        console.print(f"[dim]{'caption':>10}[/dim]  {escape(c.text)}" + (f" [dim]({escape(c.credit)})[/dim]" if c.credit else ""))
    for f in a.furniture:
        console.print(f"[dim]{'removed':>10}  {escape(f[:100])}[/dim]")
    named = [e for e in entities if not is_value(e.label)]
    if named:
        console.print(f"[dim]{'entities':>10}[/dim]  " + "; ".join(
            f"{escape(e.name)} [dim]{escape(e.label)}{' → ' + escape(e.stands_for) if e.stands_for else ''}[/dim]" for e in named[:25]))
    if a.statements:
        console.print(f"[dim]{'statements':>10}[/dim]")
        for st in a.statements:
            console.print("            " + statement_line(a, st))
    if a.quantities:
        console.print(f"[dim]{'amounts':>10}[/dim]  " + "; ".join(
            f"{escape(q.text)} [dim]{escape(_amount(q))}[/dim]" for q in a.quantities[:20]))
    if a.times:
        console.print(f"[dim]{'times':>10}[/dim]  " + "; ".join(
            f"{escape(t.text)} [dim]→ {escape(t.value or '?')}{' ' + escape(t.mod) if t.mod else ''}[/dim]" for t in a.times[:20]))
    console.print()
    console.print(escape(a.body))


def statement_line(a: Article, st: Statement) -> str:
    """'Nikol Pashinyan urged: "Putin to take the necessary steps" (via his office)'."""
    who = st.speaker_name or (a.text_of(st.speaker) if st.speaker else "(unattributed)")
    cue = a.text_of(st.cue) if st.cue else st.kind
    content = a.text_of(st.content).replace("\n", " ")
    via = f" [dim](via {escape(st.channel)})[/dim]" if st.channel else ""
    return f"[bold]{escape(who)}[/bold] [cyan]{escape(cue)}[/cyan] [dim]{escape(st.kind)}[/dim]: {escape(content)}{via}"


def _amount(q: Quantity) -> str:
    value = "?" if q.value is None else _number(q.value)
    parts = [("≈" if q.approximate else "") + value, q.unit or "", q.counts or ""]
    return "= " + " ".join(p for p in parts if p)


def _number(v: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:,.4g} {word}"
    return f"{v:,.6g}"


BARE_WORDS = 3  # a denial's content of this many words at most names no claim of its own: "a claim", "this"


def print_quotes(console: Console, rows: list[dict]) -> None:
    """Who said what across the corpus, grouped by speaker, with the outlets that reported it."""
    if not rows:
        console.print("no statements found")
        return
    from ..analyse.entities import fold

    groups: dict[int | str, list[dict]] = {}
    # a name an article gave without the entity another article made of it ("Bora Kalan" in a language the
    # entity model does not read, or read before that article came) is that entity, in any spelling or script
    # its key folds ("Dávid Lengyel", "Румяна Колева": David Lengyel, Rumyana Koleva)
    entities = {fold(name): r["entity_id"] for r in rows if r["entity_id"]
                for name in (r["speaker"], r.get("speaker_name")) if name}
    for r in rows:  # one speaker per canonical entity ("Lavrov" is "Sergei Lavrov"), else per description
        # "the Russian Foreign Ministry" and "Russian Foreign Ministry" once
        speaker = fold(r["speaker"]) if r["speaker"] else "(unattributed)"
        key = r["entity_id"] or entities.get(speaker) or speaker
        groups.setdefault(key, []).append(r)
    for items in sorted(groups.values(), key=lambda rows: (-len(rows), rows[0]["speaker"] or "")):
        items = [r for r in items if not _retold(r, items)]
        named = next((r for r in items if r["entity_id"]), items[0])  # the entity's name heads its group
        speaker, kind = named["speaker"] or "(unattributed)", named.get("speaker_kind")
        outlets = sorted({r["outlet"] or "(unknown outlet)" for r in items})
        marker = f" [dim]({kind})[/dim]" if kind == "group" else ""
        console.print(f"[bold]{escape(speaker)}[/bold]{marker} "
                      f"[dim]{_count(len(items), 'statement')} in {', '.join(map(escape, outlets))}[/dim]")
        for r in items:
            content = escape(" ".join(r["content"].split()))
            via = f" (via {r['channel']})" if r["channel"] else ""
            cue = escape(r["cue"] or r["kind"])
            # "according to X" stands after what X says: "Russia called on Azerbaijan ... (according to)"
            said = f"{content} [cyan]({cue})[/cyan]" if (r["cue"] or "").lower() == "according to" \
                else f"[cyan]{cue}[/cyan] {content}"
            if r.get("sentence") and r.get("cue_word") in denial_cues() and len(content.split()) <= BARE_WORDS:
                # "denies a claim", "rejected the accusations": what they deny is in their sentence or the one before
                said += f" [dim]in[/dim] “{escape(' '.join(r['sentence'].split()))}”"
            console.print(f"  {said} [dim]— {escape(r['outlet'] or '?')} {escape(r['published'])} "
                          f"{r['article_id'][:8]}{escape(via)}[/dim]")


def _retold(row: dict, rows: list[dict]) -> bool:
    """ "Vucic said he had refused to sign ...": the refusal is a statement within his own, which the
    list already shows, not a second one."""
    return bool(row["channel"]) and row["channel"] == row["speaker"] and any(
        o is not row and o["article_id"] == row["article_id"] and " ".join(row["content"].split()) in
        " ".join(o["content"].split()) for o in rows)


def print_hits(console: Console, hits: list[dict], query: str) -> None:
    if not hits:
        console.print(f"no article matches {escape(repr(query))}")
        return
    for h in hits:
        parts = re.split(f"[{MARK[0]}{MARK[1]}]", h["snippet"])  # odd parts are matches
        snippet = "".join(f"[bold yellow]{escape(p)}[/bold yellow]" if i % 2 else escape(p) for i, p in enumerate(parts))
        console.print(f"[bold]{h['id'][:8]}[/bold]  {escape(h['title'] or '(no title)')}  "
                      f"[dim]{escape(h['outlet'] or '')} {escape(h['published'])}[/dim]")
        console.print(f"          {snippet}")


def print_entities(console: Console, entities: list[Entity]) -> None:
    table = Table(box=None, header_style="bold")
    for col in ("id", "name", "label", "mentions", "articles", "aliases"):
        table.add_column(col, justify="right" if col in ("mentions", "articles") else "left")
    for e in entities:
        label = e.label + (f" → {e.stands_for}" if e.stands_for else "")
        table.add_row(str(e.id), escape(e.name), escape(label), str(e.mention_count), str(len(e.article_ids)),
                      escape(", ".join(e.aliases[:6])))
    console.print(table)


def print_stories(console: Console, stories: list[dict], label) -> None:
    """Each story with its events, outlets and dates; the biggest first."""
    if not stories:
        console.print("no stories yet: run `rashomon analyze` first")
        return
    for s in stories:
        names = distinctive_entities(s)
        articles = [a for e in s["events"] for a in e["articles"]]
        known = {a["outlet"] for a in articles if a["outlet"]}
        console.print(f"[bold]story {s['id']}[/bold]  {escape(label(s['entities'], s['first'], s['last'], articles))}  "
                      f"[dim]{_count(len(articles), 'article')}, {_count(len(s['events']), 'event')}, "
                      f"{_count(len(known), 'outlet') if known else 'outlets unknown'}{_languages(articles)}[/dim]")
        for e in s["events"]:
            outlets = sorted({a["outlet"] for a in e["articles"] if a["outlet"]})
            unknown = sum(1 for a in e["articles"] if not a["outlet"])
            sources = ", ".join(outlets) + (" + " if outlets and unknown else "") + \
                ((f"{unknown} with no outlet" if outlets else "no outlet given") if unknown else "")
            console.print(f"  [cyan]event {e['id']}[/cyan]  {escape(label(names[e['id']], e['first'], e['last'], e['articles']))}  "
                          f"[dim]{_count(len(e['articles']), 'article')}: {escape(sources)}"
                          f"{_languages(e['articles'])}[/dim]")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _languages(articles: list[dict]) -> str:
    "' · en 3, ru 2': the languages a group's articles are in, when there is more than one."
    counts = Counter(a.get("language") or "?" for a in articles)
    return " · " + ", ".join(f"{lang} {n}" for lang, n in counts.most_common()) if len(counts) > 1 else ""


def print_story(console: Console, story: dict, reuse: list[dict], label) -> None:
    articles = [a for e in story["events"] for a in e["articles"]]
    console.print(f"[bold]story {story['id']}[/bold]  {escape(label(story['entities'], story['first'], story['last'], articles))}")
    console.print(f"[dim]outlets: {escape(', '.join(story['outlets']))}[/dim]")
    names = distinctive_entities(story)
    for e in story["events"]:
        console.print()
        console.print(f"[cyan]event {e['id']}[/cyan]  {escape(label(names[e['id']], e['first'], e['last'], e['articles']))}")
        for a in e["articles"]:
            title = a["title"] or (" ".join(a["lead"].split())[:70] + "…")
            console.print(f"  {a['id'][:8]}  {escape(a['published'] or '          ')}  "
                          f"{escape((a['outlet'] or '(unknown outlet)')[:22]):22}  {escape(a['language'] or '?'):2}  {escape(title)}")
    if reuse:
        console.print()
        console.print("[bold]shared text[/bold]")
        for r in reuse:
            console.print(f"  {r['a'][:8]} ({escape(r['a_outlet'] or '?')}) and {r['b'][:8]} ({escape(r['b_outlet'] or '?')}): "
                          f"{r['a_share']:.0%} and {r['b_share']:.0%} of their words in shared passages  "
                          f"[dim]rashomon reuse {r['a'][:8]} {r['b'][:8]}[/dim]")


def print_reuse(console: Console, a: Article, b: Article, passages) -> None:
    """What b took from a, what it cut and what it added, passage by passage."""
    from ..group.copies import share, words

    console.print(f"[bold]{a.id[:8]}[/bold] {escape(a.outlet or '(unknown outlet)')} {escape(a.published)}  "
                  f"{escape(a.title or '')}")
    console.print(f"[bold]{b.id[:8]}[/bold] {escape(b.outlet or '(unknown outlet)')} {escape(b.published)}  "
                  f"{escape(b.title or '')}")
    if not passages:
        console.print("no shared passages of 8 words or more")
        return
    share_a, share_b = share(passages, len(words(a.body))), share(passages, len(words(b.body)))
    console.print(f"{len(passages)} shared passages: {share_a:.0%} of the first, {share_b:.0%} of the second\n")
    cursor_a = cursor_b = 0
    for p in passages:
        _gap(console, a.body[cursor_a:p.a_start], b.body[cursor_b:p.b_start])
        console.print(f"[green]= {escape(_shortened(a.body[p.a_start:p.a_end]))}[/green]")
        cursor_a, cursor_b = p.a_end, p.b_end
    _gap(console, a.body[cursor_a:], b.body[cursor_b:])


def _shortened(text: str, head: int = 12, tail: int = 8) -> str:
    words = text.split()
    if len(words) <= head + tail + 3:
        return " ".join(words)
    return f"{' '.join(words[:head])} … ({len(words) - head - tail} words) … {' '.join(words[-tail:])}"


def _gap(console: Console, only_a: str, only_b: str) -> None:
    for sign, text, style in (("-", only_a, "red"), ("+", only_b, "yellow")):
        words = text.split()
        if len(words) > 2:
            console.print(f"[{style}]{sign} {escape(' '.join(words))}[/{style}]")

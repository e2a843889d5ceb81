"""``rashomon serve``: a local, read-only web app over one store (docs/serve.md).

Every page is rendered on the server from the report templates' styles and needs no script.
Each page has a JSON twin under ``/api`` made by the same data function (``present.pages``),
documented in OpenAPI at ``/api/docs``. Safety (docs/security.md): article text is escaped by
the templates' autoescaping and ``safe.visible``; only http(s) URLs become links; every answer
carries a Content-Security-Policy that runs no script at all; only GET and HEAD are answered;
and requests naming another host are refused, so a web page elsewhere cannot read the corpus
through the browser (DNS rebinding).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlencode

from ..config import Options
from ..errors import ConfigError, MissingExtra, NotFound, RashomonError
from ..store.db import is_url, open_store
from ..version import __version__
from . import charts, findings, highlight, pages
from .cached import PageCache, StoryComparisons
from .html import environment

try:
    from fastapi import FastAPI, Query, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse
    from starlette.exceptions import HTTPException
    from starlette.middleware.trustedhost import TrustedHostMiddleware
except ImportError as exc:  # pragma: no cover - the CLI reports it
    raise MissingExtra("web", "fastapi") from exc

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]
STATUS = {NotFound: 404, ConfigError: 400}
DESCRIPTION = ("The corpus as JSON, page by page: the same data as the HTML pages, with the export's fields "
               "(docs/schema.md). Read-only: every route is a GET.")


class SecurityHeaders:
    """ASGI middleware adding the security headers to every answer, errors included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


class Stores:
    """One open store per server thread: a SQLite or psycopg connection is not shared between threads."""

    def __init__(self, db: str):
        self.db = db
        self.local = threading.local()
        first = open_store(db)  # fail now, with the store's own message, rather than on the first page
        self.name = first.path if is_url(db) else Path(db).name  # a URL without its password
        first.close()

    def get(self):
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.db)
        return store


def error_body(status: int, messages: list[str]) -> dict:
    "The one error shape of every JSON answer and HTML error page."
    return {"ok": False, "error": messages[0], "errors": messages, "status": status}


def create_app(db: str, opts: Options | None = None, hosts: list[str] | None = None) -> FastAPI:
    """The web app over the store ``db`` (a SQLite file or a postgresql:// URL). ``hosts`` are the
    Host headers answered (default: this machine's loopback names); ``["*"]`` answers any."""
    opts = opts or Options()
    stores = Stores(db)
    comparisons = StoryComparisons(opts.compare, opts.analyse.spacy_model)
    kept, rendered = PageCache(), PageCache(size=64)  # page data; whole pages as sent
    env = environment()
    env.filters["path_part"] = lambda value: quote(str(value), safe="")
    app = FastAPI(title="Rashomon", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json")
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts or LOCAL_HOSTS)
    app.add_middleware(SecurityHeaders)
    app.state.comparisons = comparisons
    app.state.stores = stores

    def render(request: Request, template: str, data: dict, status: int = 200) -> HTMLResponse:
        path = request.url.path
        api = ("/api/openapi.json" if path.startswith("/api/") else "/api" + ("/stories" if path == "/" else path)
               + (f"?{request.url.query}" if request.url.query else ""))
        context = {**data, "store_name": stores.name, "json_href": api}
        return HTMLResponse(env.get_template(f"web/{template}.html").render(**context), status_code=status)

    def register_page(html_path: str, api_path: str, template: str, summary: str, decorate: Callable[[dict, Request], dict] | None = None):
        """Register a page under ``html_path`` and its JSON twin under ``api_path``, both made by
        the decorated function (``store`` first, then the route's parameters)."""
        def register(view):
            params = list(inspect.signature(view).parameters.values())[1:]

            def data_of(kw: dict) -> dict:
                store = stores.get()
                return kept.get(store, (template, *sorted(kw.items())), lambda: view(store, **kw))

            def api(**kw):
                return JSONResponse(data_of(kw))

            def html(request: Request, **kw):
                def page() -> dict:
                    data = data_of(kw)
                    return {"body": render(request, template, {**data, **(decorate(data, request) if decorate else {})}).body}

                key = ("html", template, *sorted(kw.items()), request.url.query)
                return HTMLResponse(rendered.get(stores.get(), key, page)["body"])

            api.__signature__ = inspect.Signature(params)
            html.__signature__ = inspect.Signature(
                [inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request), *params])
            app.get(api_path, summary=summary, description=inspect.getdoc(view), name=f"api_{template}")(api)
            app.api_route(html_path, methods=["GET", "HEAD"], include_in_schema=False, response_class=HTMLResponse,
                          name=template)(html)
            return view
        return register

    _pages(register_page, comparisons)
    _docs(app, render)
    _errors(app, render)
    return app


def _pages(page, comparisons: StoryComparisons) -> None:
    """Every page and its JSON twin; ``page`` registers both (create_app.register_page)."""
    @page("/", "/api/stories", "stories", "Stories, newest first, with filters", decorate=_stories_extras)
    def stories(store, since: str | None = Query(None, description="only stories with an article on or after this day (YYYY-MM-DD)"),
                until: str | None = Query(None, description="only stories with an article on or before this day"),
                outlet: str | None = Query(None, description="only stories with an article from this outlet"),
                language: str | None = Query(None, description="only stories with an article in this language (ISO 639-1)"),
                q: str | None = Query(None, description="only stories with an article that matches this search"),
                page: int = Query(1, ge=1, description="page of 50 stories")):
        """`stories`: the export's story fields plus `articles` (count) and `languages`; `total`, `page`,
        `pages`, `filters`, and `choices` (outlets and languages with their article counts)."""
        return pages.stories_page(store, since or None, until or None, outlet or None, language or None, q, page)

    @page("/stories/{story_id}", "/api/stories/{story_id}", "story", "One story and the comparison of its sources",
          decorate=_story_extras)
    def story(store, story_id: int):
        """`story` (export fields), `articles` (id, title, outlet, published, language, event_id), `comparison`
        (the export's comparison, null for a story of one article; made once, then kept in the store until
        the story's articles change), `coverage` (days and articles per day by outlet) and `reuse` links."""
        return pages.story_page(store, story_id, comparisons)

    @page("/stories/{story_id}/coverage", "/api/stories/{story_id}/coverage", "coverage",
          "A story's articles per day by outlet", decorate=lambda d, r: {"coverage_chart": charts.coverage_chart(d["coverage"], height=260)})
    def coverage(store, story_id: int):
        """`story` and `coverage`: `days` (every day from the first article to the last), `series` (per outlet,
        `counts` per day) and `undated` (articles without a date)."""
        return pages.coverage_page(store, story_id)

    @page("/articles/{article_id}", "/api/articles/{article_id}", "article", "One article with its annotations",
          decorate=_article_extras)
    def article(store, article_id: str):
        """`article` (the export's article, body and annotations included; the id may be a unique prefix),
        `statements` and `entities` (export fields), `marked` (lexicon words: start, end, word, kind),
        `copies` (articles sharing passages: id, outlet, published, title, share, other_share, similarity),
        and its `story` and `event`."""
        return pages.article_page(store, article_id)

    @page("/entities/{entity_id}", "/api/entities/{entity_id}", "entity", "One entity across outlets")
    def entity(store, entity_id: int):
        """`entity` (export fields), `forms` (each way it is written: form, mentions, outlets), `statements`
        (what it said, export fields plus outlet, published, title), `outlets`, and `stories` (story_id,
        label, article_ids, outlets)."""
        return pages.entity_page(store, entity_id)

    @page("/outlets/{outlet:path}", "/api/outlets/{outlet:path}", "outlet", "One outlet across stories")
    def outlet(store, outlet: str):
        """`voices` (speakers it carries: statements, articles, stories), `marked` (its marked words in the
        comparisons of its latest stories: word, kind, count), `alone` (evidence only it gives),
        `copied_by_others` and `copies_of_others` (original, copy, outlets, share), `articles`, `stories`."""
        return pages.outlet_page(store, outlet, comparisons)

    @page("/search", "/api/search", "search", "Full-text search with snippets")
    def search(store, q: str | None = Query(None, description='words, "phrases", AND/OR/NOT, prefix*')):
        """`query` and `hits`, best first: id, title, outlet, published, story_id, and `snippet` as parts
        (`text`, `match`: whether the part matched)."""
        return pages.search_page(store, q)


def _stories_extras(data: dict, request: Request) -> dict:
    def page_href(n: int) -> str:
        kept = {k: v for k, v in data["filters"].items() if v}
        return "/?" + urlencode({**kept, "page": n})
    return {"page_href": page_href}


def _story_extras(data: dict, request: Request) -> dict:
    c = data["comparison"]
    return {"view": findings.story_view(c) if c else None, "coverage_chart": charts.coverage_chart(data["coverage"]),
            "timeline_chart": charts.timeline_chart(c["timeline"]) if c else None}


def _article_extras(data: dict, request: Request) -> dict:
    marks = highlight.marks(data["article"], data["statements"], data["marked"])
    return {"paragraphs": highlight.paragraphs(data["article"], marks)}


def _docs(app: FastAPI, render) -> None:
    @app.get("/api/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request):
        spec = app.openapi()
        return render(request, "api_docs", {"info": spec["info"], "paths": spec["paths"], "generator": f"rashomon {__version__}"})


def _errors(app: FastAPI, render) -> None:
    def answer(request: Request, status: int, messages: list[str]):
        body = error_body(status, messages)
        if request.url.path.startswith("/api/"):
            return JSONResponse(body, status_code=status)
        return render(request, "error", {**body, "generator": f"rashomon {__version__}"}, status)

    @app.exception_handler(RashomonError)
    def library_error(request: Request, exc: RashomonError):
        return answer(request, next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 500), [str(exc)])

    @app.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError):
        return answer(request, 400, [f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors()])

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        words = {404: f"no page at {request.url.path}", 405: f"{request.method} is not answered: this app is read-only"}
        return answer(request, exc.status_code, [words.get(exc.status_code, str(exc.detail))])


"""The web app: the JSON API under /api, the page and its bundled assets under / and /static.

`create_app(db)` opens the store once and returns a FastAPI app; `sitrep serve` runs it with
uvicorn on localhost. The app is read-only unless `allow_ingest=True`, which enables
`POST /api/articles`. Every response carries a Content-Security-Policy that allows scripts, styles
and data only from the app itself, so the page works offline and article text (untrusted) cannot
run code even if some future bug put it into HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.model import Article, Extraction
from sitrep.store import Store
from sitrep.version import __version__
from sitrep.web.assets import REVALIDATE, PageAssets
from sitrep.web.cache import StampedCache
from sitrep.web.ledger_routes import router as ledger_router
from sitrep.web.routes import router

if TYPE_CHECKING:
    from sitrep.gazetteer.query import Gazetteer

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

STATIC_DIR = Path(__file__).resolve().parent / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
Extractor = Callable[[Article], Extraction]
# C0 controls and DEL, less the tab and line breaks a pasted search may carry
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


class FastJSON(JSONResponse):
    """JSON without FastAPI's per-field encoder pass: rows are already plain values."""

    def render(self, content: Any) -> bytes:
        return json.dumps(
            content, default=_plain, ensure_ascii=False, separators=(",", ":")
        ).encode("utf-8")


def create_app(
    db: str,
    allow_ingest: bool = False,
    extractor: Extractor | None = None,
    gazetteer: Gazetteer | None = None,
) -> FastAPI:
    """The API and page over the database `db` (a path or a URL); see the module docstring.

    `extractor` turns a posted Article into an Extraction (default: the full pipeline, loaded
    on the first POST); tests pass a stub. `gazetteer`, when given, lets search find a place by
    any of its names ("Odessa" finds the articles that write "Odesa"); without it search knows
    the spellings the stored articles use.
    """
    app = FastAPI(
        title="sitrep",
        version=__version__,
        description="Events and claims read from news articles, each with its source, date, place and evidence.",
        docs_url=None,  # the interactive docs page loads its assets from a CDN; /openapi.json stays
        redoc_url=None,
        default_response_class=FastJSON,
    )
    app.state.store = Store(db)
    app.state.cache = StampedCache()
    app.state.allow_ingest = allow_ingest
    app.state.gazetteer = gazetteer
    app.state.extractor = extractor or _pipeline_extractor()
    app.include_router(router)
    app.include_router(ledger_router)
    app.mount("/static", PageAssets(directory=STATIC_DIR), name="static")
    _add_pages(app)
    _add_error_handlers(app)
    _refuse_control_characters(app)
    _add_security_headers(app)
    return app


def _pipeline_extractor() -> Extractor:
    """The full pipeline, with its model and gazetteer loaded once, on first use."""
    lock = threading.Lock()
    loaded: dict[str, Any] = {}

    def extract(article: Article) -> Extraction:
        from sitrep.pipeline import extract_article, load_resources

        with lock:
            if "resources" not in loaded:
                loaded["resources"] = load_resources()
            return extract_article(article, loaded["resources"])

    return extract


def _add_pages(app: FastAPI) -> None:
    # HEAD too: uptime checks and link previews ask for the page's headers only
    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        page = FileResponse(STATIC_DIR / "index.html", media_type="text/html")
        page.headers["Cache-Control"] = REVALIDATE  # it names the modules: never older than they
        return page

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)


# What a driver says when the database cannot be reached, as opposed to a query's own error: read
# only where the driver gives no SQLSTATE (SQLite; PostgreSQL before any server answered).
UNAVAILABLE = re.compile(
    r"connection|connect to server|could not connect|server closed|terminating|timeout|"
    r"timed out|database is locked|unable to open database|the database system is",
    re.IGNORECASE,
)
# PostgreSQL's SQLSTATEs for a server out of reach: class 08 (connection exceptions) and 57P01-
# 57P03 (shut down by an administrator, crashed, not accepting connections yet). A statement
# timeout (57014) is our own slow query, not a database to wait for.
UNREACHABLE_STATES = ("08", "57P01", "57P02", "57P03")


def database_unreachable(error: OperationalError, cause: str) -> bool:
    """Whether the error says the database is out of reach (worth a retry), not that a query
    failed: by the server's SQLSTATE when the driver gives one, since a message saying "timeout"
    may be a statement's own; else by the driver's message `cause`."""
    if error.connection_invalidated:
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state:
        return str(state).startswith(UNREACHABLE_STATES)
    return UNAVAILABLE.search(cause) is not None


def _add_error_handlers(app: FastAPI) -> None:
    """4xx answers as {"error": message, "detail": ...}, saying which parameter is wrong and why."""

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> FastJSON:
        problems = [
            {
                "parameter": ".".join(str(p) for p in item.get("loc", ())[1:]) or "body",
                "in": (item.get("loc") or ("request",))[0],
                "message": item.get("msg", "invalid"),
            }
            for item in error.errors()
        ]
        summary = "; ".join(f"{p['parameter']}: {p['message']}" for p in problems)
        return FastJSON(
            {"error": f"invalid request: {summary}", "detail": problems}, status_code=422
        )

    @app.exception_handler(OperationalError)
    async def database_unavailable(_request: Request, error: OperationalError) -> FastJSON:
        """The database went away (a PostgreSQL restart, a network cut, a locked SQLite file):
        a 503 to retry, one log line, not a 500 with a traceback per request; the pool
        reconnects when it is back. The cause is logged, never sent: a driver's message names
        the server's host and user. Any other OperationalError ("no such table") is our bug and
        stays a 500."""
        lines = str(getattr(error, "orig", None) or error).strip().splitlines()
        cause = lines[0] if lines else error.__class__.__name__
        if not database_unreachable(error, cause):
            raise error
        log.warning("database unavailable: %s", cause)
        return FastJSON(
            {"error": "the database is unavailable; try again shortly"},
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> FastJSON:
        message = error.detail if isinstance(error.detail, str) else "request refused"
        return FastJSON({"error": message}, status_code=error.status_code, headers=error.headers)

    del invalid, database_unavailable, http_error


def _refuse_control_characters(app: FastAPI) -> None:
    """A NUL or another control character is never part of a real query, and the stores take it
    badly (SQLite's LIKE stops reading at a NUL and matches every row; PostgreSQL cannot hold one
    in text and fails): refuse it with a 400 that names the parameter."""

    @app.middleware("http")
    async def refuse(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        fields = [("the path", request.url.path)] + [
            (f"parameter {name!r}", name + value)
            for name, value in request.query_params.multi_items()
        ]
        for where, value in fields:
            found = CONTROL_CHARACTER.search(value)
            if found:
                message = (
                    f"{where} contains the control character U+{ord(found.group()):04X}; "
                    "remove it (only printable text, tabs and line breaks are accepted)"
                )
                return FastJSON({"error": message}, status_code=400)
        return await call_next(request)

    del refuse


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    del security_headers


__all__ = ["CONTENT_SECURITY_POLICY", "create_app"]

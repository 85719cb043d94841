"""The FastAPI application: the JSON API under ``/api`` and the dashboard at ``/``.

Queries run on one read-only DuckDB connection (a cursor per request) with parameterised SQL only.
Every error, whatever raised it, answers with one JSON shape::

    {"error": {"status": 422, "type": "invalid_parameter", "message": "...", "details": [...]}}

Requests are bounded (query string, body size); ``POST /api/code`` is enabled only when a token is
configured, and imports the NLP pipeline on its first call (this module never imports ``eventcoder.nlp``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from eventcoder import __version__
from eventcoder.errors import EventcoderError, UsageError
from eventcoder.server.routes import router
from eventcoder.store.db import open_read_only

log = logging.getLogger("eventcoder.server")

MAX_QUERY = 4096  # bytes of query string
MAX_BODY = 1_000_000  # bytes of request body
STATIC = Path(str(resources.files("eventcoder.server") / "static"))

_TYPES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
          411: "length_required", 413: "payload_too_large", 414: "uri_too_long", 422: "invalid_parameter",
          500: "internal_error"}


def error_body(status: int, message: str, details: Any = None) -> dict[str, Any]:
    """The one JSON shape of every error response."""
    return {"error": {"status": status, "type": _TYPES.get(status, "error"), "message": message,
                      "details": details}}


def _error(status: int, message: str, details: Any = None) -> JSONResponse:
    return JSONResponse(error_body(status, message, details), status_code=status)


class LimitRequests:
    """ASGI middleware: refuse over-long query strings and bodies before they reach a route."""

    def __init__(self, app: ASGIApp, *, max_query: int = MAX_QUERY, max_body: int = MAX_BODY) -> None:
        self.app, self.max_query, self.max_body = app, max_query, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        problem = self._check(scope)
        if problem is not None:
            return await problem(scope, receive, send)
        return await self.app(scope, receive, send)

    def _check(self, scope: Scope) -> JSONResponse | None:
        if len(scope.get("query_string", b"")) > self.max_query:
            return _error(414, f"query string longer than {self.max_query} bytes")
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if scope["method"] in ("POST", "PUT", "PATCH"):
            if length is None:
                return _error(411, "send a Content-Length header (chunked bodies are not accepted)")
            if not length.isdigit():
                return _error(400, "Content-Length is not a number")
            if int(length) > self.max_body:
                return _error(413, f"request body of {int(length)} bytes; the limit is {self.max_body}")
        return None


def create_app(db: str | Path, *, token: str | None = None) -> FastAPI:
    """The application serving the store ``db`` (opened read-only); ``token`` enables ``POST /api/code``."""
    con = open_read_only(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        con.close()

    app = FastAPI(title="eventcoder", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Political event data (CAMEO/PLOVER) from news text: events, dyads, documents.")
    app.state.con, app.state.token, app.state.db = con, token, Path(db)
    app.include_router(router, prefix="/api")
    app.add_middleware(LimitRequests)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    return app


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg")}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return _error(422, f"{first['where']}: {first['problem']}", details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(UsageError)
    async def usage(_: Request, exc: UsageError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(EventcoderError)
    async def eventcoder_error(_: Request, exc: EventcoderError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return _error(500, f"internal error ({type(exc).__name__})")

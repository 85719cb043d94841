"""The JSON API: events, places, dyad time series, documents, a summary, the map outline, and coding."""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Iterator
from datetime import date, datetime
from datetime import date as Date
from decimal import Decimal
from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from pydantic import BaseModel, Field

from eventcoder.errors import UsageError
from eventcoder.server.world import world
from eventcoder.store import query as q

router = APIRouter()


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def reply(content: dict[str, Any]) -> Response:
    """A JSON response encoded directly (the rows are plain values already; no model validation)."""
    return Response(json.dumps(content, default=_plain, ensure_ascii=False, allow_nan=False),
                    media_type="application/json")


Code = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{2,15}$", description="e.g. RUS, RUSGOV")]
Factuality = Literal["asserted", "negated", "future", "hypothetical"]


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of the app's read-only connection for one request."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees, or None."""
    if value is None:
        return None
    try:
        parts = tuple(float(v) for v in value.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise UsageError(f"bbox: expected four numbers west,south,east,north, got {value!r}")
    return parts  # type: ignore[return-value]


def event_filter(actor: Code = None, country: Code = None,
                 code: Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description="CAMEO code prefix")] = None,
                 root: Annotated[str | None, Query(pattern=r"^[0-9]{2}$", description="CAMEO root")] = None,
                 quad: Annotated[int | None, Query(ge=1, le=4)] = None,
                 factuality: Factuality | None = None,
                 start: Annotated[date | None, Query(alias="from", description="first day")] = None,
                 end: Annotated[date | None, Query(alias="to", description="last day")] = None,
                 bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north")] = None,
                 text: Annotated[str | None, Query(alias="q", max_length=200, description="words in evidence")] = None,
                 ) -> q.EventFilter:
    """The event filters shared by /events and /places."""
    return q.EventFilter(actor=actor.upper() if actor else None, country=country.upper() if country else None,
                         code=code, root=root, quad=quad, factuality=factuality, start=start, end=end,
                         bbox=parse_bbox(bbox), text=text or None)


Filter = Annotated[q.EventFilter, Depends(event_filter)]


@router.get("/events", summary="Reported events matching the filters, newest first, paged")
def get_events(con: Cursor, flt: Filter, limit: Annotated[int, Query(ge=1, le=500)] = 50,
               offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> Response:
    total, table = q.events(con, flt, limit=limit, offset=offset)
    return reply({"total": total, "limit": limit, "offset": offset, "events": table.to_pylist()})


@router.get("/places", summary="Event locations matching the filters, with counts")
def get_places(con: Cursor, flt: Filter) -> Response:
    return reply({"places": q.places(con, flt).to_pylist()})


@router.get("/dyad", summary="Merged events between two actors per period: quad counts, mean Goldstein, top codes")
def get_dyad(con: Cursor, a: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{2,15}$")],
             b: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{2,15}$")],
             by: Literal["day", "week", "month"] = "month",
             start: Annotated[date | None, Query(alias="from")] = None,
             end: Annotated[date | None, Query(alias="to")] = None,
             factuality: Factuality | Literal["any"] = "asserted", directed: bool = False) -> Response:
    table = q.dyad(con, a.upper(), b.upper(), by=by, start=start, end=end, directed=directed,
                   factuality=None if factuality == "any" else factuality)
    return reply({"a": a.upper(), "b": b.upper(), "by": by, "series": table.to_pylist()})


@router.get("/documents/{doc_id}", summary="A document with its events and the highlighted evidence spans")
def get_document(con: Cursor, doc_id: Annotated[str, Field(max_length=500)]) -> Response:
    found = q.document(con, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r} in the store")
    return reply(found)


@router.get("/summary", summary="Counts, date range, the most frequent countries and dyads")
def get_summary(con: Cursor) -> Response:
    def one(sql: str) -> list[dict[str, Any]]:
        return q.run_sql(con, sql).to_pylist()

    totals = one("SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events, "
                 "(SELECT count(*) FROM merged_events) AS merged_events, (SELECT min(day) FROM events) AS first_day, "
                 "(SELECT max(day) FROM events) AS last_day")[0]
    countries = one("SELECT country, count(*) AS events FROM (SELECT source_country AS country FROM events UNION ALL "
                    "SELECT target_country FROM events) WHERE country IS NOT NULL GROUP BY ALL "
                    "ORDER BY events DESC, country LIMIT 20")
    dyads = one("SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
                "count(*) AS events FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
                "AND source_country <> target_country GROUP BY ALL ORDER BY events DESC, a, b LIMIT 10")
    return reply({**totals, "countries": countries, "dyads": dyads})


@router.get("/world", summary="The coarse world map drawn under the event locations")
def get_world() -> Response:
    return reply(world())


class CodeRequest(BaseModel):
    """Text to code."""

    text: str = Field(min_length=1, max_length=100_000)
    date: Date | None = Field(default=None, description="publication date that relative dates resolve against")
    id: str = Field(default="submitted", max_length=200)


_CODING = threading.Lock()


@router.post("/code", summary="Code submitted text (enabled only when the server has a token)")
def post_code(request: Request, body: CodeRequest,
              authorization: Annotated[str | None, Header()] = None) -> Response:
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "coding is disabled: start the server with --token or EVENTCODER_TOKEN")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer <token>'")
    from eventcoder.pipeline import code_text  # the NLP stack loads on the first call only

    with _CODING:
        events = code_text(body.text, date=body.date, doc_id=body.id)
    return reply({"events": [e.to_dict() for e in events]})

"""Read-only queries over a store, answered as Arrow tables (``.to_pandas()`` when pandas is installed).

Every query is parameterised: filter values travel as parameters, never inside the SQL text. The
Python API is :class:`EventStore`; the CLI and the HTTP API call the same functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventcoder.errors import UsageError
from eventcoder.records import FACTUALITIES
from eventcoder.store.db import open_read_only

PERIODS = {"day": ("day", "%Y-%m-%d"), "week": ("week", "%G-W%V"), "month": ("month", "%Y-%m")}
_CODE = re.compile(r"^[A-Z0-9]{2,15}$")
#: mean Goldstein in exact decimal arithmetic, so parallel scans always give the same rounding
MEAN_GOLDSTEIN = "CAST(round(avg(CAST(goldstein AS DECIMAL(9, 2))), 2) AS DOUBLE)"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Conditions on events; every one is optional and they combine with AND."""

    actor: str | None = None  # an actor code prefix (RUS, RUSGOV) on either side
    country: str | None = None  # a country on either side or of the location
    code: str | None = None  # a CAMEO code prefix ("04", "042")
    root: str | None = None  # a CAMEO root ("04")
    quad: int | None = None
    factuality: str | None = None
    start: date | None = None
    end: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    text: str | None = None  # words in the evidence or actor names
    doc_id: str | None = None

    def __post_init__(self) -> None:
        for name in ("actor", "country", "code", "root"):
            value = getattr(self, name)
            if value is not None and not _CODE.match(value):
                raise UsageError(f"{name}: expected letters and digits like 'RUS' or '042', got {value!r}")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise UsageError(f"quad: expected 1, 2, 3 or 4, got {self.quad!r}")
        if self.factuality is not None and self.factuality not in FACTUALITIES:
            raise UsageError(f"factuality: expected one of {', '.join(FACTUALITIES)}, got {self.factuality!r}")
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
                raise UsageError(f"bbox: expected west,south,east,north in degrees, got {self.bbox!r}")

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over the ``events`` columns) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def add(sql: str, *values: Any) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.actor:
            add("(starts_with(source_code, ?) OR starts_with(target_code, ?))", self.actor, self.actor)
        if self.country:
            add("(source_country = ? OR target_country = ? OR location_country = ?)", *[self.country] * 3)
        if self.code:
            add("starts_with(cameo, ?)", self.code)
        if self.root:
            add("cameo_root = ?", self.root)
        if self.quad is not None:
            add("quad = ?", self.quad)
        if self.factuality:
            add("factuality = ?", self.factuality)
        if self.start:
            add("day >= ?", self.start)
        if self.end:
            add("day <= ?", self.end)
        if self.bbox:
            west, south, east, north = self.bbox
            lon = "location_lon BETWEEN ? AND ?" if west <= east else "(location_lon >= ? OR location_lon <= ?)"
            add(f"(location_lat BETWEEN ? AND ? AND {lon})", south, north, west, east)
        if self.text:
            pattern = "%" + re.sub(r"([\\%_])", r"\\\1", self.text) + "%"
            add("(evidence ILIKE ? ESCAPE '\\' OR source_name ILIKE ? ESCAPE '\\' OR target_name ILIKE ? "
                "ESCAPE '\\' OR location_name ILIKE ? ESCAPE '\\')", *[pattern] * 4)
        if self.doc_id:
            add("doc_id = ?", self.doc_id)
        return (" AND ".join(clauses) or "TRUE"), params

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def events(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int = 100,
           offset: int = 0) -> tuple[int, pa.Table]:
    """The matching reports (with ``cluster_id`` and ``num_reports``) newest first, and their total count."""
    where, params = flt.where()
    table = con.sql(f"SELECT * EXCLUDE (stored_at), count(*) OVER () AS total_rows FROM reports WHERE {where} "
                    "ORDER BY day DESC NULLS LAST, doc_id, sentence, event_id LIMIT ? OFFSET ?",
                    params=[*params, limit, offset]).to_arrow_table()
    if table.num_rows:
        total = table.column("total_rows")[0].as_py()
    else:  # past the last page: count on its own
        total = con.execute(f"SELECT count(*) FROM reports WHERE {where}", params).fetchall()[0][0]
    return total, table.drop_columns(["total_rows"])


def places(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int = 2000) -> pa.Table:
    """Event locations matching the filter: one row per place with its event count and mean Goldstein."""
    where, params = flt.where()
    return con.sql(
        "SELECT location_name AS name, location_country AS country, location_lat AS lat, location_lon AS lon, "
        f"count(*) AS events, {MEAN_GOLDSTEIN} AS goldstein FROM events "
        f"WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL AND {where} "
        "GROUP BY ALL ORDER BY events DESC, name LIMIT ?", params=[*params, limit]).to_arrow_table()


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, *, by: str = "month", start: date | None = None,
         end: date | None = None, factuality: str | None = "asserted", directed: bool = False,
         top: int = 3) -> pa.Table:
    """Per period, the merged events between actors ``a`` and ``b`` (code prefixes): counts per quad class,
    mean Goldstein and the most frequent CAMEO codes. Both directions unless ``directed``."""
    if by not in PERIODS:
        raise UsageError(f"by: expected one of {', '.join(PERIODS)}, got {by!r}")
    EventFilter(actor=a), EventFilter(actor=b), EventFilter(factuality=factuality)  # validate
    unit, label = PERIODS[by]
    pair = "(starts_with(source_code, ?) AND starts_with(target_code, ?))"
    sides = pair if directed else f"({pair} OR {pair})"
    params: list[Any] = [a, b] if directed else [a, b, b, a]
    cond = [sides, "day IS NOT NULL"]
    for sql, value in (("factuality = ?", factuality), ("day >= ?", start), ("day <= ?", end)):
        if value is not None:
            cond.append(sql)
            params.append(value)
    sql = f"""
    WITH m AS (SELECT strftime(date_trunc('{unit}', day), '{label}') AS period, * FROM merged_events
               WHERE {' AND '.join(cond)}),
    codes AS (SELECT period, cameo, count(*) AS n,
                     row_number() OVER (PARTITION BY period ORDER BY count(*) DESC, cameo) AS rank
              FROM m GROUP BY period, cameo),
    top AS (SELECT period, string_agg(cameo || ' x' || n, ', ' ORDER BY n DESC, cameo) AS top_codes
            FROM codes WHERE rank <= {int(top)} GROUP BY period)
    SELECT m.period, count(*) AS events,
           count(*) FILTER (WHERE quad = 1) AS quad1, count(*) FILTER (WHERE quad = 2) AS quad2,
           count(*) FILTER (WHERE quad = 3) AS quad3, count(*) FILTER (WHERE quad = 4) AS quad4,
           {MEAN_GOLDSTEIN} AS goldstein, CAST(sum(num_mentions) AS BIGINT) AS reports,
           any_value(top.top_codes) AS top_codes
    FROM m JOIN top USING (period) GROUP BY m.period ORDER BY m.period"""
    return con.sql(sql, params=params).to_arrow_table()


def document(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """A stored document with its events (flat rows) and the highlighted spans of its text, or None."""
    doc = con.sql("SELECT doc_id, title, url, source, pub_date, origin, text, n_events, stored_at "
                  "FROM documents WHERE doc_id = ?", params=[doc_id]).to_arrow_table().to_pylist()
    if not doc:
        return None
    _, table = events(con, EventFilter(doc_id=doc_id), limit=10_000)
    rows = sorted(table.to_pylist(), key=lambda r: (r["span_start"], r["event_id"]))
    return {"document": doc[0], "events": rows, "highlights": highlights(rows)}


def highlights(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Non-overlapping spans of the text with the events coded on each (sorted by start)."""
    spans: dict[tuple[int, int], list[str]] = {}
    for row in rows:
        spans.setdefault((row["span_start"], row["span_end"]), []).append(row["event_id"])
    out: list[dict[str, Any]] = []
    for (start, end), ids in sorted(spans.items()):
        if out and start < out[-1]["end"]:
            out[-1]["end"] = max(out[-1]["end"], end)
            out[-1]["event_ids"].extend(ids)
        else:
            out.append({"start": start, "end": end, "event_ids": list(ids)})
    return out


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pa.Table:
    """Any SQL on a (read-only) connection; DuckDB's errors become UsageError."""
    try:
        return con.sql(sql, params=params or None).to_arrow_table()
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {str(exc).splitlines()[0]}") from None


class EventStore:
    """Read-only Python access to a store; every method returns a ``pyarrow.Table``::

        store = EventStore("events.duckdb")
        store.dyad("RUS", "PRK", by="month").to_pandas()
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = open_read_only(self.path)

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def query(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """Run SQL (tables ``documents``, ``events``; views ``reports``, ``merged_events``)."""
        return run_sql(self.con, sql, params)

    def events(self, *, limit: int = 1000, offset: int = 0, **conditions: Any) -> pa.Table:
        """Reports matching :class:`EventFilter` conditions given as keywords."""
        return events(self.con, EventFilter(**conditions), limit=limit, offset=offset)[1]

    def merged(self) -> pa.Table:
        """One row per event across documents, with ``num_mentions``, ``num_articles``, ``num_sources``."""
        return self.query("SELECT * FROM merged_events ORDER BY day, cluster_id")

    def dyad(self, a: str, b: str, **options: Any) -> pa.Table:
        """The time series of :func:`dyad`."""
        return dyad(self.con, a, b, **options)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A document with its events and highlights (:func:`document`)."""
        return document(self.con, doc_id)

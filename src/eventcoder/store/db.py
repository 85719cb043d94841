"""The DuckDB event store: documents and their events, one writer, one transaction per document.

Writing a document replaces everything stored for its id in one transaction (idempotent: coding the same
input twice leaves the same store), so a process killed mid-batch leaves only whole documents behind; the
next run skips documents whose content hash is already stored and codes the rest. Cross-document clusters
(:mod:`eventcoder.dedup`) are recomputed when a writer closes.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventcoder.dedup import Report, cluster_reports
from eventcoder.errors import UsageError
from eventcoder.records import Document, Event
from eventcoder.store.files import SCHEMA
from eventcoder.store.schema import FILL_CLUSTERS, LATEST, current_version, migrate

DB_SUFFIXES = (".duckdb", ".db")
_EVENT_SCHEMA = SCHEMA.append(pa.field("day", pa.date32())).append(pa.field("stored_at", pa.timestamp("us")))


def content_hash(document: Document) -> str:
    """sha256 of what coding a document depends on: its text and publication date."""
    key = f"{document.date.isoformat() if document.date else ''}\x1f{document.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def event_day(event_date: str | None, pub_date: date | None) -> date | None:
    """The day an event is counted on: its date (first day of a month or year), else the publication date."""
    if event_date:
        parts = [*event_date.split("-"), "01", "01"][:3]
        try:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    return pub_date


def connect(path: str | Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Open a store file; a clear UsageError when it is missing or held by another writer."""
    path = Path(path)
    if read_only and not path.exists():
        raise UsageError(f"{path}: no such event store; create it with `eventcoder code INPUT... --db {path}`")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        raise UsageError(f"{path}: cannot open the event store ({str(exc).splitlines()[0]}); only one process "
                         "may write to a store, and none may while another writes") from None
    except duckdb.Error as exc:
        raise UsageError(f"{path}: not a DuckDB event store ({str(exc).splitlines()[0]})") from None


def open_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing store at the current schema version."""
    con = connect(path, read_only=True)
    version = current_version(con)
    if version != LATEST:
        con.close()
        raise UsageError(f"{path}: event store schema version {version}, expected {LATEST}; "
                         f"open it once for writing (`eventcoder code --db {path}`) to migrate it")
    return con


class Store:
    """The one writer of a store file: ``with Store(path) as store: store.write_document(...)``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = connect(self.path, read_only=False)
        self._lock = threading.Lock()
        migrate(self.con)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Recompute the cross-document clusters and close the connection."""
        if self.con is not None:
            self.refresh_clusters()
            self.con.close()
            self.con = None

    def is_current(self, document: Document) -> bool:
        """Whether this exact document (same id, text and date) is already stored."""
        rows = self.con.execute("SELECT content_hash FROM documents WHERE doc_id = ?", [document.id]).fetchall()
        return bool(rows) and rows[0][0] == content_hash(document)

    def write_document(self, document: Document, events: Sequence[Event], *, text: str | None = None) -> int:
        """Store a document (``text``: the normalised text the event spans refer to) replacing its old events."""
        now = datetime.now()
        table = _events_arrow(events, pub_date=document.date, stored_at=now)
        with self._lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("DELETE FROM events WHERE doc_id = ?", [document.id])
                self.con.execute("DELETE FROM documents WHERE doc_id = ?", [document.id])
                self.con.execute(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [document.id, content_hash(document), document.title, document.url, document.source,
                     document.date, document.origin, text if text is not None else document.text, len(events), now])
                self._insert_events(table)
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        return len(events)

    def write_all(self, items: Iterable[tuple[Document, Sequence[Event], str | None]]) -> int:
        """Write (document, events, normalised text) triples; return the number of events written."""
        return sum(self.write_document(doc, events, text=text) for doc, events, text in items)

    def _insert_events(self, table: pa.Table) -> None:
        self.con.register("_new_events", table)
        try:
            self.con.execute("INSERT INTO events BY NAME SELECT * FROM _new_events")
        finally:
            self.con.unregister("_new_events")

    def refresh_clusters(self) -> int:
        """Recompute cross-document clusters over every stored event; return how many clusters there are."""
        rows = self.con.execute(
            "SELECT event_id, doc_id, coalesce(source_code, ''), coalesce(target_code, ''), cameo_root, factuality, "
            "date, CASE WHEN location_geonameid IS NOT NULL THEN CAST(location_geonameid AS VARCHAR) "
            "WHEN coalesce(location_name, location_text) IS NOT NULL "
            "THEN coalesce(location_name, location_text) || '|' || coalesce(location_country, '') END, confidence "
            "FROM events").fetchall()
        clusters = cluster_reports(Report(*row) for row in rows)
        table = pa.table({"event_id": list(clusters), "cluster_id": list(clusters.values())},
                         schema=pa.schema([("event_id", pa.string()), ("cluster_id", pa.string())]))
        with self._lock:
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute("DELETE FROM clusters")
                self.con.register("_assigned", table)
                self.con.execute(FILL_CLUSTERS)
                self.con.unregister("_assigned")
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        return len(set(clusters.values()))


def _events_arrow(events: Sequence[Event], *, pub_date: date | None, stored_at: datetime) -> pa.Table:
    rows: list[dict[str, Any]] = []
    for event in events:
        row = event.to_flat()
        row["day"], row["stored_at"] = event_day(event.date, pub_date), stored_at
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_EVENT_SCHEMA)

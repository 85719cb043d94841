"""The DuckDB schema: ordered migrations recorded in ``schema_version``.

The events table takes its columns from the flat Arrow :data:`~eventcoder.store.files.SCHEMA` (the
columns of CSV and Parquet output) plus the store's own: ``day`` (the event's day, for time series)
and ``stored_at``. A column added to ``SCHEMA`` later is added to existing stores when they are opened
for writing (:func:`sync_columns`), so the record is written down once.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pyarrow as pa

from eventcoder.store.files import SCHEMA

_DUCK_TYPES = {pa.string(): "VARCHAR", pa.int8(): "TINYINT", pa.int32(): "INTEGER", pa.int64(): "BIGINT",
               pa.float64(): "DOUBLE"}

#: columns of the events table that are not part of the flat record
STORE_COLUMNS = (("day", "DATE"), ("stored_at", "TIMESTAMP"))


def duck_type(arrow_type: pa.DataType) -> str:
    """The DuckDB type of a flat-record column."""
    return _DUCK_TYPES[arrow_type]


def _events_table() -> str:
    columns = [f"{f.name} {duck_type(f.type)}" for f in SCHEMA] + [f"{n} {t}" for n, t in STORE_COLUMNS]
    return f"CREATE TABLE events ({', '.join(columns)})"


_MERGED_VIEW = """
CREATE OR REPLACE VIEW merged_events AS
SELECT e.*, COALESCE(c.cluster_id, e.event_id) AS cluster_id, COALESCE(c.num_mentions, 1) AS num_mentions,
       COALESCE(c.num_articles, 1) AS num_articles, COALESCE(c.num_sources, 1) AS num_sources,
       COALESCE(c.first_sentence, e.sentence) AS first_sentence, d.url AS doc_url
FROM events e LEFT JOIN clusters c USING (event_id) LEFT JOIN documents d USING (doc_id)
WHERE COALESCE(c.representative, TRUE)
"""

_REPORTS_VIEW = """
CREATE OR REPLACE VIEW reports AS
SELECT e.*, COALESCE(c.cluster_id, e.event_id) AS cluster_id, COALESCE(c.num_mentions, 1) AS num_reports
FROM events e LEFT JOIN clusters c USING (event_id)
"""

#: fills ``clusters`` from ``_assigned(event_id, cluster_id)``: the counts of each cluster and its representative
FILL_CLUSTERS = """
INSERT INTO clusters
SELECT event_id, cluster_id,
       row_number() OVER (PARTITION BY cluster_id ORDER BY confidence DESC, event_id) = 1 AS representative,
       count(*) OVER w AS num_mentions, count(DISTINCT doc_id) OVER w AS num_articles,
       count(DISTINCT COALESCE(d.source, d.url, doc_id)) OVER w AS num_sources, min(sentence) OVER w AS first_sentence
FROM _assigned JOIN events e USING (event_id) LEFT JOIN documents d USING (doc_id)
WINDOW w AS (PARTITION BY cluster_id)
"""


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""CREATE TABLE documents (
        doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, url VARCHAR, source VARCHAR,
        pub_date DATE, origin VARCHAR, text VARCHAR, n_events INTEGER, stored_at TIMESTAMP)""")
    con.execute(_events_table())
    con.execute("CREATE INDEX events_doc ON events (doc_id)")


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("CREATE TABLE clusters (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL, "
                "representative BOOLEAN, num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, "
                "first_sentence INTEGER)")
    con.execute(_MERGED_VIEW)
    con.execute(_REPORTS_VIEW)


#: (version, description, step), applied in order, each in its own transaction
MIGRATIONS: tuple[tuple[int, str, Callable[[duckdb.DuckDBPyConnection], None]], ...] = (
    (1, "documents and events", _v1),
    (2, "cross-document clusters with their counts, merged_events and reports views", _v2),
)
LATEST = MIGRATIONS[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for an empty database)."""
    exists = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
                         ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the pending migrations in order; return the versions applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    applied = []
    for version, description, step in MIGRATIONS:
        if version <= current_version(con):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("INSERT INTO schema_version (version, description) VALUES (?, ?)", [version, description])
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    sync_columns(con)
    return applied


def sync_columns(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Add flat-record columns that ``SCHEMA`` gained since the store was created; return their names."""
    have = {row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    added = [f for f in SCHEMA if f.name not in have]
    for f in added:
        con.execute(f"ALTER TABLE events ADD COLUMN {f.name} {duck_type(f.type)}")
    if added:  # views select e.*: recreate them so they show the new columns
        con.execute(_MERGED_VIEW)
        con.execute(_REPORTS_VIEW)
    return [f.name for f in added]

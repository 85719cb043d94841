"""Storage and export of event records: files (JSON Lines, CSV, Parquet) and the DuckDB event store.

Files take a stream of events (:func:`write_events`); the store takes whole documents with their
events (:class:`~eventcoder.store.db.Store`, the one writer) and answers queries
(:class:`~eventcoder.store.query.EventStore`, read-only).
"""

from eventcoder.store.files import FORMATS, write_events

__all__ = ["FORMATS", "EventStore", "Store", "write_events"]


def __getattr__(name: str):
    if name == "Store":
        from eventcoder.store.db import Store
        return Store
    if name == "EventStore":
        from eventcoder.store.query import EventStore
        return EventStore
    raise AttributeError(f"module 'eventcoder.store' has no attribute {name!r}")

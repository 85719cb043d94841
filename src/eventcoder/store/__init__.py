"""Storage and export of event records (files now; the DuckDB store builds on the same records)."""

from eventcoder.store.files import FORMATS, write_events

__all__ = ["FORMATS", "write_events"]

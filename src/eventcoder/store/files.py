"""Write events to JSON Lines, CSV or Parquet, chosen by the file extension.

JSON Lines keeps the nested record of docs/record.md; CSV and Parquet hold the same columns
flattened (``source_country``, ``location_lat``...), with a fixed column order and types.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pyarrow as pa
import pyarrow.parquet as pq

from eventcoder.errors import UsageError
from eventcoder.records import Event

FORMATS = (".jsonl", ".csv", ".parquet")

_ROLE = [("text", pa.string()), ("name", pa.string()), ("country", pa.string()), ("agent", pa.string()),
         ("code", pa.string())]
_PLACE = [("text", pa.string()), ("name", pa.string()), ("country", pa.string()), ("admin1", pa.string()),
          ("lat", pa.float64()), ("lon", pa.float64()), ("geonameid", pa.int64()), ("feature", pa.string())]

#: the flat columns of an event, in order, with their Arrow types
SCHEMA = pa.schema(
    [("event_id", pa.string()), ("doc_id", pa.string()), ("sentence", pa.int32()), ("evidence", pa.string()),
     ("span_start", pa.int64()), ("span_end", pa.int64()), ("date", pa.string()), ("date_text", pa.string())]
    + [(f"source_{k}", t) for k, t in _ROLE] + [(f"target_{k}", t) for k, t in _ROLE]
    + [("cameo", pa.string()), ("cameo_root", pa.string()), ("quad", pa.int8()), ("goldstein", pa.float64()),
       ("plover", pa.string()), ("factuality", pa.string()), ("cue", pa.string()), ("attribution", pa.string())]
    + [(f"location_{k}", t) for k, t in _PLACE]
    + [("confidence", pa.float64()), ("rule", pa.string())]
)


def write_events(events: Iterable[Event], path: str | Path) -> int:
    """Write events to ``path`` in the format its extension names; return how many were written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UsageError(f"{path}: unknown output format {suffix or '(none)'!r}; "
                         f"expected a file name ending in {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        return _write_parquet(events, path)
    with path.open("w", encoding="utf-8", newline="") as out:
        return write_jsonl(events, out) if suffix == ".jsonl" else _write_csv(events, out)


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    """Write one JSON object per event, as the events arrive."""
    count = 0
    for event in events:
        out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=SCHEMA.names)
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(event.to_flat())
        count += 1
    return count


def _write_parquet(events: Iterable[Event], path: Path, *, batch: int = 5000) -> int:
    count = 0
    with pq.ParquetWriter(path, SCHEMA) as writer:
        rows: list[dict] = []
        for event in events:
            rows.append(event.to_flat())
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
                count, rows = count + len(rows), []
        if rows or not count:
            writer.write_table(pa.Table.from_pylist(rows, schema=SCHEMA))
            count += len(rows)
    return count

"""Resumable file outputs: a sidecar state file records every document written, so a killed run resumes.

For ``events.jsonl`` (or ``.csv``) the state is ``events.jsonl.state``: one JSON line per finished
document, ``{"hash", "id", "end"}``, written after the document's events are flushed; ``end`` is the
output's size then. Resuming truncates the output to the last recorded ``end`` (dropping the events of
a document cut off half-way) and skips every document whose content hash is recorded, so each
document is coded exactly once. Failed documents are recorded too (``"failed": true``): they would
fail again.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from eventcoder.engines.local import Coded, Failure
from eventcoder.errors import UsageError
from eventcoder.records import Document
from eventcoder.store.db import content_hash
from eventcoder.store.files import SCHEMA

RESUMABLE = (".jsonl", ".csv")


def state_path(output: Path) -> Path:
    """The sidecar state file of an output."""
    return output.with_name(output.name + ".state")


def read_state(output: Path) -> tuple[set[str], int]:
    """The content hashes recorded for ``output`` and the output size they cover (a torn last line is ignored)."""
    done: set[str] = set()
    end = 0
    path = state_path(output)
    if not path.exists():
        return done, end
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                record = json.loads(line)
                done.add(record["hash"])
                end = int(record["end"])
            except (ValueError, KeyError, TypeError):
                break  # a line cut by a kill, and nothing after it counts
    return done, end


def skip_done(documents: Iterable[Document], done: set[str], counter: dict[str, int]) -> Iterator[Document]:
    """The documents whose content hash is not in ``done``; ``counter["skipped"]`` counts the others."""
    for document in documents:
        if content_hash(document) in done:
            counter["skipped"] = counter.get("skipped", 0) + 1
            continue
        yield document


class ResumableWriter:
    """Writes each coded document's events to a JSON Lines or CSV file, then records it in the state file."""

    def __init__(self, output: Path, *, resume: bool) -> None:
        suffix = output.suffix.lower()
        if suffix not in RESUMABLE:
            raise UsageError(f"{output}: --resume needs a .jsonl or .csv output (or --db, or --engine dask "
                             f"with an output folder); got {suffix or 'no extension'}")
        self.output, self.csv = output, suffix == ".csv"
        self.done, end = read_state(output) if resume else (set(), 0)
        output.parent.mkdir(parents=True, exist_ok=True)
        if resume and output.exists():
            os.truncate(output, min(end, output.stat().st_size))
        elif not resume or not output.exists():
            output.write_bytes(b"")
        self.out: IO[str] = output.open("a", encoding="utf-8", newline="")
        self.state: IO[str] = state_path(output).open("a" if resume else "w", encoding="utf-8")
        self.rows = csv.DictWriter(self.out, fieldnames=SCHEMA.names) if self.csv else None
        if self.rows is not None and self.out.tell() == 0:
            self.rows.writeheader()

    def write(self, item: Coded | Failure) -> None:
        """Write one document's events (none for a failure) and record it as done."""
        document = item.document
        if isinstance(item, Coded):
            for event in item.events:
                if self.rows is not None:
                    self.rows.writerow(event.to_flat())
                else:
                    self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
        self.out.flush()
        if document is None:
            return
        record = {"hash": content_hash(document), "id": document.id, "end": self.out.tell()}
        if isinstance(item, Failure):
            record["failed"] = True
        self.state.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.state.flush()

    def close(self) -> None:
        self.out.close()
        self.state.close()

    def __enter__(self) -> ResumableWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

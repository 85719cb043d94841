"""The Dask engine: code documents on a Dask distributed cluster into a partitioned Parquet dataset.

    code_dask(documents, "out/", scheduler="tcp://host:8786")   # a running cluster
    code_dask(documents, "out/", workers=4)                     # a LocalCluster of 4 processes

The client reads the inputs as a stream and cuts them into partitions of ``partition`` documents
(many files, or one large JSON Lines file, alike); each partition is a task. A worker plugin loads
the model and builds the matchers once per worker, when it joins. A task codes its documents and
writes ``part-NNNNNN.parquet`` (the flat event columns of docs/record.md) and
``_state/part-NNNNNN.json`` (the content hashes it coded, its failures), each by an atomic rename,
so a part exists whole or not at all. Parts are numbered in document order; at most
``2 * workers`` are in flight, so the client's memory stays flat. The output folder must be
reachable by every worker under the same path (a shared or local file system).

Resume: the hashes of ``_state/`` are skipped, parts without a state file (cut off by a kill) are
deleted, and new parts are numbered after the last one.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from distributed import Client, LocalCluster, WorkerPlugin

from eventcoder.engines.local import Failure, chunks, code_chunk, default_workers
from eventcoder.records import Document, Event
from eventcoder.store.db import content_hash
from eventcoder.store.files import write_events

PARTITION = 256
STATE = "_state"


@dataclass(frozen=True, slots=True)
class PartResult:
    """What one partition task did."""

    part: int
    documents: int
    events: int
    failures: tuple[Failure, ...]


class CoderPlugin(WorkerPlugin):
    """Loads the model and the matchers (and the user's dictionaries) once per worker."""

    name = "eventcoder-coder"

    def __init__(self, dictionaries: Sequence[str] = ()) -> None:
        self.dictionaries = tuple(dictionaries)

    def setup(self, worker: object) -> None:
        code_chunk([Document(id="warm-up", text="Officials in Moscow said Russia will hold talks.")],
                   dictionaries=self.dictionaries)


def code_partition(documents: list[Document], out_dir: str, part: int, dictionaries: tuple[str, ...] = ()
                   ) -> PartResult:
    """Code one partition on a worker and write its Parquet part and state file."""
    results = code_chunk(documents, dictionaries=dictionaries)
    events: list[Event] = [e for r in results if not isinstance(r, Failure) for e in r.events]
    failures = tuple(r for r in results if isinstance(r, Failure))
    name = f"part-{part:06d}"
    tmp = Path(out_dir) / f".{name}.tmp.parquet"  # hidden: dataset readers skip names starting with "."
    write_events(events, tmp)
    os.replace(tmp, Path(out_dir) / f"{name}.parquet")
    state = {"hashes": [content_hash(d) for d in documents], "ids": [d.id for d in documents],
             "failures": [f.to_dict() for f in failures]}
    tmp_state = Path(out_dir) / STATE / f".{name}.json.tmp"
    tmp_state.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp_state, Path(out_dir) / STATE / f"{name}.json")
    return PartResult(part, len(documents), len(events),
                      tuple(Failure(f.source, f.line, f.doc_id, f.error) for f in failures))


def prepare(out_dir: Path, *, resume: bool) -> tuple[set[str], int]:
    """Make the dataset folder; with ``resume``, the hashes already coded and the next part number."""
    (out_dir / STATE).mkdir(parents=True, exist_ok=True)
    done: set[str] = set()
    last = -1
    for state in sorted((out_dir / STATE).glob("part-*.json")):
        if not resume:
            state.unlink()
            continue
        done.update(json.loads(state.read_text(encoding="utf-8"))["hashes"])
        last = max(last, int(state.stem.split("-")[1]))
    for tmp in out_dir.glob(".part-*"):
        tmp.unlink()
    for part in out_dir.glob("part-*.parquet"):
        if not resume or not (out_dir / STATE / f"{part.stem}.json").exists():
            part.unlink()  # not resuming, or cut off before its state was written
    for tmp in (out_dir / STATE).glob(".part-*"):
        tmp.unlink()
    return done, last + 1


def code_dask(documents: Iterable[Document], out_dir: str | Path, *, scheduler: str | None = None,
              workers: int | None = None, partition: int = PARTITION, dictionaries: Sequence[str | Path] = (),
              resume: bool = False, processes: bool = True) -> Iterator[PartResult]:
    """Code ``documents`` on a Dask cluster into the Parquet dataset ``out_dir``; yield each part's result
    in document order. Without ``scheduler`` a LocalCluster of ``workers`` single-threaded workers
    (processes, or threads of this process with ``processes=False``) is started and closed.
    """
    out = Path(out_dir).resolve()
    done, first = prepare(out, resume=resume)
    files = tuple(str(Path(p).resolve()) for p in dictionaries)
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=processes,
                               dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            client.register_plugin(CoderPlugin(files))
            size = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
            pending: deque = deque()
            todo = (d for d in documents if content_hash(d) not in done)
            for number, part in enumerate(chunks(todo, partition), start=first):
                pending.append(client.submit(code_partition, part, str(out), number, files, pure=False))
                while len(pending) >= 2 * size:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    finally:
        if cluster is not None:
            cluster.close()

"""The local engine: code documents on every core of this machine, results in document order.

Documents are cut into chunks; each chunk is coded by a worker process. The model and the
matchers are loaded once: on Linux in this process, before the workers are forked (they start
warm, sharing its memory pages); elsewhere in each spawned worker when it starts. At most
``2 * workers`` chunks are in flight, so memory stays flat however long the input. With one
worker everything runs in this process, without a pool.

    with LocalEngine(workers=4) as engine:    # the workers start here, before any progress bar thread
        for item in engine.code(documents):   # Coded or Failure, in document order
            ...
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from eventcoder.errors import InputError
from eventcoder.pipeline import analyze, warm_up
from eventcoder.records import Document, Event

#: documents per chunk: small enough that the workers finish together (the last chunks leave one worker idle
#: while another codes them), large enough for the parser's batches and the pickling to cost nothing
CHUNK = 16


@dataclass(frozen=True, slots=True)
class Coded:
    """One document coded: its events, and the normalised text their offsets refer to."""

    document: Document
    events: tuple[Event, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be coded (a record, so it crosses process boundaries)."""

    source: str
    line: int | None
    doc_id: str | None
    error: str
    document: Document | None = None

    @classmethod
    def from_error(cls, error: InputError, document: Document | None = None) -> Failure:
        return cls(error.path, error.line, getattr(error, "doc_id", None), error.reason, document)

    def as_error(self) -> InputError:
        error = InputError(self.source, self.error, line=self.line)
        error.doc_id = self.doc_id  # type: ignore[attr-defined]
        return error

    def to_dict(self) -> dict[str, Any]:
        """The errors-file record: ``{source, line, doc_id, error}``."""
        return {"source": self.source, "line": self.line, "doc_id": self.doc_id, "error": self.error}


def default_workers() -> int:
    """The cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def code_chunk(documents: Sequence[Document], *, dictionaries: Sequence[str | Path] = ()) -> list[Coded | Failure]:
    """Code documents in this process: one :class:`Coded` or :class:`Failure` per document, in order."""
    out: list[Coded | Failure] = []
    by_id = {d.id: d for d in documents}

    def failed(error: InputError) -> None:
        out.append(Failure.from_error(error, by_id.get(getattr(error, "doc_id", None) or "")))

    for analysis in analyze(documents, on_error=failed, dictionaries=dictionaries):
        out.append(Coded(analysis.document, analysis.events, analysis.normalized.text))
    return out


def chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of ``size`` documents (the last may be shorter)."""
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


class LocalEngine:
    """A pool of ``workers`` processes (default: every core) that code chunks of documents."""

    def __init__(self, *, workers: int | None = None, chunk: int = CHUNK,
                 dictionaries: Sequence[str | Path] = ()) -> None:
        self.workers, self.chunk = workers or default_workers(), chunk
        self.dictionaries = tuple(str(p) for p in dictionaries)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        if self.workers > 1:
            fork = sys.platform == "linux"
            if fork:
                _start_worker(self.dictionaries)  # warm here: forked workers inherit it
            context = multiprocessing.get_context("fork" if fork else "spawn")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                            initargs=(self.dictionaries,))
            # start every worker now, while this process has no other threads to fork
            for future in [self.pool.submit(_ready) for _ in range(self.workers)]:
                future.result()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def code(self, documents: Iterable[Document]) -> Iterator[Coded | Failure]:
        """Code ``documents``, yielding one :class:`Coded` or :class:`Failure` per document, in order.

        Events are the same as with one worker: each document is coded on its own.
        """
        if self.pool is None:
            for part in chunks(documents, self.chunk):
                yield from code_chunk(part, dictionaries=self.dictionaries)
            return
        pending: deque[Future] = deque()
        for part in chunks(documents, self.chunk):
            pending.append(self.pool.submit(_code_in_worker, part))
            while len(pending) >= 2 * self.workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def code_local(documents: Iterable[Document], *, workers: int | None = None, chunk: int = CHUNK,
               dictionaries: Sequence[str | Path] = ()) -> Iterator[Coded | Failure]:
    """Code documents on ``workers`` processes (default: every core), yielding in document order."""
    with LocalEngine(workers=workers, chunk=chunk, dictionaries=dictionaries) as engine:
        yield from engine.code(documents)


_DICTIONARIES: tuple[str, ...] = ()


def _start_worker(dictionaries: tuple[str, ...]) -> None:
    """Load the model, the matchers and the user's dictionaries once per process."""
    global _DICTIONARIES
    _DICTIONARIES = dictionaries
    warm_up()
    if dictionaries:
        code_chunk([Document(id="warm-up", text="The minister met the ambassador.")], dictionaries=dictionaries)


def _ready() -> int:
    return os.getpid()


def _code_in_worker(documents: list[Document]) -> list[Coded | Failure]:
    return code_chunk(documents, dictionaries=_DICTIONARIES)

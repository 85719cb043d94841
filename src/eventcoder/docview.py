"""Per-document arrays and memoised answers for the stages that read the parse (actors, places, events), kept in
``doc.user_data``.

Those stages ask the same questions of a parse many times (a token's children, whether a clause ends in a
question mark, where "according" occurs); reading ``Token`` objects for them costs more than the answer. A
:class:`DocView` reads the parse's attribute columns once (``Doc.to_array``) and answers from plain lists. It
holds no reference to the ``Doc``, so it adds no reference cycle.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

import numpy as np
from spacy.strings import StringStore
from spacy.tokens import Doc

from eventcoder.nlp import document_text

_KEY = "eventcoder.docview"
_STRINGS = StringStore()  # string ids as every vocabulary has them (symbols are fixed, other strings hashed)


class DocView:
    """The attribute columns of one parse and answers memoised on them."""

    __slots__ = ("_according", "_question", "alpha", "children", "dep", "ent_type", "head", "idx", "lemma", "length",
                 "lower", "memo", "norm", "objects", "orth", "pos", "punct", "tag", "text", "title", "upper")

    def __init__(self, doc: Doc) -> None:
        attrs = ["ORTH", "LOWER", "LEMMA", "NORM", "DEP", "POS", "TAG", "IDX", "LENGTH", "ENT_TYPE",
                 "IS_PUNCT", "IS_TITLE", "IS_UPPER", "IS_ALPHA", "HEAD"]
        array = doc.to_array(attrs) if len(doc) else np.zeros((0, len(attrs)), dtype=np.uint64)
        columns = array[:, :-1].T.tolist()
        self.orth, self.lower, self.lemma, self.norm, self.dep, self.pos, self.tag = columns[:7]
        self.idx, self.length, self.ent_type = columns[7:10]
        self.punct, self.title, self.upper, self.alpha = columns[10:]  # flags: 1 where the token is so, else 0
        # relative offsets, which spaCy returns as unsigned: read as signed, they wrap back
        self.head: list[int] = (array[:, -1].astype(np.int64) + np.arange(len(doc))).tolist()  # a root is its own
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.head):
            if head != i:
                self.children[head].append(i)
        self.text = document_text(doc)
        self._question: dict[int, list[bool]] = {}
        self._according: list[int] | None = None
        self.objects: dict[int, object] = {}  # the events stage's object of each predicate asked about
        self.memo: dict[tuple, object] = {}  # other answers worked out once per document, keyed by their question

    def in_question(self, i: int, start: int, end: int) -> bool:
        """Whether, after token ``i`` in its sentence ``[start, end)``, a "?" token comes before any "." or "!"."""
        answers = self._question.get(start)
        if answers is None:
            answers = self._question[start] = self._questions(start, end)
        return answers[i - start]

    def _questions(self, start: int, end: int) -> list[bool]:
        """For each token of a sentence, the answer of :meth:`in_question`, found in one backward pass."""
        answers = [False] * (end - start)
        if end <= start or "?" not in self.span_text(start, end):  # most sentences: no token holds a "?"
            return answers
        state = False  # the answer for a scan starting at token j + 1
        for j in range(end - 1, start - 1, -1):
            answers[j - start] = state
            text = self.text[self.idx[j]:self.idx[j] + self.length[j]]
            if text in (".", "!"):
                state = False
            elif "?" in text:
                state = True
        return answers

    def according(self, doc: Doc) -> list[int]:
        """The indices of the tokens whose lower-case form is "according", in order."""
        if self._according is None:
            key = doc.vocab.strings.as_int("according")
            self._according = [i for i, low in enumerate(self.lower) if low == key]
        return self._according

    def char_tokens(self, doc: Doc, start: int, end: int) -> range:
        """The tokens of the characters ``[start, end)``, as ``doc.char_span(start, end, alignment_mode="expand")``
        has them (an empty range where it has none), without making a span when the offsets fall on token edges."""
        first = bisect.bisect_left(self.idx, start)  # the token starting at ``start``, if one does
        last = bisect.bisect_left(self.idx, end) - 1  # the last token starting before ``end``: ends there, if one does
        if first < len(self.idx) and self.idx[first] == start and last >= 0 \
                and self.idx[last] + self.length[last] == end and first <= last:
            return range(first, last + 1)
        span = doc.char_span(start, end, alignment_mode="expand")
        return range(span.start, span.end) if span is not None else range(0)

    def coordinated(self, i: int) -> bool:
        """Whether token ``i`` has conjuncts (``Token.conjuncts`` is not empty): it is a conjunct itself, or a
        conjunct hangs after it."""
        conj = string_id("conj")
        return (self.dep[i] == conj and self.head[i] != i) or any(
            self.dep[c] == conj for c in self.children[i] if c > i)

    def word(self, i: int) -> str:
        """The text of token ``i``."""
        return self.text[self.idx[i]:self.idx[i] + self.length[i]]

    def span_text(self, start: int, end: int) -> str:
        """The text of the tokens ``[start, end)`` (not empty), as ``doc[start:end].text`` has it."""
        return self.text[self.idx[start]:self.idx[end - 1] + self.length[end - 1]]

    def subtree(self, i: int) -> list[int]:
        """The indices of the subtree of token ``i`` (itself and every descendant), unordered."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return out


def view(doc: Doc) -> DocView:
    """The :class:`DocView` of ``doc``, made on first use."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = DocView(doc)
    return found


@lru_cache(maxsize=1024)
def string_id(string: str) -> int:
    """The id of one label or word, as the attribute columns hold it."""
    return _STRINGS.as_int(string)


@lru_cache(maxsize=256)
def string_ids(*strings: str) -> frozenset[int]:
    """The ids of labels or words, as the attribute columns hold them."""
    return frozenset(_STRINGS.as_int(string) for string in strings)

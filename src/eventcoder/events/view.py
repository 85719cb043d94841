"""Per-document arrays and memoised answers for the events stage, kept in ``doc.user_data``.

The events code asks the same questions of a parse many times (a token's children, whether a clause ends in a
question mark, where "according" occurs); reading ``Token`` objects for them costs more than the answer. A
:class:`DocView` reads the parse's attribute columns once (``Doc.to_array``) and answers from plain lists. It
holds no reference to the ``Doc``, so it adds no reference cycle.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, HEAD, IDX, LENGTH, LOWER, POS
from spacy.strings import StringStore
from spacy.tokens import Doc

_KEY = "eventcoder.events.view"
_STRINGS = StringStore()  # string ids as every vocabulary has them (symbols are fixed, other strings hashed)


class DocView:
    """The attribute columns of one parse and answers memoised on them."""

    __slots__ = ("_according", "_question", "children", "dep", "idx", "length", "lower", "objects", "pos", "text")

    def __init__(self, doc: Doc) -> None:
        attrs = [LOWER, DEP, POS, IDX, LENGTH, HEAD]
        columns = doc.to_array(attrs).T.tolist() if len(doc) else [[] for _ in attrs]
        self.lower, self.dep, self.pos, self.idx, self.length, heads = columns
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(heads):  # relative offsets; spaCy returns them as unsigned, so wrap them back
            head = head - (1 << 64) if head >= 1 << 63 else head
            if head:
                self.children[i + head].append(i)
        self.text = doc.text
        self._question: dict[int, list[bool]] = {}
        self._according: list[int] | None = None
        self.objects: dict[int, object] = {}  # the events stage's object of each predicate asked about

    def in_question(self, i: int, start: int, end: int) -> bool:
        """Whether, after token ``i`` in its sentence ``[start, end)``, a "?" token comes before any "." or "!"."""
        answers = self._question.get(start)
        if answers is None:
            answers = self._question[start] = self._questions(start, end)
        return answers[i - start]

    def _questions(self, start: int, end: int) -> list[bool]:
        """For each token of a sentence, the answer of :meth:`in_question`, found in one backward pass."""
        answers = [False] * (end - start)
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


@lru_cache(maxsize=256)
def string_ids(*strings: str) -> frozenset[int]:
    """The ids of labels or words, as the attribute columns hold them."""
    return frozenset(_STRINGS.as_int(string) for string in strings)

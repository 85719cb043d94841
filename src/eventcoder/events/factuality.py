"""Factuality of an event from the parse around its predicate: asserted, negated, future or hypothetical.

The predicate's own dependents are read first (negation, auxiliaries, "if", "next ..."), then the verbs
that govern it through complement links ("refused to sign", "plans to visit", "is expected to meet").
Negation outranks possibility, possibility outranks future. ``None`` means the event is not asserted
at all (the complement of "accuse", "urge", "invite"...) and must be dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Token

from eventcoder.docview import string_id, string_ids, view
from eventcoder.events.patterns import cue

#: dependency steps through which a verb governs the event below it
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acl",
                             "advcl", "csubj", "csubjpass", "attr"})
RANK = {"negated": 3, "hypothetical": 2, "future": 1, "asserted": 0}
#: the dependents of a word that can set its factuality (the only ones :func:`_local` reads)
LOCAL_DEPS = ("neg", "det", "preconj", "aux", "auxpass", "mark", "npadvmod", "advmod", "prep")
#: present-tense verb tags: after "before"/"until" they tell an act still to come
PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def governors(token: Token) -> Iterator[Token]:
    """The tokens governing ``token`` through complement links, nearest first; stops at coordination."""
    columns, doc, i = view(token.doc), token.doc, token.i
    complements = string_ids(*COMPLEMENT_DEPS)
    while columns.dep[i] in complements and columns.head[i] != i:  # read from the parse's columns
        i = columns.head[i]
        yield doc[i]


def own_words(pred: Token, extra: tuple[Token, ...] = ()) -> list[Token]:
    """The predicate, its extra tokens (object) and, for a coordinated verb, the verb it shares words with."""
    words = [pred, *extra]
    if pred.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in pred.children):
        words.append(pred.head)
    return words


def _local(token: Token, *, reported: bool) -> tuple[str, str] | None:
    """Factuality set by the dependents of one token (worked out once per token of a document)."""
    memo, key = view(token.doc).memo, ("local", token.i, reported)
    if key not in memo:
        memo[key] = _dependents(token, reported=reported)
    return memo[key]  # type: ignore[return-value]


def _dependents(token: Token, *, reported: bool) -> tuple[str, str] | None:
    found: list[tuple[str, str]] = []
    columns, doc = view(token.doc), token.doc
    dep, telling = columns.dep, string_ids(*LOCAL_DEPS)
    for child in (doc[c] for c in columns.children[token.i] if dep[c] in telling):
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("det", "preconj") and low in cue("NEGATOR_CUE")):
            found.append(("negated", child.text))
        elif child.dep_ in ("aux", "auxpass") and low in cue("FUTURE_AUX_CUE"):
            found.append(("future", child.text))
        elif child.dep_ in ("aux", "auxpass") and low in cue("HYPOTHETICAL_AUX_CUE"):
            told = reported and low == "would" and not _conditioned(token) and not _any_object(token)
            found.append(("future" if told else "hypothetical", child.text))
        elif child.dep_ == "mark" and low in ("if", "whether", "unless"):
            found.append(("hypothetical", child.text))
        elif child.dep_ == "mark" and low in cue("FUTURE_MARK_CUE") and token.tag_ in PRESENT_TAGS:
            found.append(("future", child.text))
        elif child.dep_ in ("npadvmod", "advmod", "prep") and (when := _future_time(child)):
            found.append(("future", when))
    return max(found, key=lambda f: RANK[f[0]]) if found else None


def _conditioned(token: Token) -> bool:
    """Whether an "if" clause hangs on the token ("would sign *if the talks succeed*"): a mere hypothesis."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for c in token.children)


def _any_object(token: Token) -> bool:
    """Whether the object is "any" one that may come ("would veto *any* sanctions"): a stand taken on a mere
    hypothesis, unlike "said it would sign the deal"."""
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
               for c in token.children)


def _future_time(token: Token) -> str | None:
    """A future time word in the token's phrase ("next week", "soon"), read from the parse's columns."""
    columns, i = view(token.doc), token.i
    words = sorted(columns.subtree(i))
    if columns.dep[i] != string_id("prep"):
        words.insert(0, i)
    timed, advmod = string_ids("DATE", "TIME"), string_id("advmod")
    for word in (w for w in words if columns.lower[w] in _cue_ids("FUTURE_TIME_CUE")):
        if columns.ent_type[word] in timed or (columns.dep[word] == advmod and columns.head[word] == columns.head[i]):
            return columns.word(word)
    return None


@lru_cache(maxsize=64)
def _cue_ids(name: str) -> frozenset[int]:
    """The word ids of a shipped word class, as the attribute columns hold them."""
    return string_ids(*cue(name))


def _in_question(pred: Token) -> bool:
    """Whether the predicate's clause ends in a question mark (machine translation may glue sentences)."""
    sent = pred.sent
    return view(pred.doc).in_question(pred.i, sent.start, sent.end)


def _governor(token: Token) -> tuple[str, str] | None:
    """Factuality a governing verb imposes on the event below it; ``("dropped", w)`` for non-assertion."""
    lemma = token.lemma_.lower()
    if lemma in cue("NEGATING_CUE") or (token.dep_ == "prep" and token.lower_ in cue("NEGATING_PREP_CUE")):
        return "negated", token.text
    if lemma in cue("NEGATING_OUT_CUE") and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return "negated", token.text
    if lemma in cue("NONASSERT_CUE"):
        return "dropped", token.text
    if lemma == "go" and not (token.tag_ == "VBG" and any(c.dep_ == "aux" for c in token.children)):
        return None
    if lemma in cue("FUTURE_CUE"):
        return "future", token.text
    if lemma in cue("HYPOTHETICAL_CUE"):
        return "hypothetical", token.text
    return None


def _decreed(gov: Token, below: Token) -> bool:
    """Whether a decision performs the act under it ("the court *decided to allow* him to run", "voted to lift the
    ban"): a permission or ruling is done by deciding it, unlike "decided to send troops", which is still to come."""
    return gov.lemma_.lower() in cue("DECISION_CUE") and below.lemma_.lower() in cue("DECREE_CUE")


def factuality(pred: Token, *, extra: tuple[Token, ...] = (), reported: bool = False
               ) -> tuple[str, str | None] | None:
    """``(factuality, cue word)`` of the event of ``pred``; ``None`` if it is not asserted at all."""
    if _in_question(pred):
        return "hypothetical", "?"
    found: list[tuple[str, str]] = []
    for word in own_words(pred, extra):
        local = _local(word, reported=reported)
        if local:
            found.append(local)
    below = pred
    for gov in governors(pred):
        imposed = None if _decreed(gov, below) else _governor(gov)
        below = gov
        if imposed and imposed[0] == "dropped":
            return None
        if imposed:
            found.append(imposed)
        local = _local(gov, reported=reported)
        if local:
            found.append(local)
    if not found:
        return "asserted", None
    return max(found, key=lambda f: RANK[f[0]])

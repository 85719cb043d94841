"""Reported speech: who an event's claim comes from ("Peskov said that ...", "according to KCNA, ...")."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventcoder.docview import string_ids, view
from eventcoder.events.factuality import governors
from eventcoder.events.patterns import cue


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb it is coordinated with ("rebels rejected the plan and *said*
    ...": the rebels speak)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _phrase(token: Token) -> str:
    """The text of a noun phrase without relative clauses or appositions: of a relative clause, apposition or
    clausal modifier of its head, the whole is left out when it follows the head, only its own head word when it
    precedes."""
    columns, i = view(token.doc), token.i
    clauses = string_ids("relcl", "appos", "acl")
    words = [i]
    for child in columns.children[i]:
        if columns.dep[child] not in clauses:
            words += columns.subtree(child)
        elif child < i:
            words += [w for w in columns.subtree(child) if w != child]
    return columns.span_text(min(words), max(words) + 1)


def speaker(pred: Token) -> Token | None:
    """Who reports the event of ``pred``: a speech verb's subject or the X of "according to X" (worked out once per
    predicate of a document; the memo holds indices, not tokens, so that it keeps no reference to the document)."""
    memo, key = view(pred.doc).memo, ("speaker", pred.i)
    if key not in memo:
        found = _speaker(pred)
        memo[key] = -1 if found is None else found.i
    i = memo[key]
    return None if i < 0 else pred.doc[i]  # type: ignore[operator,index]


def _speaker(pred: Token) -> Token | None:
    speech = cue("SPEECH_CUE")
    for gov in governors(pred):
        if gov.lemma_.lower() in speech and gov.pos_ == "VERB":
            subject = _subject(gov)
            if subject is not None and subject.lower_ != "it":
                return subject
    sent, doc = pred.sent, pred.doc
    for i in view(doc).according(doc):
        if sent.start <= i < sent.end:
            for to in doc[i].children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None


@lru_cache(maxsize=1)
def _claim_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas of claim verbs (CLAIM_CUE, AVOW_CUE), and those with the speech verbs (SPEECH_CUE)."""
    claims = cue("CLAIM_CUE") | cue("AVOW_CUE")
    return claims, claims | cue("SPEECH_CUE")


def claimant(pred: Token) -> Token | None:
    """Who claims up front that the event of ``pred`` happened: the subject of a claim verb (CLAIM_CUE) that
    governs it and comes before it ("X said Y attacked Z", "X admitted it had shelled Z"); a source named after
    the news ("..., police said") only attributes it."""
    claims, spoken = _claim_lemmas()
    for gov in governors(pred):
        if gov.pos_ == "VERB" and gov.lemma_.lower() in spoken:
            subject = _subject(gov)
            if gov.lemma_.lower() in claims and subject is not None and subject.lower_ != "it" \
                    and subject.i < gov.i < pred.i:
                return subject
            return None
    return None


def attribution(pred: Token) -> tuple[str | None, Token | None]:
    """``(speaker text, speaker head token)`` of a reported event, ``(None, None)`` if not reported (worked out once
    per predicate of a document)."""
    memo, key = view(pred.doc).memo, ("attribution", pred.i)
    if key not in memo:
        head = speaker(pred)
        memo[key] = (None, -1) if head is None else (_phrase(head), head.i)
    text, i = memo[key]  # type: ignore[misc]
    return text, None if i < 0 else pred.doc[i]

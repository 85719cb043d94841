"""Reported speech: who an event's claim comes from ("Peskov said that ...", "according to KCNA, ...")."""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.docview import view
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
    """The text of a noun phrase without relative clauses or appositions."""
    words = [t for t in token.subtree if not any(a.dep_ in ("relcl", "appos", "acl") and a.head == token
                                                 for a in [t, *t.ancestors] if a.i > token.i or a == t)]
    words = words or [token]
    return token.doc[min(w.i for w in words): max(w.i for w in words) + 1].text


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
    for gov in governors(pred):
        if gov.lemma_.lower() in cue("SPEECH_CUE") and gov.pos_ == "VERB":
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


def claimant(pred: Token) -> Token | None:
    """Who claims up front that the event of ``pred`` happened: the subject of a claim verb (CLAIM_CUE) that
    governs it and comes before it ("X said Y attacked Z", "X admitted it had shelled Z"); a source named after
    the news ("..., police said") only attributes it."""
    claims = cue("CLAIM_CUE") | cue("AVOW_CUE")
    for gov in governors(pred):
        if gov.pos_ == "VERB" and gov.lemma_.lower() in cue("SPEECH_CUE") | claims:
            subject = _subject(gov)
            if gov.lemma_.lower() in claims and subject is not None and subject.lower_ != "it" \
                    and subject.i < gov.i < pred.i:
                return subject
            return None
    return None


def attribution(pred: Token) -> tuple[str | None, Token | None]:
    """``(speaker text, speaker head token)`` of a reported event, ``(None, None)`` if not reported."""
    head = speaker(pred)
    if head is None:
        return None, None
    memo, key = view(pred.doc).memo, ("phrase", head.i)
    if key not in memo:
        memo[key] = _phrase(head)
    return memo[key], head  # type: ignore[return-value]

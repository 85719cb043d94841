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

from eventcoder.docview import DocView, string_id, string_ids, view
from eventcoder.events.arguments import child_of
from eventcoder.events.patterns import cue

#: dependency steps through which a verb governs the event below it
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass", "acl",
                             "advcl", "csubj", "csubjpass", "attr"})
RANK = {"negated": 3, "hypothetical": 2, "future": 1, "asserted": 0}
#: the dependents of a word that can set its factuality (the only ones :func:`_local` reads)
LOCAL_DEPS = ("neg", "det", "preconj", "aux", "auxpass", "mark", "npadvmod", "advmod", "prep")
#: marks of a clause that asks or supposes ("whether", "if", "unless"): what is above cannot negate it
OPEN_MARKS = frozenset({"whether", "if", "unless"})
#: present-tense verb tags: after "before"/"until" they tell an act still to come
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: the label and tag sets above as the parse's columns hold them
_COMPLEMENT_IDS, _LOCAL_IDS = string_ids(*COMPLEMENT_DEPS), string_ids(*LOCAL_DEPS)
_PRESENT_IDS = string_ids(*PRESENT_TAGS)
#: subjects in the singular third person (tags, pronouns), whose verb is bare only in the subjunctive
SINGULAR_TAGS, SINGULAR_PRONOUNS = frozenset({"NN", "NNP"}), frozenset({"he", "she", "it"})
#: tags of the bare verb form (after a singular subject the tagger may call it a plural present)
BARE_TAGS = frozenset({"VB", "VBP"})


def governors(token: Token) -> Iterator[Token]:
    """The tokens governing ``token`` through complement links, nearest first; stops at coordination."""
    columns, doc, i = view(token.doc), token.doc, token.i
    while columns.dep[i] in _COMPLEMENT_IDS and columns.head[i] != i:  # read from the parse's columns
        i = columns.head[i]
        yield doc[i]


def own_words(pred: Token, extra: tuple[Token, ...] = ()) -> list[Token]:
    """The predicate, its extra tokens (object) and, for a coordinated verb, the verb it shares words with."""
    words, columns = [pred, *extra], view(pred.doc)
    if columns.dep[pred.i] == string_id("conj") \
            and not any(columns.dep[c] in string_ids("nsubj", "nsubjpass") for c in columns.children[pred.i]):
        words.append(pred.head)
    return words


def _local(token: Token, *, reported: bool) -> tuple[str, str] | None:
    """Factuality set by the dependents of one token (worked out once per token of a document)."""
    memo, key = view(token.doc).memo, ("local", token.i, reported)
    if key not in memo:
        memo[key] = _dependents(token, reported=reported)
    return memo[key]  # type: ignore[return-value]


def _dependents(token: Token, *, reported: bool) -> tuple[str, str] | None:
    """The strongest factuality the dependents of one token set, read from the parse's columns."""
    found: list[tuple[str, str]] = []
    columns = view(token.doc)
    dep, lower = columns.dep, columns.lower
    negators, auxes = string_ids("det", "preconj"), string_ids("aux", "auxpass")
    for c in columns.children[token.i]:
        if dep[c] not in _LOCAL_IDS:
            continue
        low = lower[c]
        if dep[c] == string_id("neg") or (dep[c] in negators and low in _cue_ids("NEGATOR_CUE")):
            found.append(("negated", columns.word(c)))
        elif dep[c] in auxes and low in _cue_ids("FUTURE_AUX_CUE"):
            # "will strike Y if Z rebuilds", "will recognise Y unless ...": a conditional "will" tells a possible act
            found.append(("hypothetical" if _conditioned(token, marks=OPEN_MARKS - {"whether"}) else "future",
                          columns.word(c)))
        elif dep[c] in auxes and low in _cue_ids("HYPOTHETICAL_AUX_CUE"):
            # "said it would sign" tells a plan, "would sign if ..." a mere hypothesis
            told = reported and low == string_id("would") and not _conditioned(token) and not _any_object(token)
            found.append(("future" if told else "hypothetical", columns.word(c)))
        elif dep[c] == string_id("mark") and low in string_ids(*OPEN_MARKS):
            found.append(("hypothetical", columns.word(c)))
        elif dep[c] == string_id("mark") and low in _cue_ids("FUTURE_MARK_CUE") \
                and columns.tag[token.i] in _PRESENT_IDS:
            found.append(("future", columns.word(c)))
        elif dep[c] in string_ids("npadvmod", "advmod", "prep") and columns.tag[token.i] != string_id("VBD") \
                and (when := _future_time(columns, c)):
            found.append(("future", when))  # a past verb's "later" ("two days later, X recalled") is past
    return max(found, key=lambda f: RANK[f[0]]) if found else None


def _conditioned(token: Token, *, marks: frozenset[str] = frozenset({"if"})) -> bool:
    """Whether an "if" clause (or one of other ``marks``) hangs on the token, its infinitive or a verb coordinated
    with it ("would sign *if the talks succeed*", "would ask Y to act *if X moves*"): a mere hypothesis."""
    heads = (token, *(c for c in token.children if c.dep_ == "xcomp" or (  # a coordinated verb with no subject
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and child_of(c, "nsubj", "nsubjpass") is None)))
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for head in heads for c in head.children)


def _any_object(token: Token) -> bool:
    """Whether the object is "any" one that may come ("would veto *any* sanctions"): a stand taken on a mere
    hypothesis, unlike "said it would sign the deal"."""
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "any" for d in c.children)
               for c in token.children)


def _future_time(columns: DocView, i: int) -> str | None:
    """A future time word in the phrase of token ``i`` ("next week", "soon"), read from the parse's columns."""
    cues = _cue_ids("FUTURE_TIME_CUE")
    words = sorted(w for w in columns.subtree(i) if columns.lower[w] in cues)  # in text order
    if columns.dep[i] != string_id("prep") and columns.lower[i] in cues:
        words.insert(0, i)  # the word itself first, unless a preposition
    timed, advmod = string_ids("DATE", "TIME"), string_id("advmod")
    for word in words:
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
    if lemma in cue("FUTURE_CUE") and not _phrasal(token):
        return "future", token.text
    if lemma in cue("HYPOTHETICAL_CUE"):
        return "hypothetical", token.text
    return None


def _phrasal(token: Token) -> bool:
    """Whether a verb is a phrasal verb with a particle of its own ("*set up* a committee to investigate", "*went
    on* to win"): a deed done for a purpose, not the planning sense of the bare verb ("is set to visit")."""
    return any(c.dep_ == "prt" for c in token.children)


def _narrated(token: Token) -> bool:
    """Whether a verb heads an adverbial clause of its own time ("as", "while"; NARRATED_MARK_CUE), which the
    reporter tells besides a claim or appeal the parser hung it under."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cue("NARRATED_MARK_CUE")
                                         for c in token.children)


def _decreed(gov: Token, below: Token) -> bool:
    """Whether a decision performs the act under it ("the court *decided to allow* him to run", "voted to lift the
    ban"): a permission or ruling is done by deciding it, unlike "decided to send troops", which is still to come."""
    return gov.lemma_.lower() in cue("DECISION_CUE") and below.lemma_.lower() in cue("DECREE_CUE")


def _charged(gov: Token, below: Token) -> bool:
    """Whether an act is what a party is punished for ("jailed X *for helping* Y", PUNISHMENT_CUE): the charge,
    which the report does not assert."""
    return below.dep_ == "prep" and below.lower_ == "for" and gov.lemma_.lower() in cue("PUNISHMENT_CUE")


def _agreed(gov: Token, below: Token) -> bool:
    """Whether an act is what an agreement provides for ("signed a deal *to increase* trade", "an accord *to
    withdraw*", SETTLEMENT_CUE): the terms of the agreement, coded by the agreement itself, not a deed done."""
    if below.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
        return False
    deals = cue("SETTLEMENT_CUE")
    return gov.lemma_.lower() in deals or any(c.dep_ == "dobj" and c.lemma_.lower() in deals for c in gov.children)


def _contrasted(token: Token) -> bool:
    """Whether a clause is set against the one above it with a subject of its own ("X accused Y of ..., *while* Y
    *denied* it"): a second assertion, not content of the verb it hangs on (CONTRAST_MARK_CUE)."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cue("CONTRAST_MARK_CUE") for c in
                                          token.children) and any(c.dep_ == "nsubj" for c in token.children)


def _anterior(token: Token) -> bool:
    """Whether a clause tells in the past what led to the one above it, with a subject of its own ("agreed to accept
    the flights *after* Y *threatened* tariffs", ANTERIOR_MARK_CUE): the reporter's own account, not part of the
    plan or stance it hangs on."""
    return token.dep_ == "advcl" and token.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ == "mark" and c.lower_ in cue("ANTERIOR_MARK_CUE") for c in token.children)


def subjunctive(pred: Token) -> bool:
    """Whether a that-clause's verb is a mandative subjunctive: the bare form ("that Israel *ease*", "that he *be*
    reinstated") with a singular subject of its own and no modal or "to", which a report would have inflected."""
    columns = view(pred.doc)
    dep, tag, lower, children = columns.dep, columns.tag, columns.lower, columns.children[pred.i]
    if dep[pred.i] != string_id("ccomp") or not any(
            dep[c] == string_id("mark") and lower[c] == string_id("that") for c in children):
        return False  # most predicates: no that-clause, and no tokens made
    bare_tags = string_ids(*BARE_TAGS)
    bare = tag[pred.i] in bare_tags or any(dep[c] == string_id("auxpass") and tag[c] in bare_tags for c in children)
    subject = next((c for c in children if dep[c] in string_ids("nsubj", "nsubjpass")), None)
    singular = subject is not None and (tag[subject] in string_ids(*SINGULAR_TAGS)
                                        or lower[subject] in string_ids(*SINGULAR_PRONOUNS))
    return bare and singular and not any(dep[c] == string_id("aux") for c in children)


def _before_object(gov: Token, below: Token) -> bool:
    """Whether a clause told before a verb lies outside it because the verb has an object of its own ("X asks Y
    to ...; Z *declines* further comment"): the verb refuses its object, not the clause the parser hung on it."""
    return below.dep_ == "ccomp" and below.i < gov.i and any(c.dep_ == "dobj" for c in gov.children)


def _accompanying(token: Token) -> bool:
    """Whether a verb heads a participle clause set off by a comma ("suspended the talks, *accusing* Y of ...",
    "refused to sign, *saying* ..."): a second act of the same subject, outside the negation of the clause above."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i > token.i:
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in token.children):
        return False
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].lower_ == ","


def factuality(pred: Token, *, extra: tuple[Token, ...] = (), reported: bool = False
               ) -> tuple[str, str | None] | None:
    """``(factuality, cue word)`` of the event of ``pred``; ``None`` if it is not asserted at all."""
    if _in_question(pred):
        return "hypothetical", "?"
    if subjunctive(pred):  # "insisted that Y *withdraw*": asked for, not told
        return None
    found: list[tuple[str, str]] = []
    for word in own_words(pred, extra):
        local = _local(word, reported=reported)
        if local:
            found.append(local)
    # "did not say *whether* it would attend", "will not come *if* Y is invited": an open question or a condition
    # stays hypothetical; the negation or future of the clause above does not reach into it
    opened = any(f[0] == "hypothetical" and f[1].lower() in OPEN_MARKS for f in found)
    below, narrated, beside = pred, False, False
    for gov in governors(pred):
        if _contrasted(below) or _anterior(below):
            break
        narrated = narrated or _narrated(below)
        beside = beside or _accompanying(below)
        terms = _charged(gov, below) or _agreed(gov, below)
        imposed = ("dropped", gov.text) if terms else None if _decreed(gov, below) \
            or _before_object(gov, below) else _governor(gov)
        below = gov
        if imposed and imposed[0] == "dropped":
            if narrated:  # "accused Y of shelling X, *as fighting* spread": the spread is the reporter's own
                break
            return None
        local = _local(gov, reported=reported)
        for told in (imposed, local):
            if told and not (beside and told[0] == "negated") and not (opened and told[0] in ("negated", "future")):
                found.append(told)
    if not found:
        return "asserted", None
    return max(found, key=lambda f: RANK[f[0]])

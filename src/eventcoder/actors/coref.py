"""Reading actors in context: words that point back to an actor named earlier.

After the recognizer has coded the mentions it can code on their own, this module codes the ones that
need what came before:

- a person's name next to a coded apposition ("Ivanov, the Russian ambassador") or repeating the
  surname of a person named earlier ("Ivanov" after "Russian spokesman Ivanov");
- role words without a country, made definite or possessive ("the ministry", "the president", "his
  spokesman", "its troops", "their forces"): they take the country of the nearest earlier compatible actor;
- pronouns ("he", "she", "it", "its") and country nouns ("the country"), from ``data/actors/anaphors.tsv``.

Each resolved word becomes an :class:`~eventcoder.records.ActorMention` whose rule starts with ``coref:``
(or ``appos:``) and names the antecedent. "The two sides" and "both sides" stay with the events stage:
one mention cannot hold two actors.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import accumulate

from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from eventcoder.actors.knowledge import SPECIAL_COUNTRIES, Anaphor
from eventcoder.docview import view
from eventcoder.nlp import entities
from eventcoder.records import ActorMention

#: how many sentences back an antecedent may be
WINDOW = 2
DEFINITE = frozenset({"the", "this"})
PERSON_TAGS = ("PRP", "PRP$")
#: agents of office holders that a titled unknown name may take from the one country of its context
STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "OPP", "PTY", "SPY", "ELI", "MED"})


@dataclass(frozen=True, slots=True)
class Found:
    """A mention and whether it names one person (a name, a person entry, or a person role word), and
    whether it is coded from general role words alone ("a spokesman", "officials")."""

    mention: ActorMention
    person: bool
    general: bool = False


def label(mention: ActorMention) -> str:
    return mention.actor.name or mention.actor.text


class Context:
    """The mentions of one document, searched backwards for antecedents."""

    def __init__(self, doc: Doc, found: list[Found]) -> None:
        self.doc = doc
        self.found = sorted(found, key=lambda f: f.mention.start)
        self.sent_starts = [s.start for s in doc.sents]
        self._starts: list[int] = []  # the mentions' start offsets, in order
        self._reach: list[int] | None = None  # the furthest end of the mentions up to each one (None: to rebuild)

    def sentence(self, token: Token) -> int:
        return bisect.bisect_right(self.sent_starts, token.i) - 1

    def covered(self, offset: int) -> bool:
        """Whether a mention holds the character at ``offset``."""
        if self._reach is None:
            self._starts = [f.mention.start for f in self.found]
            self._reach = list(accumulate((f.mention.end for f in self.found), max))
        last = bisect.bisect_right(self._starts, offset) - 1  # the last mention starting at or before it
        return last >= 0 and self._reach[last] > offset

    def add(self, item: Found, *, replaces: Found | None = None) -> None:
        if replaces is not None:
            self.found.remove(replaces)
        self.found.append(item)
        self.found.sort(key=lambda f: f.mention.start)
        self._reach = None

    def antecedent(self, token: Token, *, person: bool | None = None, agent: str | None = None,
                   country: bool = True, not_at: int = -1,
                   keep: Callable[[ActorMention], bool] | None = None) -> Found | None:
        """The nearest earlier mention within the window that fits: a person or not, an agent, a country, what
        ``keep`` accepts; not the one holding the character at ``not_at``."""
        sentence = self.sentence(token)
        for f in reversed(self.found):
            m = f.mention
            if m.end > token.idx or m.sentence < sentence - WINDOW or m.start <= not_at < m.end:
                continue
            if person is not None and f.person != person:
                continue
            if agent is not None and m.actor.agent != agent:
                continue
            if country and (not m.actor.country or m.actor.country in SPECIAL_COUNTRIES):
                continue
            if keep is not None and not keep(m):
                continue
            return f
        return None


def resolve_context(doc: Doc, found: list[Found], anaphors: tuple[Anaphor, ...]) -> list[ActorMention]:
    """The mentions with context resolved: new ones for names, pronouns and country nouns, and
    role words given the country of their antecedent."""
    refers = {a.form: a.refers for a in anaphors}
    ctx = Context(doc, found)
    _names(doc, ctx)
    _roles(doc, ctx, refers)
    _titled_names(ctx)
    _pronouns(doc, ctx, refers)
    return [f.mention for f in ctx.found]


def _mention(span: Span, actor, rule: str, head: Token, sentence: int) -> ActorMention:
    return ActorMention(replace(actor, text=span.text), span.start_char, span.end_char, sentence, rule, head.i)


# ---------------------------------------------------------------- names


def _names(doc: Doc, ctx: Context) -> None:
    """Unknown people's names: from an apposition, or an earlier mention ending in the same surname."""
    columns = view(doc)
    for ent in entities(doc):
        if ent.label_ != "PERSON" or any(ctx.covered(columns.idx[i]) for i in range(ent.start, ent.end)):
            continue
        root = ent.root
        source = _apposition(root, ctx)
        rule = "appos"
        if source is None:
            source = _surname(ent, ctx)
            rule = "coref:name"
        if source is not None:
            actor = replace(source.mention.actor, name=source.mention.actor.name or ent.text)
            mention = _mention(ent, actor, f"{rule}:{label(source.mention)}", root, ctx.sentence(root))
            ctx.add(Found(mention, True))
    unnamed = [pos == PROPN and not ent for pos, ent in zip(columns.pos, columns.ent_type, strict=True)]
    for token in _tokens_where(doc, unnamed):
        if not ctx.covered(token.idx):  # a surname alone the model did not mark as a person
            source = _surname(doc[token.i:token.i + 1], ctx)
            if source is not None:
                actor = replace(source.mention.actor, name=source.mention.actor.name or token.text)
                rule = f"coref:name:{label(source.mention)}"
                ctx.add(Found(_mention(doc[token.i:token.i + 1], actor, rule, token, ctx.sentence(token)), True))


def _apposition(root: Token, ctx: Context) -> Found | None:
    near = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for token in near:
        for f in ctx.found:
            if f.mention.start <= token.idx < f.mention.end and f.mention.actor.country:
                return f
    return None


def _surname(ent: Span, ctx: Context) -> Found | None:
    last = ent[-1].text
    for f in reversed(ctx.found):
        if f.mention.end <= ent.start_char and f.person and f.mention.actor.text.split()[-1] == last \
                and len(f.mention.actor.text.split()) > len(ent):
            return f
    return None


# ---------------------------------------------------------------- role words


def _roles(doc: Doc, ctx: Context, refers: dict[str, str]) -> None:
    """Role words without a country: possessed by a pronoun ("its troops") or definite ("the ministry")."""
    for f in list(ctx.found):
        m = f.mention
        if m.actor.country or not m.actor.agent or m.rule.startswith(("coref", "appos")) or m.head < 0:
            continue
        head = doc[m.head]
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in refers
                      and c.tag_ in PERSON_TAGS and c.idx < m.start), None)
        if owner is not None:
            source = ctx.antecedent(owner, person=refers[owner.lower_] == "person" or None)
            if source is not None:
                span = doc[owner.i:doc.char_span(m.start, m.end, alignment_mode="expand").end]
                actor = replace(m.actor, country=source.mention.actor.country)
                rule = f"coref:{owner.lower_}:{label(source.mention)}+{m.rule}"
                ctx.add(Found(_mention(span, actor, rule, head, m.sentence), f.person), replaces=f)
            continue
        if _definite(head):
            source = (ctx.antecedent(head, person=True, agent=m.actor.agent) if f.person
                      else _same_kind(head, ctx, m.actor.agent) or ctx.antecedent(head))
            if source is not None:
                actor = replace(m.actor, country=source.mention.actor.country)
                rule = f"coref:the {head.lower_}:{label(source.mention)}+{m.rule}"
                ctx.add(Found(replace(m, actor=actor, rule=rule), f.person), replaces=f)


def _same_kind(head: Token, ctx: Context, agent: str) -> Found | None:
    """An earlier body of the same kind, also an international one ("Islamic State ... the militant group")."""
    found = ctx.antecedent(head, person=False, agent=agent, country=False)
    return found if found is not None and found.mention.actor.country else None


def _definite(head: Token) -> bool:
    """A singular noun with "the"/"this" and no number or "both" ("the two sides" is not one actor)."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    kids = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "amod", "poss")]
    return bool(kids) and kids[0] in DEFINITE and not {"both", "two", "each", "other"} & set(kids)


# ---------------------------------------------------------------- titled names without a country


def _titled_names(ctx: Context) -> None:
    """A title with a name the tables do not know ("President Levy Mwanawasa", "Judge Alejandro Rivera")
    and no country: the one country of its sentence and the sentences before it, if only one is named
    there (a report about one country's affairs), leaving out the countries of people of the same agent
    (a counterpart: "President X welcomed South African leader de Klerk"). Not for armed groups or
    criminals, who are often named beside the state that fights them. A capitalized office alone is such a
    title too ("The Federal Minister for Interior allowed ..."), taken after the named ones have their country."""
    for f in sorted(ctx.found, key=lambda f: "+name:" not in f.mention.rule):
        m = f.mention
        if m.actor.country or m.actor.agent not in STATE_AGENTS or not ("+name:" in m.rule or _office(ctx, f)):
            continue
        countries = {o.mention.actor.country for o in ctx.found
                     if m.sentence - WINDOW <= o.mention.sentence <= m.sentence and o is not f
                     and o.mention.actor.country and o.mention.actor.country not in SPECIAL_COUNTRIES
                     and not (o.person and o.mention.actor.agent == m.actor.agent)}  # a counterpart's
        if len(countries) == 1:
            country = countries.pop()
            mention = replace(m, actor=replace(m.actor, country=country), rule=f"context:{country}+{m.rule}")
            ctx.add(Found(mention, f.person), replaces=f)


def _office(ctx: Context, found: Found) -> bool:
    """Whether a one-person role word is written as a title (capitalized, not only for opening the sentence)."""
    head = ctx.doc[found.mention.head] if found.mention.head >= 0 else None
    return found.person and head is not None and head.text.istitle() and not head.is_sent_start


# ---------------------------------------------------------------- pronouns and country nouns


def _pronouns(doc: Doc, ctx: Context, refers: dict[str, str]) -> None:
    wanted = {doc.vocab.strings[form] for form, kind in refers.items() if kind != "group"}
    for token in _tokens_where(doc, [lower in wanted for lower in view(doc).lower]):
        kind = refers[token.lower_]
        if ctx.covered(token.idx):
            continue
        if kind in ("country", "land"):
            _country_noun(token, ctx, land=kind == "land")
        elif kind in ("body", "bloc"):
            _body_noun(token, ctx, bloc=kind == "bloc")
        elif token.tag_ in PERSON_TAGS and _referring(token, kind):
            source = (_shared_object(token, ctx) if kind == "thing" else None) \
                or ctx.antecedent(token, person=kind == "person", country=kind != "person", not_at=_own_subject(token),
                                  keep=_singular(doc) if kind == "thing" else None)
            if source is not None:
                rule = f"coref:{token.lower_}:{label(source.mention)}"
                ctx.add(Found(_mention(doc[token.i:token.i + 1], source.mention.actor, rule, token,
                                       ctx.sentence(token)), source.person))


def _singular(doc: Doc) -> Callable[[ActorMention], bool]:
    """Whether a mention can be the antecedent of "it": not a plural role noun ("former rebel *fighters*")."""
    tags = view(doc).tag
    plural = {doc.vocab.strings[t] for t in ("NNS", "NNPS")}
    return lambda m: not (m.actor.agent and m.head >= 0 and tags[m.head] in plural)


def _shared_object(token: Token, ctx: Context) -> Found | None:
    """The actor "it" stands for as the object of a verb coordinated after another: that verb's object ("stormed
    *the embassy* and set it on fire")."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if first is None:
        return None
    return next((f for f in ctx.found if f.mention.start <= first.idx < f.mention.end and f.mention.actor.country
                 and not f.person), None)


def _own_subject(token: Token) -> int:
    """The character offset of the subject of the verb a pronoun is the object of, -1 if none: "him" or "it" there
    is someone else ("Modi greets *him*"; "himself" would be the subject)."""
    if token.dep_ not in ("dobj", "iobj", "dative") or token.lower_.endswith(("self", "selves")):
        return -1
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return -1 if subject is None else subject.idx


def _tokens_where(doc: Doc, mask: list[bool]) -> Iterator[Token]:
    """The tokens where a mask over the document (from its attribute arrays) is true, in order: no Token object
    for the others (``for token in doc`` makes one per word)."""
    return (doc[i] for i, wanted in enumerate(mask) if wanted)


def _referring(token: Token, kind: str) -> bool:
    """Not an expletive "it" ("it is likely that..."): "it" must be an argument of a non-copular verb."""
    if kind != "thing":
        return True
    if token.dep_ == "poss":
        return True
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and token.head.lemma_ not in ("be", "seem")


def _country_noun(token: Token, ctx: Context, *, land: bool = False) -> None:
    """ "the country", "this nation": the nearest earlier country; a ``land`` noun ("the enclave", "the
    territory") only the nearest country named by itself, as a place (not "Israel's army")."""
    if token.tag_ != "NN" or token.dep_ == "compound":
        return
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in DEFINITE or any(c.dep_ in ("amod", "compound") for c in token.children):
        return
    source = ctx.antecedent(token, person=None, keep=(lambda m: not m.actor.agent) if land else None)
    if source is None:
        return
    actor = replace(source.mention.actor, agent=None, name=None)
    span = token.doc[det.i:token.i + 1]
    rule = f"coref:the {token.lower_}:{source.mention.actor.country}"
    ctx.add(Found(_mention(span, actor, rule, token, ctx.sentence(token)), False))


def _body_noun(token: Token, ctx: Context, *, bloc: bool = False) -> None:
    """ "the group", "the movement": the nearest earlier non-state body (not a person, not a state office); a
    ``bloc`` noun ("the bloc", "the alliance") the nearest earlier intergovernmental body."""
    if token.tag_ not in ("NN", "NNP") or not token.is_lower or token.dep_ == "compound" or any(
            c.dep_ == "prep" and c.lower_ == "of" and not any(g.dep_ == "pcomp" for g in c.children)
            for c in token.children):
        return  # "the group of seven": a count, not a body ("accused the group of killing ..." is one)
    det = next((c for c in token.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (
            c.pos_ == "PROPN" or not c.is_lower or ctx.covered(c.idx))) for c in token.children):
        return  # "the militant group" is one named before; "the Kurdish group", "the G7 group" may be another
    body = (lambda m: m.actor.country == "IGO") if bloc else (
        lambda m: bool(m.actor.agent and m.actor.agent not in STATE_AGENTS and m.actor.country))
    source = ctx.antecedent(token, person=False, country=False, keep=body)
    if source is not None:
        m = source.mention
        rule = f"coref:the {token.lower_}:{label(m)}"
        ctx.add(Found(_mention(token.doc[det.i:token.i + 1], m.actor, rule, token, ctx.sentence(token)), False))

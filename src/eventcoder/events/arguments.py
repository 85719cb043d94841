"""Arguments of the events stage: reading the parse for who does what to whom.

The parse-reading helpers (a predicate's subject, object and prepositional objects, passives, stative
participles, "between" lists, the tokens of a pattern's target role) and the :class:`Resolver`, which turns
those tokens into actors: the mentions of the actors stage by token containment (the argument, or its
compound / appos / amod / poss / "of" relatives), pronouns and "the two sides" by the nearest earlier
compatible mentions, group nouns through "of" ("thousands of Kurds"), coordinated and listed parties one
each, and places named as where an act lands. :mod:`eventcoder.events.match` builds events from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from eventcoder.docview import DocView, string_id, string_ids, view
from eventcoder.events.patterns import Pattern, cue, node_names
from eventcoder.records import Actor, ActorMention, Place

RELATIVE_DEPS = ("compound", "appos", "amod", "poss", "nmod", "nummod")


#: the hyphens that join a name to the word after it ("Bosnia-style")
HYPHENS = ("-", "\u2010", "\u2011")


@dataclass(frozen=True, slots=True)
class Hit:
    """One pattern matched at one predicate, with the tokens of its named nodes."""

    pattern: Pattern
    order: int
    pred: Token
    nodes: dict[str, Token]

    @property
    def obj(self) -> Token | None:
        return self.nodes.get("obj") or object_of(self.pred)


@dataclass(frozen=True, slots=True)
class Party:
    """An actor found for a role, whether it came from a pronoun or "the two sides", and whether it is only
    where the act took place ("a summit *in Switzerland*": a target, but no party to a symmetric event)."""

    actor: Actor
    inferred: bool = False
    where: bool = False


class Mentions:
    """The actor mentions of one document, looked up by token."""

    def __init__(self, doc: Doc, mentions: Sequence[ActorMention], places: Sequence[Place] = ()) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.by_token: dict[int, ActorMention] = {}
        columns = view(doc)
        for mention in self.mentions:
            for i in columns.char_tokens(doc, mention.start, mention.end):
                self.by_token.setdefault(i, mention)
        self.places: dict[int, Place] = {}
        for place in places:
            for i in columns.char_tokens(doc, place.start, place.end) if place.country else ():
                self.places.setdefault(i, place)

    def at(self, token: Token) -> ActorMention | None:
        return self.by_token.get(token.i)

    def place_at(self, token: Token) -> Place | None:
        """The resolved place (with a country) a token is part of."""
        return self.places.get(token.i)

    def before(self, offset: int) -> list[ActorMention]:
        """Mentions ending before ``offset``, nearest first."""
        return [m for m in reversed(self.mentions) if m.end <= offset]


@lru_cache(maxsize=4096)
def node_names_of(pattern: Pattern, size: int) -> tuple[str, ...]:
    return tuple(node_names(pattern, size=size))


def is_passive(verb: Token) -> bool:
    columns = view(verb.doc)
    dep, passive = columns.dep, string_ids("nsubjpass", "auxpass")
    return any(dep[c] in passive for c in columns.children[verb.i])


def child_of(token: Token, *deps: str) -> Token | None:
    columns = view(token.doc)
    dep, wanted = columns.dep, string_ids(*deps)
    return next((token.doc[c] for c in columns.children[token.i] if dep[c] in wanted), None)


def object_of(pred: Token) -> Token | None:
    """The object of a predicate (the passive subject of a passive one; what a stance participle is "to"),
    worked out once per token."""
    objects = view(pred.doc).objects
    if pred.i not in objects:
        if engaged(pred):
            objects[pred.i] = None
        elif stative(pred):
            objects[pred.i] = child_of(pred, "dobj") or next((t for t in prep_objects(pred, "to") if t.dep_ == "pobj"),
                                                           None)
        else:
            objects[pred.i] = (child_of(pred, "nsubjpass") or _shared_subject(pred)) if is_passive(pred) \
                else child_of(pred, "dobj") or _up_to(pred)
    return objects[pred.i]


def stative(verb: Token) -> bool:
    """Whether a participle states its subject's own stance (STATIVE_PARTICIPLE_CUE): passive in form with no "by"
    agent, or an adjective complement, with a "to" after it ("X is opposed to Y", "is committed to opening talks").
    Its subject holds the stance; nobody acts on it."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in cue("STATIVE_PARTICIPLE_CUE"):
        return False
    if not (verb.dep_ == "acomp" or (is_passive(verb) and child_of(verb, "agent") is None)):
        return False
    return any((c.dep_ == "prep" and c.lower_ == "to") or c.dep_ == "xcomp" for c in verb.children)


def engaged(verb: Token) -> bool:
    """Whether a participle tells what its subject does (ENGAGED_PARTICIPLE_CUE): passive in form with no "by" agent,
    with an "in" after it ("Serb forces *were engaged in* ethnic cleansing"). Its subject is the doer."""
    return verb.lemma_.lower() in cue("ENGAGED_PARTICIPLE_CUE") and is_passive(verb) \
        and child_of(verb, "agent") is None and any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children)


def _shared_subject(verb: Token) -> Token | None:
    """The subject a passive verb shares with the verb it is coordinated with ("X attacked Y and *was arrested*")."""
    return child_of(verb.head, "nsubjpass", "nsubj") if verb.dep_ == "conj" else None


def _up_to(pred: Token) -> Token | None:
    """The object the parser hangs under "up to" as particle and preposition ("kidnapped up to 16 advisers")."""
    columns = view(pred.doc)
    found = next((c for c in columns.children[pred.i]
                  if columns.dep[c] == string_id("prt") and columns.lower[c] == string_id("up")), None)
    if found is None:
        return None
    up = pred.doc[found]
    for obj in (*prep_objects(up, "to"), *prep_objects(pred, "to")):
        if any(c.dep_ == "nummod" for c in obj.children):
            return obj
    return None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The token that does the action of ``verb``: subject, passive agent, or inherited from its governor."""
    if depth > 4:
        return None
    if is_passive(verb):
        agent = child_of(verb, "agent")
        if agent is None and engaged(verb):
            return child_of(verb, "nsubjpass")
        if agent is None and stative(verb):
            be = child_of(verb, "auxpass")  # "X is opposed to Y": X holds the stance (hung on "is" at times)
            return child_of(verb, "nsubjpass", "nsubj") or (child_of(be, "nsubj") if be is not None else None)
        return child_of(agent, "pobj") if agent is not None else _stray_agent(verb)
    subject = child_of(verb, "nsubj", "csubj")
    if subject is not None:
        if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head
        return subject
    head = verb.head
    if verb.dep_ == "xcomp":
        controller = child_of(head, "dobj")
        return controller if controller is not None else _controller(head, depth)
    if verb.dep_ == "conj" and is_passive(head) and (undergoer := child_of(head, "nsubjpass")) is not None:
        return undergoer  # "X was indicted by Y and will resign": X resigns
    if verb.pos_ == "VERB" and verb.dep_ == "conj" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "oprd"):
        return subject_of(head.head, depth + 1)  # "X declared *null and void* Y's deal", parsed as a noun and a verb
    if verb.dep_ == "advcl" and (decider := _misplaced_decision(verb)) is not None:
        return decider  # "did not veto the decision of X [to open ...]", the infinitive hung on the verb
    if verb.dep_ in ("conj", "advcl", "acomp"):  # acomp: "X is *willing* to ...", the adjective's subject
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.lower_ == "for" and (held := _held_for(head.head)) is not None:
        return held  # "jailed X for helping Y", "praised X for sending aid": X helped, X sent
    if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _controller(head.head, depth)  # "X is committed to opening ...", "X resorted to throwing"
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and verb.tag_ == "VBG":
        return head  # "students protesting the decision": the noun does it
    if verb.dep_ == "acl" and head.lemma_.lower() in cue("DECISION_NOUN_CUE"):
        return _decider(head)  # "Ottawa's decision to expel ...": Ottawa expels
    return _stranded_subject(verb)


def _stray_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive that the parser hung on the object of its preposition ("was imposed on X's
    industries *by the United States*"): a name, the last words of the clause."""
    columns, doc = view(verb.doc), verb.doc
    for prep in columns.children[verb.i]:  # read from the columns: most verbs have no preposition after them
        if columns.dep[prep] != string_id("prep") or prep < verb.i:
            continue
        for obj in doc[prep].children:
            for by in obj.children:
                if by.dep_ == "prep" and by.lower_ == "by" and by.right_edge.i == obj.right_edge.i:
                    agent = child_of(by, "pobj")
                    if agent is not None and agent.pos_ == "PROPN":
                        return agent
    return None


def _held_for(verb: Token) -> Token | None:
    """Whom a verb judges or punishes for what its "for" clause tells: its object, or the subject of its
    passive ("X was jailed for ...")."""
    if verb.pos_ != "VERB":
        return None
    return child_of(verb, "nsubjpass") if is_passive(verb) else child_of(verb, "dobj")


def _stranded_subject(verb: Token) -> Token | None:
    """A subject the parser hangs as apposition on a fronted phrase ("After the coup, *the army* has ...")."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.children:
            appos = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i), None)
            if appos is None or not any(t.lower_ == "," for t in verb.doc[obj.i:appos.left_edge.i]):
                continue
            between = verb.doc[appos.right_edge.i + 1:verb.i]
            if all(t.dep_ in ("aux", "neg", "advmod") for t in between):
                return appos
    return _stranded_conjunct(verb)


def _stranded_conjunct(verb: Token) -> Token | None:
    """A subject the parser joins with "and" to the last noun of a fronted phrase, after its comma ("With the
    signing of the accord, *the government and the rebels* have agreed ..."): the first conjunct after a comma
    that runs up to the verb (only auxiliaries and adverbs between)."""
    columns, doc = view(verb.doc), verb.doc
    dep, children, lower = columns.dep, columns.children, columns.lower
    prep, conj, comma = string_id("prep"), string_id("conj"), string_id(",")
    bridge = string_ids("aux", "neg", "advmod")
    for first in children[verb.i]:
        if first > verb.i or dep[first] != prep:
            continue
        end = doc[first].right_edge.i
        if not all(dep[t] in bridge for t in range(end + 1, verb.i)):
            continue
        for t in sorted(columns.subtree(first)):
            if dep[t] == conj and t > columns.head[t] and doc[t].right_edge.i == end:
                left = doc[t].left_edge.i
                if lower[left - 1] == comma and columns.pos[t] in string_ids("NOUN", "PROPN"):
                    return doc[t]
    return None


def _decider(noun: Token) -> Token | None:
    """Who took a decision a noun names: its possessor ("Ottawa's decision"), its "by" or its "of" party ("the
    decision of the council")."""
    owner = child_of(noun, "poss")
    return owner if owner is not None else next(iter(prep_objects(noun, "by") or prep_objects(noun, "of")), None)


def _misplaced_decision(verb: Token) -> Token | None:
    """The decider of a decision noun that is the object of the verb an infinitive hangs on, right before it: the
    parser's place for "rejected the decision of X *to expel* Y", where X expels."""
    noun, aux = child_of(verb.head, "dobj"), child_of(verb, "aux")
    if noun is None or noun.i > verb.i or aux is None or aux.lower_ != "to" \
            or noun.lemma_.lower() not in cue("DECISION_NOUN_CUE"):
        return None
    return _decider(noun)


def _controller(head: Token, depth: int) -> Token | None:
    """Who does the complement of ``head``: its passive subject when no agent is named, else its subject."""
    if is_passive(head) and child_of(head, "agent") is None:
        passive = child_of(head, "nsubjpass")  # "X is expected to sign": X signs
        if passive is not None:
            return passive
    return subject_of(head, depth + 1)


def prep_objects(token: Token | None, word: str) -> list[Token]:
    if token is None:
        return []
    doc = token.doc
    objects = _preps(doc, token.i).get(string_id(word))
    return [doc[i] for i in objects] if objects else []  # most words have none: no list built


def prep_objects_of(token: Token, words: Sequence[str]) -> list[Token]:
    """The objects of the prepositions of ``token`` that are one of ``words``, taken word by word in their order."""
    found = _preps(token.doc, token.i)
    if not found:  # most tokens have no preposition: nothing to look up
        return []
    return [token.doc[i] for word in words for i in found.get(string_id(word), ())]


def prep_objects_across(tokens: Sequence[Token | None], words: Sequence[str]) -> list[Token]:
    """The objects of the prepositions of any of ``tokens`` (``None`` skipped) that are one of ``words``: word by
    word, and for each word token by token, as ``prep_objects`` would give them one after the other."""
    found = [(t.doc, preps) for t in tokens if t is not None and (preps := _preps(t.doc, t.i))]
    return [doc[i] for word in words for doc, preps in found for i in preps.get(string_id(word), ())]


def _preps(doc: Doc, i: int) -> dict[int, list[int]]:
    """The objects of the prepositions (and particles, agents, datives) of token ``i``, by the word id of the
    preposition, worked out once per token of a document."""
    columns = view(doc)
    found = columns.memo.get(("preps", i))
    if found is None:
        dep, children, lower = columns.dep, columns.children, columns.lower
        linking, objects_of = string_ids("prep", "agent", "dative", "prt"), string_ids("pobj", "pcomp")
        found = columns.memo[("preps", i)] = {}
        for child in children[i]:
            if dep[child] in linking:
                objects = [c for c in children[child] if dep[c] in objects_of]
                stray = () if objects else (*_stray_object(doc[child]), *_raised_object(doc[child]))
                found.setdefault(lower[child], []).extend(objects or [t.i for t in stray])
    return found  # type: ignore[return-value]


def _raised_object(prep: Token) -> list[Token]:
    """The object a preposition shares with the conjunct after it ("established ties *with* and opened an embassy
    in [Tehran]"): the last prepositional object before the phrase ends."""
    doc = prep.doc
    if prep.i + 1 >= len(doc) or doc[prep.i + 1].dep_ != "cc" \
            or any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return []
    last = None
    for token in doc[prep.i + 2:prep.sent.end]:
        if token.is_punct:
            break
        if token.dep_ == "pobj":
            last = token
    return [last] if last is not None else []


def _stray_object(prep: Token) -> list[Token]:
    """The object of a preposition that the parser made the subject of a participle after it ("granted asylum
    to [five officers] holed up in ...": "officers" hung as the subject of "holed")."""
    for verb in prep.head.children:
        if verb.dep_ in ("advcl", "ccomp", "acl") and verb.tag_ in ("VBN", "VBG", "VBD") and verb.i > prep.i:
            subject = child_of(verb, "nsubj", "nsubjpass")
            if subject is not None and subject.left_edge.i == prep.i + 1:
                return [subject]
    return []


def _infinitive_subject(verb: Token) -> Token | None:
    """The object of a verb that the parser made the subject of the to-infinitive after it ("allow [Iraqi
    planes] to land", parsed as a clause "planes to land")."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and clause.i > verb.i and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            subject = child_of(clause, "nsubj")
            if subject is not None and subject.i > verb.i:
                return subject
    return None


def role_tokens(hit: Hit, role: str) -> list[Token]:
    """The tokens that fill a target role of a pattern at its predicate."""
    pred = hit.pred
    if role == "dobj":
        direct = object_of(pred) or _infinitive_subject(pred) or (pred.head if is_participle(pred) else None)
        return [direct] if direct is not None else []
    if role == "iobj":
        dative = child_of(pred, "dative", "iobj")
        if dative is None:
            return []
        return [c for c in dative.children if c.dep_ == "pobj"] if dative.pos_ == "ADP" else [dative]
    base, _, rest = role.rpartition(".")
    if base.startswith("comp"):
        comp = hit.nodes.get("comp") or child_of(pred, "xcomp")
        if comp is None:
            return []
        sub = Hit(hit.pattern, hit.order, comp, {})
        return role_tokens(sub, role[len("comp."):])
    obj = hit.obj
    first, second = (obj, pred) if base == "obj" else (pred, obj)
    if rest.startswith("prep:"):
        word = rest[5:]
        found = prep_objects(first, word) or prep_objects(second, word)
        if not found and base == "obj" and obj is not None:  # "tariffs of 25 percent *on* goods": on the measure
            found = [t for m in prep_objects(obj, "of") if _measure(m) or _titled(obj) for t in prep_objects(m, word)]
        if not found and base == "obj" and obj is not None and (listed := conjuncts(obj)):
            found = prep_objects(listed[-1], word)  # "fired artillery and rockets *at* Y": a preposition on
            # the list's last item is the whole list's
        if not found and base == "obj" and hit.nodes.get("qty") is not None:  # "a mission of observers *from* X":
            found = prep_objects(hit.nodes["qty"], word)  # on the quantity noun the object hangs from
        return [t for t in found if not _assisted(t)] if word == "with" else found
    if rest in ("poss", "compound", "amod") and obj is not None:
        deps = ("poss",) if rest == "poss" else ("compound", "amod")
        return [c for c in obj.children if c.dep_ in deps]
    return []


def doers(noun: Token) -> list[Token]:
    """Who does what a noun names, told in a clause on it: the agent of a participle ("tariffs *announced by X*";
    not one that only helped it come about, "talks *mediated by* X", FACILITATING_CUE), the "by" of a gerund
    ("arms selling by X") or the subject of a relative
    clause ("subsidies *that X gives*"; not "which", the noun itself)."""
    out: list[Token] = []
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() not in cue("FACILITATING_CUE"):
            out += [t for a in clause.children if a.dep_ == "agent" for t in a.children if t.dep_ == "pobj"]
        elif clause.dep_ == "acl" and clause.tag_ == "VBG":  # a gerund told with its doer: "arms selling *by* X"
            out += [t for a in clause.children if a.dep_ == "prep" and a.lower_ == "by" for t in a.children
                    if t.dep_ == "pobj"]
        elif clause.dep_ == "relcl":
            out += [t for t in clause.children if t.dep_ == "nsubj" and t.tag_ not in ("WDT", "WP")]
    return out


def conjuncts(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts``, without asking spaCy when the parse shows the token has none (most tokens)."""
    return token.conjuncts if view(token.doc).coordinated(token.i) else ()


def _measure(token: Token) -> bool:
    """Whether a noun is a number's unit ("25 *percent*", "$2 *billion*"): how much of the object, not a thing."""
    return any(c.dep_ in ("nummod", "quantmod") for c in token.children) or token.pos_ == "NUM"


def _titled(token: Token) -> bool:
    """Whether a noun is a document named by what follows its "of" ("a memorandum *of understanding* with Y", "a
    letter of intent"; TITLED_DOCUMENT_CUE): the party of the "of" noun is the document's."""
    return token.lemma_.lower() in cue("TITLED_DOCUMENT_CUE")


def _assisted(token: Token) -> bool:
    """Whether the object of "with" tells whose help or leave an act had, not a partner in it ("exchanged prisoners
    *with the mediation of* Egypt", "*with the backing of* the US"; ASSISTED_CUE)."""
    return token.lemma_.lower() in cue("ASSISTED_CUE") and bool(prep_objects(token, "of"))


def between(token: Token | None) -> list[Token]:
    """The parties of "between X and Y" hanging on a token, also where the parser joined Y to an apposition of X
    ("between its minister *Li* and *Austin*")."""
    return [t for head in prep_objects(token, "between")
            for t in (head, *conjuncts(head), *(c for a in head.children if a.dep_ == "appos" for c in conjuncts(a)),
                      *modifier_pair(head))]


def hyphened_doers(noun: Token) -> list[Token]:
    """The name hyphened to a participle on a noun ("the *AU*-hosted conference", "a *Saudi*-led offensive"),
    when the parser hangs it on the participle."""
    return [n for a in noun.children if a.dep_ == "amod" and a.tag_ == "VBN" for n in a.children
            if n.dep_ in ("npadvmod", "compound", "nmod") and n.i + 2 == a.i and n.nbor().text in HYPHENS]


def modifier_pair(head: Token) -> list[Token]:
    """The first party of a pair the parser hung as a modifier of the second's noun ("between *the Congolese
    government* and M23 rebels": "government" on "rebels")."""
    return [m for m in head.children if m.dep_ in ("nmod", "compound") and m.i < head.i and conjuncts(m)
            and all(c.i < head.i for c in conjuncts(m))]


def told_between(noun: Token) -> list[Token]:
    """The parties of an event noun that is the subject of the verb telling it, with "between" on that verb
    ("fighting *erupted* in X between A and B", "talks were held between A and B")."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    return between(noun.head)


def group_word(token: Token) -> bool:
    """Whether a noun counts or groups people ("thousands", "members"), whatever its case."""
    words = cue("GROUP_CUE")
    return token.lemma_.lower() in words or token.lower_ in words or token.lower_.removesuffix("s") in words


def _listed(token: Token) -> list[Token]:
    """The other members of a comma list the parser hung as an apposition ("the US, Russia, and China")."""
    columns, doc = view(token.doc), token.doc
    appositions = [c for c in columns.children[token.i] if columns.dep[c] == string_id("appos")]
    if not columns.coordinated(token.i) and not any(columns.coordinated(c) for c in appositions):
        return []
    return [t for c in appositions for t in (doc[c], *conjuncts(doc[c]))]


class Resolver:
    """Finds the actors of argument tokens in one document."""

    def __init__(self, doc: Doc, mentions: Mentions) -> None:
        self.doc, self.mentions = doc, mentions
        self._parties: dict[tuple[int, int], tuple[Party, ...]] = {}  # (token, speaker or -1) -> parties
        self._direct: dict[tuple[int, int], tuple[Actor, ...]] = {}  # (token, depth) -> actors

    def parties(self, token: Token | None, *, speaker: Token | None = None) -> list[Party]:
        """The actors of an argument and its coordinated siblings, pronouns resolved (worked out once per token
        and speaker)."""
        if token is None:
            return []
        if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
            token = token.head.head  # "Y, *which* X accuses of ...": the relative pronoun stands for Y
        key = (token.i, -1 if speaker is None else speaker.i)
        if key not in self._parties:
            self._parties[key] = tuple(self._find_parties(token, speaker=speaker))
        return list(self._parties[key])

    def direct(self, token: Token) -> Actor | None:
        """The actor a token names, directly or through a close relative ("the Russian side", "X's army")."""
        found = self.all_direct(token)
        return found[0] if found else None

    def all_direct(self, token: Token, depth: int = 0) -> list[Actor]:
        """The actors a token names; coordinated relatives give one each ("Iranian and Iraqi officials"). Worked
        out once per token and depth (see :meth:`_find_direct`)."""
        key = (token.i, depth)
        if key not in self._direct:
            self._direct[key] = tuple(self._find_direct(token, depth))
        return list(self._direct[key])

    def _find_direct(self, token: Token, depth: int) -> list[Actor]:
        """The actors a token names, as :meth:`all_direct` gives them.

        A mention without a country takes one from a relative ("French *warships*"); a group or quantity
        noun reaches through "of" ("thousands of Kurds") and a plural noun through "in" a country
        ("rebels in Ivory Coast").
        """
        if _likened(token):
            return []
        mention = self.mentions.at(token)
        own = mention.actor if mention is not None else None
        if own is not None and own.country:
            return [own, *self._of_list(token, own)]
        if own is None and depth < 2 and token.lemma_.lower() in cue("SHARED_LINE_CUE"):
            shared = [a for obj in prep_objects(token, "with") for a in self.all_direct(obj, depth + 1) if a.country]
            if shared:  # "its border with Belarus": the neighbour, not the owner of the pronoun
                return shared
        related = self._relatives(token)
        if not related and depth < 2 and group_word(token):
            for obj in prep_objects(token, "of"):  # "delegations of the army and the rebels": each party
                related = [a for t in (obj, *conjuncts(obj)) for a in self.all_direct(t, depth + 1)]
                if related:
                    if own is not None and all(a.country and a.agent for a in related):
                        return related  # "leaders of the opposition bloc": the bloc, not a government
                    break
        if not related and own is None and token.tag_ in ("NNS", "NNPS"):
            related = [a for obj in prep_objects(token, "in") if (a := self.place_named(obj)) is not None]
        if own is not None and related and related[0].country:
            return [replace(own, country=a.country) for a in related if a.country]
        return [own] if own is not None else related

    def _of_list(self, token: Token, own: Actor) -> list[Actor]:
        """The other countries of an "of" list inside one mention ("the ambassadors of France, Italy and Spain"), and
        the other parties of one country in it ("delegations of the army *and the RSF*")."""
        out = []
        for obj in prep_objects(token, "of"):
            for conj in conjuncts(obj):
                mention = self.mentions.at(conj)
                if mention is None or not mention.actor.country:
                    continue
                if mention.actor.country != own.country:
                    out.append(replace(own, country=mention.actor.country, text=mention.actor.text))
                elif mention.actor.agent and mention.actor.agent != own.agent:
                    out.append(mention.actor)
        return out

    def _relatives(self, token: Token) -> list[Actor]:
        """The actors of the first close relative naming one; a name before a pronoun ("its *EU* partners")."""
        columns, mentioned = view(self.doc), self.mentions.by_token
        dep, relative = columns.dep, string_ids(*RELATIVE_DEPS)
        named = [self.doc[c] for c in columns.children[token.i] if dep[c] in relative and c in mentioned]
        named.sort(key=lambda c: c.tag_ in ("PRP", "PRP$"))
        for child in named[:1]:
            more = [m.actor for c in conjuncts(child) if (m := self.mentions.at(c)) is not None]
            return [self.mentions.at(child).actor, *more]
        return []

    def _country_of(self, token: Token) -> Actor | None:
        mention = self.mentions.at(token)
        if mention is not None and mention.actor.country and not mention.actor.agent:
            return mention.actor
        return None

    def country_named(self, token: Token) -> Actor | None:
        """The country a token names by itself or by a modifier ("Iraq", "the Azerbaijani republic")."""
        found = self._country_of(token)
        if found is None and token.pos_ in ("NOUN", "PROPN") and self.mentions.at(token) is None:
            found = next((a for c in token.children if c.dep_ in ("amod", "compound")
                          and (a := self._country_of(c)) is not None), None)
        return found

    def place_named(self, token: Token) -> Actor | None:
        """The country a token names as a place: a country ("Iraq", "the Azerbaijani republic") or a capital city
        ("a hotel in Nairobi"), without the government a capital stands for elsewhere."""
        found = self.country_named(token)
        mention = self.mentions.at(token)
        if found is None and mention is not None and mention.rule.startswith("country:") \
                and mention.rule.endswith(":capital") and mention.actor.country:
            actor = mention.actor
            return Actor(text=actor.text, name=actor.name, country=actor.country)
        if found is None and mention is None and (place := self.mentions.place_at(token)) is not None:
            return Actor(text=place.text, name=place.name, country=place.country)  # "a mall in Mombasa"
        return found

    def _find_parties(self, token: Token, *, speaker: Token | None) -> list[Party]:
        out: list[Party] = []
        listed = set(_listed(token)) if token.dep_ != "conj" else set()
        for tok in (token, *self._conjuncts(token), *sorted(listed)) if token.dep_ != "conj" else _joined_after(token):
            found = self.all_direct(tok)
            if tok in listed:  # a list member, not a title of the same party ("Lavrov, Russia's minister")
                found = [a for a in found if a.country and a.country not in {p.actor.country for p in out}]
            direct = found[0] if found else None
            if self.counted_sides(tok) and (direct is None or not direct.country):
                out.extend(self.sides(tok, agent=direct.agent if direct else None))
            elif found:
                out.extend(Party(a) for a in found)
            else:
                out.extend(self.pronoun(tok, speaker=speaker))
        return out

    def _conjuncts(self, token: Token) -> tuple[Token, ...]:
        """The parties coordinated with a token, also where the parser hung them on another word of the same name
        ("[Barack] Obama and Putin": "Putin" on "Obama", the subject "Barack")."""
        mention, joined = self.mentions.at(token), conjuncts(token)
        if joined or mention is None:
            return joined
        same = tuple(c for child in view(token.doc).children[token.i] if self.mentions.by_token.get(child) is mention
                     for c in conjuncts(token.doc[child]))
        return same or self._titled_pair(token, mention)

    def _titled_pair(self, token: Token, mention: ActorMention) -> tuple[Token, ...]:
        """The first of two titled people joined by "and" that the parser hung as a compound on the second ("[US
        President X] and Russian President Y": "President" of X on "Y", X an apposition, "and" inside)."""
        columns = view(token.doc)
        dep, lower = columns.dep, columns.lower
        for child in columns.children[token.i]:
            other = self.mentions.by_token.get(child)
            if dep[child] != string_id("compound") or child > token.i or other is None or other is mention \
                    or not other.actor.country:
                continue
            if any(dep[t] == string_id("cc") and lower[t] == string_id("and") for t in columns.subtree(child)):
                return (token.doc[child],)
        return ()

    def pronoun(self, token: Token, *, speaker: Token | None) -> list[Party]:
        """Resolve he/she/it/they/we and "the two sides" to earlier mentions."""
        low = token.lower_
        if speaker is not None and low in cue("PERSON_PRONOUN_CUE") | cue("THING_PRONOUN_CUE") | cue(
                "SELF_PRONOUN_CUE"):
            said = self.direct(speaker)
            if said is not None:
                return [Party(said, inferred=True)]
        if speaker is not None and low in cue("GROUP_PRONOUN_CUE") and _one_group(speaker) \
                and (said := self._homed(speaker)) is not None:
            return [Party(said, inferred=True)]  # "militants loyal to X said they attacked ...": the militants
        earlier = self.mentions.before(token.idx)
        if low in cue("PERSON_PRONOUN_CUE"):
            people = [m for m in earlier if "person" in m.rule] or earlier
            return [Party(people[0].actor, inferred=True)] if people else []
        if low in cue("THING_PRONOUN_CUE"):
            things = [m for m in earlier if "person" not in m.rule]
            return [Party(things[0].actor, inferred=True)] if things else []
        if low in cue("GROUP_OWNER_CUE") and (owners := self._subjects_above(token, token, joined=True)):
            return owners
        if low in cue("GROUP_PRONOUN_CUE") and token.head.dep_ == "relcl" \
                and (owners := self._subjects_above(token, token.head, joined=False)):
            return owners
        if low in cue("GROUP_PRONOUN_CUE") or self.counted_sides(token):
            return self.sides(token)
        return []

    def _homed(self, speaker: Token) -> Actor | None:
        """The group a speaker names, with a country: its own, else that of the nearest earlier mention of the
        same kind of group ("Opposition parties said they ..." after "opposition leader X of Georgia")."""
        said = self.direct(speaker)
        if said is None or said.country or not said.agent or self.counted_sides(speaker):
            return said if said is not None and said.country else None  # "both delegations said they": two
        same = next((m.actor for m in self.mentions.before(speaker.idx)
                     if m.actor.agent == said.agent and m.actor.country), None)
        return replace(said, country=same.country) if same is not None else None

    def _subjects_above(self, token: Token, start: Token, *, joined: bool) -> list[Party]:
        """The parties a plural word refers to: the subject of the nearest verb above ``start`` when it names several
        countries, or, if ``joined``, several parties joined by "and". A plural possessive starts at itself ("X and Y
        failed to agree at *their* summit"); "they" in a relative clause at the clause ("X, Y and Z left the bloc,
        which *they* accused of ...")."""
        verb = next((t for t in start.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = subject_of(verb) if verb is not None else None
        if subject is None or subject.i == token.i:
            return []
        found = self.parties(subject)  # "X and Y", or "the governments of X, Y and Z"
        if not (joined and self._conjuncts(subject)) and len({p.actor.country for p in found if p.actor.country}) < 2:
            return []
        return [Party(p.actor, inferred=True) for p in found]

    def sides(self, token: Token, *, agent: str | None = None) -> list[Party]:
        """The countries a counted plural refers to ("the two sides", "both ministers", "the three countries"): the
        latest list of that many countries named before it, else the last that many countries named; with the
        noun's agent if any."""
        before = self.mentions.before(token.idx)
        count = _sides_count(token) or 2
        countries = _listed_countries(token.doc, before, count) or _last_countries(before, count)
        found = [_state_actor(before, country) for country in countries]
        return [Party(replace(a, agent=agent) if agent else a, inferred=True) for a in found]

    @staticmethod
    def counted_sides(token: Token) -> bool:
        """Whether a noun is a counted plural of parties ("the two sides", "both countries", SIDES_CUE)."""
        return _sides_count(token) > 0


def _likened(token: Token) -> bool:
    """Whether a token is a name hyphened to a word of likeness, or that word itself ("a *Bosnia-style* war",
    "*Soviet-era* tanks", LIKENESS_CUE): it says what a thing is like, and names no party to it."""
    columns, i, words = view(token.doc), token.i, _likeness_words()
    if columns.lower[i] in words:
        return i > 0 and columns.word(i - 1) in HYPHENS and _joined(columns, i - 1)
    return i + 2 < len(columns.lower) and columns.word(i + 1) in HYPHENS and _joined(columns, i) \
        and _joined(columns, i + 1) and columns.lower[i + 2] in words


@lru_cache(maxsize=1)
def _likeness_words() -> frozenset[int]:
    """The word ids of LIKENESS_CUE, looked up once per process."""
    return string_ids(*cue("LIKENESS_CUE"))


def _joined(columns: DocView, i: int) -> bool:
    """Whether token ``i`` runs into the next one with no space between them."""
    return columns.idx[i] + columns.length[i] == columns.idx[i + 1]


def _joined_after(token: Token) -> tuple[Token, ...]:
    """A conjunct and the conjuncts that hang on it (not those before it: "X, *Y and Z*" from Y is Y and Z)."""
    columns = view(token.doc)
    later = tuple(token.doc[c] for c in columns.children[token.i] if columns.dep[c] == string_id("conj"))
    return (token, *later)


def is_weapon(token: Token) -> bool:
    """Whether a noun names a weapon or violent incident (WEAPON_CUE), itself or by a word on it ("explosive
    device")."""
    words = cue("WEAPON_CUE")
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in words or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in words for c in token.children))


def is_participle(pred: Token) -> bool:
    """A past participle on the noun it befalls, in a sentence that says it happened ("there were ten soldiers
    *killed*"), not one that only names the noun ("helped identify the victims killed ...")."""
    noun = pred.head
    return pred.dep_ == "acl" and pred.tag_ == "VBN" and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "attr" \
        and any(c.dep_ == "expl" for c in noun.head.children)


def _one_group(token: Token) -> bool:
    """A plural noun naming one group ("the rebels", "Bosnian Serbs", "the Houthis" the tagger takes for one name),
    not a coordination of parties."""
    plural = token.tag_ in ("NNS", "NNPS") or (token.tag_ == "NNP" and token.lower_.endswith("is"))
    return plural and not conjuncts(token)


_SIDE_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}  # number words, not knowledge


def _sides_count(token: Token) -> int:
    """How many parties a counted plural of SIDES_CUE names ("both countries": 2, "the three nations": 3), 0 if
    it is not one."""
    if token.lemma_.lower() not in cue("SIDES_CUE") or token.tag_ not in ("NNS", "NNPS"):
        return 0
    for child in token.children:
        if child.dep_ in ("nummod", "det", "predet") and child.lower_ in _SIDE_COUNTS:
            return _SIDE_COUNTS[child.lower_]
    return 0


def _listed_countries(doc: Doc, mentions: list[ActorMention], count: int) -> list[str]:
    """The countries of the latest coordinated list of exactly ``count`` countries among the mentions ("Spain,
    Ireland and Norway ... the three countries"), nearest first; [] if none."""
    lists: dict[int, list[str]] = {}
    for mention in reversed(mentions):  # earliest first
        if mention.head < 0 or not mention.actor.country:
            continue
        head = doc[mention.head]
        if not conjuncts(head):
            continue
        root = head
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        found = lists.setdefault(root.i, [])
        if mention.actor.country not in found:
            found.append(mention.actor.country)
    fits = [(root, found) for root, found in lists.items() if len(found) == count]
    return list(reversed(max(fits, key=lambda fit: fit[0])[1])) if fits else []


def _last_countries(mentions: list[ActorMention], count: int) -> list[str]:
    """The last ``count`` distinct countries named, nearest first."""
    order: list[str] = []
    for mention in mentions:
        country = mention.actor.country
        if country and country not in order:
            order.append(country)
    return order[:count]


def _state_actor(mentions: list[ActorMention], country: str) -> Actor:
    """A country's actor among the mentions: its latest state-level mention (GOV, else bare), else its latest."""
    own = [m for m in mentions if m.actor.country == country]
    state = [m for m in own if m.actor.agent == "GOV"] or [m for m in own if not m.actor.agent]
    return (state or own)[0].actor

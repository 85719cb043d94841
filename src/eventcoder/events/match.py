"""Finding events in a parsed document: verb patterns, their source and target actors, factuality.

For every predicate the most specific matching pattern wins; its source comes from the subject (active),
the ``by`` agent (passive), or, for event nouns, the possessor / "of" / "by" / "between" / an actor
modifier; its target from the pattern's roles (the parties themselves are read by
:mod:`eventcoder.events.arguments`). A stance without a named target addresses the subject of its
that-clause ("demanded that Y ..."); violence done by a weapon ("a car bomb killed ...") or by no one named
("were killed in X") is by whoever the weapon names ("Israeli tank fire"), else by an unidentified armed force
(UAF) that resolve places. Announced, claimed, refused and repeated acts are coded as the stances they state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from eventcoder.docview import DocView, string_ids, view
from eventcoder.events.arguments import (
    Hit,
    Mentions,
    Party,
    Resolver,
    between,
    child_of,
    doers,
    group_word,
    hyphened_doers,
    is_participle,
    is_passive,
    is_weapon,
    modifier_pair,
    node_names_of,
    object_of,
    prep_objects,
    prep_objects_across,
    prep_objects_of,
    role_tokens,
    subject_of,
    told_between,
)
from eventcoder.events.attribution import attribution, claimant
from eventcoder.events.derive import (
    announcement_stance,
    complement,
    conditional,
    derive,
    obliged,
    refused,
    stance_of,
    warned,
)
from eventcoder.events.factuality import factuality
from eventcoder.events.patterns import ANY as ANY_COMP
from eventcoder.events.patterns import CLAUSE as CLAUSE_COMP
from eventcoder.events.patterns import Pattern, PatternSet, cue, pattern_set
from eventcoder.records import Actor, ActorMention, EventMatch, Place

NOUN_SOURCE_PREPS = ("by", "of", "from")
#: where a target is looked for on the object when a pattern's own roles find none ("rejected *Iran's* offer")
OBJECT_RELATIVE_DEPS = ("poss", "compound", "amod", "nmod")
#: prepositions under a predicate whose country object is where the act lands, when no role names a target
PLACE_TARGET_PREPS = ("in", "to", "into", "inside")
#: prepositions naming whom an act is aimed at, for every pattern; and for acts of force ("fired *at* X")
AIMED_PREPS = ("against",)
FORCE_AIMED_PREPS = ("at",)
#: the code of a claim of responsibility, whose deed is its claimant's act
AVOWAL = "015"
#: a refusal to comment, aimed at whoever asked the refuser (ASKED_ROOT_CUE)
NO_COMMENT = "011"
DENIAL = "016"
#: appeals and demands for the release of people or property
RELEASE_APPEALS = ("0253", "1053")
FORCE_ROOTS = ("15", "17", "18", "19", "20")
#: root of threats, and the words opening the condition whose subject a threat without a target is aimed at
THREAT_ROOT = "13"
PROTEST_ROOT = "14"
CROWD_AGENT = "OPP"  # the agent type of a crowd protesting (as data/actors/agents.tsv codes "protesters")
YIELD_ROOT = "08"
REFUSE_ROOT = "12"
ACCEDE = "083"  # CAMEO "accede to demands": answers the party that made them, named or not
CONDITION_MARKS = ("if", "unless")
OBJECT_TARGET_PREPS = ("from", "by", "of", "to", "on", "against", "with", "for", "in")
#: prepositions leading from an act to what it is about ("sorrow *for* the shootings", "a summit *on* the unrest")
TOPIC_PREPS = ("for", "on", "over", "about", "into")
#: prepositions leading to where something is ("an attack *at* a mall *in* Kenya's capital")
WHERE_PREPS = ("in", "at", "inside")
#: roots of attacks, whose target, when the text names no party, is the country of the place they hit
#: ("exploded bombs *in Kabul*", "opened fire *near Hebron*"), as CAMEO coders do; and the prepositions to it
STRUCK_ROOTS = ("18", "19", "20")
STRUCK_PREPS = ("in", "at", "near", "inside", "on")
#: how many prepositions deep a place that is the target may lie under an act
NESTED_DEPTH = 3
#: the agent type of armed forces the text ties to no side (CAMEO UAF): the doer of violence it does not attribute
UNAFFILIATED = "UAF"
#: dependency labels read from the DocView columns
ADVCL, MARK = string_ids("advcl"), string_ids("mark")
POBJ, TIME_ENTS = string_ids("pobj"), string_ids("DATE", "TIME")
APPOS, OPRD = string_ids("appos"), string_ids("oprd")
#: country codes of bodies above or across states (no home whose state bodies they could address)
INTERNATIONAL = ("IGO", "NGO", "IMG")
#: the rule suffix of an event whose doer the text does not name: resolve places it in the country of its site
UNATTRIBUTED = ">unattributed"
#: a plain killing that is fighting when soldiers die in it (COMBAT_VICTIM_AGENT_CUE), and the code it then takes
COMBAT_KILLING = ("1823", "190")
#: acts that are a riot when protesters do them (RIOTER_CUE): destroying property, storming a building (plain
#: force, or a building seized); and the code they then take
RIOT_ACTS = (("1712", "190", "171"), "145")
#: a show of force (military exercises) held by several parties together, and the code it then takes: military
#: cooperation between them ("French and Egyptian warships launched war games")
JOINT_EXERCISE = ("150", "062")
#: a seizure of property whose object is a named place ("seized Damascus", not "seized Kuwaiti ships"): the taking
#: of territory it then is
TERRITORY_SEIZURE = ("171", "192")
#: the code of a departure ("left Kabul"), which a verb with an object predicate is not ("left its rate *unchanged*")
DEPARTURE = "0874"
#: the country code of international bodies, and the code a state's departure from one takes: leaving a bloc
#: ("withdrew from ECOWAS", "announced its withdrawal from the court") breaks relations with it
BODY_EXIT = ("IGO", "161")
#: the root of consultations (calls, visits, meetings), which a verb naming its object does not code
CONSULT_ROOT = "04"
#: how many sentences before a statement the act an anaphoric noun refers back to may be told
ANAPHOR_REACH = 2
#: prepositions bringing in the means of a passive killing ("killed *in* a car bomb explosion", "*by* an IED")
WEAPON_PREPS = ("in", "by", "from", "with")
#: roots of fire from afar, whose origin ("fired *from* the Gaza Strip") names the side of a doer the text leaves out
FIRED_ROOTS = ("19", "20")
#: verbs by which a party puts out a text, whose participle then speaks for it ("*issued* a declaration demanding")
ISSUE_LEMMAS = frozenset({"issue", "release", "publish", "send", "adopt", "sign", "deliver", "present", "submit",
                          "pass", "unveil", "draft", "write", "file"})


def _undergone(pred: Token) -> bool:
    """Whether a predicate is told from whom it befalls: a passive, or a participle on its noun ("soldiers
    killed in X")."""
    return is_passive(pred) or is_participle(pred)


def _in_relative(token: Token) -> bool:
    """Whether a token lies in a relative clause ("the town where ten people were killed", "the group that has
    seized parts of Iraq and Syria")."""
    return any(t.dep_ == "relcl" for t in (token, *token.ancestors))


def _setting_verb(pred: Token) -> Token | None:
    """The verb of the act that talks (TALKS) under a preposition of JOINT_SETTING_PREP_CUE are the setting of
    ("agreed to a truce *during talks*", "accepted the plan *after talks with Y*"), or None."""
    if pred.dep_ != "pobj" or pred.head.lower_ not in cue("JOINT_SETTING_PREP_CUE") \
            or pred.lemma_.lower() not in cue("TALKS"):
        return None
    verb = next((a for a in pred.head.ancestors if a.pos_ not in ("NOUN", "ADP")), None)  # "a truce during talks"
    return verb if verb is not None and verb.pos_ == "VERB" else None


def _joint_setting(pred: Token) -> Token | None:
    """The subject of the act that talks with no parties of their own are the setting of, when it joins two or more
    ("X and Y agreed to a truce *during talks in Z*"): they held the talks; else None."""
    verb = _setting_verb(pred)
    if verb is None or between(pred) or prep_objects(pred, "with"):
        return None
    subject = subject_of(verb)
    return subject if subject is not None and any(c.dep_ == "conj" for c in subject.children) else None


def _party_talks(pred: Token) -> Token | None:
    """The subject of the act that talks with a party named by "with" are the setting of ("X accepted the plan
    *after talks with Y*"): X held them with Y; else None."""
    verb = _setting_verb(pred)
    return subject_of(verb) if verb is not None and prep_objects(pred, "with") else None


def _background_noun(pred: Token) -> bool:
    """Whether an event noun is background to its clause: under a preposition of time, cause or topic ("after a
    week of unrest", "because of fighting", "talks on a pullback"; BACKGROUND_PREP_CUE), or in the object of an
    infinitive ("to prevent a war", "to attend a meeting"), not news of its own. An atrocity with its doer
    named by "by" (ATROCITY_NOUN_CUE) is news under any of them ("an inquiry into killings *by* the militia"), and so
    is a third party's brokering named by "by" (BROKERING_NOUN_CUE: "were freed *after mediation by* Y")."""
    if _framing(pred) or _subject_trip(pred) or _joint_setting(pred) is not None or _party_talks(pred) is not None or (
            pred.lemma_.lower() in cue("ATROCITY_NOUN_CUE") | cue("BROKERING_NOUN_CUE")
            and bool(prep_objects(pred, "by"))):
        return False
    words = cue("BACKGROUND_PREP_CUE")
    for token in (pred, *pred.ancestors):
        if token.pos_ in ("VERB", "AUX"):
            while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
                token = token.head  # "to protect them and *prevent* a war": the infinitive is the first verb's
            return token.dep_ in ("xcomp", "advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                  for c in token.children)
        if token.dep_ == "pobj" and token.head.lower_ in words:
            return True
        if token.dep_ == "pobj" and token.head.head.lower_ in words:  # "because of", "on the eve of"
            return True
    return False


def _sport_result(pred: Token) -> bool:
    """Whether a verb tells a game's result ("X beat Y on penalties in the final"): a verb of winning or losing
    (SPORT_VERB_CUE) in a sentence about a contest (SPORT_CUE), which is no political event."""
    if pred.lemma_.lower() not in cue("SPORT_VERB_CUE"):
        return False
    words = cue("SPORT_CUE")  # not as an adjective on a noun: "the final battle"
    return any(t.dep_ != "amod" and (t.lemma_.lower() in words or t.lower_ in words) for t in pred.sent)


def _framing(pred: Token) -> bool:
    """Whether an event noun with an owner frames its clause in time or place ("during *his visit* to X", "at
    *their summit* in Y"; FRAME_PREP_CUE): a real event of its owner, not background."""
    return pred.dep_ == "pobj" and pred.head.lower_ in cue("FRAME_PREP_CUE") and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in pred.children)


def _subject_trip(pred: Token) -> bool:
    """Whether a trip noun with no owner frames the clause of a verb with a subject ("X said *during a visit*
    to Y", TRIP_FRAME_CUE under TRIP_PREP_CUE): the trip is the subject's own."""
    if pred.dep_ != "pobj" or pred.lemma_.lower() not in cue("TRIP_FRAME_CUE"):
        return False
    head = pred.head
    return head.lower_ in cue("TRIP_PREP_CUE") and head.head.pos_ in ("VERB", "AUX") \
        and subject_of(head.head) is not None and not any(c.dep_ == "poss" for c in pred.children)


def _framed(event: EventMatch, pred: Token) -> EventMatch:
    """A framing noun's event is not negated by its clause ("did not arrest him *during his visit*": the visit
    took place), nor made possible only by it when it came before ("is ready to sign *after talks* with Y",
    RESPONSE_MARK_CUE); the clause's future or another condition still holds."""
    own = {t.text for t in pred.subtree}
    before = event.factuality == "hypothetical" and pred.dep_ == "pobj" and pred.head.lower_ in cue("RESPONSE_MARK_CUE")
    if (event.factuality == "negated" or before) and event.cue not in own:
        return replace(event, factuality="asserted", cue=None)
    return event


def _described(pred: Token, preds: set[int], mentions: Mentions) -> bool:
    """Whether a predicate lies in a relative clause that describes a party, thing or time ("Sharon, *who has
    vowed* ...", "the group *that has seized* ...", "a day *before X heads* to Y"): background, not news. One on
    an event noun, a weapon or the object of a coded act that is no party tells the news of that event ("a blast
    *which killed* 20", "launched a raid *that wounded* five"; not "condemned the militia, *which has attacked* Y")."""
    columns, i, relative = view(pred.doc), pred.i, string_ids("relcl")
    while columns.dep[i] not in relative and columns.head[i] != i:  # up the heads, read from the parse's columns
        i = columns.head[i]
    if columns.dep[i] not in relative:
        return False
    clause = pred.doc[i]
    noun = clause.head
    acted_on = clause.i == pred.i and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in preds \
        and mentions.at(noun) is None  # told right in the clause, not in a purpose under it ("that aims to ...")
    told = clause.i == pred.i and (_told_aside(clause, mentions) or _reaction_aside(clause))
    return noun.i not in preds and not is_weapon(noun) and not acted_on and not told


def _reaction_aside(clause: Token) -> bool:
    """Whether a relative clause on an act noun summing up its sentence tells another party's reaction to the act
    ("..., a move *Y condemned*", "in a step *Y called a mistake*"; ANAPHOR_ACT_CUE): the noun is the clause's
    object and the clause has a subject of its own, so it is news of that subject."""
    noun = clause.head
    if noun.lemma_.lower() not in cue("ANAPHOR_ACT_CUE") or not (
            noun.dep_ in ("appos", "npadvmod") or (noun.dep_ == "pobj" and noun.head.lower_ == "in")):
        return False
    subject = child_of(clause, "nsubj")
    return subject is not None and subject.tag_ not in ("WDT", "WP") and child_of(clause, "nsubjpass") is None


def _told_aside(clause: Token, mentions: Mentions) -> bool:
    """Whether a comma-set relative clause on a party tells news of it: a past act of the party ("Israel, *which
    had recalled* its envoys", simple past or past perfect), or a charge another makes against it ("the agency,
    *which Y accuses* of bias", CHARGE_RELATIVE_CUE). Its present states ("which borders ...", "which has long
    opposed ...") describe the party."""
    noun, start = clause.head, clause.left_edge.i
    mention = mentions.at(noun)
    if mention is None or not mention.actor.country or start == 0 or noun.doc[start - 1].lower_ != "," \
            or noun.doc[start].tag_ not in ("WDT", "WP"):
        return False
    relative = noun.doc[start]
    if relative.dep_ == "nsubj":
        aux = [c.lower_ for c in clause.children if c.dep_ == "aux"]
        charged = child_of(clause, "dobj")  # "the government, *which accuses Y of* ...": a charge it makes
        return (clause.tag_ == "VBD" and not aux) or (clause.tag_ == "VBN" and aux == ["had"]) or (
            clause.lemma_.lower() in cue("CHARGE_RELATIVE_CUE") and charged is not None
            and bool((m := mentions.at(charged)) and m.actor.country))
    accuser = child_of(clause, "nsubj")  # a party named with its country, or a pronoun for one told before
    named = accuser is not None and (accuser.tag_ == "PRP" or bool((m := mentions.at(accuser)) and m.actor.country))
    return relative.dep_ == "dobj" and named and clause.lemma_.lower() in cue("CHARGE_RELATIVE_CUE")


def _evidence_span(sent: Span, text: str) -> tuple[int, int]:
    """The character span of a sentence (whose ``text`` is given) without the blank lines and spaces around it."""
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, sent.start_char + len(text.rstrip())


def _key(actor: Actor) -> tuple:
    return actor.country, actor.agent, actor.name or actor.text


def best_hits(doc: Doc, patterns: PatternSet | None = None) -> list[Hit]:
    """The most specific pattern per predicate token, in document order (``patterns``: the shipped ones)."""
    patterns = patterns or pattern_set()
    ranked, order = patterns.ranked, patterns.order
    best: dict[int, tuple[tuple[int, int], Pattern, list[int]]] = {}  # by predicate token (node 0)
    columns = view(doc)
    for key, ids in patterns.matcher(doc):
        rank, pattern = ranked[key]
        if pattern.prep and len(ids) > 1 and _timed(columns, ids[1]):
            continue  # "called *on Sunday* for talks": a time phrase is not the particle of "call on"
        old = best.get(ids[0])
        if old is None or rank > old[0]:
            best[ids[0]] = (rank, pattern, ids)
    hits = []
    for i in sorted(best):  # tokens only for the winners
        _, pattern, ids = best[i]
        nodes = dict(zip(node_names_of(pattern, len(ids)), [doc[j] for j in ids], strict=False))
        hits.append(Hit(pattern, order[pattern.id], nodes["pred"], nodes))
    return hits


def _timed(columns: DocView, prep: int) -> bool:
    """Whether a preposition only leads into a time ("*on* Sunday", "*in* March"): its objects are dates through and
    through (not "with President Assad Tuesday", a name the parser hung on the day)."""
    objects = [c for c in columns.children[prep] if columns.dep[c] in POBJ]
    return bool(objects) and all(columns.ent_type[c] in TIME_ENTS or not columns.alpha[c]
                                 for c in columns.subtree(prep) if c != prep)


def _clause_head(pred: Token) -> int:
    """The verb whose clause holds the predicate: itself if a verb, else its nearest verb or auxiliary above it."""
    columns, i = view(pred.doc), pred.i
    if columns.pos[i] == VERB:
        return i
    while columns.head[i] != i:
        i = columns.head[i]
        if columns.pos[i] in (VERB, AUX):
            return i
    return pred.i


def clause_ranges(pred: Token, others: set[int]) -> tuple[tuple[int, int], ...]:
    """Character ranges of the predicate's clause, without nested clauses of other events."""
    head = _clause_head(pred)
    columns = view(pred.doc)
    subtree = columns.subtree(head)
    skip: set[int] = set()
    for i in subtree:
        if i in others and i != head and i != pred.i and columns.pos[i] == VERB:
            skip.update(columns.subtree(i))
    for i in _conditions(columns, head):  # "will not accept refugees *if war starts in Iraq*": not where
        skip.update(columns.subtree(i))
    kept = sorted(i for i in subtree if i not in skip)
    kept_set = set(kept)
    ranges: list[list[int]] = []
    idx, length = columns.idx, columns.length
    for i in kept:
        start, end = idx[i], idx[i] + length[i]
        if ranges and i - 1 in kept_set and ranges[-1][1] >= idx[i - 1]:
            ranges[-1][1] = end
        else:
            ranges.append([start, end])
    return tuple((a, b) for a, b in ranges)


def _conditions(columns: DocView, head: int) -> list[int]:
    """The heads of the if/unless clauses (CONDITION_CUE) on the verb ``head``: their place and time are the
    condition's, not the event's (read from the children of ``head`` and theirs)."""
    marks, dep, children = string_ids(*cue("CONDITION_CUE")), columns.dep, columns.children
    return [i for i in children[head] if dep[i] in ADVCL
            and any(dep[j] in MARK and columns.lower[j] in marks for j in children[i])]


class Coder:
    """Turns the pattern hits of one document into event matches."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention], *, hits: Sequence[Hit] = (),
                 places: Sequence[Place] = ()) -> None:
        self.doc = doc
        self.by_pred = {h.pred.i: h for h in hits}
        self.sents: list[Span] = list(doc.sents)
        self.sent_index = {s.start: i for i, s in enumerate(self.sents)}
        self.resolver = Resolver(doc, Mentions(doc, actors, places))
        self.events: list[EventMatch] = []
        self.charged: dict[int, Hit] = {}  # id() of an accusation event -> the hit of the act it charges
        self._evidence: dict[int, tuple[str, tuple[int, int]]] = {}
        self._sources: dict[tuple[int, int], tuple[Hit, tuple[Party, ...]]] = {}  # (id of hit, speaker or -1)
        self.text = view(doc).text  # Doc.text joins every token anew on each call

    def evidence(self, sent: Span) -> tuple[str, tuple[int, int]]:
        """The stripped text of a sentence and its character span, worked out once per sentence."""
        found = self._evidence.get(sent.start)
        if found is None:
            text = self.text[sent.start_char:sent.end_char]  # Span.text, without making its tokens
            found = self._evidence[sent.start] = text.strip(), _evidence_span(sent, text)
        return found

    def sources(self, hit: Hit, speaker: Token | None) -> list[Party]:
        """The source parties of a hit as its speaker reports them (worked out once per hit and speaker: a hit is
        coded, announced and claimed with the same ones)."""
        key = (id(hit), -1 if speaker is None else speaker.i)
        found = self._sources.get(key)
        if found is None:  # kept with its hit, whose id no other hit can then take
            found = self._sources[key] = (hit, tuple(self._find_sources(hit, speaker)))
        return list(found[1])

    def _find_sources(self, hit: Hit, speaker: Token | None) -> list[Party]:
        pred = hit.pred
        if hit.pattern.kind == "verb" and pred.tag_ == "VBG" and between(pred) and child_of(pred, "nsubj") is None:
            return self._between_parties(pred)  # a gerund read as a verb: "as fighting between X and Y spread"
        if hit.pattern.kind == "verb":
            subject = subject_of(pred) or self._act_agent(hit)
            found = self.resolver.parties(subject, speaker=speaker)
            if not found and subject is not None and subject.i == pred.head.i and _verbal(hit.pattern.cameo):
                found = self._author(subject, speaker=speaker)
            if not found and subject is not None and hit.pattern.cameo[:2] == PROTEST_ROOT \
                    and subject.lemma_.lower() in cue("CROWD_NUMBER_CUE"):  # "thousands marched": a crowd
                found = [Party(Actor(text=subject.text, agent=CROWD_AGENT), inferred=True)]
            if not found and hit.pattern.cameo[:2] in cue("PLACE_DOER_ROOT_CUE") and is_passive(pred) \
                    and child_of(pred, "agent") is None:
                found = [Party(a, inferred=True) for a in self._where(pred, hit.obj)]
            return _delegation(found)
        parties = self._between_parties(pred)
        if parties:
            return parties
        joint = _joint_setting(pred)
        if joint is not None and len(found := self.resolver.parties(joint, speaker=speaker)) > 1:
            return found  # "X and Y agreed to a truce during talks": X and Y held them
        if (held := _party_talks(pred)) is not None and (found := self.resolver.parties(held, speaker=speaker)):
            return found  # "X accepted the plan after talks with Y": X held them
        owner = self._owner(pred)
        if owner is not None:  # "X claimed responsibility for *the attack*": X's attack
            return self.sources(owner, speaker)
        fight = pred.lemma_.lower() in cue("COMBAT_NOUN_CUE") and bool(prep_objects(pred, "with"))
        if fight and pred.dep_ == "pobj" and pred.head.lower_ in ("in", "during") and pred.head.head.pos_ == "VERB":
            found = self.resolver.parties(child_of(pred.head.head, "nsubj", "nsubjpass"), speaker=speaker)
            if found:  # "soldiers were killed in a clash with Y": the soldiers' side fought Y
                return found
        for child in pred.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod"):
                found = self.resolver.parties(child, speaker=speaker)
                if found:
                    return found
        for word in (w for w in NOUN_SOURCE_PREPS if f"prep:{w}" not in hit.pattern.targets):
            for obj in prep_objects(pred, word):  # not "withdrawal *from* Y": its target
                if word == "of" and self._possessed_thing(obj):
                    continue  # "in protest of the government's refusal": what is protested, not who protests
                found = self.resolver.parties(obj, speaker=speaker)
                if found:
                    return found
        verb = pred.head.head
        if _subject_trip(pred) and self._destination(pred, None) is not None and not (
                verb.i in self.by_pred and self.by_pred[verb.i].pattern.cameo[:2] == CONSULT_ROOT):
            return self.resolver.parties(subject_of(verb), speaker=speaker)  # "X said *during a visit to Kyiv*"
        return []

    def _has_doer(self, hit: Hit, speaker: Token | None) -> bool:
        """Whether :meth:`code` can find a source for a hit: its sources, doers of one another, or the doer of
        violence that the text names only by its means."""
        return bool(self.sources(hit, speaker)) or _reciprocal(hit) is not None or bool(self.unattributed(hit)[0])

    def _between_parties(self, pred: Token) -> list[Party]:
        """The parties of "between X and Y" on an act or on the verb telling it, a counted plural standing for the
        countries it counts ("fighting between the two neighbours")."""
        parties: list[Party] = []
        for token in between(pred) or told_between(pred):
            actor = self.resolver.direct(token)
            if self.resolver.counted_sides(token) and (actor is None or not actor.country):
                parties.extend(self.resolver.sides(token, agent=actor.agent if actor else None))
            elif actor is not None:
                parties.append(Party(actor))
        return parties

    def _owner(self, noun: Token) -> Hit | None:
        """The claim of responsibility an event noun is the deed of ("claimed responsibility *for the attack*")."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        holder = noun.head.head
        claim = self.by_pred.get(holder.i) or (self.by_pred.get(holder.head.i) if holder.dep_ == "dobj" else None)
        return claim if claim is not None and claim.pattern.cameo == AVOWAL else None

    def _possessed_thing(self, token: Token) -> bool:
        """Whether a noun is a thing or deed of a possessor rather than a party ("the government's *refusal*"),
        so that the possessor does not do an event noun it follows through "of"."""
        return token.pos_ == "NOUN" and self.resolver.mentions.at(token) is None and not group_word(token) \
            and any(c.dep_ == "poss" for c in token.children)

    def _author(self, text: Token, *, speaker: Token | None) -> list[Party]:
        """Who speaks through a text whose participle states something: its "by" / "from" party ("a letter
        *from* Y demanding ..."), else the party that put it out ("X *issued* a declaration demanding ...")."""
        for word in ("by", "from"):
            for obj in prep_objects(text, word):
                found = self.resolver.parties(obj, speaker=speaker)
                if found:
                    return found
        if text.dep_ == "dobj" and text.head.lemma_.lower() in ISSUE_LEMMAS and not group_word(text):
            return self.resolver.parties(subject_of(text.head), speaker=speaker)
        return []

    def _where(self, pred: Token, obj: Token | None = None) -> list[Actor]:
        """The country where a passive act with no named doer took place ("was arrested *in Lebanon*", "was put
        under investigation *in Italy*", on the act's object under a preposition): its authorities or people are
        the doers a coder would name; the country alone, with no agent."""
        under = obj if obj is not None and obj.dep_ == "pobj" and obj.head.head.i == pred.i else None
        for token in (*prep_objects(pred, "in"), *prep_objects(under, "in")):
            mention = self.resolver.mentions.at(token)
            if mention is not None and mention.actor.country:
                actor = mention.actor
                return [Actor(text=actor.text, name=actor.name, country=actor.country)]
        return []

    def unattributed(self, hit: Hit) -> tuple[list[Party], bool]:
        """The doer of violence (UNATTRIBUTED_ROOT_CUE) that the text names only by its means: the country or group
        named on the weapon ("killed in Israeli tank fire", "a missile fired by rebels"), else an unidentified
        armed force (UAF, no country yet; True) when a weapon does it ("a car bomb killed ...") or a passive
        names no doer ("two soldiers were killed in X"); fire "from" a country is by a force of that side (UAF
        with the country; False). Nothing for a killing told in a relative clause ("a town where ten people were
        killed": background) or done by someone the actors stage does not know."""
        pred = hit.pred
        if hit.pattern.kind != "verb" or hit.pattern.cameo[:2] not in cue("UNATTRIBUTED_ROOT_CUE") \
                or _in_relative(pred):
            return [], False
        doer = subject_of(pred) or next(iter(prep_objects(child_of(pred, "agent"), "by")), None)
        origin = self._origin(pred) if doer is None and hit.pattern.cameo[:2] in FIRED_ROOTS else None
        if origin is not None:
            return [Party(origin, inferred=True)], False
        if doer is not None:
            weapons = [doer] if is_weapon(doer) else []
            if not weapons:
                return [], False
        elif _undergone(pred):
            foes = self._foes(pred)
            if foes:
                return foes, False  # "were killed in a clash with Chinese troops": the troops' side
            weapons = [t for word in WEAPON_PREPS for t in prep_objects(pred, word) if is_weapon(t)]
            if not weapons and "dobj" not in hit.pattern.targets[:1]:
                return [], False  # "forces were engaged in ...": the passive subject is no victim
        else:
            return [], False
        for weapon in weapons:
            found = self._wielders(weapon)
            if found:
                return found, False
        words = self.doc[weapons[0].left_edge.i:weapons[0].i + 1].text if weapons else pred.text
        return [Party(Actor(text=words, agent=UNAFFILIATED), inferred=True)], True

    def _foes(self, pred: Token) -> list[Party]:
        """The other side of a fight (COMBAT_NOUN_CUE) the act's subject suffered in: "were killed *in a clash with*
        Y", "died *during fighting with* Y"."""
        for token in (t for word in ("in", "during") for t in prep_objects(pred, word)):
            if token.lemma_.lower() in cue("COMBAT_NOUN_CUE"):
                found = [p for t in prep_objects(token, "with") for p in self.resolver.parties(t)]
                if any(p.actor.country for p in found):
                    return found
        return []

    def _origin(self, pred: Token) -> Actor | None:
        """The armed force of the country fire came "from" when no doer is named ("a mortar bomb was fired at
        it *from the Gaza Strip*"): unidentified (UAF), but on that country's side."""
        for token in prep_objects(pred, "from"):
            place = self.resolver.place_named(token)
            if place is not None:
                return Actor(text=place.text, country=place.country, agent=UNAFFILIATED)
        return None

    def _wielders(self, weapon: Token) -> list[Party]:
        """Who a weapon names as its user: an actor on it ("*Israeli* tank fire") or a "by" phrase in its own
        words ("a missile believed to be fired *by rebels*")."""
        for token in (weapon, *(c for c in weapon.children if c.dep_ in ("compound", "amod"))):
            found = [Party(a) for a in self.resolver.all_direct(token)]
            if found:
                return found
        for token in weapon.subtree:
            if token.dep_ == "agent" or (token.dep_ == "prep" and token.lower_ == "by"):
                for obj in (c for c in token.children if c.dep_ == "pobj"):
                    found = [Party(a) for a in self.resolver.all_direct(obj)]
                    if found:
                        return found
        return []

    def targets(self, hit: Hit, source: Actor | None) -> list[Party]:
        """The target parties: the pattern's roles in order, then the object's relatives, then ``self``."""
        roles = hit.pattern.targets
        stateless: list[Party] = []  # parties with no country ("the peacekeepers"): kept only if none better
        for role in roles:
            if role == "inviter":
                found = self._inviter(source)
                if found:
                    return [Party(found, inferred=True)]
                continue
            if role == "act":
                found = self._act_parties(hit.pred, source)
                if found:
                    return found
                continue
            if role in ("between", "self"):
                continue
            tokens = role_tokens(hit, role)
            paired = [m for t in tokens for m in modifier_pair(t)] if role.endswith("prep:between") else []
            if paired:  # "between the Congolese government and M23 rebels": both parties
                joined = [p for t in (*paired, *tokens) for p in self.resolver.parties(t)]
                if any(p.actor.country for p in joined):
                    return joined
            for token in tokens:
                if self._home_place(token, source) or self._venue(hit, token, source):
                    continue
                parties = self.resolver.parties(token) or self._object_relatives(token, source)
                if any(p.actor.country for p in parties):
                    return parties
                if parties and "self" in roles and source is not None and source.country:  # "freed political
                    return [Party(replace(p.actor, country=source.country), inferred=True)  # prisoners": its own
                            for p in parties]
                if parties and not stateless:
                    stateless = parties
                    found = self._object_relatives(token, source)
                    if found:
                        return found
        spoken = hit.pattern.cameo[:2] in cue("SPOKEN_ROOT_CUE")  # "remarks in Doha": where, not whom
        if roles and hit.pattern.cameo[:2] in cue("DESTINATION_ROOT_CUE") \
                and (place := self._destination(hit.pred, source)) is not None:
            return [Party(place, where=True)]  # "travelled to Johannesburg for the BRICS summit": South Africa
        if roles and hit.obj is not None:
            found = self._object_relatives(hit.obj, source, place=not spoken)
            if found:
                return found
        if roles:  # "against" ("at" for force) names whom an act is aimed at, whatever the pattern lists
            aimed = AIMED_PREPS + (FORCE_AIMED_PREPS if hit.pattern.cameo[:2] in FORCE_ROOTS else ())
            for token in prep_objects_across((hit.pred, hit.obj), aimed):
                found = [p for p in self.resolver.parties(token) if p.actor.country]
                if found:
                    return found
        if roles and hit.pattern.cameo[:2] in cue("COUNTERPART_ROOT_CUE") \
                and (found := self._counterpart(hit.pred, source) or self._partner(hit.pred, source)):
            return found
        if stateless and hit.pattern.cameo[:2] in cue("HOME_ROOT_CUE"):
            return stateless  # "drove Rohingya into Bangladesh": the people driven out, not where they went
        if "self" in roles and source is not None and source.country and hit.pattern.cameo[:2] in cue("HOME_ROOT_CUE") \
                and object_of(hit.pred) is not None:  # people acted on at home, named by no party: not the place
            return [Party(self._home(source), inferred=True)]
        if roles and not spoken and (place := self._place(hit.pred, source)) is not None \
                and not any(self._venue(hit, t, source) for t in prep_objects(hit.pred, "in")):
            return [Party(place, where=True)]
        if roles and not stateless and not hit.pattern.symmetric and hit.pattern.cameo[:2] in STRUCK_ROOTS \
                and (place := self._struck(hit)) is not None:
            return [Party(place, where=True)]
        if roles and not stateless and not hit.pattern.symmetric \
                and (place := self._nested_place(hit, source, spoken=spoken)) is not None:
            return [Party(place, where=True)]
        if stateless:
            return stateless
        if "self" in roles and source is not None and source.country:
            return [Party(self._home(source), inferred=True)]
        return []

    def _counterpart(self, pred: Token, source: Actor | None) -> list[Party]:
        """The other side of talks or a quarrel (COUNTERPART_NOUN_CUE) told in the act's own phrase, after it:
        "called off the strike after *talks with the ministry*", "accepted a plan to end its *dispute with Y*"."""
        lemmas, nouns = view(pred.doc).lemma, string_ids(*cue("COUNTERPART_NOUN_CUE"))
        for i in range(pred.i + 1, pred.right_edge.i + 1):
            if lemmas[i] not in nouns:
                continue
            for token in prep_objects(pred.doc[i], "with"):
                found = [p for p in self.resolver.parties(token)
                         if p.actor.country and (source is None or _key(p.actor) != _key(source))]
                if found:
                    return found
        return []

    def _partner(self, pred: Token, source: Actor | None) -> list[Party]:
        """The other parties of a joint act whose "with" clause tells one party's share ("X and Y signed a deal,
        *with X promising* aid"): the share is given to the others of the act's joined subject."""
        if source is None or pred.dep_ != "pcomp" or pred.head.lower_ != "with" or pred.head.head.pos_ != "VERB":
            return []
        subject = subject_of(pred.head.head)
        if subject is None or not any(c.dep_ == "conj" for c in subject.children):
            return []
        return [p for p in self.resolver.parties(subject) if p.actor.country and p.actor.country != source.country]

    def _home(self, source: Actor) -> Actor:
        """The source's own country as a target it acts on at home, in the words of a bare mention of that country
        ("France") or else by its code: never in the source's own words, which would make it its own target."""
        named = next((m.actor.text for m in self.resolver.mentions.mentions
                      if m.actor.country == source.country and not m.actor.agent), source.country or "")
        return Actor(text=named, name=source.country, country=source.country)

    def _home_place(self, token: Token, source: Actor | None) -> bool:
        """Whether a place noun (HOME_PLACE_CUE) is only qualified by the doer's own country ("their withdrawal
        from the Bosnian town of X", said of Bosnian forces): a spot at home, not a party."""
        if source is None or not source.country or token.lemma_.lower() not in cue("HOME_PLACE_CUE") \
                or self.resolver.mentions.at(token) is not None:
            return False
        actor = self.resolver.direct(token)
        return actor is not None and actor.country == source.country and not actor.agent

    def _venue(self, hit: Hit, token: Token, source: Actor | None) -> bool:
        """Whether a protest's place "in" a foreign country only hosts it: a diaspora, people named by their
        nationality alone, marching abroad ("Iranians marched in Berlin") protests at their own country's affairs,
        not at their hosts (activists who travel to protest, "US activists staged a protest in Beijing", do)."""
        if hit.pattern.cameo[:2] != PROTEST_ROOT or source is None or not source.country or token.head.lower_ != "in" \
                or (source.agent or "").lower() not in {"", *cue("DIASPORA_AGENT_CUE")}:
            return False
        place = self.resolver.place_named(token) or self.resolver.direct(token)
        return place is not None and not place.agent and bool(place.country) and place.country != source.country

    def _pressed_by(self, pred: Token, source: Actor) -> list[Party]:
        """The doer of the latest protest or demand (PRESSURE_ROOT_CUE) told before ``pred`` (ANAPHOR_REACH) that was
        aimed at ``source``'s country: whom a concession or a refusal to yield answers."""
        last = self._latest_before(pred, cue("PRESSURE_ROOT_CUE"), lambda e: e.target is not None and bool(
            e.source.country) and e.target.country == source.country and _key(e.source) != _key(source))
        return [Party(last.source, inferred=True)] if last is not None else []

    def _defied(self, pred: Token, source: Actor) -> list[Party]:
        """The parties pressing ``source`` in a "despite" phrase on a refusal or on the act it refuses (DEFIED_CUE:
        "declined to resign *despite pressure by Y*", "rejected the plan despite Y's calls"): whom it answers."""
        for verb in (pred, *(c for c in pred.children if c.dep_ in ("xcomp", "ccomp"))):
            for noun in prep_objects(verb, "despite"):
                if noun.lemma_.lower() not in cue("DEFIED_CUE"):
                    continue
                doers = [c for c in noun.children if c.dep_ == "poss"] + [
                    t for prep in ("by", "from", "of") for t in prep_objects(noun, prep)]
                found = [p for t in doers for p in self.resolver.parties(t)
                         if p.actor.country and _key(p.actor) != _key(source)]
                if found:
                    return found
        return []

    def _site_country(self, pred: Token) -> Actor | None:
        """The country of the place named nearest to ``pred`` in its sentence ("students protested at *Istanbul*
        University", "police *in Nairobi* fired at protesters marching on parliament"), the country alone."""
        sent = pred.sent
        for token in sorted((t for t in sent if t.pos_ == "PROPN"), key=lambda t: abs(t.i - pred.i)):
            actor = self.resolver.place_named(token)
            if actor is not None and actor.country:
                return Actor(text=actor.text, name=actor.country, country=actor.country)
        return None

    def _destination(self, pred: Token, source: Actor | None) -> Actor | None:
        """The foreign country of the place (a city included) a trip goes ``to``."""
        for token in prep_objects(pred, "to"):
            actor = self.resolver.place_named(token)
            if actor is not None and actor.country and (source is None or actor.country != source.country):
                return actor
        return None

    def _act_agent(self, hit: Hit) -> Token | None:
        """The agent of a participle on a bargain (BROKERED_CUE) told on a coded act, for a pattern aimed at that act's
        parties ("released them in a deal *mediated by Y*": Y); other such participles ("victims killed by the
        crash") are description."""
        pred, agent = hit.pred, child_of(hit.pred, "agent")
        if "act" not in hit.pattern.targets or agent is None or pred.dep_ != "acl" or pred.tag_ != "VBN":
            return None
        noun, act = pred.head, pred.head.head.head
        told = noun.lemma_.lower() in cue("BROKERED_CUE") and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and act.pos_ == "VERB" and act.i in self.by_pred
        return child_of(agent, "pobj") if told else None

    def _act_parties(self, noun: Token, source: Actor | None) -> list[Party]:
        """The parties of the coded act an event noun tells the manner of through a preposition ("held talks *under
        Saudi mediation*", "exchanged prisoners *with the mediation of* Y"): whom the mediator mediates for."""
        if noun.dep_ == "acl" and noun.tag_ == "VBN" and noun.head.lemma_.lower() in cue("BROKERED_CUE"):
            noun = noun.head  # "released them in a deal *mediated* by Y": the deal's place
        prep = noun.head
        holder = prep.head if noun.dep_ == "pobj" and prep.dep_ == "prep" else None
        governing = None if holder is None else (  # the act whose object it hangs on: "held talks *under* ..."
            self.by_pred.get(holder.head.i) if holder.dep_ == "dobj" else None) or self.by_pred.get(holder.i)
        if governing is None or governing.pred.i == noun.i:
            return []
        found = [*self.sources(governing, None), *self.targets(governing, source)]
        return [p for p in found if p.actor.country and (source is None or p.actor.country != source.country)]

    def _place(self, pred: Token, source: Actor | None) -> Actor | None:
        """A foreign country named as where the act (or the act it is about) lands ("threatened to cut off power
        *to Armenia*", "sent troops *into Iraq*")."""
        comp = child_of(pred, "xcomp")
        for token in prep_objects_across((pred, comp), PLACE_TARGET_PREPS):
            actor = self.resolver.country_named(token)
            if actor is not None and (source is None or actor.country != source.country):
                return actor
        return None

    def _struck(self, hit: Hit) -> Actor | None:
        """The country of the place an attack hit, the attacker's own included: the place attacked itself ("shelled
        *Kharkiv*", "bombed *the city of Rafah*"), or one named right on the act or its object ("rebels exploded
        bombs *in the capital Kabul*"), or as what a place noun is ("the city *of* X")."""
        holders = tuple(dict.fromkeys((hit.pred, hit.obj, object_of(hit.pred))))  # the object, or its quantity noun
        attacked = tuple(t for t in holders[1:] if t is not None and t.dep_ == "dobj")
        aimed = (t for word in STRUCK_PREPS for holder in holders for t in prep_objects(holder, word))
        for token in (*attacked, *aimed):
            named_by = (c for c in token.children if c.dep_ in ("appos", "poss"))  # "the capital Kabul"
            for named in (token, *named_by, *prep_objects(token, "of")):  # "the city of Juba"
                place = self.resolver.place_named(named)
                if place is not None:
                    return place
        return None

    def _struck_people(self, hit: Hit, targets: list[Party], source: Actor) -> list[Party]:
        """Victims named with no country take that of the place the attack struck, or the attack the act follows
        as a participle ("shelled Kharkiv, *killing* three civilians": Ukrainian civilians), or else that of the
        party that attack was aimed at ("a camp of Congolese refugees was attacked, *killing* 50 people")."""
        head = self.by_pred.get(hit.pred.head.i) if hit.pred.dep_ in ("advcl", "conj") else None
        site = self._struck(hit) or (self._struck(head) if head is not None else None)
        if site is None and head is not None and head.pattern.cameo[:2] in STRUCK_ROOTS:
            site = next((p.actor for p in self.targets(head, source) if p.actor.country), None)
        if site is None or not site.country:
            return targets
        return [p if p.actor.country else Party(replace(p.actor, country=site.country), inferred=True)
                for p in targets]

    def _nested_place(self, hit: Hit, source: Actor | None, *, spoken: bool) -> Actor | None:
        """The country where what an act is about, or the spot it lands on, lies a few prepositions down:
        "claimed responsibility for an attack at a mall in Kenya's capital", "rioted at a jail in Israel".

        The source's own country (and, for statements, any country) only through what the act is about
        ("expressed sorrow *for* the shootings in South Carolina"), not where it was done.
        """
        frontier = [(t, False) for t in (hit.obj,) if t is not None]
        frontier += [(t, w in TOPIC_PREPS) for w in (*TOPIC_PREPS, "at") for t in prep_objects(hit.pred, w)]
        for _ in range(NESTED_DEPTH):
            found, frontier = self._placed(frontier, source, spoken=spoken)
            if found is not None:
                return found
        return None

    def _placed(self, frontier: list[tuple[Token, bool]], source: Actor | None, *, spoken: bool
                ) -> tuple[Actor | None, list[tuple[Token, bool]]]:
        """One step down from each token (and its participle or relative clause): a country reached, or the
        next tokens with whether the path went through what the act is about."""
        following: list[tuple[Token, bool]] = []
        for token, topic in frontier:
            heads = [token, *(c for c in token.children if c.dep_ in ("acl", "relcl"))]
            for word in (*TOPIC_PREPS, *WHERE_PREPS):
                for obj in (o for head in heads for o in prep_objects(head, word)):
                    about = topic or word in TOPIC_PREPS
                    actor = self.resolver.place_named(obj) or next(
                        (a for c in obj.children if c.dep_ == "poss" and (a := self.resolver.place_named(c))), None)
                    home = source is not None and actor is not None and actor.country == source.country
                    if actor is not None and (about or not (home or spoken)):
                        return actor, []
                    following.append((obj, about))
        return None, following

    def _object_relatives(self, obj: Token, source: Actor | None, *, place: bool = True) -> list[Party]:
        """Actors named on the object noun itself: "Iran's offer", "an Indian proposal", "a call by the UN";
        without ``place``, not a country it is "in"."""
        tokens = [c for c in obj.children if c.dep_ in OBJECT_RELATIVE_DEPS] + doers(obj) + hyphened_doers(obj)
        tokens += prep_objects_of(obj, OBJECT_TARGET_PREPS)
        for token in tokens:
            actor = self.resolver.direct(token)
            if actor is None or (source is not None and _key(actor) == _key(source)) or self._home_place(token, source):
                continue
            home = source is not None and actor.country == source.country
            if token.head.lower_ == "in" and (home or not place):
                continue  # "a ceasefire in south Lebanon" declared by a Lebanese party: a place, not a party
            where = token.head.lower_ in WHERE_PREPS
            return [Party(a, where=where) for a in (actor, *self._coordinated(token, actor, source))]
        return [Party(a) for t in between(obj)  # "host a meeting between X and Y"
                if (a := self.resolver.direct(t)) is not None and a.country and (source is None or
                                                                               a.country != source.country)]

    def _coordinated(self, token: Token, actor: Actor, source: Actor | None) -> list[Actor]:
        """The other parties "and"-joined to a party named on an object ("aid for Romania *and Poland*"), not those
        in a relative clause ("the group that seized parts of Iraq and Syria")."""
        out: list[Actor] = []
        for conj in token.conjuncts:
            other = self.resolver.direct(conj)
            if other is None or not other.country or _in_relative(conj):
                continue
            if _key(other) not in {_key(a) for a in (actor, *out, *((source,) if source else ()))}:
                out.append(other)
        return out

    def _inviter(self, source: Actor | None) -> Actor | None:
        if source is None:
            return None
        for event in reversed(self.events):
            if event.cameo == "036" and event.target is not None and event.target.country == source.country:
                return event.source
        return None

    def code(self, hit: Hit, others: set[int], *, inner: Hit | None = None) -> list[EventMatch]:
        """The events of one hit (none when it has no source, or is not asserted at all).

        ``inner`` is the event hit in the complement of a stance verb ("urged Y to *withdraw*"): it refines
        the code and, when the stance verb names no target, gives it (the party asked, or the event's target).
        """
        pred, pattern, obj = hit.pred, hit.pattern, hit.obj
        cameo, rule = pattern.cameo, pattern.id
        said, speaker = attribution(pred)
        if not self._has_doer(hit, speaker):
            return []  # most hits that yield nothing have no doer: known before their factuality is read
        extra = tuple(t for t in (obj,) if t is not None)
        fact = factuality(pred, extra=extra, reported=speaker is not None)
        if pattern.kind == "noun" and (joint := _joint_setting(pred)) is not None:
            fact = factuality(joint.head, reported=speaker is not None)  # the talks are as real as the act done there
        if fact is None and _side_participle(pred):  # "urged Y to ..., *condemning* the move": said, not urged
            fact = factuality(pred.head, reported=speaker is not None)
        if fact is None or (cameo == DEPARTURE and _object_predicate(pred, obj)) or _told(hit) \
                or (cameo[:2] == CONSULT_ROOT and _names_object(pred)):
            return []
        if fact[0] == "negated" and inner is None and obj is not None \
                and obj.lemma_.lower() in cue("SETTLEMENT_CUE") and (unmade := derive("negated", cameo)):
            cameo, rule = unmade, f"{rule}>unmade"  # "did not reach agreement": no settlement made (057 negated)
        if fact[0] == "future" and stance_of(cameo) and (fact[1] or "").lower() in cue("FUTURE_TIME_CUE"):
            fact = ("asserted", None)  # "pledged aid for the next four years": the time is the aid's, not the pledge's
        sources = self.sources(hit, speaker)
        reciprocal = _reciprocal(hit)
        if reciprocal is not None:  # "X and Y accused each other", "each side blamed the other": both ways
            if len({_key(s.actor) for s in sources}) < 2:
                sources = self.resolver.sides(reciprocal)
            if len({_key(s.actor) for s in sources}) < 2:  # two parties of one country ("the army and the RSF")
                sources = self._last_parties(reciprocal)
            if len({_key(s.actor) for s in sources}) < 2:
                return []
        unattributed = False
        if not sources:  # a doer there is (_has_doer): the one the text names only by its means
            sources, unattributed = self.unattributed(hit)
            rule += UNATTRIBUTED if unattributed else ""
        targets = [] if reciprocal is not None else self.targets(hit, sources[0].actor)
        if pred.lemma_.lower() in cue("FOREIGN_OWNED_CUE") \
                and all(p.actor.country == sources[0].actor.country for p in targets):
            targets = self._other_owner(pred, sources[0].actor) or targets
        if pattern.givers:  # "received arms from Y": Y is the source, the receiver the target
            sources, targets = self._givers(hit), sources
            if not sources:
                return []
        if inner is not None:
            refined = derive(stance_of(cameo) or "", inner.pattern.cameo)
            if refined and (refined[:2] == cameo[:2] or _menace(cameo, refined)) and len(refined) >= len(cameo):
                cameo, rule = refined, f"{rule}+{inner.pattern.id}"
            if not targets:
                targets = self._inner_targets(inner, sources[0].actor, threat=cameo[:2] == THREAT_ROOT)
        elif not targets and stance_of(cameo) is not None:
            comp, first = complement(pred), sources[0].actor  # "demanded that Y cancel its plans": Y
            targets = self._asked(comp, first) if comp is not None else self._demanded_of(hit, first)
        if _verbal(cameo) and (not any(p.actor.country for p in targets)  # "condemned *the attack*": its doer
                               or _self_aimed(hit, targets, sources)):  # "condemned *it*", read as the speaker
            targets = self._referred(hit, sources[0].actor) or targets
        if cameo[:2] in cue("RECIPIENT_ROOT_CUE") and not any(p.actor.country for p in targets):
            targets = self._last_addressed(pred, sources[0].actor) or targets  # "consoled Y and sent aid": to Y
        if cameo[:2] == THREAT_ROOT and _weak(targets):  # "threatened a strike unless Y ...": Y, not themselves
            targets = self._conditioned(pred, sources[0].actor) or targets
        if cameo == NO_COMMENT and not targets:  # "Y asked X to ..., and X declined to comment": to Y
            targets = self._answered(pred, "ASKED_ROOT_CUE", sources[0].actor)
        if cameo == DENIAL and not targets:  # "Y accused X of ..., and X denied that it ...": to Y
            targets = self._answered(pred, "ACCUSED_ROOT_CUE", sources[0].actor)
        if cameo in RELEASE_APPEALS and all(p.actor.country == sources[0].actor.country for p in targets):
            targets = self._answered(pred, "HELD_ROOT_CUE", sources[0].actor) or targets  # "urged his release"
        if cameo == AVOWAL and not targets:  # "...; al-Shabaab claimed responsibility": for the attack just told
            targets = self._last_struck(pred)
        if cameo[:2] in cue("RESPONSE_ROOT_CUE") and all(p.actor.country == sources[0].actor.country for p in targets):
            targets = self._provoked(pred, sources[0].actor) or targets
        if cameo[:2] in cue("ANSWER_ROOT_CUE") and all(p.actor.country == sources[0].actor.country for p in targets):
            targets = self._answered(pred, "PROVOKING_ROOT_CUE", sources[0].actor) \
                or self._conditioned(pred, sources[0].actor) or targets  # "would respond in kind (if Y ...)"
        if (cameo[:2] in FORCE_ROOTS or cameo[:2] in cue("HOME_ROOT_CUE")) and _weak(targets):
            targets = self._aimed_by_purpose(pred, sources[0].actor) or targets
        if cameo[:2] in STRUCK_ROOTS and any(not p.actor.country for p in targets):
            targets = self._struck_people(hit, targets, sources[0].actor)
        if cameo[:2] in cue("SHARED_TARGET_ROOT_CUE") and not pattern.require_target \
                and not any(p.actor.country for p in targets):
            targets = self._shared_target(pred, sources[0].actor) or targets  # "condemned X and ordered an inquiry"
        if cameo[:2] in FORCE_ROOTS and _weak(targets):  # "would cut off aid to Y and could take military action"
            targets = self._conjoined(pred, sources[0].actor) or targets
        if pattern.targets and not any(p.actor.country for p in targets) and _purpose(pred, others):
            targets = self._purposed(pred, sources[0].actor) or targets
        if cameo[:2] == REFUSE_ROOT and all(p.actor.country == sources[0].actor.country for p in targets):
            targets = self._defied(pred, sources[0].actor) or targets  # "declined despite calls by Y": to Y
        if cameo[:2] == YIELD_ROOT and not any(p.actor.country for p in targets):  # "...; he said he would not
            targets = self._pressed_by(pred, sources[0].actor) or (  # resign": to the crowds that demand it
                targets if cameo[:3] == ACCEDE else [])  # "accepted demands from rebels": the rebels, whoever they are
        if cameo[:2] == PROTEST_ROOT and not any(p.actor.country for p in (*sources, *targets)) \
                and (home := self._site_country(pred)) is not None:  # "students protested at Istanbul University"
            sources = [Party(replace(s.actor, country=home.country), inferred=True) for s in sources]
            targets = [Party(replace(t.actor, country=home.country), inferred=True) for t in targets] or [
                Party(home, inferred=True)]
        # "X and Y agreed to hold joint exercises": the pledge is as mutual as the act pledged
        mutual = (inner is not None and inner.pattern.symmetric and stance_of(pattern.cameo) == "intent"
                  and len(sources) > 1)
        if _among(targets, sources) or reciprocal is not None:  # "X and Y agreed to allow access": each is the
            targets, mutual = [], True  # other's partner
        if cameo == TERRITORY_SEIZURE[0] and obj is not None and obj.pos_ == "PROPN" \
                and self.resolver.place_named(obj) is not None:
            cameo, rule = TERRITORY_SEIZURE[1], f"{rule}>territory"
        if cameo == JOINT_EXERCISE[0] and not targets and len({s.actor.country for s in sources} - {None, ""}) > 1:
            cameo, rule, mutual = JOINT_EXERCISE[1], f"{rule}>joint", True
        sides = {s.actor.country for s in sources}
        if (pattern.symmetric or mutual) and len({_key(s.actor) for s in sources}) > 1 and targets \
                and all(t.where or t.actor.country in sides | {None, ""} for t in targets):
            targets = []  # "X and Y held talks in Caracas", "discussed Y's troops": each is the other's partner
        hosted = obj is not None and bool(between(obj)) and not between(pred)  # "host talks between X and Y"
        placed = any(t.where for t in targets)  # "met in Zurich": Zurich met nobody
        pairs = _pairs(sources, targets, symmetric=(pattern.symmetric or mutual) and not hosted and not placed,
                       held=_held(cameo, fact[0], pred))
        if pattern.symmetric and all(t.where for t in targets) and len(sources) == 1 and _both_sides(subject_of(pred)):
            pairs = [(sources[0].actor, sources[0].actor, True)]  # "Libya's two rival factions signed": both Libyan
        if pattern.require_target or (pattern.kind == "noun" and self._owner(pred) is not None):
            pairs = [p for p in pairs if p[1] is not None]  # an owned deed hitting nobody named: the claim tells it
        if not unattributed and cameo[:2] in cue("UNATTRIBUTED_ROOT_CUE") and all(
                s.actor.agent == UNAFFILIATED and not s.actor.country for s in sources):
            unattributed = True  # "gunmen killed ...": a force no side is named for, like one the text does not name
        if unattributed:  # the victims make the event; resolve gives both sides the country of its site
            pairs = [p for p in pairs if p[1] is not None]
        else:
            pairs = [p for p in pairs if _anchored(p[0], p[1], noun=pattern.kind == "noun")]
        sent = pred.sent
        evidence, span = self.evidence(sent)
        tokens = [pred, *hit.nodes.values()]
        trigger = (min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens))
        clause = clause_ranges(pred, others)
        out = []
        for source, target, inferred in pairs:
            if target is not None and not pattern.symmetric and not unattributed:  # meetings and talks: countries
                source, target, localized = _localize(source, target, home=cameo[:2] in cue("HOME_ROOT_CUE"))
                inferred = inferred or localized
            code, suffix = _recoded(cameo, source, target, moved=obj is not None)
            confidence = (0.45 + 0.07 * pattern.specificity + (0.15 if target else 0.0)
                          - (0.1 if inferred else 0.0))
            out.append(EventMatch(
                sentence=self.sent_index[sent.start], evidence=evidence, span=span,
                trigger=trigger, source=source, target=target, cameo=code, factuality=fact[0],
                rule=rule.removesuffix(UNATTRIBUTED) + suffix + (UNATTRIBUTED if unattributed else ""),
                cue=fact[1], attribution=said, confidence=round(min(confidence, 0.95), 2),
                clause=clause))
        act = self._charged_act(pred) if cameo[:2] in cue("ACCUSED_ROOT_CUE") else None
        self.charged.update((id(e), act) for e in out if act is not None)
        self.events.extend(out)
        return out

    def _referred(self, hit: Hit, source: Actor) -> list[Party]:
        """Whom a statement about an anaphoric event noun is aimed at: the doer of the act the noun refers back to
        ("X shelled Y, and the UN condemned *the attack*": X), else the target of the act a participle statement
        hangs on ("X urged Y to reopen the crossing, *condemning the decision* to close it": Y)."""
        noun = _anaphor(hit, self.resolver)
        if noun is None and _act_pronoun(hit) is not None:  # "X launched a missile, and Y condemned *it*": X
            return self._latest_doer(hit.pred, cue("ANAPHOR_ACT_ROOT_CUE"), source)
        if noun is None:  # "banned imports from Y, *calling the discharge reckless*": a judgement of Y's deed
            return self._adjunct_targets(hit.pred, source) if _judged(hit) is not None else []
        return self._antecedent(hit.pred, noun, source) or self._adjunct_targets(hit.pred, source)

    def _antecedent(self, pred: Token, noun: Token, source: Actor) -> list[Party]:
        """The doer of the latest act of the noun's kind (ANAPHOR_*_CUE) told before the statement, in its sentence
        or the ANAPHOR_REACH before it, unless it is the speaker's own country."""
        return self._latest_doer(pred, _anaphor_roots(noun), source)

    def _latest_doer(self, pred: Token, roots: frozenset[str], source: Actor) -> list[Party]:
        """The doer of the latest act of ``roots`` told before ``pred`` (ANAPHOR_REACH) by another side than
        ``source`` (:func:`_other_side`)."""
        last = self._latest_before(pred, roots, lambda e: _other_side(e.source, source))
        return [Party(last.source, inferred=True)] if last is not None else []

    def _latest_before(self, token: Token, roots: frozenset[str], keep: Callable[[EventMatch], bool], *,
                       reach: int = ANAPHOR_REACH) -> EventMatch | None:
        """The latest event of ``roots`` coded before ``token``, in its sentence or the ``reach`` before it, that
        ``keep`` accepts: what an anaphor, a repeated act or an answer refers back to."""
        here = self.sent_index[token.sent.start]
        earlier = [e for e in self.events if here - reach <= e.sentence <= here and e.cameo[:2] in roots
                   and (e.sentence < here or e.trigger[0] < token.idx) and keep(e)]
        return max(earlier, key=lambda e: (e.sentence, e.trigger), default=None)

    def _last_addressed(self, pred: Token, source: Actor) -> list[Party]:
        """The foreign target of the latest friendly act (ADDRESSED_ROOT_CUE) its source did earlier in the sentence
        ("offered condolences to Y after the quake and said it was ready to send help": help to Y)."""
        last = self._latest_before(pred, cue("ADDRESSED_ROOT_CUE"), lambda e: e.target is not None and bool(
            e.target.country) and e.source.country == source.country != e.target.country, reach=0)
        return [Party(last.target, inferred=True)] if last is not None else []

    def _answered(self, pred: Token, roots: str, source: Actor) -> list[Party]:
        """The doer, in another country, of the latest act of the ``roots`` class aimed at ``source``'s country before
        ``pred``, in its sentence or the ANAPHOR_REACH before it: whom a refusal to comment (the request,
        ASKED_ROOT_CUE), a denial (the charge, ACCUSED_ROOT_CUE) or a release appeal (the arrest or abduction,
        HELD_ROOT_CUE) answers."""
        last = self._latest_before(pred, cue(roots), lambda e: e.target is not None and bool(
            e.source.country) and e.target.country == source.country != e.source.country)
        return [Party(last.source, inferred=True)] if last is not None else []

    def _adjunct_targets(self, pred: Token, source: Actor) -> list[Party]:
        """The foreign target of the coded act a participle clause hangs on ("called on Y to ..., condemning ...")."""
        governing = self.by_pred.get(pred.head.i) if pred.dep_ == "advcl" and pred.tag_ == "VBG" else None
        if governing is None:
            return []
        return [p for p in self.targets(governing, source) if p.actor.country and p.actor.country != source.country]

    def repeated(self, verb: Token) -> list[EventMatch]:
        """"Y took the same step" (REPEAT_CUE verb, SAME_CUE on an ANAPHOR_ACT_CUE object): Y does, to the same
        target, the latest act told before (ANAPHOR_ACT_ROOT_CUE roots, this sentence or the ANAPHOR_REACH before)
        by another country."""
        loose = [t for c in verb.children for t in (c, *c.children) if t.dep_ == "npadvmod"]  # "the same step earlier"
        acts, same = cue("ANAPHOR_ACT_CUE"), cue("SAME_CUE")
        noun = next((t for t in (object_of(verb), *loose) if t is not None and t.lemma_.lower() in acts
                     and any(c.dep_ == "amod" and c.lemma_.lower() in same for c in t.children)), None)
        if noun is None:
            return []
        fact = factuality(verb)
        doers = [p.actor for p in self.resolver.parties(subject_of(verb)) if p.actor.country]
        if fact is None or not doers:
            return []
        countries = {d.country for d in doers}
        last = self._latest_before(verb, cue("ANAPHOR_ACT_ROOT_CUE"),
                                   lambda e: bool(e.source.country) and e.source.country not in countries)
        if last is None:
            return []
        evidence, span = self.evidence(verb.sent)
        out = [replace(last, sentence=self.sent_index[verb.sent.start], evidence=evidence, span=span,
                       trigger=_spanning(verb, noun), source=doer, factuality=fact[0], cue=fact[1],
                       rule=f"{last.rule}>same", attribution=attribution(verb)[0], clause=clause_ranges(verb, set()))
               for doer in doers if last.target is None or doer.country != last.target.country]
        self.events.extend(out)
        return out

    def _last_parties(self, token: Token) -> list[Party]:
        """The last two parties with a country named before a token, told apart by country and agent."""
        found: dict[tuple, Actor] = {}
        for mention in self.resolver.mentions.before(token.idx):
            if mention.actor.country and "person" not in mention.rule:
                found.setdefault(_key(mention.actor)[:2], mention.actor)
            if len(found) == 2:
                return [Party(a, inferred=True) for a in found.values()]
        return []

    def _other_owner(self, pred: Token, source: Actor) -> list[Party]:
        """The party an object's "its"/"their" stands for when it cannot be the doer's own ("expelled one of *its*
        diplomats", FOREIGN_OWNED_CUE): the nearest earlier party of another country."""
        obj = object_of(pred)
        for token in obj.subtree if obj is not None else ():
            if token.tag_ != "PRP$" or token.lower_ not in ("its", "their"):
                continue
            for mention in self.resolver.mentions.before(token.idx):
                actor = mention.actor
                if actor.country and actor.country != source.country and "person" not in mention.rule:
                    return [Party(actor, inferred=True)]
        return []

    def _givers(self, hit: Hit) -> list[Party]:
        """The source of a pattern read the other way round: the first of its ``source`` roles naming a party."""
        for role in hit.pattern.givers:
            for token in role_tokens(hit, role):
                found = self.resolver.parties(token)
                if found:
                    return found
        return []

    def _conjoined(self, pred: Token, source: Actor) -> list[Party]:
        """The foreign target of a hostile act (roots from 13) "and"-joined to ``pred`` under the same subject
        ("would cut off all aid to Y and could take military action": against Y)."""
        for verb in pred.conjuncts:
            other = self.by_pred.get(verb.i)
            if other is None or other.pattern.cameo[:2] < THREAT_ROOT or _own_subject(pred, verb):
                continue
            found = [p for p in self.targets(other, source) if p.actor.country and p.actor.country != source.country]
            if found:
                return [replace(p, inferred=True) for p in found]
        return []

    def _shared_target(self, pred: Token, source: Actor) -> list[Party]:
        """The targets with a country of the act coded on a verb "and"-joined before ``pred`` under the same subject
        ("condemned the killings and ordered an investigation", "ended its pact with Y and proposed new talks")."""
        for verb in pred.conjuncts:
            other = self.by_pred.get(verb.i)
            if other is None or _own_subject(pred, verb):
                continue
            found = [Party(e.target, inferred=True) for e in self.events if _coded_from(e, other)
                     and e.target is not None and e.target.country and _key(e.target) != _key(source)]
            if found:
                return found
        return []

    def _purposed(self, pred: Token, source: Actor) -> list[Party]:
        """The parties of the act an event is the purpose of ("telephoned Y *to discuss* trade", "sent troops
        to Y *to investigate*"), when the purpose names none with a country itself."""
        governing = self.by_pred.get(pred.head.i)
        if governing is None:
            return []
        return [p for p in self.targets(governing, source) if p.actor.country and _key(p.actor) != _key(source)]

    def _aimed_by_purpose(self, pred: Token, source: Actor) -> list[Party]:
        """The target of the act a protest or a use of force is done for ("used tear gas *to disperse* protesters",
        "blocked a road *to show their disapproval of* Y's policies"): that act's target when it is coded, else
        whom its object names."""
        for clause in pred.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.i < pred.i \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            purpose, obj = self.by_pred.get(clause.i), object_of(clause)
            coded = self.targets(purpose, source) if purpose is not None else []
            named = (self.resolver.parties(obj) or self._object_relatives(obj, source)) if obj is not None else []
            for found in (coded, named):
                found = [p for p in found if _key(p.actor) != _key(source) and not p.inferred]
                if found:
                    return found
        return []

    def _last_struck(self, claim: Token) -> list[Party]:
        """The country hit by the last violent act coded in this sentence or the one before: what a claim of
        responsibility naming no deed is about (its target, else the first country named as a place before the
        claim in that act's sentence: "two car bombs killed 100 people *in Mogadishu*; X claimed responsibility")."""
        here = self.sent_index[claim.sent.start]
        for event in reversed(self.events):
            if event.sentence < here - 1:
                break
            if event.cameo[:2] not in cue("UNATTRIBUTED_ROOT_CUE") or event.target is None:
                continue
            if event.target.country:
                return [Party(event.target, inferred=True)]
            sent = self.sents[event.sentence]
            for token in self.doc[sent.start:min(sent.end, claim.i)]:
                place = self.resolver.place_named(token)
                if place is not None:
                    return [Party(place, inferred=True, where=True)]
        return []

    def _provoked(self, pred: Token, source: Actor) -> list[Party]:
        """Whom a show of force or a threat answers: the foreign subject of its "after" clause ("raised its alert
        level *after North Korea* fired missiles"), else of the clause it is coordinated after ("*Israel* struck
        sites in Iran, and Tehran vowed a response")."""
        marks = cue("RESPONSE_MARK_CUE")
        clauses = [c for c in pred.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                                                          for m in c.children)]
        if pred.dep_ == "conj" and pred.head.pos_ == "VERB":
            clauses.append(pred.head)
        for clause in clauses:
            found = [p for p in self.resolver.parties(subject_of(clause))
                     if p.actor.country and p.actor.country != source.country]
            if found:
                return found
        return []

    def _conditioned(self, pred: Token, source: Actor) -> list[Party]:
        """Who must meet a threat's condition: the subject of its "if" / "unless" clause ("threatened to
        stop talks *if the United States* deploys missiles")."""
        for verb in (pred, *filter(None, (complement(pred),))):
            for clause in verb.children:
                if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                                                  for c in clause.children):
                    found = [p for p in self.resolver.parties(subject_of(clause))
                             if p.actor.country and p.actor.country != source.country]
                    if found:
                        return found
        return []

    def _inner_targets(self, inner: Hit, source: Actor, *, threat: bool = False) -> list[Party]:
        """The target of a stance taken from its complement event: who is asked to act, else that act's target.
        A threat's own side doing the act ("Gazprom warned *Russia* may cut gas to Moldova") is not its target."""
        asked = self._asked(inner.pred, source)
        if threat:
            asked = [p for p in asked if p.actor.country != source.country]
        return asked or [p for p in self.targets(inner, source) if _key(p.actor) != _key(source)]

    def _demanded_of(self, hit: Hit, source: Actor) -> list[Party]:
        """Who is to act in a that-clause on the stance's own noun ("insisted on its demand *that Y* withdraw",
        "repeated its call that Y resign")."""
        nouns = [t for t in (hit.obj, *prep_objects(hit.pred, hit.pattern.prep or "")) if t is not None]
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") \
                        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    found = self._asked(clause, source)
                    if found:
                        return found
        return []

    def _asked(self, verb: Token, source: Actor) -> list[Party]:
        """Who is to do the complement ``verb`` of a stance, unless it is the stance's own source."""
        return [p for p in self.resolver.parties(subject_of(verb)) if _key(p.actor) != _key(source)]

    def announced(self, hit: Hit, found: list[EventMatch]) -> list[EventMatch]:
        """What announcing an event says now: an intent, threat or refusal; an obligation is a demand."""
        out: list[EventMatch] = []
        # by name, not country: a country-less announcer may have been given one at home ("the party will ...")
        stated_by = {_key(p.actor)[1:] for p in self.sources(hit, attribution(hit.pred)[1])}
        for event in found:
            if _key(event.source)[1:] not in stated_by:
                continue  # "X will meet Y": X announced it, not Y (unless "X and Y will meet")
            stance = announcement_stance(event.factuality, hit.pred, cameo=event.cameo)
            code = derive(stance, event.cameo) if stance else None
            if code:
                out.append(replace(event, cameo=code, factuality="asserted", rule=f"{event.rule}>{stance}"))
        unique: dict[tuple, EventMatch] = {}
        for event in out:
            one_way = event.cameo[:2] in ("12", "13") and (event.target, event.source, event.cameo) in unique
            if not one_way:
                unique.setdefault((event.source, event.target, event.cameo), event)
        self.events.extend(unique.values())
        return list(unique.values())

    def accusation(self, hit: Hit, found: list[EventMatch]) -> list[EventMatch]:
        """"X said Y shelled the town": besides the act (``found``), an accusation of Y by X (derived.tsv, `claim`
        rows); the doer is the act's subject, else the source its event was given. "X claimed it had shelled Y":
        X owns the act, a claim of responsibility towards its target (`avow` rows)."""
        claim = (claimant(hit.pred) or self._monitor(hit.pred)) if hit.pattern.kind == "verb" else None
        code = derive("claim", hit.pattern.cameo) if claim is not None else None
        owns = claim is not None and claim.head.lemma_.lower() in cue("AVOW_CUE")
        own = derive("avow", hit.pattern.cameo) if owns else None
        alleged = claim is not None and _alleged(hit.pred, claim.head)  # the act is not asserted; the claim is
        fact = factuality(claim.head if alleged else hit.pred, reported=True) if code or own else None
        if fact is None or fact[0] != "asserted":
            return []
        told_by = self.resolver.parties(claim) or self._author(claim, speaker=None)  # "a report by X": X
        accusers = [p.actor for p in told_by if p.actor.country]
        doers = [p.actor for p in self.sources(hit, claim)] or [e.source for e in found]
        doers = [d for i, d in enumerate(doers) if d.country and d.country not in {x.country for x in doers[:i]}]
        sent, said = hit.pred.sent, attribution(hit.pred)[0]
        pairs = [(a, d, code, "claim") for a in accusers for d in doers if code and a.country != d.country]
        owned = {(a, e.target): (a, e.target, own, "avow") for a in accusers for e in found
                 if own and e.target is not None and e.source.country == a.country != e.target.country}
        out = [EventMatch(sentence=self.sent_index[sent.start], evidence=self.evidence(sent)[0],
                          span=self.evidence(sent)[1], trigger=_spanning(claim.head, hit.pred),
                          source=a, target=d, cameo=c, factuality="asserted", rule=f"{c}.{kind}>{hit.pattern.id}",
                          cue=claim.head.text, attribution=said, confidence=0.5, clause=clause_ranges(hit.pred, set()))
               for a, d, c, kind in (*pairs, *owned.values())]
        self.charged.update((id(e), hit) for e in out if e.cameo[:2] in cue("ACCUSED_ROOT_CUE"))
        self.events.extend(out)
        return out

    def _charged_act(self, pred: Token) -> Hit | None:
        """The coded act an accusation verb charges its target with ("accused Y *of arming* the rebels", "alleged
        that Y *shelled* Z"), or None."""
        acts = [self.by_pred.get(t.i) for t in (*prep_objects(pred, "of"), complement(pred)) if t is not None]
        return next((a for a in acts if a is not None), None)

    def disowned(self, hit: Hit, found: list[EventMatch]) -> list[EventMatch]:
        """Besides a denial (016) of a charge noun or of a share in an act, the act denied, its denier the doer,
        negated: "Y accused X of arming the rebels. X denies *the charge*" (DENIED_CHARGE_CUE: the act of the latest
        charge aimed at X), "X denied any *role in* the abduction of Z" (DENIED_SHARE_CUE, an event noun: that act).
        The target is the act's own, else that of the act charged; none found, the denial stays alone."""
        denial = next((e for e in found if e.cameo == DENIAL and e.factuality == "asserted" and e.source), None)
        if denial is None or hit.obj is None:
            return []
        denier, lemma = denial.source, hit.obj.lemma_.lower()
        charge = self._charge_against(hit.pred, denier)
        charged = self.charged.get(id(charge)) if charge is not None else None
        act = _shared_act(hit.obj, self.by_pred) if lemma in cue("DENIED_SHARE_CUE") else (
            charged if lemma in cue("DENIED_CHARGE_CUE") else None)
        if act is None:
            return []
        targets = self._foreign(self.targets(act, denier), denier)
        if not targets and charged is not None and charged.pattern.cameo[:2] == act.pattern.cameo[:2]:
            targets = self._foreign(self.targets(charged, denier), denier)  # "the attack": the one charged
        if not targets and act is not charged:  # "any role in *his* abduction": the party named on the noun
            targets = self._foreign(self.resolver.parties(act.pred), denier)
        if not targets:
            return []
        out = [replace(denial, target=t, cameo=act.pattern.cameo, factuality="negated", cue=hit.pred.text,
                       rule=f"{act.pattern.cameo}.disowned>{act.pattern.id}") for t in targets[:1]]
        self.events.extend(out)
        return out

    def _charge_against(self, pred: Token, denier: Actor) -> EventMatch | None:
        """The latest accusation (ACCUSED_ROOT_CUE) aimed at ``denier`` (itself, or its country by another one)
        before ``pred``, in its sentence or the ANAPHOR_REACH before it."""
        return self._latest_before(pred, cue("ACCUSED_ROOT_CUE"), lambda e: e.target is not None and (
            _key(e.target) == _key(denier)
            or (bool(e.source.country) and e.target.country == denier.country != e.source.country)))

    @staticmethod
    def _foreign(parties: list[Party], denier: Actor) -> list[Actor]:
        """The actors of ``parties`` with a country that are not ``denier`` itself."""
        return [p.actor for p in parties if p.actor.country and _key(p.actor) != _key(denier)]

    def _monitor(self, pred: Token) -> Token | None:
        """The speaker of a report told after the news ("..., the UN said", "..., according to a report by UN
        experts") when it is an international monitor (MONITOR_CUE): its report of another party's violence is an
        accusation, not only a source."""
        speaker = attribution(pred)[1]
        if speaker is None or speaker.i < pred.i:
            return None
        parties = self.resolver.parties(speaker) or self._author(speaker, speaker=None)  # "a report by X"
        monitors = cue("MONITOR_CUE")
        return speaker if parties and all((p.actor.country or "").lower() in monitors for p in parties) else None

    def obligation(self, verb: Token, inner: Hit | None) -> list[EventMatch]:
        """"X said Y must withdraw": a demand of X on Y (10x, refined by the event Y must do, if coded)."""
        modal = obliged(verb)
        said, speaker = attribution(verb)
        warned = verb.dep_ == "acl" and verb.head.lemma_.lower() in cue("ADMONITION_CUE")
        if modal is None or (not warned and (speaker is None or verb.dep_ != "ccomp")):
            return []
        if warned:  # "X issued a reminder to Y that it must cooperate": X's demand on Y
            sources = self._author(verb.head, speaker=None)
            targets = [p for t in prep_objects(verb.head, "to") for p in self.resolver.parties(t)]
            targets = targets or self.resolver.parties(subject_of(verb))
        else:
            sources = self.resolver.parties(speaker)  # "Y must withdraw", "Y is obliged to withdraw"
            targets = self.resolver.parties(subject_of(verb) or child_of(verb, "nsubjpass"))
        code = derive("demand", inner.pattern.cameo) if inner is not None else None
        rule = f"100.must>{inner.pattern.id}" if inner is not None else "100.must"
        fact = factuality(verb.head)
        if not sources or not targets or fact is None:
            return []
        sent = verb.sent
        out = [EventMatch(sentence=self.sent_index[sent.start], evidence=self.evidence(sent)[0],
                          span=self.evidence(sent)[1], trigger=(modal.idx, verb.idx + len(verb)),
                          source=s.actor, target=t.actor,
                          cameo=code or "100", factuality=fact[0], rule=rule, cue=modal.text, attribution=said,
                          confidence=0.5, clause=clause_ranges(verb, set()))
               for s in sources for t in targets if _key(s.actor) != _key(t.actor)]
        self.events.extend(out)
        return out


def _spanning(first: Token, second: Token) -> tuple[int, int]:
    """The character span from the earlier of two tokens to the end of the later."""
    start, end = sorted((first, second), key=lambda t: t.i)
    return start.idx, end.idx + len(end)


def _anchored(source: Actor, target: Actor | None, *, noun: bool) -> bool:
    """Whether an event names someone identifiable: a source with a country, or else a target with one.

    An event noun needs a source with a country ("the sacred battle of the forces" is no event).
    """
    if source.country:
        return True
    return not noun and target is not None and bool(target.country)


def _localize(source: Actor, target: Actor, *, home: bool) -> tuple[Actor, Actor, bool]:
    """Give a country-less party the country of the state forces it deals with at home; True if one was given.

    With ``home`` (acts mostly done at home: protest, repression), a country-less group acting on a country
    or its state is taken to be from there ("the opposition party will boycott Algeria's elections").
    """
    if _domestic(source, target, acted_on=True) or _home_state(source, target):
        return source, replace(target, country=source.country), True
    if _domestic(target, source, acted_on=False) or (
            home and not source.country and source.agent and target.country and not _foreign(target)):
        return replace(source, country=target.country), target, True
    return source, target, False


def _foreign(actor: Actor) -> bool:
    """Whether an actor with a country is not its state or the country itself (an opposition, a people)."""
    return bool(actor.agent) and actor.agent.lower() not in cue("DOMESTIC_AGENT_CUE")


def _domestic(source: Actor, target: Actor, *, acted_on: bool) -> bool:
    """Whether a country-less non-state ``target`` is at home with a state ``source`` ("police dispersed protesters").

    Called both ways: a country-less non-state group acting on state forces is at home too ("rioters stoned
    police"); a country-less party acted on (``acted_on``) by state forces may be a state body itself.
    """
    state = cue("DOMESTIC_AGENT_CUE")
    return (not target.country and bool(target.agent) and (acted_on or target.agent.lower() not in state)
            and bool(source.country) and (source.agent or "").lower() in state)


def _home_state(source: Actor, target: Actor) -> bool:
    """Whether a country-less state body is dealt with by a national non-state group of its own country
    ("Venezuela's opposition leader appealed to *the armed forces*")."""
    state = cue("DOMESTIC_AGENT_CUE")
    return (not target.country and (target.agent or "").lower() in state and bool(source.agent)
            and source.agent.lower() not in state and source.country not in (None, "", *INTERNATIONAL))


def _both_sides(subject: Token | None) -> bool:
    """Whether a plural subject names both parties of a mutual act itself ("the *two rival* factions", "*both*
    camps"; TWO_SIDES_CUE): with one country, the act is done within it."""
    return subject is not None and subject.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "det", "predet", "amod") and c.lemma_.lower() in cue("TWO_SIDES_CUE")
        for c in subject.children)


def _delegation(parties: list[Party]) -> list[Party]:
    """Country-less state members of a subject joined to parties of one country take it ("the French assembly
    president and a group of *deputies* held talks": French deputies, one delegation)."""
    countries = {p.actor.country for p in parties if p.actor.country}
    if len(countries) != 1:
        return parties
    state, home = cue("DOMESTIC_AGENT_CUE"), next(iter(countries))
    return [Party(replace(p.actor, country=home), inferred=True)
            if not p.actor.country and (p.actor.agent or "").lower() in state else p for p in parties]


def _weak(targets: list[Party]) -> bool:
    """Whether a target list names nobody of its own: empty, or only inferred parties (the source itself)."""
    return all(p.inferred for p in targets)


def _among(targets: list[Party], sources: list[Party]) -> bool:
    """Whether every target found is one of several sources: the parties act together, towards each other."""
    keys = {_key(s.actor) for s in sources}
    return len(keys) > 1 and bool(targets) and all(_key(t.actor) in keys for t in targets)


def _names_object(pred: Token) -> bool:
    """Whether a verb names its object rather than contacting it ("*calling* them a stern warning"): a noun as its
    object predicate."""
    columns = view(pred.doc)
    return any(columns.dep[c] in OPRD and columns.pos[c] in (NOUN, PROPN) for c in columns.children[pred.i])


def _object_predicate(pred: Token, obj: Token | None) -> bool:
    """Whether a verb states the state it leaves its object in ("left rates *unchanged*", "left the door *open*"):
    an adjective as its object predicate, or one right after the object noun."""
    if any(c.dep_ in ("oprd", "xcomp", "acomp") and c.pos_ == "ADJ" for c in pred.children):
        return True
    return obj is not None and any(c.i > obj.i and c.pos_ == "ADJ" and c.dep_ == "amod" for c in obj.children)


def _wrap(actor: Actor | None) -> Party | None:
    return Party(actor) if actor is not None else None


def _recoded(cameo: str, source: Actor, target: Actor | None, *, moved: bool = False) -> tuple[str, str]:
    """The code an act takes from who did it to whom, with its rule suffix: a plain killing of soldiers by
    soldiers or by no one named is fighting (190); a state leaving an international body breaks relations with it
    (161), unless what it withdrew (``moved``: "its police") or left is a force (a peacekeeping mission); property
    destroyed or a building stormed by protesters is a riot (145)."""
    if (cameo == COMBAT_KILLING[0] and target is not None and (target.agent or "").lower()
            in cue("COMBAT_VICTIM_AGENT_CUE") and source.agent in (None, UNAFFILIATED, target.agent)):
        return COMBAT_KILLING[1], ">combat"
    if cameo == DEPARTURE and not moved and target is not None and target.country == BODY_EXIT[0] \
            and not (target.agent or "").endswith("MIL") and source.country and source.country != BODY_EXIT[0]:
        return BODY_EXIT[1], ">exit"
    words = source.text.lower().split()
    if cameo in RIOT_ACTS[0] and words and words[-1].removesuffix("s") in cue("RIOTER_CUE"):
        return RIOT_ACTS[1], ">riot"
    return cameo, ""


def _held(cameo: str, fact: str, pred: Token) -> bool:
    """Whether an event belongs to its subject alone, so that a symmetric act is not coded back from its partner:
    a stance (an offer, a demand to meet), an act only planned ("X said it will meet Y": X's plan, not Y's) or one
    its subject refused ("X refused to meet Y"). A meeting that did not take place ("X did not meet Y") did not for
    either side, and one only possible ("X could meet Y") is possible for both; parties that are the subject
    together ("X and Y will meet") each get the other."""
    if stance_of(cameo) is not None:
        return True
    return refused(pred) is not None if fact == "negated" else fact == "future"


def _pairs(sources: list[Party], targets: list[Party], *, symmetric: bool, held: bool = False
           ) -> list[tuple[Actor, Actor | None, bool]]:
    """Source/target pairs: every source with every target; both ways for symmetric events, unless the event is
    ``held`` by its subject alone (see :func:`_held`)."""
    pairs: list[tuple[Actor, Actor | None, bool]] = []
    if targets:
        for s in sources:
            for t in targets:
                if _key(s.actor) != _key(t.actor):
                    pairs.append((s.actor, t.actor, s.inferred or t.inferred))
                    if symmetric and not held:
                        pairs.append((t.actor, s.actor, s.inferred or t.inferred))
    elif len(sources) > 1 and symmetric:
        pairs = [(s.actor, t.actor, s.inferred or t.inferred) for s in sources for t in sources
                 if _key(s.actor) != _key(t.actor)]
    else:
        pairs = [(s.actor, None, s.inferred) for s in sources]
    seen: set[tuple] = set()
    unique = []
    for s, t, inferred in pairs:
        key = (_key(s), _key(t) if t else None)
        if key not in seen:
            seen.add(key)
            unique.append((s, t, inferred))
    return unique


#: word classes of anaphoric event nouns and of the roots of the acts they refer back to
ANAPHOR_KINDS = (("ANAPHOR_FORCE_CUE", "ANAPHOR_FORCE_ROOT_CUE"), ("ANAPHOR_CHARGE_CUE", "ANAPHOR_CHARGE_ROOT_CUE"),
                 ("ANAPHOR_SHOW_CUE", "ANAPHOR_SHOW_ROOT_CUE"), ("ANAPHOR_ACT_CUE", "ANAPHOR_ACT_ROOT_CUE"),
                 ("ANAPHOR_VOTE_CUE", "ANAPHOR_VOTE_ROOT_CUE"))


def _anaphor(hit: Hit, resolver: Resolver) -> Token | None:
    """The object of a statement when it is an event noun referring back to an act without naming its doer:
    "the attack", "this decision", or the noun a relative clause is on ("a charge Y rejected")."""
    pred, judged = hit.pred, _judged(hit)  # "condemned *the attack* as a crime"
    noun = judged if judged is not None else hit.obj if hit.obj is not None and hit.obj.pos_ == "NOUN" \
        else object_of(pred)  # "called *it* cruel"
    if noun is None and pred.dep_ == "relcl" and child_of(pred, "dobj") is None:
        noun = pred.head
    if noun is None or noun.pos_ != "NOUN" or not _anaphor_roots(noun) or resolver.direct(noun) is not None:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None
    det = child_of(noun, "det")
    return noun if (det is not None and det.lower_ in cue("ANAPHOR_DET_CUE")) or noun.i == pred.head.i else None


def _act_pronoun(hit: Hit) -> Token | None:
    """The object of a statement when it is a pronoun that may stand for an act told before ("condemned *it*",
    ACT_PRONOUN_CUE), or None."""
    obj = object_of(hit.pred)
    return obj if obj is not None and obj.pos_ == "PRON" and obj.lower_ in cue("ACT_PRONOUN_CUE") else None


def _self_aimed(hit: Hit, targets: list[Party], sources: list[Party]) -> bool:
    """Whether the only targets found are the statement's own sources, through a pronoun object ("Y condemned
    *it*", with "it" read as Y): nobody condemns itself, so the pronoun stands for an act."""
    keys = {_key(s.actor) for s in sources}
    return bool(targets) and all(_key(t.actor) in keys for t in targets) and _act_pronoun(hit) is not None


def _other_side(doer: Actor, speaker: Actor) -> bool:
    """Whether an act's doer is another side than a speaker judging it: another country (an unidentified armed
    force too), or at home one on the other side of the state line (an opposition condemning the army's strike,
    a government a militia's attack); a country named alone is its state."""
    if doer.country != speaker.country:
        return bool(doer.country) or doer.agent == UNAFFILIATED
    state = cue("DOMESTIC_AGENT_CUE")
    return ((doer.agent or "gov").lower() in state) != ((speaker.agent or "gov").lower() in state)


def _condemned_deed(hit: Hit, by_pred: dict[int, Hit]) -> bool:
    """Whether a censure (CENSURE_ROOT_CUE) has for object an act of force noun whose doer is named on it
    ("condemned *Israel's strike* on Y", "the *Israeli* air strike"): the censure presupposes the deed, which is
    coded too."""
    obj = hit.obj
    deed = by_pred.get(obj.i) if obj is not None else None
    return deed is not None and deed.pattern.kind == "noun" and hit.pattern.cameo[:2] in cue("CENSURE_ROOT_CUE") \
        and deed.pattern.cameo[:2] in FORCE_ROOTS and any(
            c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP"))
            for c in deed.pred.children)


def _judged(hit: Hit) -> Token | None:
    """The direct object of a judgement whose matched object is what it is called ("called *the raid* cruel",
    "described *the raid* as a massacre", "a move *X called a mistake*"): the statement tells it, as its object."""
    obj, pred = hit.obj, hit.pred
    if obj is not None and obj.dep_ in ("dobj", "oprd") and pred.dep_ == "relcl" and pred.head.pos_ == "NOUN" \
            and pred.lemma_.lower() in cue("NAMING_CUE") and child_of(pred, "dobj") in (None, obj) \
            and not any(c.tag_ in ("WDT", "WP") for c in pred.children):
        return pred.head  # "a step *the Kremlin called a mistake*": the one object is the predicate of the step
    if obj is None or not (obj.dep_ == "oprd" or (obj.dep_ == "pobj" and obj.head.lower_ == "as")):
        return None
    return object_of(pred)


def _told(hit: Hit) -> bool:
    """Whether a demand verb that may also assert (INSISTENCE_CUE) holds no clause asked for: "insisted the unrest
    *was* ethnic" is a statement; "insisted (that) Y withdraw / must withdraw" a demand ("insist on": a demand)."""
    if hit.pattern.prep or hit.pred.lemma_.lower() not in cue("INSISTENCE_CUE"):
        return False
    comp = complement(hit.pred)
    return comp is None or (comp.dep_ == "ccomp" and obliged(comp) is None and comp.tag_ != "VB")


def _side_participle(pred: Token) -> bool:
    """Whether a predicate is a participle clause set off by a comma after a verb that asserts nothing of what is
    under it ("called on Y to reopen the crossing, *condemning* its closure"): the subject's own act, not the
    content of the appeal. Not a list of charges ("accused Y of violating rights, *ignoring* the law and ...")."""
    head = pred.head
    return pred.dep_ == "advcl" and pred.tag_ == "VBG" and pred.i > head.i and pred.doc[pred.i - 1].lower_ == "," \
        and head.lemma_.lower() in cue("NONASSERT_CUE") and child_of(pred, "conj") is None \
        and not any(t.dep_ == "pcomp" for t in prep_objects(head, "of"))


def _anaphor_roots(noun: Token) -> frozenset[str]:
    """The CAMEO roots of the acts an anaphoric event noun may refer back to (none when it is no such noun)."""
    lemma = noun.lemma_.lower()
    return next((cue(roots) for words, roots in ANAPHOR_KINDS if lemma in cue(words)), frozenset())


def _alleged(pred: Token, verb: Token) -> bool:
    """Whether ``pred`` heads (or is coordinated with) the clause a claim verb that asserts nothing of it states
    ("X *alleged* that Y had shelled Z", NONASSERT_CUE): the allegation is an accusation all the same."""
    while pred.dep_ == "conj" and pred.head != verb:
        pred = pred.head
    return pred.dep_ == "ccomp" and pred.head == verb and verb.lemma_.lower() in cue("NONASSERT_CUE")


def _hosted(hit: Hit) -> bool:
    """Whether the act makes room for an event of others ("hosted talks *between X and Y*"): those parties' own
    talks are coded too."""
    return not hit.pattern.symmetric and hit.obj is not None and hit.obj.lemma_.lower() in cue("TALKS") \
        and bool(between(hit.obj)) and not between(hit.pred)


def _reciprocal(hit: Hit) -> Token | None:
    """The subject of an act its doers do to one another ("X and Y accused *each other*", "each side blamed *the
    other*", RECIPROCAL_CUE), or None."""
    obj = hit.obj or child_of(hit.pred, "dobj")
    if obj is not None and obj.lower_ == "one":  # "one another", parsed with "another" as its determiner
        obj = next((c for c in obj.children if c.lower_ in cue("RECIPROCAL_CUE")), obj)
    if obj is None or obj.lower_ not in cue("RECIPROCAL_CUE") or obj.dep_ not in ("dobj", "det"):
        return None
    subject = subject_of(hit.pred)
    if subject is None:
        return None
    each = any(c.lower_ in ("each", "one") for c in (*obj.children, *subject.children)) or obj.lower_ == "another"
    return subject if each else None


def _own_subject(verb: Token, other: Token) -> bool:
    """Whether the later of two "and"-joined verbs names a subject of its own (another doer, at times)."""
    later = verb if verb.i > other.i else other
    return later.dep_ == "conj" and child_of(later, "nsubj", "nsubjpass") is not None


def _spelled(hit: Hit) -> Token | None:
    """The complement a non-stance pattern names as part of its own event ("ordered the envoy *to leave*": the
    expulsion; "tried *to assassinate* him"), which is not coded again on its own."""
    if not hit.pattern.comps or ANY_COMP in hit.pattern.comps or CLAUSE_COMP in hit.pattern.comps \
            or stance_of(hit.pattern.cameo) is not None:
        return None
    return complement(hit.pred)


#: prepositions that bring in the act a share noun is a share of ("a role *in*", "responsibility *for*")
SHARE_PREPS = ("in", "for", "behind")


def _shared_act(share: Token, by_pred: dict[int, Hit]) -> Hit | None:
    """The event noun a share noun is in ("any role *in the abduction*", "responsibility *for the attack*"), also
    when the parser hangs the preposition right after the noun on its verb."""
    nouns = prep_objects_of(share, SHARE_PREPS) or [
        t for t in prep_objects_of(share.head, SHARE_PREPS) if t.head.i == share.right_edge.i + 1]
    return next((by_pred[t.i] for t in nouns if t.i in by_pred and by_pred[t.i].pattern.kind == "noun"), None)


def _inner_hits(hits: list[Hit]) -> dict[int, Hit]:
    """For each stance verb (appeal, intent, demand, reject, threaten), the event hit in its complement."""
    by_pred = {h.pred.i: h for h in hits}
    out: dict[int, Hit] = {}
    for hit in hits:
        if hit.pattern.kind != "verb" or stance_of(hit.pattern.cameo) is None:
            continue
        comp = complement(hit.pred)
        if comp is not None and comp.i in by_pred and by_pred[comp.i].pattern.kind == "verb":
            out[hit.pred.i] = by_pred[comp.i]
    return out


def _menace(stance: str, refined: str) -> bool:
    """Whether an intent turns into a threat by what is intended ("wants to attack X" is 13x, not 03x)."""
    return stance[:2] == "03" and refined[:2] == "13"


#: roots of statements about something: their object is what they are about ("supported the battle",
#: "condemned the raid"), not an event of its own; hosting or agreeing to talks is not among them
TOPIC_ROOTS = ("01", "02", "05", "10", "11", "12", "13")


def _verbal(cameo: str) -> bool:
    """Whether a code is a statement about its object (a root of TOPIC_ROOTS)."""
    return cameo[:2] in TOPIC_ROOTS


def _purpose(pred: Token, preds: set[int]) -> bool:
    """Whether an event is the purpose of another coded event ("will meet *to discuss* trade"): only the
    governing event's announcement is an intent of its own."""
    return pred.dep_ in ("advcl", "xcomp") and pred.head.i in preds and any(c.lower_ == "to" for c in pred.children)


def _toll(pred: Token, by_pred: dict[int, Hit]) -> bool:
    """Whether a predicate is the toll of a violent act it hangs on: a participle with no subject of its own
    (TOLL_VERB_CUE: "launched an air strike on X, *killing* 30 people") after an act of STRUCK_ROOTS."""
    head = by_pred.get(pred.head.i) if pred.dep_ == "advcl" and pred.tag_ == "VBG" else None
    return head is not None and head.pattern.cameo[:2] in STRUCK_ROOTS \
        and pred.lemma_.lower() in cue("TOLL_VERB_CUE") and not any(c.dep_ in ("nsubj", "mark") for c in pred.children)


def _readied(verb: Token, by_pred: dict[int, Hit]) -> Hit | None:
    """The coded act an obligation's verb holds in its complement ("Y must *be ready to* mediate", "Y should
    *continue to* fight"): one step down through an adjective or verb complement, or two through both."""
    for comp in verb.children:
        if comp.dep_ in ("acomp", "xcomp"):
            if comp.i in by_pred:
                return by_pred[comp.i]
            act = next((by_pred[g.i] for g in comp.children if g.dep_ == "xcomp" and g.i in by_pred), None)
            if act is not None:
                return act
    return None


def _coded_from(event: EventMatch, hit: Hit) -> bool:
    """Whether an event was coded from the act of ``hit`` (its own pattern, its trigger on the predicate)."""
    return event.rule.startswith(hit.pattern.id) and event.trigger[0] <= hit.pred.idx < event.trigger[1]


def _untold(results: list[EventMatch], made: dict[int, list[EventMatch]], told: set[int], *,
            announced: frozenset[int] = frozenset()) -> list[EventMatch]:
    """Drop the merely possible acts that a threat or offer already codes, as CAMEO and PLOVER coders do:
    "threatened to shell the town" is the threat 1384 only, "offered to mediate" the offer 039 only.

    An announced act ("will send aid", "agreed to lift sanctions") is the intent alone too, except meetings
    and visits (SCHEDULED_ROOT_CUE): "will visit Y" is both the intent 036 and the visit to come; so are joint
    activities a "will" of their own announces (ANNOUNCED_ACT_ROOT_CUE, ``announced``: "will hold joint drills").
    Negated acts stay, marked negated ("refused to sign" is 057 negated besides the refusal 127).
    """
    kept = {i: cue("SCHEDULED_ROOT_CUE") | (cue("ANNOUNCED_ACT_ROOT_CUE") if i in announced else frozenset())
            for i in told}
    drop = {id(e) for i in told for e in made.get(i, ()) if e.factuality == "hypothetical"
            or (e.factuality == "future" and e.cameo[:2] not in kept[i])}
    return [e for e in results if id(e) not in drop]


def _held_out(inner: Hit) -> bool:
    """Whether the complement of a stance is an act held out on a condition ("X may impose sanctions if ...,
    a spokesman *warned*"): the possible act stays coded besides the stance, as when no verb tells it."""
    fact = factuality(inner.pred, reported=True)
    return fact is not None and fact[0] == "hypothetical" and warned(inner.pred)


def _refused_meeting(hit: Hit, by_pred: dict[int, Hit]) -> bool:
    """Whether a refusal's object is a meeting noun ("declined a meeting between X and Y"): the meeting is coded
    too, negated, as for "refused to meet Y" (SCHEDULED_ROOT_CUE)."""
    obj = hit.obj
    noun = by_pred.get(obj.i) if obj is not None else None
    return stance_of(hit.pattern.cameo) == "refuse" and noun is not None and noun.pattern.kind == "noun" \
        and noun.pattern.cameo[:2] in cue("SCHEDULED_ROOT_CUE")


def _aside(pred: Token, preds: set[int]) -> bool:
    """Whether a predicate is a condition, purpose or time clause of another event ("offered troops *to help*
    him", "will meet Y *if he gives* them a veto", "*before they demobilize*"): a merely possible act there is
    part of that event's telling, not an event of its own."""
    return pred.dep_ in ("advcl", "acl") and any(a.i in preds for a in pred.ancestors)


def _in_condition(pred: Token) -> bool:
    """Whether a predicate lies in an "if" / "unless" clause, or in a clause under one ("if Y gives guarantees
    *that it will not attack*"): whatever its own words, it is only the condition of another event."""
    return any(t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in t.children)
               for t in (pred, *pred.ancestors))


def _absorbed(governing: str, purpose: str) -> bool:
    """Whether an act done for the purpose of another is told by it: the same code ("met Y to discuss trade"),
    or the demand a protest is staged for ("staged a hunger strike to demand ...", PROTEST_AIM_ROOT_CUE)."""
    return governing == purpose or (governing[:2] == "14" and purpose[:2] in cue("PROTEST_AIM_ROOT_CUE"))


def _noun_placed(noun: Token) -> bool:
    """Whether an event noun stands where it tells its event: anywhere, but a SUBJECT_NOUN_CUE noun only as the
    subject of a verb of its onset (ONSET_VERB_CUE: "a truce between X and Y took effect"; not "called for a truce
    between X and Y", "the truce collapsed")."""
    return noun.lemma_.lower() not in cue("SUBJECT_NOUN_CUE") or (
        noun.dep_ == "nsubj" and noun.head.lemma_.lower() in cue("ONSET_VERB_CUE"))


def _told_noun(event: EventMatch) -> bool:
    """Whether an event noun is news of its own: a fact or a denial, or a meeting or visit to come; a noun under
    a threat or plan ("threatened an offensive in its war with Y") is background to the event that governs it."""
    return event.factuality in ("asserted", "negated") or event.cameo[:2] in cue("SCHEDULED_ROOT_CUE")


def _retold(event: EventMatch, earlier: list[EventMatch]) -> bool:
    """Whether an event noun naming no target mentions again an act its doer was told to do in an earlier
    sentence ("Kim will visit the plant. ... the significance of *Kim's visit* was well known"): the same event."""
    return event.target is None and any(
        e.sentence < event.sentence and e.cameo == event.cameo and e.source.country == event.source.country
        for e in earlier)


def _appositions(obj: Token) -> list[int]:
    """The appositions anywhere under an object ("talks in X, *their first meeting*"), as token indices."""
    columns = view(obj.doc)
    return [i for i in columns.subtree(obj.i) if columns.dep[i] in APPOS]


def find_events(doc: Doc, actors: Sequence[ActorMention], *, places: Sequence[Place] = (),
                patterns: PatternSet | None = None) -> list[EventMatch]:
    """Every event the verb patterns find in ``doc``, given the actor mentions of the actors stage and the
    places of the places stage (where an act lands when no party is named: "the shootings in Charleston")
    (``patterns``: the shipped ones, or a :func:`~eventcoder.events.patterns.pattern_set` with users' files)."""
    hits = [h for h in best_hits(doc, patterns) if not _sport_result(h.pred)]
    coder = Coder(doc, actors, hits=hits, places=places)
    preds = {h.pred.i for h in hits}
    inner = _inner_hits(hits)
    governed = {h.pred.i for h in inner.values()}
    consumed: set[int] = set()
    results: list[EventMatch] = []
    by_pred = {h.pred.i: h for h in hits}
    made: dict[int, list[EventMatch]] = {}
    told: set[int] = set()  # predicates whose event a stance (threat, offer, refusal) already tells
    for hit in hits:
        if hit.pattern.kind == "noun" or hit.pred.i in consumed or _described(hit.pred, preds, coder.resolver.mentions):
            continue
        if _purpose(hit.pred, preds) and _absorbed(by_pred[hit.pred.head.i].pattern.cameo, hit.pattern.cameo):
            continue  # "met Y to discuss trade": the discussion is the meeting (but "travel to X to meet Y")
        if _toll(hit.pred, by_pred):
            continue  # "struck Kyiv, killing nine people": the toll of the strike, not a second act
        found = made[hit.pred.i] = coder.code(hit, preds, inner=inner.get(hit.pred.i))
        obj = hit.obj
        if obj is not None and (found or _verbal(hit.pattern.cameo)) and not _refused_meeting(hit, by_pred) \
                and not _hosted(hit) and not _condemned_deed(hit, by_pred):
            consumed.add(obj.i)  # "supported the battle": the statement is coded, not the battle
            consumed.update(_appositions(obj))  # "talks in X, their first meeting"
            consumed.update(t.i for t in (_judged(hit),) if t is not None)
        consumed.update(t.i for t in (_spelled(hit),) if found and t is not None)
        results.extend(found)
        results.extend(coder.accusation(hit, found))
        if disowned := coder.disowned(hit, found):  # "denied any role in the attack": the attack is told
            results.extend(disowned)
            shared = _shared_act(obj, by_pred) if obj is not None else None
            consumed.update((shared.pred.i,) if shared is not None else ())
        if hit.pred.i in inner and any("+" in e.rule for e in found) and not _held_out(inner[hit.pred.i]):
            told.add(inner[hit.pred.i].pred.i)
        if hit.pred.i not in governed and not _purpose(hit.pred, preds):
            stated = coder.announced(hit, found)
            results.extend(stated)
            # "will strike Y if ...": the threat, and the act held out stays ("will withdraw unless ...": the
            # ultimatum alone, as the dev sets code it)
            if stated and not ((warned(hit.pred) or conditional(hit.pred, marks="IF_CUE"))
                               and all(e.factuality == "hypothetical" for e in found)):
                told.add(hit.pred.i)  # "may impose sanctions if ...": the threat, and the act held out stays
    results = _untold(results, made, told, announced=frozenset(told - governed))
    for hit in hits:
        if hit.pattern.kind == "noun" and hit.pred.i not in consumed and not _background_noun(hit.pred) \
                and _noun_placed(hit.pred):
            found = coder.code(hit, preds)
            framed = _framing(hit.pred) or _joint_setting(hit.pred) is not None or _party_talks(hit.pred) is not None
            found = [_framed(e, hit.pred) for e in found] if framed else found
            results.extend(e for e in found if _told_noun(e) and not _retold(e, results))
    columns, repeats = view(doc), string_ids(*cue("REPEAT_CUE"))
    for i, lemma in enumerate(columns.lemma):
        if lemma in repeats and columns.pos[i] == VERB and i not in preds:
            results.extend(coder.repeated(doc[i]))  # "Y took the same step": Y's act like the one just told
    demanded: set[int] = set()  # "X said Y must withdraw": the demand tells the withdrawal
    readied: list[Hit] = []  # "X said Y must be ready to mediate": the demand tells the mediation, not Y's intent
    clauses = string_ids("ccomp", "acl")
    for i, dep in enumerate(columns.dep):
        if dep in clauses and columns.pos[i] in (VERB, AUX):
            act = by_pred.get(i) or _readied(doc[i], by_pred)
            asked = coder.obligation(doc[i], act)
            results.extend(asked)
            demanded.update((i,) if asked else ())
            readied.extend((act,) if asked and act is not None and act.pred.i != i else ())
    results = [e for e in _untold(results, made, demanded) if not any(_coded_from(e, h) for h in readied)]
    aside = {id(e) for i, found in made.items() if _aside(doc[i], preds)
             for e in found if e.factuality == "hypothetical" or _in_condition(doc[i])}
    results = [e for e in results if id(e) not in aside]
    results.sort(key=lambda e: (e.sentence, e.trigger))
    return results

"""Finding actor mentions in a parsed document.

Two PhraseMatchers (one on lower-case text, one on exact text for names written in capitals such as
"US" or "WHO") find *pieces*: country names, demonyms and capitals, organisations, people, role
nouns. Overlapping pieces keep the longest. Adjacent pieces that form one subtree of the parse are
combined into one mention ("Russian" + "President" + "Putin"), and the mention is coded from them:
a person at its head gives the person's coding on the date; otherwise an organisation; otherwise a
country with the most specific role's agent; otherwise the role alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from eventcoder.actors.coref import Found, resolve_context
from eventcoder.actors.knowledge import SPECIAL_COUNTRIES, ActorKnowledge, Organization, Person, Role, load_knowledge
from eventcoder.docview import DocView, string_id, string_ids, view
from eventcoder.nlp import entities, get_nlp, sentence_numbers
from eventcoder.records import Actor, ActorMention

#: parts of speech a role word may have (drops "press" as a verb, "head" as in "head to")
ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
#: parts of speech of words allowed between two pieces of one mention
GAP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
GAP_WORDS = frozenset({"of", "'s", "’s", "'", "’", "-", "–", "(", ")"})
#: words that make a plural demonym an ethnic group rather than a nation ("ethnic Albanians")
ETHNIC_WORDS = frozenset({"ethnic", "ethnic-"})
#: agent of an ethnic group named by a demonym after its country's ("Bosnian Serbs")
ETHNIC_AGENT = "CVL"
#: nouns that count people ("thousands of Nigerians"): the demonym then names people, not the state
QUANTITY_WORDS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions",
                            "ten", "tens", "score", "scores", "group", "number", "crowd", "some", "many"})
#: adjectives through which a role takes the country of the actor it serves ("forces loyal to Assad", "workers
#: affiliated with the Serbian union"), and the prepositions that name that actor
LOYAL_WORDS = frozenset({"loyal", "allied", "affiliated", "aligned"})
LOYAL_PREPS = ("to", "with")
#: words after a country word that make it a currency's name, not an actor
CURRENCY_WORDS = frozenset({"dollar", "dollars", "$", "cents"})
#: nouns after a demonym that make it the name of a language, not an actor ("the Russian language")
LANGUAGE_WORDS = frozenset({"language", "languages", "speaker", "speakers", "dialect", "dialects", "alphabet",
                            "script", "translation", "translations", "literature", "grammar"})
#: prefixes that make a country word a side taken, not the actor's country ("pro-Russia rebels")
STANCE_WORDS = frozenset({"pro", "anti"})
#: participles after "<country>-" that make the country a backer, not the actor ("Syrian-backed militia")
SPONSOR_WORDS = frozenset({"backed", "sponsored", "supported", "funded", "armed", "trained", "financed", "inspired"})
#: participles after "<country>-" through which the country leads the noun ("Vietnamese-led forces")
LEADER_WORDS = frozenset({"led", "commanded", "dominated", "controlled"})
#: participles after "<country>-" that make the country the owner of a thing ("a Bulgarian-owned ship"): a firm
OWNER_WORDS = frozenset({"owned", "operated"})
#: agent of the owner named by "<country>-owned"
OWNER_AGENT = "BUS"
#: agents of national bodies whose name other states' bodies share ("Congress", "Senate", "Supreme Court"): a
#: country written with the name is the body's own ("Peru's Congress" -> PER LEG)
STATE_BODY_AGENTS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: words that make an office holder a former one (agent ELI)
FORMER_WORDS = frozenset({"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown"})
#: agents of role words that take the country they are "in" when they name none ("police in Guinea");
#: armed forces, refugees and international bodies are often foreign to where they are, so not these
LOCAL_AGENTS = frozenset({"GOV", "COP", "REB", "OPP", "LEG", "JUD", "MED", "BUS", "CVL", "LAB", "EDU", "HLH",
                          "REL", "CRM", "PTY", "AGR"})
#: agents of people who mostly act where they live, so that "X did Y in <country>" gives X that country;
#: not officials, lawmakers or business people, who travel to meet ("the two ministers will meet in Oman")
PLACED_AGENTS = frozenset({"REB", "OPP", "CVL", "COP", "LAB", "EDU", "HLH", "REL", "CRM", "AGR"})
#: the most words a parenthesised alias after a mention may have ("Hizbollah (Party of God)")
ALIAS_LENGTH = 6
#: the shortest country name or demonym a misspelt word may be read as ("Ethopia", "Afganistan"): shorter names
#: lie one letter from too many real words
TYPO_LENGTH = 7
#: order in which pieces of the same length win an overlap
PRIORITY = {"person": 0, "coref": 1, "org": 2, "country": 3, "role": 4, "name": 5}


@dataclass(frozen=True, slots=True)
class Entry:
    """What a matcher label stands for."""

    kind: str  # person, coref, org, country, role
    ref: object  # Person, Organization, country code or Role
    how: str = ""  # for countries: name, abbreviation, demonym, capital, seat
    rank: int = 0  # 1 for entries of users' files: they win over shipped entries of the same words


@dataclass(frozen=True, slots=True)
class Piece:
    """A matched entry at a token span."""

    start: int
    end: int
    entry: Entry

    @property
    def kind(self) -> str:
        return self.entry.kind


@dataclass(slots=True)
class Recognizer:
    """The compiled matchers of one :class:`ActorKnowledge`."""

    lower: PhraseMatcher
    exact: PhraseMatcher
    entries: dict[int, list[Entry]]
    role_heads: frozenset[str] = frozenset()  # last words of role forms, lower case ("officials", "president")
    typos: dict[tuple[str, int], list[tuple[str, Entry]]] = field(default_factory=dict)  # (initial, length) -> forms
    residents: frozenset[str] = frozenset()  # countries whose demonym names residents of any origin


# ---------------------------------------------------------------- building the matchers


def variants(name: str) -> set[str]:
    """A name and its hyphen/space variants ("Kim Jong-un", "Kim Jong un", "Kim Jongun")."""
    forms = {name}
    if "-" in name:
        forms |= {name.replace("-", " "), name.replace("-", ""), name.replace("-", " -")}
    return forms


def is_exact(form: str) -> bool:
    """Names written entirely in capitals (abbreviations) match only in that case."""
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def demonym_forms(adjective: str) -> set[str]:
    """An adjective and its plural noun ("Russian", "Russians")."""
    if adjective.endswith(("s", "sh", "ch", "z")):
        return {adjective}
    return {adjective, adjective + "s"}


def _entries(knowledge: ActorKnowledge) -> Iterator[tuple[str, Entry]]:
    for country in knowledge.countries:
        for how, forms in (("name", (country.name, *country.names)), ("capital", country.capitals),
                           ("seat", country.seats), ("region", country.regions)):
            for form in forms:
                yield form, Entry("country", country.code, "abbreviation" if is_exact(form) else how)
        for adjective in (*country.adjectives, *country.peoples):
            for form in demonym_forms(adjective):
                yield form, Entry("country", country.code, "demonym")
    for org in knowledge.organizations:
        for form in (org.name, *org.aliases):
            yield form, Entry("org", org, rank=int(org.user))
    for person in knowledge.people:
        for form in (person.name, *person.aliases):
            yield form, Entry("person", person, rank=int(person.user))
        for form in person.coref:
            yield form, Entry("coref", person, rank=int(person.user))
    for role in knowledge.roles:
        yield role.form, Entry("role", role, rank=int(role.user))


@lru_cache(maxsize=4)
def recognizer(knowledge: ActorKnowledge) -> Recognizer:
    """Compile the matchers for ``knowledge`` (once per process and knowledge)."""
    nlp = get_nlp()
    lower, exact = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    entries: dict[int, list[Entry]] = {}
    patterns: dict[tuple[bool, str], list] = {}
    for form, entry in _entries(knowledge):
        for text in variants(form):
            key = f"actor:{len(entries)}"
            label = nlp.vocab.strings.add(key)
            entries[label] = [entry]
            patterns.setdefault((is_exact(text), key), []).append(nlp.make_doc(text))
    for (case, key), docs in patterns.items():
        (exact if case else lower).add(key, docs)
    heads = frozenset(role.form.lower().split()[-1] for role in knowledge.roles)
    residents = frozenset(country.code for country in knowledge.countries if country.residents)
    return Recognizer(lower, exact, entries, heads, _typo_index(knowledge), residents)


def _typo_index(knowledge: ActorKnowledge) -> dict[tuple[str, int], list[tuple[str, Entry]]]:
    """One-word country names and demonyms long enough to be recognised when misspelt, by initial and length."""
    index: dict[tuple[str, int], list[tuple[str, Entry]]] = {}
    for form, entry in _entries(knowledge):
        if entry.kind == "country" and entry.how in ("name", "demonym") and form.isalpha() \
                and len(form) >= TYPO_LENGTH:
            lower = form.lower()
            index.setdefault((lower[0], len(lower)), []).append((lower, entry))
    return index


def one_slip(word: str, form: str) -> bool:
    """``word`` is ``form`` with one letter dropped or added, or two neighbours swapped: the slips of typing
    ("Ethopia", "Phillippines", "Britian"); a letter replaced by another is not one, as it makes real names of
    real names ("Columbia")."""
    if len(word) == len(form):
        diff = [i for i, (a, b) in enumerate(zip(word, form, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == form[diff[1]] \
            and word[diff[1]] == form[diff[0]]
    short, long_ = sorted((word, form), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt(doc: Doc, rec: Recognizer, taken: set[int]) -> list[Piece]:
    """Country names and demonyms misspelt by one slip: a capitalised proper noun standing alone (no proper noun
    beside it, so no part of a longer name) that the knowledge does not hold as it is written."""
    pieces = []
    columns, proper = view(doc), string_ids("NNP", "NNPS")  # the words from the parse's columns: no Token objects
    title, pos = columns.title, columns.pos
    for i in (i for i, tag in enumerate(columns.tag) if tag in proper and i not in taken):
        if not title[i] or not columns.alpha[i] or columns.length[i] < TYPO_LENGTH - 1:
            continue
        if any(0 <= j < len(pos) and pos[j] == PROPN and title[j] for j in (i - 1, i + 1)):
            continue
        word = columns.word(i).lower()
        for size in (len(word) - 1, len(word), len(word) + 1):
            entry = next((e for form, e in rec.typos.get((word[0], size), ()) if one_slip(word, form)), None)
            if entry is not None:
                pieces.append(Piece(i, i + 1, entry))
                break
    return pieces


# ---------------------------------------------------------------- pieces


def _capitalised(text: str) -> bool:
    """Any capital letter: "Iran", "iSrael" (a machine translation's casing), not "china" or "turkey"."""
    return any(c.isupper() for c in text)


def _lower_case_ok(span: Span, entry: Entry, role_heads: frozenset[str]) -> bool:
    """Names a translation wrote in lower case, kept where the context shows them: a demonym before a role
    noun ("tunisian rioters"), a person's name after a capitalised title ("President obama"), an organisation's
    alias the dictionary writes in lower case itself (a common-noun name: "blue helmets")."""
    doc = span.doc
    if entry.kind == "org":
        return any(alias.islower() and alias == span.text.lower() for alias in entry.ref.aliases)
    if entry.kind == "country" and entry.how == "demonym":
        head = span.root.head
        return span.root.dep_ in ("amod", "compound") and head.i >= span.end and head.lower_ in role_heads
    if entry.kind in ("person", "coref") and span.start > 0:
        title = doc[span.start - 1]
        return title.is_title and title.lower_ in role_heads
    return False


def _keep(doc: Doc, start: int, end: int, entry: Entry, exact: bool, role_heads: frozenset[str] = frozenset()) -> bool:
    """Case and part-of-speech checks on the match ``doc[start:end]`` (words read from the parse's columns)."""
    columns = view(doc)
    if entry.kind == "role":
        if exact:
            return True
        if end - start == 1:
            return columns.pos[start] in string_ids(*ROLE_POS)
        return doc[start:end].root.pos_ in ROLE_POS
    text = columns.text[columns.idx[start]:columns.idx[end - 1] + columns.length[end - 1]]
    if not (exact or _capitalised(text) or _lower_case_ok(doc[start:end], entry, role_heads)):
        return False
    if entry.kind != "country":
        return True
    # a country word inside a longer PERSON name ("Michael Jordan") is not the country, nor one that
    # names a side taken ("pro-Russia rebels", "anti-American protesters"), a currency or a language
    return not (_inside_longer_person(doc, start, end) or _stance(columns, start) or _sponsor(columns, end)
                or _currency(columns, end) or _language(columns, end))


def _currency(columns: DocView, end: int) -> bool:
    """A country word (ending before token ``end``) naming a currency: "US $50 million", "Hong Kong dollars"."""
    return end < len(columns.lower) and (columns.tag[end] == string_id("$")
                                         or columns.lower[end] in string_ids(*CURRENCY_WORDS))


def _language(columns: DocView, end: int) -> bool:
    """A demonym (ending before token ``end``) naming a language: "restrictions on the Russian language",
    "Arabic speakers"."""
    return end < len(columns.lower) and columns.lower[end] in string_ids(*LANGUAGE_WORDS)


def _stance(columns: DocView, start: int) -> bool:
    """A country word (from token ``start``) naming a side taken: "pro-Russia rebels"."""
    return start >= 2 and columns.word(start - 1) in ("-", "–") \
        and columns.lower[start - 2] in string_ids(*STANCE_WORDS)


def _sponsor(columns: DocView, end: int) -> bool:
    """A country word (ending before token ``end``) naming a backer of what follows: "Syrian-backed militia",
    "Iranian-funded groups"."""
    return end + 1 < len(columns.lower) and columns.word(end) in ("-", "–") \
        and columns.lower[end + 1] in string_ids(*SPONSOR_WORDS)


def _inside_longer_person(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is inside a PERSON entity of more words ("Michael Jordan"); not a plural one, which
    names a people the model took for a person ("Bosnian Serbs")."""
    if view(doc).ent_type[start] != string_id("PERSON"):  # no PERSON entity holds the span: skip doc.ents
        return False
    return any(ent.label_ == "PERSON" and ent.start <= start and end <= ent.end
               and len(ent) > end - start and ent[-1].tag_ != "NNPS" for ent in entities(doc))


def find_pieces(doc: Doc, rec: Recognizer, *, on: date | None = None) -> list[Piece]:
    """All matches of the knowledge in ``doc`` that pass the case checks, coref resolved; of several
    people or organisations with the same name, those whose coding holds on ``on``."""
    raw: list[Piece] = []
    seen: set[int] = set()  # tokens the knowledge holds as written, kept or not: no misspelling of anything
    sentence = sentence_numbers(doc)
    for matcher, exact in ((rec.lower, False), (rec.exact, True)):
        for label, start, end in matcher(doc):
            seen.update(range(start, end))
            for entry in rec.entries[label]:
                if sentence[start] == sentence[end - 1] and _keep(doc, start, end, entry, exact, rec.role_heads):
                    raw.append(Piece(start, end, entry))
    raw += _misspelt(doc, rec, seen)
    return _resolve_coref(_by_date(raw, on))


def _by_date(pieces: list[Piece], on: date | None) -> list[Piece]:
    """Of named entries sharing a span ("Bush"), keep those in office on ``on`` (the latest without a date)."""
    spans: dict[tuple[int, int], list[Piece]] = {}
    for p in pieces:
        if p.kind in ("person", "org"):  # short forms (coref) go to the person named before instead
            spans.setdefault((p.start, p.end), []).append(p)
    drop: set[int] = set()
    for same in spans.values():
        refs = {id(p.entry.ref) for p in same}
        if len(refs) < 2:
            continue
        if on is None:
            best = max(_latest(p.entry.ref) for p in same)
            drop.update(id(p) for p in same if _latest(p.entry.ref) < best)
            continue
        valid = [p for p in same if any(t.valid_on(on) for t in p.entry.ref.tenures)]
        if valid:
            drop.update(id(p) for p in same if p not in valid)
        else:
            nearest = min(min(t.distance(on) for t in p.entry.ref.tenures) for p in same)
            drop.update(id(p) for p in same if min(t.distance(on) for t in p.entry.ref.tenures) > nearest)
    return [p for p in pieces if id(p) not in drop]


def _latest(ref: Person | Organization) -> date:
    return max(t.start or date.min for t in ref.tenures)


def _resolve_coref(pieces: list[Piece]) -> list[Piece]:
    """Keep a short form only after its person's full name; pick the last-named such person."""
    named = sorted(((p.start, p.entry.ref) for p in pieces if p.kind == "person"), key=lambda item: item[0])
    kept = [p for p in pieces if p.kind != "coref"]
    corefs: dict[tuple[int, int], list[Person]] = {}
    for p in pieces:
        if p.kind == "coref":
            corefs.setdefault((p.start, p.end), []).append(p.entry.ref)
    for (start, end), candidates in corefs.items():
        before = [(s, person) for s, person in named if s < start and person in candidates]
        if before:
            kept.append(Piece(start, end, Entry("coref", before[-1][1])))
    return kept


def _unknown_people(doc: Doc, taken: set[int], pieces: Iterable[Piece] = ()) -> list[Piece]:
    """PERSON entities not covered by a piece, and capitalised proper nouns right after a capitalised
    personal title ("Vice-President Moody Awori" where the model saw no person): they may join a mention,
    never stand alone."""
    found = [Piece(ent.start, ent.end, Entry("name", ent.text)) for ent in entities(doc)
             if ent.label_ == "PERSON" and not taken.intersection(range(ent.start, ent.end))]
    named = {i for p in found for i in range(p.start, p.end)}
    for title in pieces:
        if title.kind != "role" or not title.entry.ref.person or not doc[title.end - 1].is_title:
            continue
        end = title.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and end not in taken \
                and end not in named and not doc[end].is_sent_start:
            end += 1
        if end > title.end:
            found.append(Piece(title.end, end, Entry("name", doc[title.end:end].text)))
            named.update(range(title.end, end))
    return found


def longest(pieces: Iterable[Piece]) -> list[Piece]:
    """Non-overlapping pieces, longest first, then by kind priority; in text order."""
    chosen: list[Piece] = []
    used: set[int] = set()
    for p in sorted(pieces, key=lambda p: (p.start - p.end, -p.entry.rank, PRIORITY[p.kind], p.start)):
        if used.isdisjoint(range(p.start, p.end)):
            chosen.append(p)
            used.update(range(p.start, p.end))
    return sorted(chosen, key=lambda p: p.start)


def ethnic_groups(doc: Doc, pieces: list[Piece], *, residents: frozenset[str] = frozenset()) -> list[Piece]:
    """A demonym right after the demonym of another country names an ethnic group living there: "Bosnian
    Serbs", "Iraqi Kurds", "Bosnian Serb forces" are of the first country; the second demonym becomes a
    general civilian role (CVL), so that a role word after it gives the agent. Where the second demonym names
    a state's residents of any origin (a country in ``residents``), the first names their origin and becomes
    the role instead: "Turkish Cypriots", "Greek Cypriot leaders" are of Cyprus."""
    out = list(pieces)
    for n in range(1, len(out)):
        first, second = out[n - 1], out[n]
        if not (_demonym(first) and _demonym(second) and second.start == first.end
                and first.entry.ref != second.entry.ref and second.end - second.start == 1):
            continue
        word = doc[second.start]
        role_after = n + 1 < len(out) and out[n + 1].start == second.end and out[n + 1].kind == "role"
        if doc[first.end - 1].head.i >= second.start and (word.tag_ in ("NNS", "NNPS") or role_after):
            origin = first if second.entry.ref in residents else second
            role = Role(doc[origin.start:origin.end].text.lower(), ETHNIC_AGENT, weak=True)
            out[out.index(origin)] = Piece(origin.start, origin.end, Entry("role", role))
    return out


def _demonym(piece: Piece) -> bool:
    return piece.kind == "country" and piece.entry.how == "demonym"


# ---------------------------------------------------------------- combining pieces into mentions


def _one_subtree(doc: Doc, pieces: list[Piece]) -> bool:
    """True if the span of ``pieces`` has exactly one token whose head lies outside it, in a piece."""
    start, end = pieces[0].start, pieces[-1].end
    heads = view(doc).head
    outside = [i for i in range(start, end) if heads[i] == i or not start <= heads[i] < end]
    return len(outside) == 1 and any(p.start <= outside[0] < p.end for p in pieces)


def _gap_ok(doc: Doc, start: int, end: int) -> bool:
    columns = view(doc)
    pos, lower, gap_pos, gap_words = columns.pos, columns.lower, string_ids(*GAP_POS), string_ids(*GAP_WORDS)
    return all(pos[i] in gap_pos or lower[i] in gap_words or _led(doc, i) for i in range(start, end))


def _led(doc: Doc, i: int, words: frozenset[str] = LEADER_WORDS) -> bool:
    """The participle of "<country>-led" ("Vietnamese-led forces"): the country leads the noun after it
    (or another of ``words``)."""
    columns = view(doc)
    return 0 < i < len(doc) and columns.lower[i] in string_ids(*words) and columns.word(i - 1) in ("-", "–")


def _compatible(group: list[Piece], piece: Piece) -> bool:
    kinds = [p.kind for p in group] + [piece.kind]
    people = sum(k in ("person", "coref", "name") for k in kinds)
    return people <= 1 and kinds.count("country") <= 1 and kinds.count("org") <= 1


def _joinable(doc: Doc, group: list[Piece], piece: Piece, sentence: list[int]) -> bool:
    last = group[-1]
    return (sentence[group[0].start] == sentence[piece.start] and _compatible(group, piece)
            and _gap_ok(doc, last.end, piece.start))


def group_pieces(doc: Doc, pieces: list[Piece]) -> list[list[Piece]]:
    """Group neighbouring pieces: from each piece, the longest run that forms one subtree of the parse."""
    groups: list[list[Piece]] = []
    sentence = sentence_numbers(doc)
    i = 0
    while i < len(pieces):
        run = [pieces[i]]
        for piece in pieces[i + 1:]:
            if not _joinable(doc, run, piece, sentence):
                break
            run.append(piece)
        size = next(n for n in range(len(run), 0, -1)
                    if n == 1 or _one_subtree(doc, run[:n]))
        groups.append(run[:size])
        i += size
    return groups


def _role_agent(roles: list[Role], head: Role | None = None) -> str | None:
    """The agent of the head role word if it is specific ("opponents of the senate"), else of the last
    specific role word, else of the last general one."""
    if head is not None and not head.weak:
        return head.agent
    for role in reversed(roles):
        if not role.weak:
            return role.agent
    return roles[-1].agent if roles else None


def _rule(piece: Piece, on: date | None) -> str:
    entry = piece.entry
    if entry.kind == "country":
        return f"country:{entry.ref}:{entry.how}"
    if entry.kind == "role":
        return f"agent:{entry.ref.agent}:{entry.ref.form}"
    if entry.kind in ("person", "coref"):
        return f"{entry.kind}:{entry.ref.name}"
    if entry.kind == "org":
        tenure = entry.ref.tenure_on(on)
        return f"{'igo' if tenure.country == 'IGO' else 'org'}:{tenure.key}"
    return f"name:{entry.ref}"


def code_group(doc: Doc, group: list[Piece], on: date | None, *, located: dict[int, str] | None = None
               ) -> tuple[Actor, int] | None:
    """The actor a group of pieces denotes and its head token; None if it is not an actor.

    ``located`` maps tokens of country names to their codes: a role without a country takes the country
    it is "in" ("rebels in Ivory Coast"). A "former" modifier makes the agent ELI.
    """
    coded = _code_group(doc, group, on, located)
    if coded is None:
        return None
    actor, head = coded
    if actor.agent and actor.country is None and located:
        country = _located_in(doc[head], located, local=actor.agent in LOCAL_AGENTS)
        if country is not None:
            actor = replace(actor, country=country)
    if _former(doc, group, doc[head]):
        actor = replace(actor, agent="ELI")
    return actor, head


def _located_in(head: Token, located: dict[int, str], *, local: bool, words: tuple[str, ...] = ()
                ) -> str | None:
    """The country of a "from <country>" phrase hanging on ``head``, or for ``local`` agents of an
    "in <country>" / "of <country>" phrase (or of the prepositions in ``words``); "in" also through a place's
    owner ("in Moldova's breakaway region").

    Not for a noun with an owner ("fired at *its* soldiers from Chile"): the owner says whose it is, and
    the phrase is where the act came from, which the parser hung on the noun."""
    words = words or (("from", "in", "of") if local else ("from",))
    if any(c.dep_ == "poss" for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in words:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                # "Sindh province"; "in Moldova's breakaway region" (not "of Israel's ally": an owner)
                owned = ("compound", "poss") if prep.lower_ == "in" else ("compound",)
                for place in (obj, *(c for c in obj.children if c.dep_ in owned)):
                    if place.i in located:
                        return located[place.i]
    return None


def _former(doc: Doc, group: list[Piece], head: Token) -> bool:
    """True if a "former" / "ex-" word modifies the mention's head or one of its role words."""
    columns = view(doc)
    key = ("actors.former",)  # the document's "former" words, found once: most documents have none
    formers = columns.memo.get(key)
    if formers is None:
        former = string_ids(*sorted(FORMER_WORDS))
        formers = columns.memo[key] = [c for c, low in enumerate(columns.lower) if low in former]
    if not formers:
        return False
    start, end = group[0].start, group[-1].end
    words = {i for p in group if p.kind in ("role", "person", "coref", "name") for i in range(p.start, p.end)}
    return any(start - 3 <= c < end and columns.head[c] != c and columns.head[c] in words for c in formers)


def _code_group(doc: Doc, group: list[Piece], on: date | None, located: dict[int, str] | None = None
                ) -> tuple[Actor, int] | None:
    start, end = group[0].start, group[-1].end
    span = doc[start:end]
    head = span.root
    by_kind: dict[str, Piece] = {p.kind: p for p in group}
    roles = [p.entry.ref for p in group if p.kind == "role"]
    columns = view(doc)  # the text from the parse's columns: Span.text joins its tokens anew
    text = columns.text[columns.idx[start]:columns.idx[end - 1] + columns.length[end - 1]]
    person = by_kind.get("person") or by_kind.get("coref")
    head_piece = next(p for p in group if p.start <= head.i < p.end)
    if person is not None and (head_piece is person or _not_possessive(doc, person)):
        tenure = person.entry.ref.tenure_on(on)
        return Actor(text, person.entry.ref.name, tenure.country, _titled_agent(group, person, tenure)), head.i
    if set(by_kind) <= {"role", "name"} and not _stands_alone(doc, group, head):
        return None
    if set(by_kind) == {"name"}:
        return None
    name = by_kind["name"].entry.ref if head_piece.kind == "name" else None
    agent = _role_agent(roles, head_piece.entry.ref if head_piece.kind == "role" else None)
    org = by_kind.get("org")
    country = by_kind.get("country")
    if org is not None:
        tenure = org.entry.ref.tenure_on(on)
        if country is not None and _owns_body(doc, country, tenure):  # "Peru's Congress": Peru's own body
            return Actor(text, name, country.entry.ref, _org_agent(tenure, roles)), head.i
        if country is None or tenure.country != "IGO" or _led(doc, country.end + 1):  # "the Russian-led CSTO"
            return Actor(text, name or _org_name(org.entry.ref), tenure.country, _org_agent(tenure, roles)), head.i
    if country is not None:
        code = country.entry.ref
        if agent is None and country.entry.how in ("capital", "seat") and _stands_alone(doc, group, head):
            agent = "GOV"
        if agent is None and len(group) == 1 and country.entry.how == "demonym" and head.tag_ in ("NNS", "NNPS"):
            people = _people_of(head)
            if people == "placed":  # "the Albanians of southern Serbia": the people where they live
                return Actor(text, None, _located_in(head, located or {}, local=True) or code, "CVL"), head.i
            if people is not None:
                return Actor(text, None, None if people == "ethnic" else code, "CVL"), head.i
        if name is None and len(group) == 1:
            name = _country_name(code)
        if agent is None and len(group) == 1 and _led(doc, country.end + 1, OWNER_WORDS):  # "Bulgarian-owned"
            agent = OWNER_AGENT
        return Actor(text, name, code, agent), head.i
    if person is not None:  # a person as modifier: "Putin's spokesman" takes the person's country
        tenure = person.entry.ref.tenure_on(on)
        return Actor(text, name, tenure.country, agent or tenure.agent), head.i
    return Actor(text, name, None, agent), head.i


def _titled_agent(group: list[Piece], person: Piece, tenure) -> str | None:
    """A known person's agent: the office the text gives before the name ("General Michel Aoun",
    "Prime Minister Ismail Haniyeh") when it is a specific one, else the office the table gives on the date.
    The text knows offices the table may not (a later change, a date outside the table's range)."""
    titles = [p.entry.ref for p in group if p.kind == "role" and p.end <= person.start and not p.entry.ref.weak]
    if not titles or tenure.country in SPECIAL_COUNTRIES:
        return tenure.agent
    return _role_agent(titles)


def _owns_body(doc: Doc, country: Piece, tenure) -> bool:
    """Whether a country word with a national state body of another country names that country's own body of
    the same name ("Peru's Congress", "the Peruvian Senate"), not a leader of it ("the US-led coalition")."""
    return (tenure.country not in SPECIAL_COUNTRIES and tenure.country != country.entry.ref
            and tenure.agent in STATE_BODY_AGENTS and not _led(doc, country.end + 1))


def _org_agent(tenure, roles: list[Role]) -> str | None:
    """An organisation's agent; an international body's code takes a specific role's type after it
    ("UN troops" -> UNO + MIL), a body without an agent takes the role's."""
    agent = _role_agent(roles)
    if tenure.agent is None:
        return agent
    specific = next((r.agent for r in reversed(roles) if not r.weak), None)
    if tenure.country in ("IGO", "NGO") and specific and not tenure.agent.endswith(specific):
        return tenure.agent + specific
    return tenure.agent


def _not_possessive(doc: Doc, piece: Piece) -> bool:
    """A person piece that is not a possessive modifier ("Putin's spokesman")."""
    root = doc[piece.start:piece.end].root
    return root.dep_ != "poss" and not any(t.dep_ == "case" for t in root.children)


def _org_name(org: Organization) -> str:
    return org.name


def _country_name(code: str) -> str | None:
    country = load_knowledge().by_code.get(code)
    return country.name if country else None


def _people_of(head: Token) -> str | None:
    """How a plural demonym names people rather than a state: "ethnic" for an ethnic group ("ethnic
    Albanians": not the country of the demonym; a place they are "in" may give one), "placed" for people
    said to be of or in a place ("the Albanians of southern Serbia", "Palestinians living in Gaza"),
    "people" for people of the demonym's country ("young Algerians", "Young Algerians" at the start of a
    sentence, "200 Iraqis", "thousands of Nigerians"), None for the state ("the Algerians said")."""
    modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "nummod", "compound")}
    if modifiers & ETHNIC_WORDS:
        return "ethnic"
    if any(c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in ("of", "in")) for c in head.children):
        return "placed"
    if modifiers or _counted(head):
        return "people"
    return None


def _counted(head: Token) -> bool:
    """A noun counted by a quantity noun: "thousands of Nigerians", "a group of Iraqis"."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in QUANTITY_WORDS


def _stands_alone(doc: Doc, group: list[Piece], head) -> bool:
    """False for a group that modifies a non-actor noun ("military cooperation", "Beijing Olympics")."""
    if head.dep_ in ("amod", "compound", "nmod") and not group[0].start <= head.head.i < group[-1].end:
        return head.head.pos_ not in ("NOUN", "PROPN")
    return True


# ---------------------------------------------------------------- the entry point


def find_actors(doc: Doc, *, on: date | None = None, knowledge: ActorKnowledge | None = None
                ) -> list[ActorMention]:
    """Actor mentions of ``doc`` in text order, without overlaps.

    ``on`` is the date whose office holders count (people and organisations whose coding changed);
    ``knowledge`` defaults to the shipped tables.
    """
    knowledge = knowledge or load_knowledge()
    rec = recognizer(knowledge)
    pieces = find_pieces(doc, rec, on=on)
    taken = {i for p in pieces for i in range(p.start, p.end)}
    pieces = ethnic_groups(doc, longest(pieces + _unknown_people(doc, taken, pieces)), residents=rec.residents)
    located = _located(pieces, on)
    sentence_of = sentence_numbers(doc)
    columns = view(doc)  # character offsets from the parse's columns: no Span per mention
    starts = {p.start for p in pieces}
    found = []
    for group in group_pieces(doc, pieces):
        coded = code_group(doc, group, on, located=located)
        if coded is None:
            continue
        actor, head = coded
        start, end = group[0].start, _alias_end(doc, group[0].start, group[-1].end, starts)
        start_char, end_char = columns.idx[start], columns.idx[end - 1] + columns.length[end - 1]
        if end > group[-1].end:
            actor = replace(actor, text=columns.text[start_char:end_char])
        rule = "+".join(_rule(p, on) for p in group)
        if actor.agent == "ELI" and not any(p.kind == "role" and p.entry.ref.agent == "ELI" for p in group):
            rule += "+former"
        mention = ActorMention(actor, start_char, end_char, sentence_of[start], rule, head)
        general = all(p.kind == "role" and p.entry.ref.weak for p in group)
        found.append(Found(mention, _names_person(group, head), general))
    found = _placed_subjects(doc, share_conjunct_modifier(doc, share_roles(doc, found)), located)
    found = allied_conjuncts(doc, found)
    return resolve_context(doc, found, knowledge.anaphors)


def _alias_end(doc: Doc, start: int, end: int, starts: set[int]) -> int:
    """The end of a mention with its parenthesised alias: "Hizbollah (Party of God)" runs to the closing
    parenthesis, whether the mention stopped inside it or right before it (an alias naming no other actor),
    so that no word of the alias is read as another party or place."""
    lower = view(doc).lower  # the parse's columns, read once per document (no Token objects)
    opening, closing = string_id("("), string_id(")")
    words = lower[start:end]
    depth = words.count(opening) - words.count(closing)
    if depth <= 0 and not (end < len(doc) and lower[end] == opening and depth == 0):
        return end
    sent_end = doc[start].sent.end
    for i in range(end, min(end + ALIAS_LENGTH + 2, sent_end)):
        if doc[i].text == ")":
            return i + 1
        if (depth == 0 and i in starts) or doc[i].pos_ in ("VERB", "AUX") or \
                (i != end and doc[i].text in ("(", ",", ";")):
            return end
    return end


# ---------------------------------------------------------------- roles shared by several countries


def share_roles(doc: Doc, found: list[Found]) -> list[Found]:
    """Role nouns and the countries that modify them across a coordination or an "of"/"from" phrase.

    "Senior Hungarian and Romanian officials": every coordinated country mention takes the role's agent
    (HUNGOV, ROUGOV) and the role noun stays without a country, its rule marked ``+coordinated`` (one
    mention cannot hold two actors: the events stage pairs the role's argument with each coordinated
    country). "Ministers from the Georgian government", "doctors from American aid groups": a role without
    a country takes that of the actor it is from (or, for local agents, of), or is loyal or affiliated to
    ("forces loyal to Assad", "workers affiliated with the Serbian union"); a general role word ("a spokesman
    for the army") takes that actor's agent too. "Ambassadors of Britain, France and Germany": the countries
    after the first take the role's agent.
    """
    at: dict[int, int] = {}  # token -> index in found
    for n, f in enumerate(found):
        for i in _tokens(doc, f.mention):
            at.setdefault(i, n)
    out = list(found)
    columns = view(doc)  # the parse's columns: no Token objects for the heads' children
    dep, lower, children = columns.dep, columns.lower, columns.children
    poss, prep, pobj, appos = string_id("poss"), string_id("prep"), string_id("pobj"), string_id("appos")
    for n, f in enumerate(found):
        m = f.mention
        if not m.actor.agent or m.head < 0 or m.actor.country in SPECIAL_COUNTRIES:
            continue
        kids = children[m.head]
        links = [c for c in kids if dep[c] in string_ids("amod", "compound", "nmod", "poss") and c < m.head]
        words = ("from", "of") if m.actor.agent in LOCAL_AGENTS else ("from",)
        words += ("for", "of") if f.general else ()  # "a spokesman for the army", "an official of the ministry"
        owned = any(dep[c] == poss for c in kids)  # "its soldiers from X": X is where, not whose
        links += [o for p in kids if dep[p] == prep and lower[p] in string_ids(*words) and not owned
                  for o in children[p] if dep[o] == pobj]
        links += [o for a in kids if lower[a] in string_ids(*LOYAL_WORDS) for p in children[a]  # "loyal to X"
                  if dep[p] == prep and lower[p] in string_ids(*LOYAL_PREPS) for o in children[p] if dep[o] == pobj]
        for link in links:
            if link not in at:  # "loyal to the group's frontman, X": the apposition names the actor
                link = next((c for c in children[link] if dep[c] == appos and c in at), link)
            first = at.get(link)
            if first is None or not out[first].mention.actor.country:
                continue
            if out[first].mention.actor.country in SPECIAL_COUNTRIES:
                break
            country = out[first].mention.actor.country
            shared = [at[c.i] for c in doc[link].conjuncts if c.i in at]
            if shared and dep[link] != pobj:
                out[n] = _with(out[n], rule="+coordinated")
            elif not out[n].mention.actor.country:
                agent = out[first].mention.actor.agent if f.general and dep[link] == pobj else None
                out[n] = _with(out[n], country=country, agent=agent or m.actor.agent, rule=f"+of:{country}")
            if dep[link] != pobj:  # a modifier is the role's own country; an "of" phrase names another actor
                shared.insert(0, first)
            for other in shared:
                o = out[other].mention.actor
                if other != n and o.country and not o.agent and o.country not in SPECIAL_COUNTRIES:
                    out[other] = _with(out[other], agent=m.actor.agent, rule=f"+shared:{m.actor.text}")
            break
    return out


def share_conjunct_modifier(doc: Doc, found: list[Found]) -> list[Found]:
    """A role noun without a country or modifier of its own, coordinated after a role noun whose country is
    a modifier, shares that country: "Israeli helicopters and tanks" (tanks: ISR), "Sudanese troops and
    police" (police: SDN)."""
    out = []
    for f, head, first in _after_conjuncts(doc, found):
        m = f.mention
        if first is not None and m.actor.agent and not m.actor.country and first.actor.country \
                and first.actor.agent and first.actor.country not in SPECIAL_COUNTRIES \
                and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children) \
                and any(c.dep_ in ("amod", "compound") and first.start <= c.idx < first.end
                        for c in doc[first.head].children):
            f = _with(f, country=first.actor.country, rule=f"+conj:{first.actor.country}")
        out.append(f)
    return out


def _after_conjuncts(doc: Doc, found: list[Found]) -> Iterator[tuple[Found, Token | None, ActorMention | None]]:
    """Each found mention with the mention it is coordinated after, if any ("Israeli helicopters and *tanks*":
    helicopters), and then with its head token (None when it follows no mention), read from the parse's columns."""
    columns, conj = view(doc), string_id("conj")
    by_head = {f.mention.head: f.mention for f in found if f.mention.head >= 0}
    for f in found:
        i = f.mention.head
        first = by_head.get(columns.head[i]) if i >= 0 and columns.dep[i] == conj else None
        yield f, (doc[i] if first is not None else None), first


def allied_conjuncts(doc: Doc, found: list[Found]) -> list[Found]:
    """A role without a country, marked "allied" and coordinated after an actor with one, is allied to that
    actor and takes its country: "Security forces in Mali and allied militias" (militias: MLI)."""
    loyal = string_ids(*LOYAL_WORDS)
    lower = view(doc).lower
    out = []
    for f, head, first in _after_conjuncts(doc, found):
        m = f.mention
        if first is not None and m.actor.agent and not m.actor.country and first.actor.country \
                and first.actor.country not in SPECIAL_COUNTRIES \
                and any(c.dep_ == "amod" and lower[c.i] in loyal for c in head.children):
            f = _with(f, country=first.actor.country, rule=f"+allied:{first.actor.country}")
        out.append(f)
    return out


def _placed_subjects(doc: Doc, found: list[Found], located: dict[int, str]) -> list[Found]:
    """A local agent without a country that is the subject of a verb with an "in <country>" phrase (or is
    counted by the subject), or is described by a participle with one, takes that country ("rebels attacked
    a convoy in Mali", "hundreds of ethnic Albanians demonstrated in Serbia", "dispersed demonstrators
    protesting in Monrovia")."""
    out = []
    for f in found:
        m = f.mention
        if not m.actor.country and m.actor.agent in PLACED_AGENTS and m.head >= 0 \
                and not m.rule.endswith("+coordinated"):
            subject = doc[m.head].head.head if _counted(doc[m.head]) else doc[m.head]
            verbs = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
            verbs += [c for c in doc[m.head].children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
            country = next((c for v in verbs if (c := _place_of_act(v, located)) is not None), None)
            if country is not None:
                f = _with(f, country=country, rule=f"+in:{country}")
        out.append(f)
    return out


def _place_of_act(verb: Token, located: dict[int, str]) -> str | None:
    """The country of an "in <place>" phrase on a verb, on its object or on the object of one of its prepositions
    ("ambushed a patrol in Mali", "fired tear gas at protesters in Nairobi")."""
    aimed = (o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
    return next((c for t in (verb, *(o for o in verb.children if o.dep_ == "dobj"), *aimed)
                 if (c := _located_in(t, located, local=True, words=("in",))) is not None), None)


def _tokens(doc: Doc, mention: ActorMention) -> range:
    return view(doc).char_tokens(doc, mention.start, mention.end)


def _with(f: Found, *, rule: str, **changes: str) -> Found:
    m = f.mention
    return Found(replace(m, actor=replace(m.actor, **changes), rule=m.rule + rule), f.person, f.general)


def _located(pieces: list[Piece], on: date | None) -> dict[int, str]:
    """Tokens of place names that give a country: country names and capitals, and organisations coded
    with a country alone (as the entries of TABARI/PETRARCH dictionaries for states are)."""
    located: dict[int, str] = {}
    for p in pieces:
        code = None
        if p.kind == "country" and p.entry.how != "demonym":
            code = p.entry.ref
        elif p.kind == "org":
            tenure = p.entry.ref.tenure_on(on)
            code = tenure.country if tenure.agent is None and tenure.country not in SPECIAL_COUNTRIES else None
        if code:
            located.update((i, code) for i in range(p.start, p.end))
    return located


def _names_person(group: list[Piece], head: int) -> bool:
    """True if the mention names one person: a person entry or name, or a person role word at its head."""
    if any(p.kind in ("person", "coref", "name") for p in group):
        return True
    head_piece = next((p for p in group if p.start <= head < p.end), None)
    return head_piece is not None and head_piece.kind == "role" and head_piece.entry.ref.person

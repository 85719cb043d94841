"""Verb patterns and word classes: loading, validation and compilation into a spaCy DependencyMatcher."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventcoder.docview import view
from eventcoder.errors import DataFileError
from eventcoder.events.codes import is_code
from eventcoder.tables import Row, data_path, read_table

VERBS_FILE = "events/verbs.tsv"
CLASSES_FILE = "events/classes.tsv"
VERB_COLUMNS = ("id", "cameo", "kind", "lemma", "prep", "object", "mod", "comp", "target", "sym", "require")
CLASS_COLUMNS = ("class", "lemmas")
KINDS = ("verb", "noun")
_ROLE = re.compile(r"^(dobj|iobj|between|inviter|self|act"
                   r"|(obj|comp|comp\.obj)\.(poss|compound|amod|dobj|iobj|prep:[a-z]+)|obj\.(poss|compound)|prep:[a-z]+)$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LEMMA = re.compile(r"^[a-z0-9'][a-z0-9'\-]*$")
#: dependency labels under which the object of a verb hangs (the passive subject included)
OBJECT_DEPS = ["dobj", "nsubjpass", "attr", "oprd"]
PREP_DEPS = ["prt", "prep", "agent", "dative"]
MOD_DEPS = ["amod", "compound", "nmod", "npadvmod"]
#: in the comp column: any verb as to-infinitive complement ("agreed to *anything*")
ANY = "*"
#: in the comp column: any verb as to-infinitive clause with a subject of its own ("wants *Y to leave*")
CLAUSE = "+"
#: nouns of quantity whose "of" phrase is the real object ("tons of food", "millions of dollars of aid")
QUANTITY_CLASS = "QUANTITY_CUE"
#: prepositions on the predicate whose object is its instrument (means column): "killed *in* shelling", "*by* a bomb"
MEANS_PREPS = ["in", "by", "with", "from"]
#: how a predicate names its instrument: after one of MEANS_PREPS, or as its subject ("a car bomb killed ...")
MEANS_WAYS = ("prep", "subject")
#: the token attributes the patterns test, and the tree: what a sentence copy for matching needs
MATCH_ATTRS = ["LEMMA", "POS", "TAG", "DEP", "HEAD"]


@dataclass(frozen=True, slots=True)
class Pattern:
    """One validated verb pattern (a row of verbs.tsv)."""

    id: str
    cameo: str
    kind: str
    lemmas: frozenset[str]
    prep: str | None
    objects: frozenset[str]
    mods: frozenset[str]
    comps: frozenset[str]
    targets: tuple[str, ...]
    symmetric: bool
    require_target: bool
    where: str  # file:line
    #: prepositions one of which must hang on the predicate ("launched missiles *at* Y"); the optional aim column
    aims: frozenset[str] = frozenset()
    #: roles that give the source instead of the subject, which becomes the target ("received arms *from Y*")
    givers: tuple[str, ...] = ()
    #: the instrument the predicate must name ("killed *in shelling*", "a *car bomb* killed"); the optional means column
    means: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        """How much the pattern asks of the parse: more constraints win over fewer."""
        return (1 + bool(self.prep) + 2 * bool(self.objects) + 2 * bool(self.comps) + bool(self.mods)
                + bool(self.aims) + 2 * bool(self.means))


def load_classes(path: str | Path) -> dict[str, frozenset[str]]:
    """Read the word classes table: class name -> lemmas."""
    classes: dict[str, frozenset[str]] = {}
    for row in read_table(path, required=CLASS_COLUMNS):
        name = row["class"]
        if not _CLASS_NAME.match(name):
            raise row.error(f"bad class name {name!r}: expected upper-case letters, digits and _")
        if name in classes:
            raise row.error(f"duplicate class {name}")
        classes[name] = _lemmas(row, "lemmas", required=True)
    return classes


def _lemmas(row: Row, column: str, *, required: bool = False,
            classes: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    out: set[str] = set()
    for value in row.values(column):
        if value.startswith("@") and classes is not None:
            if value[1:] not in classes:
                raise row.error(f"{column}: unknown class {value}; define it in {CLASSES_FILE}")
            out |= classes[value[1:]]
        elif _LEMMA.match(value) or (value in (ANY, CLAUSE) and column == "comp"):
            out.add(value)
        else:
            raise row.error(f"{column}: bad lemma {value!r}: expected one lower-case word or @CLASS"
                            + (" or * (any verb) or + (any verb with its own subject)" if column == "comp" else ""))
    if required and not out:
        raise row.error(f"{column} is empty: expected |-separated lemmas")
    return frozenset(out)


def _parse_pattern(row: Row, classes: dict[str, frozenset[str]]) -> Pattern:
    if not row["id"]:
        raise row.error("empty pattern id")
    if not is_code(row["cameo"]):
        raise row.error(f"unknown CAMEO code {row['cameo']!r}: not in cameo_codes.tsv")
    if row["kind"] not in KINDS:
        raise row.error(f"kind {row['kind']!r}: expected one of {', '.join(KINDS)}")
    targets, givers = tuple(row.values("target")), tuple(row.values("source"))
    for role in (*targets, *givers):
        if not _ROLE.match(role):
            raise row.error(f"bad target role {role!r}: expected dobj, iobj, prep:W, obj.prep:W, obj.poss, "
                            "obj.amod, comp.dobj, comp.prep:W, between, inviter, act or self")
    for column, allowed in (("sym", ("", "yes")), ("require", ("", "target"))):
        if row[column] not in allowed:
            raise row.error(f"{column} {row[column]!r}: expected empty or {allowed[1]!r}")
    prep = row["prep"] or None
    if prep is not None and not _LEMMA.match(prep):
        raise row.error(f"bad prep {prep!r}: expected one lower-case word")
    lemmas = _lemmas(row, "lemma", required=True, classes=classes)
    return Pattern(row["id"], row["cameo"], row["kind"], lemmas,
                   prep, _lemmas(row, "object", classes=classes), _lemmas(row, "mod", classes=classes),
                   _lemmas(row, "comp", classes=classes), targets, row["sym"] == "yes",
                   row["require"] == "target", f"{row.path}:{row.line}", _lemmas(row, "aim"), givers,
                   _lemmas(row, "means", classes=classes))


def load_patterns(path: str | Path, classes: dict[str, frozenset[str]]) -> list[Pattern]:
    """Read and validate a verb pattern table; ids must be unique."""
    patterns: list[Pattern] = []
    seen: dict[str, int] = {}
    for row in read_table(path, required=VERB_COLUMNS):
        pattern = _parse_pattern(row, classes)
        if pattern.id in seen:
            raise row.error(f"duplicate pattern id {pattern.id} (first on line {seen[pattern.id]})")
        seen[pattern.id] = row.line
        patterns.append(pattern)
    return patterns


@lru_cache(maxsize=1)
def shipped_classes() -> dict[str, frozenset[str]]:
    """The shipped word classes."""
    return load_classes(data_path(CLASSES_FILE))


@lru_cache(maxsize=256)
def cue(name: str) -> frozenset[str]:
    """The lemmas of one shipped class (``cue("SPEECH_CUE")``), looked up once per process and name."""
    classes = shipped_classes()
    if name not in classes:
        raise DataFileError(str(data_path(CLASSES_FILE)), f"missing class {name}: the matcher needs it")
    return classes[name]


@lru_cache(maxsize=1)
def shipped_patterns() -> tuple[Pattern, ...]:
    """The shipped verb patterns, in file order."""
    return tuple(load_patterns(data_path(VERBS_FILE), shipped_classes()))


def dependency_patterns(pattern: Pattern, *, quantity: frozenset[str] = frozenset(), means: str = "",
                        aim_on: str = "pred", amount_on: str = "qty") -> list[dict]:
    """The DependencyMatcher node list of a pattern; node names are pred, prep, obj, means, mod, aim, aimed, comp.

    With ``quantity`` lemmas, the object is reached through a quantity noun and its "of" (nodes qty, of); with
    ``amount_on`` "pred", through an "in" on the predicate beside the quantity ("pledged $200m *in* aid").
    ``means`` (one of MEANS_WAYS, for a pattern with a means column) says how the instrument hangs on the
    predicate: under a preposition (node via) or as the subject; the mod column then constrains the instrument.
    ``aim_on`` names the node the aim preposition hangs on: the predicate, or the object ("launched strikes *on* Y");
    the aim's object (node aimed) names no time or open water (NO_AIM_CUE).
    """
    # an event noun is a common noun: a proper one is a name ("the Warsaw Pact"), lemmas being lower-cased
    pos = ["VERB"] if pattern.kind == "verb" else ["NOUN"]
    nodes: list[dict] = [{"RIGHT_ID": "pred", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.lemmas)},
                                                                "POS": {"IN": pos}}}]
    obj_head = "pred"
    if pattern.prep:
        nodes.append({"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "prep",
                      "RIGHT_ATTRS": {"LOWER": pattern.prep, "DEP": {"IN": PREP_DEPS}}})
    if pattern.objects:
        if pattern.prep:
            obj_head, deps = "prep", ["pobj", "pcomp"]
        else:
            deps = OBJECT_DEPS
        if quantity:
            nodes.append({"LEFT_ID": obj_head, "REL_OP": ">", "RIGHT_ID": "qty",
                          "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(quantity)}, "DEP": {"IN": deps}}})
            nodes.append({"LEFT_ID": amount_on, "REL_OP": ">", "RIGHT_ID": "of",
                          "RIGHT_ATTRS": {"LOWER": {"IN": ["of", "in"] if amount_on == "qty" else ["in"]},
                                          "DEP": "prep"}})
            obj_head, deps = "of", ["pobj"]
        nodes.append({"LEFT_ID": obj_head, "REL_OP": ">", "RIGHT_ID": "obj",
                      "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.objects)}, "DEP": {"IN": deps}}})
    if pattern.means and means:
        head, deps = "pred", ["nsubj"]
        if means == "prep":
            nodes.append({"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "via",
                          "RIGHT_ATTRS": {"LOWER": {"IN": MEANS_PREPS}, "DEP": {"IN": PREP_DEPS}}})
            head, deps = "via", ["pobj"]
        nodes.append({"LEFT_ID": head, "REL_OP": ">", "RIGHT_ID": "means",
                      "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.means)}, "DEP": {"IN": deps}}})
    if pattern.mods:
        mod_head = "obj" if pattern.objects else "means" if pattern.means and means else "pred"
        nodes.append({"LEFT_ID": mod_head, "REL_OP": ">", "RIGHT_ID": "mod",
                      "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.mods)}, "DEP": {"IN": MOD_DEPS}}})
    if pattern.aims:
        nodes.append({"LEFT_ID": aim_on, "REL_OP": ">", "RIGHT_ID": "aim",
                      "RIGHT_ATTRS": {"LOWER": {"IN": sorted(pattern.aims)}, "DEP": {"IN": PREP_DEPS}}})
        # "a strike *on Monday*" tells when and "missiles *into the sea*" where, "strikes *on the port*" at whom
        nodes.append({"LEFT_ID": "aim", "REL_OP": ">", "RIGHT_ID": "aimed",
                      "RIGHT_ATTRS": {"DEP": "pobj", "LEMMA": {"NOT_IN": sorted(cue("NO_AIM_CUE"))}}})
    if pattern.comps:
        # a named complement in the base form may also be parsed as a clause with its own subject ("allow Y to
        # return", "urged that Y withdraw") or as a gerund ("proposed *resuming* talks"); "any verb" stays a
        # to-infinitive only, "any clause" has its own subject
        comp = {"POS": {"IN": ["VERB"]}, "DEP": {"IN": ["xcomp"]}} if ANY in pattern.comps else \
            {"POS": {"IN": ["VERB"]}, "DEP": {"IN": ["ccomp"]}, "TAG": "VB"} if CLAUSE in pattern.comps else \
            {"LEMMA": {"IN": sorted(pattern.comps)}, "DEP": {"IN": ["xcomp", "ccomp"]}, "TAG": {"IN": ["VB", "VBG"]}}
        nodes.append({"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "comp", "RIGHT_ATTRS": comp})
    return nodes


def node_names(pattern: Pattern, *, size: int | None = None) -> list[str]:
    """The node names of :func:`dependency_patterns`, in the order matches report their tokens.

    ``size`` (the number of tokens a match reports) tells the variants of :func:`pattern_variants` apart.
    """
    variants = pattern_variants(pattern, quantity=frozenset({"x"}))
    named = [[n["RIGHT_ID"] for n in nodes] for nodes in variants]
    return next((names for names in named if len(names) == size), named[0])


def pattern_variants(pattern: Pattern, *, quantity: frozenset[str] = frozenset()) -> list[list[dict]]:
    """The node lists a pattern is matched with: one per way its instrument may hang on the predicate (means
    column), else the plain one, for an aim and an object the one with the aim on the object, and, for an object
    constraint, the one through a quantity noun; their sizes differ.
    """
    if pattern.means:
        return [dependency_patterns(pattern, means=way) for way in MEANS_WAYS]
    variants = [dependency_patterns(pattern)]
    if pattern.objects and pattern.aims:  # the aim may hang on the object: "fired missiles *at* Y"
        variants.append(dependency_patterns(pattern, aim_on="obj"))
    if pattern.objects and quantity:
        variants.append(dependency_patterns(pattern, quantity=quantity))
        if not pattern.prep:  # the parser may hang the "in" of an amount on the verb
            variants.append(dependency_patterns(pattern, quantity=quantity, amount_on="pred"))
    return variants


#: the token attributes a compiled node tests, read from the document's column view (eventcoder.docview)
NODE_ATTRS = ("LEMMA", "LOWER", "ORTH", "NORM", "POS", "TAG", "DEP")
#: Matcher attribute names that are aliases of a column above
_ATTR_ALIASES = {"TEXT": "ORTH"}

#: one compiled token test: (column in NODE_ATTRS, the allowed values as string ids, negated)
Test = tuple[int, frozenset[int], bool]


@dataclass(frozen=True, slots=True)
class Tree:
    """One dependency pattern compiled to tests on the token columns of NODE_ATTRS.

    Node 0 is the predicate; node ``k`` is a child (``>``) of node ``parents[k]``, an earlier node.
    """

    tests: tuple[tuple[Test, ...], ...]
    parents: tuple[int, ...]

    def matches(self, pred: int, columns: list[list[int]], children: list[list[int]]) -> list[list[int]]:
        """Every assignment of tokens to the nodes, in the order a DependencyMatcher reports them."""
        if self.tests[0] and not _passes(self.tests[0], pred, columns):
            return []
        found: list[list[int]] = [[pred]]
        for k in range(1, len(self.tests)):
            tests, parent, grown = self.tests[k], self.parents[k], []
            for ids in found:  # loops, not a comprehension: this runs hundreds of times per document
                for c in children[ids[parent]]:
                    if _passes(tests, c, columns):
                        grown.append([*ids, c])
            if not grown:
                return grown
            found = grown
        return found

    def gate(self) -> tuple[int, frozenset[int]] | None:
        """A test that some child of the predicate must pass for any match: the first positive test of node 1
        (a child of node 0), as (column, allowed values); None when the tree has no such test."""
        if len(self.tests) < 2:
            return None
        return _gate(self.tests[1])

    def later_gates(self) -> tuple[tuple[int, frozenset[int]], ...]:
        """The like tests of the other children of the predicate (nodes after 1 hung on node 0): a match needs
        some child of the predicate to pass each of them."""
        return tuple(gate for k in range(2, len(self.tests))
                     if self.parents[k] == 0 and (gate := _gate(self.tests[k])) is not None)


def _gate(tests: tuple[Test, ...]) -> tuple[int, frozenset[int]] | None:
    """The first positive test of a node, as (column, allowed values); None when it has none."""
    return next(((column, allowed) for column, allowed, negated in tests if not negated), None)


class WordTrees:
    """The trees of one predicate word in matching order, indexed by the value their :meth:`Tree.gate` asks of a
    child of the predicate: at a predicate only the trees some child can open are tried, in the same order
    (and of those only the ones whose :meth:`Tree.later_gates` some child passes too)."""

    __slots__ = ("always", "by_value", "columns", "entries", "later")

    def __init__(self, keyed: list[tuple[int, list[Tree]]]) -> None:
        self.entries = [(key, tree) for key, trees in keyed for tree in trees]
        self.always: list[int] = []  # positions of the trees without a gate
        self.by_value: dict[tuple[int, int], list[int]] = {}  # (column, value) -> positions
        for position, (_, tree) in enumerate(self.entries):
            gate = tree.gate()
            if gate is None:
                self.always.append(position)
            for value in gate[1] if gate else ():
                self.by_value.setdefault((gate[0], value), []).append(position)
        self.columns = sorted({column for column, _ in self.by_value})
        self.later = [tree.later_gates() for _, tree in self.entries]

    def candidates(self, pred: int, columns: list[list[int]], children: list[list[int]]) -> list[tuple[int, Tree]]:
        """The (key, tree) entries that may match at ``pred``, in matching order."""
        picked = set(self.always)
        for c in children[pred]:
            for column in self.columns:
                picked.update(self.by_value.get((column, columns[column][c]), ()))
        kids = children[pred]
        return [self.entries[p] for p in sorted(picked) if not self.later[p] or _opened(self.later[p], kids, columns)]


def _opened(gates: tuple[tuple[int, frozenset[int]], ...], kids: list[int], columns: list[list[int]]) -> bool:
    """Whether each gate is passed by some token of ``kids``."""
    return all(any(columns[column][c] in allowed for c in kids) for column, allowed in gates)


def _passes(tests: tuple[Test, ...], token: int, columns: list[list[int]]) -> bool:
    for column, allowed, negated in tests:  # noqa: SIM110 (a loop: all() and its generator cost twice as much here)
        if (columns[column][token] in allowed) == negated:
            return False
    return True


def _compile_test(vocab: Vocab, attr: str, value: object) -> Test | None:
    """One Matcher token constraint as a set test; None for a kind the compiler does not know."""
    attr = _ATTR_ALIASES.get(attr.upper(), attr.upper())
    if attr not in NODE_ATTRS:
        return None
    negated = False
    if isinstance(value, dict):
        if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN"):
            return None
        negated, value = "NOT_IN" in value, next(iter(value.values()))
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        return None
    return NODE_ATTRS.index(attr), frozenset(vocab.strings.add(v) for v in values), negated  # as the Matcher does


def _indexed(tree: Tree, word: tuple[int, int | None]) -> Tree:
    """``tree`` without the predicate's tests that its index ``word`` (lemma, part of speech) already makes:
    the matcher tries a tree only on tokens of that word."""
    lemma, pos = word
    made = {(NODE_ATTRS.index("LEMMA"), frozenset({lemma}), False), (NODE_ATTRS.index("POS"), frozenset({pos}), False)}
    return replace(tree, tests=(tuple(t for t in tree.tests[0] if t not in made), *tree.tests[1:]))


def compile_tree(vocab: Vocab, nodes: list[dict]) -> Tree | None:
    """A DependencyMatcher node list as a :class:`Tree`, or None when it uses anything but ``>`` relations
    and plain, ``IN`` or ``NOT_IN`` constraints on the attributes of NODE_ATTRS."""
    ids = {node["RIGHT_ID"]: k for k, node in enumerate(nodes)}
    tests: list[tuple[Test, ...]] = []
    parents: list[int] = []
    for k, node in enumerate(nodes):
        if (k == 0) != ("REL_OP" not in node) or (k and (node["REL_OP"] != ">" or ids.get(node["LEFT_ID"], k) >= k)):
            return None
        compiled = [_compile_test(vocab, attr, value) for attr, value in node["RIGHT_ATTRS"].items()]
        if None in compiled:
            return None
        tests.append(tuple(t for t in compiled if t is not None))
        parents.append(ids[node["LEFT_ID"]] if k else -1)
    return Tree(tuple(tests), tuple(parents))


class LemmaMatcher:
    """Dependency patterns indexed by predicate lemma and part of speech.

    Called on a ``Doc`` it returns ``(key, token ids)`` like a DependencyMatcher: for one predicate token and
    one key, the same matches in the same order. Only the patterns of the (lemma, POS) pairs a document
    contains are tried, at their predicate tokens, and of those only the ones whose first child test a child of
    the predicate passes (:class:`WordTrees`). Patterns of the common shape (``>`` relations, plain or
    ``IN`` constraints) are compiled to set tests on the document's attribute arrays, which costs microseconds
    where a DependencyMatcher call costs a millisecond; any other shape runs in a small DependencyMatcher on
    a bare copy of each sentence that contains its predicate lemma.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.trees: dict[tuple[int, int | None], list[tuple[int, list[Tree]]]] = {}
        self.lemmas: set[int] = set()  # the predicate lemmas of ``trees``: most tokens are none of them
        self.by_word: dict[tuple[int, int | None], DependencyMatcher] = {}
        self._indexed: dict[tuple[int, int | None], WordTrees] = {}  # ``trees`` indexed, made on first use

    def add(self, key: str, variants: list[list[dict]]) -> None:
        """Add a pattern's variants; their first node (the predicate) must match ``LEMMA IN [...]``
        (and, to be indexed by part of speech too, ``POS IN [...]``)."""
        attrs = variants[0][0]["RIGHT_ATTRS"]
        tags: list[str | None] = list(attrs["POS"]["IN"]) if "POS" in attrs else [None]
        for lemma in attrs["LEMMA"]["IN"]:
            for tag in tags:
                word = (self.vocab.strings.add(lemma), POS_IDS[tag] if tag else None)
                narrowed = {**attrs, "LEMMA": lemma, **({"POS": tag} if tag else {})}
                nodes = [[{**v[0], "RIGHT_ATTRS": narrowed}, *v[1:]] for v in variants]
                trees = [compile_tree(self.vocab, n) for n in nodes]
                if None not in trees:
                    trees = [_indexed(tree, word) for tree in trees]
                    self.trees.setdefault(word, []).append((self.vocab.strings.add(key), trees))
                    self._indexed.pop(word, None)
                    self.lemmas.add(word[0])
                else:
                    matcher = self.by_word.setdefault(word, DependencyMatcher(self.vocab, validate=False))
                    matcher.add(key, nodes)

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
        columns = view(doc)
        node_columns = [getattr(columns, attr.lower()) for attr in NODE_ATTRS]  # the document view's, in that order
        children, lemmas, tags = columns.children, columns.lemma, columns.pos
        found: list[tuple[int, list[int]]] = []
        for i in [i for i, lemma in enumerate(lemmas) if lemma in self.lemmas]:
            for word in ((lemmas[i], tags[i]), (lemmas[i], None)):
                indexed = self._word_trees(word)
                for key, tree in indexed.candidates(i, node_columns, children) if indexed is not None else ():
                    found += [(key, ids) for ids in tree.matches(i, node_columns, children)]
        if self.by_word:
            found += self._sentence_matches(doc)
        return found

    def _word_trees(self, word: tuple[int, int | None]) -> WordTrees | None:
        found = self._indexed.get(word)
        if found is None and word in self.trees:
            found = self._indexed[word] = WordTrees(self.trees[word])
        return found

    def _sentence_matches(self, doc: Doc) -> list[tuple[int, list[int]]]:
        """The matches of the patterns kept in DependencyMatchers, sentence by sentence."""
        array = doc.to_array(MATCH_ATTRS)
        lemmas, tags = array[:, 0].tolist(), array[:, 1].tolist()
        words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
        found: list[tuple[int, list[int]]] = []
        for sent in doc.sents:
            start, end = sent.start, sent.end
            pairs = set(zip(lemmas[start:end], tags[start:end], strict=True))
            present = sorted((pairs | {(lemma, None) for lemma, _ in pairs}) & self.by_word.keys(),
                             key=lambda word: (word[0], word[1] or 0))
            if present:  # a bare copy of the sentence: cheaper than Span.as_doc, which copies entities and vectors
                alone = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
                alone.from_array(MATCH_ATTRS, array[start:end])
                found += [(key, [start + i for i in ids]) for word in present
                          for key, ids in self.by_word[word](alone)]
        return found


def compile_matcher(nlp: Language, patterns: tuple[Pattern, ...], *,
                    quantity: frozenset[str] = frozenset()) -> LemmaMatcher:
    """Every pattern, keyed by pattern id (with its quantity variant), indexed by predicate lemma."""
    matcher = LemmaMatcher(nlp.vocab)
    for pattern in patterns:
        matcher.add(pattern.id, pattern_variants(pattern, quantity=quantity))
    return matcher


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Patterns compiled for matching: the matcher, a lookup from pattern id to pattern, each pattern's position
    in the set, and, by the matcher's key, each pattern with its rank (the higher wins: more specific, then earlier)."""

    matcher: LemmaMatcher
    by_id: dict[str, Pattern]
    order: dict[str, int]
    ranked: dict[int, tuple[tuple[int, int], Pattern]]


@lru_cache(maxsize=4)
def pattern_set(files: tuple[str, ...] = ()) -> PatternSet:
    """The shipped patterns plus users' pattern files, compiled once per process and set of files.

    A user's file is our verbs table (``verbs.tsv`` columns; its @CLASSes are the shipped classes) or a
    TABARI/PETRARCH ``.verbs`` dictionary. Users' patterns come first, so they win ties of specificity.
    """
    from eventcoder.nlp import get_nlp

    shipped = shipped_patterns()
    taken = {pattern.id: pattern for pattern in shipped}
    user = [p for path in files for p in load_user_patterns(path)]
    for pattern in user:
        if pattern.id in taken:
            path, _, line = pattern.where.rpartition(":")
            raise DataFileError(path, f"pattern id {pattern.id} is already used (by {taken[pattern.id].where}); "
                                "give it another id", line=int(line))
        taken[pattern.id] = pattern
    patterns = (*user, *shipped)
    by_id = {pattern.id: pattern for pattern in patterns}
    matcher = compile_matcher(get_nlp(), patterns, quantity=cue(QUANTITY_CLASS))
    order = {pid: i for i, pid in enumerate(by_id)}
    ranked = {matcher.vocab.strings.add(pid): ((p.specificity, -order[pid]), p) for pid, p in by_id.items()}
    return PatternSet(matcher, by_id, order, ranked)


def is_pattern_file(path: str | Path) -> bool:
    """Whether a user's file holds verb patterns: a TABARI/PETRARCH ``.verbs`` dictionary or a table with
    the verbs.tsv header (other files are actor files)."""
    from eventcoder.actors.petrarch import sniff

    kind = sniff(path)
    if kind is not None:
        return kind == "verbs"
    return next((set(VERB_COLUMNS) <= set(row.fields) for row in read_table(path)), False)


def load_user_patterns(path: str | Path) -> list[Pattern]:
    """The patterns of one user file (see :func:`pattern_set`); a ``.verbs`` entry that cannot be
    converted is skipped with a warning that counts them by reason."""
    from eventcoder.actors.petrarch import sniff
    from eventcoder.events.petrarch import read_verbs

    if sniff(path) != "verbs":
        return load_patterns(path, shipped_classes())
    report = read_verbs(path)
    if report.skipped:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in report.skipped.most_common())
        warnings.warn(f"{path}: {sum(report.skipped.values())} entries not converted ({reasons})", stacklevel=2)
    return report.patterns

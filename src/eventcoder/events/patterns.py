"""Verb patterns and word classes: loading, validation and compilation into a spaCy DependencyMatcher."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventcoder.errors import DataFileError
from eventcoder.events.codes import is_code
from eventcoder.tables import Row, data_path, read_table

VERBS_FILE = "events/verbs.tsv"
CLASSES_FILE = "events/classes.tsv"
VERB_COLUMNS = ("id", "cameo", "kind", "lemma", "prep", "object", "mod", "comp", "target", "sym", "require")
CLASS_COLUMNS = ("class", "lemmas")
KINDS = ("verb", "noun")
_ROLE = re.compile(r"^(dobj|iobj|between|inviter|self|(obj|comp|comp\.obj)\.(poss|compound|amod|dobj|iobj|prep:[a-z]+)"
                   r"|obj\.(poss|compound)|prep:[a-z]+)$")
_CLASS_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
_LEMMA = re.compile(r"^[a-z0-9'][a-z0-9'\-]*$")
#: dependency labels under which the object of a verb hangs (the passive subject included)
OBJECT_DEPS = ["dobj", "nsubjpass", "attr", "oprd"]
PREP_DEPS = ["prt", "prep", "agent", "dative"]
MOD_DEPS = ["amod", "compound", "nmod", "npadvmod"]
#: in the comp column: any verb as to-infinitive complement ("agreed to *anything*")
ANY = "*"
#: nouns of quantity whose "of" phrase is the real object ("tons of food", "millions of dollars of aid")
QUANTITY_CLASS = "QUANTITY_CUE"
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

    @property
    def specificity(self) -> int:
        """How much the pattern asks of the parse: more constraints win over fewer."""
        return 1 + bool(self.prep) + 2 * bool(self.objects) + 2 * bool(self.comps) + bool(self.mods)


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
        elif _LEMMA.match(value) or (value == ANY and column == "comp"):
            out.add(value)
        else:
            raise row.error(f"{column}: bad lemma {value!r}: expected one lower-case word or @CLASS"
                            + (" or * (any verb)" if column == "comp" else ""))
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
    targets = tuple(row.values("target"))
    for role in targets:
        if not _ROLE.match(role):
            raise row.error(f"bad target role {role!r}: expected dobj, iobj, prep:W, obj.prep:W, obj.poss, "
                            "obj.amod, comp.dobj, comp.prep:W, between, inviter or self")
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
                   row["require"] == "target", f"{row.path}:{row.line}")


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


def cue(name: str) -> frozenset[str]:
    """The lemmas of one shipped class (``cue("SPEECH_CUE")``)."""
    classes = shipped_classes()
    if name not in classes:
        raise DataFileError(str(data_path(CLASSES_FILE)), f"missing class {name}: the matcher needs it")
    return classes[name]


@lru_cache(maxsize=1)
def shipped_patterns() -> tuple[Pattern, ...]:
    """The shipped verb patterns, in file order."""
    return tuple(load_patterns(data_path(VERBS_FILE), shipped_classes()))


def dependency_patterns(pattern: Pattern, *, quantity: frozenset[str] = frozenset()) -> list[dict]:
    """The DependencyMatcher node list of a pattern; node names are pred, prep, obj, mod, comp.

    With ``quantity`` lemmas, the object is reached through a quantity noun and its "of" (nodes qty, of).
    """
    pos = ["VERB"] if pattern.kind == "verb" else ["NOUN", "PROPN"]
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
            nodes.append({"LEFT_ID": "qty", "REL_OP": ">", "RIGHT_ID": "of",
                          "RIGHT_ATTRS": {"LOWER": {"IN": ["of", "in"]}, "DEP": "prep"}})
            obj_head, deps = "of", ["pobj"]
        nodes.append({"LEFT_ID": obj_head, "REL_OP": ">", "RIGHT_ID": "obj",
                      "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.objects)}, "DEP": {"IN": deps}}})
    if pattern.mods:
        nodes.append({"LEFT_ID": "obj" if pattern.objects else "pred", "REL_OP": ">", "RIGHT_ID": "mod",
                      "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(pattern.mods)}, "DEP": {"IN": MOD_DEPS}}})
    if pattern.comps:
        comp = {"POS": {"IN": ["VERB"]}} if ANY in pattern.comps else {"LEMMA": {"IN": sorted(pattern.comps)}}
        nodes.append({"LEFT_ID": "pred", "REL_OP": ">", "RIGHT_ID": "comp",
                      "RIGHT_ATTRS": {**comp, "DEP": {"IN": ["xcomp"]}}})
    return nodes


def node_names(pattern: Pattern, *, size: int | None = None) -> list[str]:
    """The node names of :func:`dependency_patterns`, in the order matches report their tokens.

    ``size`` (the number of tokens a match reports) tells the quantity variant from the plain one.
    """
    plain = [n["RIGHT_ID"] for n in dependency_patterns(pattern)]
    if size is None or size == len(plain):
        return plain
    return [n["RIGHT_ID"] for n in dependency_patterns(pattern, quantity=frozenset({"x"}))]


class LemmaMatcher:
    """Dependency patterns indexed by predicate lemma and part of speech: one small DependencyMatcher each.

    spaCy's matcher tries every node of every pattern at every token, so one matcher holding
    thousands of patterns costs seconds per article; here each sentence (a whole dependency tree)
    runs only the matchers of the (lemma, POS) pairs it contains. Called on a ``Doc`` it returns
    ``(key, token ids)`` like a DependencyMatcher, sentence by sentence.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.by_word: dict[tuple[int, int | None], DependencyMatcher] = {}

    def add(self, key: str, variants: list[list[dict]]) -> None:
        """Add a pattern's variants; their first node (the predicate) must match ``LEMMA IN [...]``
        (and, to be indexed by part of speech too, ``POS IN [...]``)."""
        attrs = variants[0][0]["RIGHT_ATTRS"]
        tags: list[str | None] = list(attrs["POS"]["IN"]) if "POS" in attrs else [None]
        for lemma in attrs["LEMMA"]["IN"]:
            for tag in tags:
                word = (self.vocab.strings.add(lemma), POS_IDS[tag] if tag else None)
                narrowed = {**attrs, "LEMMA": lemma, **({"POS": tag} if tag else {})}
                matcher = self.by_word.setdefault(word, DependencyMatcher(self.vocab, validate=False))
                matcher.add(key, [[{**v[0], "RIGHT_ATTRS": narrowed}, *v[1:]] for v in variants])

    def __call__(self, doc: Doc) -> list[tuple[int, list[int]]]:
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
        variants = [dependency_patterns(pattern)]
        if pattern.objects and quantity:
            variants.append(dependency_patterns(pattern, quantity=quantity))
        matcher.add(pattern.id, variants)
    return matcher


@lru_cache(maxsize=1)
def shipped_matcher() -> tuple[LemmaMatcher, dict[str, Pattern]]:
    """The shipped patterns compiled once per process, with a lookup from match key to pattern."""
    from eventcoder.nlp import get_nlp

    patterns = shipped_patterns()
    matcher = compile_matcher(get_nlp(), patterns, quantity=cue(QUANTITY_CLASS))
    return matcher, {p.id: p for p in patterns}

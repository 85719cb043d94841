from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher

from eventcoder.docview import view
from eventcoder.errors import DataFileError
from eventcoder.events.codes import all_codes
from eventcoder.events.patterns import (
    NODE_ATTRS,
    VERB_COLUMNS,
    LemmaMatcher,
    compile_tree,
    dependency_patterns,
    load_classes,
    load_patterns,
    node_names,
    pattern_variants,
    shipped_patterns,
)
from eventcoder.nlp import get_nlp

HEADER = "\t".join(VERB_COLUMNS) + "\n"
CLASSES = {"TALKS": frozenset({"talk"})}


def _write(tmp_path: Path, row: str) -> Path:
    path = tmp_path / "verbs.tsv"
    path.write_text("# test\n" + HEADER + row + "\n")
    return path


@pytest.mark.parametrize(("row", "message"), [
    ("x.1\t999\tverb\tvisit\t\t\t\t\tdobj\t\t", "unknown CAMEO code"),
    ("x.1\t042\tverb\t\t\t\t\t\tdobj\t\t", "lemma is empty"),
    ("x.1\t042\tverb\tvisit\t\t\t\t\tsubject\t\t", "bad target role"),
    ("x.1\t042\tadverb\tvisit\t\t\t\t\tdobj\t\t", "kind"),
    ("x.1\t046\tverb\thold\t\t@NOPE\t\t\tdobj\t\t", "unknown class @NOPE"),
])
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str):
    with pytest.raises(DataFileError, match=message) as err:
        load_patterns(_write(tmp_path, row), CLASSES)
    assert str(err.value).startswith(f"{tmp_path / 'verbs.tsv'}:3:")


def test_classes_expand_into_objects(tmp_path: Path):
    row = "x.1\t046\tverb\thold\t\t@TALKS\t\t\tprep:with\tyes\t"
    patterns = load_patterns(_write(tmp_path, row), CLASSES)
    assert patterns[0].objects == {"talk"} and patterns[0].symmetric


def test_bad_class_lemma(tmp_path: Path):
    path = tmp_path / "classes.tsv"
    path.write_text("class\tlemmas\nTALKS\tTalk Now\n")
    with pytest.raises(DataFileError, match=r"classes\.tsv:2"):
        load_classes(path)


def test_shipped_patterns_cover_every_code():
    patterns = shipped_patterns()
    assert len(patterns) >= 1500
    assert {p.cameo for p in patterns} >= {c.code for c in all_codes() if len(c.code) > 2}


def test_any_verb_complement_and_self_role(tmp_path: Path):
    row = "x.1	030	verb	agree				*	comp.dobj|self		"
    pattern = load_patterns(_write(tmp_path, row), CLASSES)[0]
    assert pattern.comps == {"*"} and pattern.targets == ("comp.dobj", "self")
    nodes = dependency_patterns(pattern)
    assert nodes[-1]["RIGHT_ATTRS"] == {"POS": {"IN": ["VERB"]}, "DEP": {"IN": ["xcomp"]}}


def test_clause_complement_has_its_own_subject(tmp_path: Path):
    row = "x.1	020	verb	want				+	dobj		target"
    pattern = load_patterns(_write(tmp_path, row), CLASSES)[0]
    assert pattern.comps == {"+"}
    assert dependency_patterns(pattern)[-1]["RIGHT_ATTRS"] == {"POS": {"IN": ["VERB"]}, "DEP": {"IN": ["ccomp"]},
                                                               "TAG": "VB"}


def test_star_is_only_for_comp(tmp_path: Path):
    with pytest.raises(DataFileError, match="object: bad lemma"):
        load_patterns(_write(tmp_path, "x.1	042	verb	visit		*			dobj		"), CLASSES)


def test_quantity_variant_reaches_the_noun_under_of(tmp_path: Path):
    pattern = load_patterns(_write(tmp_path, "x.1	073	verb	send		food			prep:to		"), CLASSES)[0]
    names = [n["RIGHT_ID"] for n in dependency_patterns(pattern, quantity=frozenset({"ton"}))]
    assert names == ["pred", "qty", "of", "obj"]
    assert node_names(pattern, size=4) == names and node_names(pattern, size=2) == ["pred", "obj"]


def test_aim_requires_a_preposition_on_the_predicate_or_object_and_adds_specificity(tmp_path: Path):
    path = tmp_path / "verbs.tsv"
    path.write_text("id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\tnotes\taim\n"
                    "x.1\t194\tverb\tfire\t\trocket\t\t\tprep:at\t\t\t\tat|on\n"
                    "x.2\t150\tverb\tfire\t\trocket\t\t\t\t\t\t\n")
    aimed, plain = load_patterns(path, CLASSES)
    assert aimed.aims == {"at", "on"} and not plain.aims
    assert aimed.specificity == plain.specificity + 1
    on_pred, on_obj = pattern_variants(aimed)
    aim, timeless = on_pred[-2], on_pred[-1]
    assert aim["LEFT_ID"] == "pred" and aim["RIGHT_ATTRS"]["LOWER"] == {"IN": ["at", "on"]}
    assert timeless["LEFT_ID"] == "aim" and "monday" in timeless["RIGHT_ATTRS"]["LEMMA"]["NOT_IN"]
    assert on_obj[-2]["LEFT_ID"] == "obj"
    assert node_names(aimed) == ["pred", "obj", "aim", "aimed"]


def test_source_column_reads_roles_and_rejects_bad_ones(tmp_path: Path):
    path = tmp_path / "verbs.tsv"
    head = "id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\tnotes\taim\tsource\n"
    path.write_text(head + "x.1\t072\tverb\treceive\t\tweapon\t\t\t\t\t\t\t\tprep:from|obj.prep:from\n"
                    "x.2\t072\tverb\tsupply\t\tweapon\t\t\tprep:to\t\t\t\t\t\n")
    given, plain = load_patterns(path, CLASSES)
    assert given.givers == ("prep:from", "obj.prep:from") and plain.givers == ()
    path.write_text(head + "x.1\t072\tverb\treceive\t\tweapon\t\t\t\t\t\t\t\tgiver\n")
    with pytest.raises(DataFileError, match="bad target role 'giver'"):
        load_patterns(path, CLASSES)


# ---------------------------------------------------------------- the compiled matcher


def _nodes(lemma: str, *children: tuple[str, str, dict]) -> list[dict]:
    """A predicate node for ``lemma`` and child nodes given as (name, parent, attributes)."""
    nodes: list[dict] = [{"RIGHT_ID": "pred", "RIGHT_ATTRS": {"LEMMA": {"IN": [lemma]}, "POS": {"IN": ["VERB"]}}}]
    nodes += [{"LEFT_ID": parent, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}
              for name, parent, attrs in children]
    return nodes


MATCHER_PATTERNS = {
    "send.aid": [_nodes("send", ("obj", "pred", {"LEMMA": {"IN": ["aid", "food"]}, "DEP": {"IN": ["dobj"]}})),
                 _nodes("send", ("qty", "pred", {"LEMMA": {"IN": ["ton"]}, "DEP": "dobj"}),
                        ("of", "qty", {"LOWER": {"IN": ["of"]}, "DEP": "prep"}),
                        ("obj", "of", {"LEMMA": {"IN": ["aid", "food"]}, "DEP": {"IN": ["pobj"]}}))],
    "send.to": [_nodes("send", ("prep", "pred", {"LOWER": "to", "DEP": {"IN": ["prep", "dative"]}}),
                       ("obj", "prep", {"DEP": {"IN": ["pobj"]}, "POS": {"NOT_IN": ["PRON"]}}))],
    "meet": [_nodes("meet")],
    "meet.with": [_nodes("meet", ("prep", "pred", {"TEXT": "with", "DEP": {"IN": ["prep"]}}))],
}
MATCHER_TEXTS = (
    "Germany sent ten tons of food and medical aid to Greece and Italy on Monday.",
    "The ministers met in Rome, and the presidents met with them later; Japan sent food to them.",
    "Nobody sent anything to anyone before they met.",
)


def _by_predicate(found: list[tuple[int, list[int]]]) -> dict[tuple[int, int], list[list[int]]]:
    grouped: dict[tuple[int, int], list[list[int]]] = {}
    for key, ids in found:
        grouped.setdefault((key, ids[0]), []).append(ids)
    return grouped


@pytest.mark.parametrize("text", MATCHER_TEXTS)
def test_compiled_matcher_finds_what_a_dependency_matcher_finds(text: str):
    nlp = get_nlp()
    lemma_matcher, reference = LemmaMatcher(nlp.vocab), DependencyMatcher(nlp.vocab)
    for key, variants in MATCHER_PATTERNS.items():
        lemma_matcher.add(key, variants)
        reference.add(key, variants)
    assert not lemma_matcher.by_word  # every pattern here compiles
    doc = nlp(text)
    found = lemma_matcher(doc)
    assert found and _by_predicate(found) == _by_predicate([(k, ids) for k, ids in reference(doc)])


def test_compiled_matcher_reports_each_assignment_of_a_node():
    nlp = get_nlp()
    matcher = LemmaMatcher(nlp.vocab)
    matcher.add("send.to", MATCHER_PATTERNS["send.to"])
    doc = nlp(MATCHER_TEXTS[0])
    found = [[doc[i].text for i in ids] for _, ids in matcher(doc)]
    assert found == [["sent", "to", "Greece"]]  # "Italy" hangs under "Greece", not under "to"


def test_other_shapes_fall_back_to_a_dependency_matcher():
    nlp = get_nlp()
    deep = _nodes("send")
    deep.append({"LEFT_ID": "pred", "REL_OP": ">>", "RIGHT_ID": "far", "RIGHT_ATTRS": {"LOWER": "italy"}})
    regex = _nodes("send", ("obj", "pred", {"LOWER": {"REGEX": "^to"}}))
    assert compile_tree(nlp.vocab, deep) is None and compile_tree(nlp.vocab, regex) is None
    assert compile_tree(nlp.vocab, MATCHER_PATTERNS["send.to"][0]) is not None
    matcher = LemmaMatcher(nlp.vocab)
    matcher.add("send.far", [deep])
    doc = nlp(MATCHER_TEXTS[0])
    assert not matcher.trees and [[doc[i].text for i in ids] for _, ids in matcher(doc)] == [["sent", "Italy"]]


def test_compiled_trees_are_tried_in_order_where_a_child_of_the_predicate_opens_them():
    nlp = get_nlp()
    matcher = LemmaMatcher(nlp.vocab)
    for key in ("send.aid", "send.to"):
        matcher.add(key, MATCHER_PATTERNS[key])
    doc = nlp(MATCHER_TEXTS[0])
    sent = next(t for t in doc if t.lemma_ == "send")
    columns = doc.to_array(list(NODE_ATTRS)).T.tolist()
    word = (sent.lemma, sent.pos)
    trees = matcher._word_trees(word)
    tried = trees.candidates(sent.i, columns, view(doc).children)
    keys = [nlp.vocab.strings[key] for key, _ in tried]
    assert keys == ["send.aid", "send.to"] and len(trees.entries) == 3  # no child is "aid" or "food": not tried
    assert [nlp.vocab.strings[key] for key, _ in matcher(doc)] == ["send.aid", "send.to"]


def test_trees_needing_two_children_of_the_predicate_are_tried_only_where_both_are_there():
    nlp = get_nlp()
    matcher = LemmaMatcher(nlp.vocab)
    matcher.add("send.both", [_nodes("send", ("obj", "pred", {"DEP": "dobj"}), ("to", "pred", {"LOWER": "to"}))])
    for text, expected in (("Japan sent food on Monday.", []), ("Japan sent food to Peru.", ["send.both"])):
        doc = nlp(text)
        sent = next(t for t in doc if t.lemma_ == "send")
        trees = matcher._word_trees((sent.lemma, sent.pos))
        tried = trees.candidates(sent.i, doc.to_array(list(NODE_ATTRS)).T.tolist(), view(doc).children)
        assert [nlp.vocab.strings[key] for key, _ in tried] == expected

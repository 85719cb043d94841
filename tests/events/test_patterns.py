from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.codes import all_codes
from eventcoder.events.patterns import (
    VERB_COLUMNS,
    dependency_patterns,
    load_classes,
    load_patterns,
    node_names,
    shipped_patterns,
)

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


def test_star_is_only_for_comp(tmp_path: Path):
    with pytest.raises(DataFileError, match="object: bad lemma"):
        load_patterns(_write(tmp_path, "x.1	042	verb	visit		*			dobj		"), CLASSES)


def test_quantity_variant_reaches_the_noun_under_of(tmp_path: Path):
    pattern = load_patterns(_write(tmp_path, "x.1	073	verb	send		food			prep:to		"), CLASSES)[0]
    names = [n["RIGHT_ID"] for n in dependency_patterns(pattern, quantity=frozenset({"ton"}))]
    assert names == ["pred", "qty", "of", "obj"]
    assert node_names(pattern, size=4) == names and node_names(pattern, size=2) == ["pred", "obj"]


def test_aim_requires_a_preposition_on_the_predicate_and_adds_specificity(tmp_path: Path):
    path = tmp_path / "verbs.tsv"
    path.write_text("id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\tnotes\taim\n"
                    "x.1\t194\tverb\tfire\t\trocket\t\t\tprep:at\t\t\t\tat|on\n"
                    "x.2\t150\tverb\tfire\t\trocket\t\t\t\t\t\t\n")
    aimed, plain = load_patterns(path, CLASSES)
    assert aimed.aims == {"at", "on"} and not plain.aims
    assert aimed.specificity == plain.specificity + 1
    node = dependency_patterns(aimed)[-1]
    assert node["LEFT_ID"] == "pred" and node["RIGHT_ATTRS"]["LOWER"] == {"IN": ["at", "on"]}
    assert node_names(aimed) == ["pred", "obj", "aim"]

"""The TABARI/PETRARCH .verbs reader: what each pattern shape becomes, what is skipped and why."""

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.petrarch import read_verbs

DICTIONARY = """\
<!-- a small dictionary written for these tests -->
&PENALTIES   # a synset
+EMBARGO
+TRADE SANCTIONS

&NEARBY_
+NEAR
+AT

--- IMPOSE  [163] ---
IMPOSE {IMPOSES IMPOSED}
- * &PENALTIES ON +  [163]
- * CURFEW  [1799]   # a code outside CAMEO
- * FINE  [---]

--- PULL  [---] ---
PULL
- * OUT OF +  [193]
- * BACK  [0874]
- WAS_* [190]

--- BEGAN  [---] ---
- * PEACE TALKS  [043]
- * TO WITHDRAW  [0874]
- * WOULD STAY  [0874]

--- MASS  [---] ---
- * &NEARBY BORDER  [154]

--- TURN_DOWN  [125] ---
- * OFFER  [125]

--- SCOLD  [999] ---
- * +  [111]
"""


@pytest.fixture
def report(tmp_path: Path):
    path = tmp_path / "test.verbs"
    path.write_text(DICTIONARY, encoding="utf-8")
    return read_verbs(path)


def by_id(report) -> dict:
    return {p.id.removeprefix("user."): p for p in report.patterns}


def test_verb_default_code_is_a_bare_verb_pattern(report) -> None:
    default = by_id(report)["impose.default"]
    assert default.cameo == "163" and default.lemmas == {"impose"} and not default.objects


def test_synset_object_with_a_preposition_target(report) -> None:
    pattern = next(p for p in report.patterns if p.id.startswith("user.impose.penalties_on"))
    assert pattern.objects == {"embargo", "sanction", "sanctions"}
    assert pattern.targets == ("obj.prep:on", "prep:on")


def test_particle_then_target_and_bare_particle(report) -> None:
    patterns = by_id(report)
    out = next(p for k, p in patterns.items() if k.startswith("pull.out_of"))
    back = next(p for k, p in patterns.items() if k.startswith("pull.back"))
    assert out.cameo == "193" and out.prep == "out" and out.targets == ("prep:of",)
    assert back.prep == "back" and back.cameo == "0874"


def test_modifier_and_object_and_inflected_verb_heading(report) -> None:
    talks = next(p for p in report.patterns if p.id.startswith("user.began.peace_talks"))
    assert "begin" in talks.lemmas  # a heading in the past tense still matches the verb's lemma
    assert talks.objects == {"talks", "talk"} and talks.mods == {"peace"}


def test_to_plus_word_reads_as_preposition_and_as_complement(report) -> None:
    pair = [p for p in report.patterns if p.id.startswith("user.began.to_withdraw")]
    assert {(p.prep, frozenset(p.objects), frozenset(p.comps)) for p in pair} == {
        ("to", frozenset({"withdraw"}), frozenset()), (None, frozenset(), frozenset({"withdraw"}))}


def test_synset_of_prepositions_gives_one_pattern_each(report) -> None:
    preps = {p.prep for p in report.patterns if p.id.startswith("user.mass.")}
    assert preps == {"near", "at"}


def test_the_target_right_after_the_verb_is_its_object(report) -> None:
    assert next(p for p in report.patterns if p.id.startswith("user.scold.")).targets == ("dobj",)


def test_what_cannot_be_converted_is_counted_by_reason(report) -> None:
    assert report.skipped == {"not a CAMEO code": 1, "no-event pattern": 1, "words before the verb": 1,
                              "tense, mood or negation words after the verb": 1, "multi-word verb": 1}
    ids = {p.id for p in report.patterns}
    assert not any("curfew" in i or "fine" in i or "turn" in i for i in ids)


def test_a_pattern_before_any_verb_block_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.verbs"
    path.write_text("# nothing yet\n- * TALKS [043]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.verbs:2: a pattern outside a verb block"):
        read_verbs(path)


SUITE = Path(__file__).resolve().parents[3] / "shared" / "eval" / "petrarch-validation" / "PETR.Validate.verbs.txt"


@pytest.mark.skipif(not SUITE.exists(), reason="the PETRARCH validation suite is not in ../shared/eval")
def test_the_validation_dictionary_reads_without_error() -> None:
    report = read_verbs(SUITE)
    # mostly WEIS codes and left-context patterns: a fair share converts, the rest is counted, nothing raises
    assert len(report.patterns) > 200
    assert report.skipped["not a CAMEO code"] > 0 and report.skipped["words before the verb"] > 0


def test_verb_files_are_told_from_actor_files(tmp_path: Path) -> None:
    from eventcoder.events.patterns import is_pattern_file

    named = tmp_path / "mine.verbs"
    named.write_text(DICTIONARY, encoding="utf-8")
    unnamed = tmp_path / "dictionary.txt"
    unnamed.write_text(DICTIONARY, encoding="utf-8")
    table = tmp_path / "patterns.tsv"
    table.write_text("id\tcameo\tkind\tlemma\tprep\tobject\tmod\tcomp\ttarget\tsym\trequire\n"
                     "mine.fete\t051\tverb\tfete\t\t\t\t\tdobj\t\t\n", encoding="utf-8")
    actors = tmp_path / "people.actors"
    actors.write_text("SOME_PERSON [ABCGOV]\n", encoding="utf-8")
    people = tmp_path / "people.tsv"
    people.write_text("id\tname\naa\tA\n", encoding="utf-8")
    assert [is_pattern_file(p) for p in (named, unnamed, table, actors, people)] == [True, True, True, False, False]

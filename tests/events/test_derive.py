from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.events.derive import derive, load_derived, shipped_derived

HEADER = "stance\tembedded\tcode\n"


def test_longest_prefix_wins(tmp_path: Path):
    path = tmp_path / "derived.tsv"
    path.write_text(HEADER + "threat\t19\t138\nthreat\t194\t1384\n")
    table = load_derived(path)
    assert derive("threat", "194", table=table) == "1384"
    assert derive("threat", "190", table=table) == "138"
    assert derive("threat", "042", table=table) is None


@pytest.mark.parametrize(("row", "message"), [
    ("boast\t19\t138", "stance 'boast'"),
    ("threat\t1x\t138", "embedded '1x'"),
    ("threat\t19\t999", "unknown CAMEO code"),
])
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str):
    path = tmp_path / "derived.tsv"
    path.write_text("# test\n" + HEADER + row + "\n")
    with pytest.raises(DataFileError, match=message) as err:
        load_derived(path)
    assert str(err.value).startswith(f"{path}:3:")


def test_shipped_table_codes_stay_in_their_stance_root():
    roots = {"appeal": "02", "demand": "10", "refuse": "12", "threat": "13", "claim": "11", "avow": "01"}
    for stance, rules in shipped_derived().items():
        for _, code in rules:
            assert code[:2] == roots.get(stance, code[:2])
            if stance == "intent":
                assert code[:2] in ("03", "13")


def test_a_hyphenated_verb_split_by_the_tokenizer_is_still_the_complement():
    from eventcoder.events.derive import complement
    from eventcoder.nlp import get_nlp

    doc = get_nlp()("Nepal agreed to re-open its border with Tibet.")
    agreed = next(t for t in doc if t.lower_ == "agreed")
    assert complement(agreed).lower_ == "open"

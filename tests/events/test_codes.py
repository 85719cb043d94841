from pathlib import Path

import pytest

from eventcoder.errors import DataFileError, UsageError
from eventcoder.events.codes import all_codes, load_codes, lookup, quad_of

HEADER = "code\troot\tquad\tgoldstein\tplover\tname\n"


def test_table_covers_twenty_roots_and_is_consistent():
    codes = all_codes()
    assert {c.root for c in codes} == {f"{n:02d}" for n in range(1, 21)}
    assert len(codes) > 300
    for info in codes:
        assert info.code.startswith(info.root)
        assert info.quad == quad_of(info.root)
        assert -10 <= info.goldstein <= 10


def test_lookup_known_codes():
    visit = lookup("042")
    assert (visit.root, visit.quad, visit.plover) == ("04", 1, "CONSULT")
    assert lookup("190").quad == 4 and lookup("190").goldstein < 0
    assert lookup("057").plover == "SUPPORT"
    assert lookup("010").plover is None


def test_lookup_unknown_code():
    with pytest.raises(UsageError, match="999"):
        lookup("999")


def test_bad_quad_is_reported_with_line(tmp_path: Path):
    bad = tmp_path / "codes.tsv"
    rows = "04\t04\t1\t1.0\tCONSULT\tConsult\n042\t04\t3\t1.9\tCONSULT\tVisit\n"
    bad.write_text("# comment\n" + HEADER + rows)
    with pytest.raises(DataFileError, match=r"codes\.tsv:4: quad 3"):
        load_codes(bad)

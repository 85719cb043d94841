"""The time-word table loader."""

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.times.words import load_words, time_words

HEADER = "# test words\nword\tkind\tvalue\tnote\n"


def test_shipped_table_loads() -> None:
    words = time_words()
    assert words.months["sept"] == 9 and words.weekdays["sunday"] == 6
    assert words.units["decade"] == ("Y", 10) and words.numbers["several"] is None
    assert "currently" in words.present and words.deictic["yesterday"] == -1 and words.dayparts["afternoon"] == "AF"


@pytest.mark.parametrize(("row", "message"), [
    ("Monday\tweekday\t0\t", "lower case"),
    ("smarch\tmonth\t13\t", "out of range"),
    ("eon\tunit\tEON\t", "TIMEX3 designator"),
    ("dusk\tdaypart\tDU\t", "MO, AF, EV or NI"),
    ("soon\tvague\t1\t", "unknown kind"),
])
def test_bad_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "words.tsv"
    path.write_text(HEADER + "may\tmonth\t5\t\n" + row + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_words(path)
    assert err.value.line == 4 and message in str(err.value)

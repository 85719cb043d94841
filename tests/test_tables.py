import pytest

from eventcoder.errors import DataFileError
from eventcoder.tables import data_path, read_table


def write(tmp_path, text):
    path = tmp_path / "table.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_skip_comments_and_blank_lines_and_pad_missing_fields(tmp_path):
    path = write(tmp_path, "# a comment\n\nname\tcode\taliases\nRussia\tRUS\tRussian Federation|RF\nChad\tTCD\n")
    rows = list(read_table(path, required=("name", "code")))
    assert [r["code"] for r in rows] == ["RUS", "TCD"]
    assert rows[0].values("aliases") == ["Russian Federation", "RF"]
    assert rows[1]["aliases"] == "" and rows[1].line == 5


def test_too_many_fields_names_file_and_line(tmp_path):
    path = write(tmp_path, "name\tcode\nRussia\tRUS\textra\n")
    with pytest.raises(DataFileError, match=r"table\.tsv:2: 3 tab-separated fields"):
        list(read_table(path))


def test_missing_required_column_is_reported(tmp_path):
    path = write(tmp_path, "name\nRussia\n")
    with pytest.raises(DataFileError, match="lacks column"):
        list(read_table(path, required=("name", "code")))


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(DataFileError, match="no such file"):
        list(read_table(tmp_path / "nope.tsv"))
    bad = tmp_path / "latin.tsv"
    bad.write_bytes("name\nS\xe3o Tom\xe9\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="not UTF-8"):
        list(read_table(bad))


def test_row_error_is_located(tmp_path):
    row = next(read_table(write(tmp_path, "a\nx\n")))
    assert str(row.error("bad value")).endswith("table.tsv:2: bad value")


def test_data_path_points_into_the_package():
    assert data_path("events").is_dir()

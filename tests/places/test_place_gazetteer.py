"""The supplement loader and the gazetteer index."""

from pathlib import Path

import pytest

from eventcoder.errors import DataFileError
from eventcoder.places.gazetteer import get_gazetteer, load_supplement, normalize_name

HEADER = "# a test table\nname\taliases\tfeature\tcountry\tlat\tlon\tgeonameid\tnote\n"


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "supplement.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_loader_reads_a_good_row(tmp_path: Path) -> None:
    (row,) = load_supplement(write(tmp_path, "Test Base\tTB|The Base\tNVB\tRUS\t43.1\t131.9\t\tnote\n"))
    assert (row.name, row.aliases, row.feature, row.country, row.lat, row.lon, row.geonameid, row.line) == (
        "Test Base", ("TB", "The Base"), "NVB", "RUS", 43.1, 131.9, None, 3)


@pytest.mark.parametrize(("fields", "message"), [
    ("Bad\t\tFAC\tRUS\t91\t10\t\t", "lat '91' is out of range"),
    ("Bad\t\tFAC\tRUS\t10\t-181\t\t", "lon '-181' is out of range"),
    ("Bad\t\tFAC\tRUS\tnorth\t10\t\t", "lat 'north' is not a number"),
    ("Bad\t\tFAC\tRUS\tnan\t10\t\t", "lat 'nan' is out of range"),
    ("Bad\t\tSPACEPORT\tRUS\t10\t10\t\t", "unknown feature"),
    ("Bad\t\tFAC\tRU\t10\t10\t\t", "not an ISO-3 code"),
    ("Bad\t\tFAC\tRUS\t10\t10\t12a\t", "geonameid '12a'"),
    ("\t\tFAC\tRUS\t10\t10\t\t", "empty name"),
])
def test_loader_names_file_and_line(tmp_path: Path, fields: str, message: str) -> None:
    path = write(tmp_path, "Good\t\tFAC\tRUS\t10\t10\t\t\n" + fields + "\n")
    with pytest.raises(DataFileError) as err:
        load_supplement(path)
    assert err.value.line == 4 and str(path) in str(err.value) and message in str(err.value)


def test_shipped_supplement_loads() -> None:
    rows = load_supplement()
    names = {r.name for r in rows}
    assert {"Vostochny Cosmodrome", "Strait of Hormuz", "Gaza Strip", "Crimea"} <= names


def test_normalize_name() -> None:
    assert normalize_name("  Komsomolsk-on-Amur ") == "komsomolsk on amur"
    assert normalize_name("U.S.") == "u.s"


def test_index_has_countries_cities_states_and_supplement() -> None:
    gaz = get_gazetteer()
    (russia,) = gaz.lookup("Russia")
    assert russia.entry.feature == "PCLI" and (russia.entry.lat, russia.entry.lon) == (60.0, 100.0)
    assert {c.entry.country for c in gaz.lookup("Moscow")} >= {"RUS", "USA"}
    assert any(c.entry.feature == "ADM1" and c.entry.country == "USA" for c in gaz.lookup("Texas"))
    (kiev,) = gaz.lookup("Kiev")
    assert kiev.entry.name == "Kyiv" and not kiev.alias  # the supplement makes it a full alias
    (cosmo,) = gaz.lookup("Eastern Cosmodrome")
    assert cosmo.entry.name == "Vostochny Cosmodrome" and cosmo.entry.country == "RUS"
